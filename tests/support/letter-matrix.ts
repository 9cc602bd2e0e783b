/**
 * Every letter the engine can write for a set of representative threads: every reason × stage × tone × language
 * × recruiter variant (names, role, company or thread details missing), each combined with signature,
 * keep-in-touch and door settings in rotation so every combination of those occurs many times. Used by
 * tests/unit/letter-matrix.test.ts and scripts/letter-sample.ts.
 */
import type { LetterLanguage, Recruiter, Stage, Tone } from '../../core/model';
import { composeLetter } from '../../core/letter/render';
import { LETTER_LANGUAGES } from '../../core/extract/language';
import type { PerLanguage } from '../../core/model';
import { reasonsFor, STAGES, TONES, type ReasonId } from '../../core/letter/reasons';

export type MatrixRecruiter = Pick<Recruiter, 'firstName' | 'fullName' | 'role' | 'company' | 'cues'>;

export const RECRUITERS: Record<string, MatrixRecruiter> = {
  // The thread gave her title ("Sehr geehrte Frau Raman" in a quoted earlier letter).
  full: { firstName: 'Priya', fullName: 'Priya Raman', role: 'Senior Data Engineer', company: 'Acme Analytics', cues: { titled: [{ gender: 'female', surname: 'Raman' }] } },
  // One slot proposed; the recruiter's "Sehr geehrter Herr Morgan" is the user's title, never the recruiter's.
  details: { firstName: 'Jonas', fullName: 'Jonas Weber', role: 'Werkstudent Data (m/w/d)', company: 'Deutsche Bahn AG', cues: { slotDay: 2, metDay: 2, person: 'Sarah Chen', team: 'Platform', titled: [{ gender: 'male', surname: 'Morgan' }] } },
  article: { firstName: 'Claire', fullName: 'Claire Martin', role: 'Internship', company: 'Le Monde', cues: { team: 'Données', address: 'formal' } },
  institution: { firstName: 'Lucía', fullName: 'Lucía Gómez', role: 'Analista de datos', company: 'Hôpital Necker', cues: { slotDay: 4, address: 'formal' } },
  // A choice of several interview days.
  fullNameOnly: { firstName: null, fullName: 'Priya Raman', role: 'Product Designer', company: 'Globex', cues: { severalSlots: true } },
  nobody: { firstName: null, fullName: null, role: null, company: null, cues: null },
  noRole: { firstName: 'Sam', fullName: null, role: null, company: 'Initech', cues: { address: 'informal' } },
  noCompany: { firstName: 'Ana', fullName: 'Ana Ruiz', role: 'Backend Developer', company: null, cues: null },
};

export const USER_NAME = 'Alex Morgan';
export const SIGNATURES = {
  none: '',
  startsWithName: 'Alex Morgan\nStaff Engineer',
  nameInLine: 'Alex Morgan | Staff Engineer',
  other: 'Staff Engineer\n+49 170 1234567',
} as const;

/** Keep-in-touch settings: per language, as the preferences hold them. */
export const KEEP_IN_TOUCH: Record<string, PerLanguage> = {
  none: {},
  link: { en: 'https://www.linkedin.com/in/alex-morgan', de: 'https://www.linkedin.com/in/alex-morgan', fr: 'https://www.linkedin.com/in/alex-morgan', es: 'https://www.linkedin.com/in/alex-morgan' },
  ownWords: {
    en: 'Feel free to connect with me on LinkedIn.',
    de: 'Gerne können wir uns auf LinkedIn vernetzen.',
    fr: 'N’hésitez pas à me contacter sur LinkedIn.',
    // What a Spanish user would write (review 3 read "cuando se quiera" here as unnatural; it was this fixture's).
    es: 'También podemos conectar en LinkedIn.',
  },
  englishOnly: { en: 'Feel free to connect with me on LinkedIn at linkedin.com/in/alex-morgan' },
};

/** The user's own reason, per language; "englishOnly" is the case where the letter's language has none. */
export const CUSTOM_REASONS: Record<string, PerLanguage> = {
  all: {
    en: "I've decided to focus on finishing my master's degree this year",
    de: 'Ich möchte mich in diesem Jahr auf meinen Masterabschluss konzentrieren',
    fr: "J'ai décidé de me consacrer à la fin de mon master cette année",
    es: 'He decidido centrarme en terminar mi máster este año',
  },
  englishOnly: { en: 'I want to focus on finishing my degree this year.' },
};

export interface MatrixCase {
  label: string;
  language: LetterLanguage;
  stage: Stage;
  tone: Tone;
  reason: ReasonId;
  recruiter: MatrixRecruiter;
  signature: string;
  keepInTouch: string;
  keepDoorOpen: boolean;
  customReason: string;
  letter: { text: string; html: string };
}

export function letterMatrix(): MatrixCase[] {
  const cases: MatrixCase[] = [];
  const sigs = Object.keys(SIGNATURES) as (keyof typeof SIGNATURES)[];
  const kits = Object.keys(KEEP_IN_TOUCH);
  let n = 0;
  for (const language of LETTER_LANGUAGES) {
    for (const stage of STAGES) {
      for (const reason of reasonsFor(stage).map((r) => r.id)) {
        for (const tone of TONES) {
          for (const [who, recruiter] of Object.entries(RECRUITERS)) {
            for (const customReason of reason === 'custom' ? Object.keys(CUSTOM_REASONS) : ['']) {
              n++;
              const sig = sigs[n % sigs.length] ?? 'none';
              const kit = kits[Math.floor(n / sigs.length) % kits.length] ?? 'none';
              const keepDoorOpen = Math.floor(n / (sigs.length * kits.length)) % 3 !== 2;
              const letter = composeLetter({
                sender: { name: USER_NAME, signature: SIGNATURES[sig], keepInTouch: KEEP_IN_TOUCH[kit] ?? {} },
                recruiter,
                choice: { stage, tone, reason, customReason: customReason ? CUSTOM_REASONS[customReason] : undefined, keepDoorOpen, language },
              });
              cases.push({
                label: `${language} ${stage} ${reason}${customReason ? `(${customReason})` : ''} ${tone} who=${who} sig=${sig} kit=${kit} door=${keepDoorOpen}`,
                language, stage, tone, reason, recruiter, signature: SIGNATURES[sig], keepInTouch: kit, keepDoorOpen, customReason, letter,
              });
            }
          }
        }
      }
    }
  }
  return cases;
}
