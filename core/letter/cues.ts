/**
 * Reads the details a letter may name to show the thread was read (core/model.ts `ThreadCues`): a weekday proposed
 * for an interview or on which the two spoke, a person the user would meet, a team, and (for Spanish) whether the
 * recruiter wrote "usted" or "tú". Each is read only when the words leave no doubt; anything unsure stays out, so
 * a letter never states something the thread did not say.
 */
import type { ThreadCues, TitledName } from '../model';

const WEEKDAYS: readonly RegExp[] = [
  /\b(?:sunday|sonntag|dimanche|domingo)\b/i,
  /\b(?:monday|montag|lundi|lunes)\b/i,
  /\b(?:tuesday|dienstag|mardi|martes)\b/i,
  /\b(?:wednesday|mittwoch|mercredi|mi[ée]rcoles)\b/i,
  /\b(?:thursday|donnerstag|jeudi|jueves)\b/i,
  /\b(?:friday|freitag|vendredi|viernes)\b/i,
  /\b(?:saturday|samstag|samedi|s[áa]bado)\b/i,
];

/** A sentence proposing a time to meet. */
const PROPOSES = /\b(?:would|could|are you (?:free|available)|does .* work|how about|propose|suggest|schedule|invite|slot|availability|passt (?:Ihnen|dir)|hätten Sie|Termin|vorschlagen|proposer|proposons|disponible|créneau|convendr[íi]a|propon|disponibilidad|podr[íi]a)/i;
/** A sentence looking back on a conversation. */
const LOOKS_BACK = /\b(?:thank(?:s| you) for (?:speaking|talking|meeting|your time)|great (?:speaking|talking|to speak|to meet)|enjoyed (?:our|speaking|meeting)|(?:our|the) (?:call|chat|conversation|interview) (?:on|last)|Gespräch am|danke für das Gespräch|notre (?:échange|entretien|conversation) (?:de|du)|merci pour (?:notre|l'|votre temps)|nuestra (?:conversación|llamada|entrevista) del|gracias por (?:la|nuestra) (?:conversación|llamada))/i;

const NAME = "[A-ZÀ-Ý][a-zà-ÿ'-]+ [A-ZÀ-Ý][a-zà-ÿ'-]+";
const PERSON = [
  new RegExp(`\\b(?:meet(?: with)?|interview with|speak with|chat with|talk with)\\s+(${NAME})\\b`),
  new RegExp(`\\b(?:rencontrer|avec)\\s+(${NAME})\\b`),
  new RegExp(`\\b(?:conocer a|con)\\s+(${NAME})\\b`),
];
const TEAM = [
  /\bthe ([A-Z][\w&-]{1,30}(?: [A-Z][\w&-]{1,30})?) team\b/,
  /\b(?:[Uu]nser(?:em|es)?|[Dd]as|[Ii]m|[Dd]em) ([A-ZÄÖÜ][\w&]{1,30})-Team\b/,
  /\bl['’]équipe ([A-ZÀ-Ý][\w&-]{1,30})\b/,
  /\bel equipo de ([A-ZÁÉÍÓÚ][\w&-]{1,30})\b/,
];
// Words that look like names but are not a person or a team.
const NOT_A_NAME = /^(?:Hiring|Recruiting|Recruitment|Talent|HR|People|Our|The|Your|Data|Team|Senior|Junior|Best|Kind|Thanks)\b/;

/*
 * A title before a surname tells a gender: the recruiter's own sign-off, or an earlier letter of the user's quoted
 * in the thread ("Sehr geehrte Frau Raman,"). The recruiter's greeting to the user is read too; the letter keeps
 * only a surname that is the recruiter's, so the user's own title is never used on them.
 */
const TITLED = /(?<!\p{L})(Frau|Herr|Herrn|Mrs\.?|Ms\.?|Miss|Mr\.?|Madame|Monsieur|Señora|Señor)\s+(?:Dr\.\s+)?((?:\p{Lu}[\p{Ll}'’-]+ ){0,2}\p{Lu}[\p{Ll}'’-]+)(?!\p{L})/gu;
const FEMALE_TITLE = /^(?:Frau|Mrs|Ms|Miss|Madame|Señora)/;

const USTED = /(?<!\p{L})(?:usted|ustedes|le escribo|le contacto|su perfil|su candidatura|su experiencia|le gustar[íi]a|le interesa|le agradezco|quedo a su disposición)(?!\p{L})/iu;
const TU = /(?<!\p{L})(?:tú|te escribo|te contacto|tu perfil|tu candidatura|tu experiencia|te gustar[íi]a|te interesa|contigo|te agradezco)(?!\p{L})/iu;

/** The cues a recruiter's message gives; empty when nothing is certain. */
export function readCues(body: string): ThreadCues {
  const cues: ThreadCues = {};
  const sentences = body.split(/(?<=[.!?])\s+|\n+/);
  for (const sentence of sentences) {
    const days = WEEKDAYS.map((re, day) => (re.test(sentence) ? day : -1)).filter((d) => d >= 0);
    // A choice between several days: none of them is "the" day, but the letter speaks of them in the plural.
    if (days.length > 1 && !LOOKS_BACK.test(sentence) && PROPOSES.test(sentence)) cues.severalSlots = true;
    if (days.length !== 1) continue;
    const day = days[0];
    if (LOOKS_BACK.test(sentence)) cues.metDay ??= day;
    else if (PROPOSES.test(sentence)) cues.slotDay ??= day;
  }
  const titled: TitledName[] = [];
  for (const [, title = '', name = ''] of body.matchAll(TITLED)) {
    // "Frau Priya Raman": the surname is the last word.
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    if (!titled.some((t) => t.surname === surname)) titled.push({ gender: FEMALE_TITLE.test(title) ? 'female' : 'male', surname });
  }
  if (titled.length > 0) cues.titled = titled;
  for (const re of PERSON) {
    const name = re.exec(body)?.[1];
    if (name && !NOT_A_NAME.test(name)) {
      cues.person = name;
      break;
    }
  }
  for (const re of TEAM) {
    const team = re.exec(body)?.[1];
    if (team && !NOT_A_NAME.test(team)) {
      cues.team = team;
      break;
    }
  }
  const usted = USTED.test(body);
  const tu = TU.test(body);
  if (usted !== tu) cues.address = usted ? 'formal' : 'informal';
  return cues;
}
