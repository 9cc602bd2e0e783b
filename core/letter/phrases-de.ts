/**
 * German letter phrases. The templates are templates/de/*.mustache.
 *
 * Every tone uses "Sie", even when the recruiter wrote "du" (start-ups and agencies often do). Decided, not
 * overlooked: in German the "du" is offered and taken up between two people; a recruiter's "du" in a first
 * message is house style, and a candidate who declines ends the contact rather than taking it up. Answering "du"
 * with "Sie" is a little distant but never wrong, while a "du" letter to someone who wrote "Sie" would be, and the
 * address read from a thread can mislead (a quoted message, a signature, a newsletter footer). A "du" register
 * would also need every sentence, closing and template in du form ("dir", "dein", the verbs), reviewed as
 * carefully as these, for a gain in tone only. Warmth comes from the wording and the "Hallo {Vorname}" greeting.
 *
 * "Sehr geehrte Frau Raman," needs the recruiter's gender: a formal letter uses it only when the thread gave
 * her title with her surname (core/letter/cues.ts), and otherwise greets a known person by full name ("Guten
 * Tag Priya Raman,", the gender-neutral form) — never "Sehr geehrte Damen und Herren," to someone who signed.
 * The other tones greet by first name ("Hallo Priya,"); with only a full name (which may be split wrongly) they
 * too say "Guten Tag Priya Raman,". "Sehr geehrte Damen und Herren," is for a formal letter to nobody named.
 * Each greeting has two phrasings, like every sentence. No sentence of ours says "gern(e)": it is how users most
 * often start their own keep-in-touch line, which follows the door-open sentence, and the two would echo (native
 * review). The salutation ends with a comma, so the templates start
 * the first sentence in lower case, and the closing has no comma (DIN 5008).
 *
 * {{thePosition}} ("die Stelle als … bei …", "das Praktikum bei …") is only used where nominative and accusative
 * coincide. The company is named only there, after "bei", declined as a native writes it ("bei der Deutschen
 * Bahn AG", "beim Deutschen Roten Kreuz", "bei Siemens": core/letter/declension-de.ts); {{theTeam}} is
 * "Ihr Team", so the genitive ("das Team der Deutschen Bahn") is never needed. A role is kept as written (German
 * capitalises its nouns); a generic English one gets its German word ("Internship" → "das Praktikum").
 */
import type { ThreadCues } from '../model';
import { beiCompany } from './declension-de';
import { choose, withoutArticle, type DoorKind, type LetterPhrases, type PhraseContext, type Phrasing, type StagePhrasing, type StandardReason } from './phrases';
import { genericRole, type GenericRoles } from './role';

const DAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: ['Ich habe vor Kurzem eine andere Stelle angenommen, die für mich der richtige nächste Schritt ist.', 'Ich habe mich kürzlich für eine andere Stelle entschieden, die gut zu meinen Plänen passt.'],
      formal: ['Ich habe vor Kurzem eine Position bei einem anderen Unternehmen angenommen.', 'Ich habe mich kürzlich für eine andere Position entschieden.'],
      brief: ['Ich habe eine andere Position angenommen.', 'Ich habe mich für eine andere Position entschieden.'],
    },
  },
  'staying-current-role': {
    default: {
      warm: ['In meiner jetzigen Position habe ich noch einiges vor, deshalb bleibe ich vorerst, wo ich bin.', 'Meine jetzige Aufgabe macht mir Freude, und ich möchte dort noch einiges zu Ende bringen.'],
      formal: ['In meiner derzeitigen Position möchte ich noch einiges bewegen und bleibe daher vorerst bei meinem Arbeitgeber.', 'Ich werde meine derzeitige Tätigkeit fortsetzen, in der ich noch einiges erreichen möchte.'],
      brief: ['Ich bleibe vorerst in meiner jetzigen Position.', 'Ich bleibe vorerst bei meinem jetzigen Arbeitgeber.'],
    },
  },
  compensation: {
    default: {
      warm: ['Die Vergütung entspricht in meiner jetzigen beruflichen Situation nicht ganz meinen Vorstellungen.', 'Letztlich passt die Vergütung für mich derzeit nicht ganz.'],
      formal: ['Die Vergütung entspricht in meiner derzeitigen beruflichen Situation nicht ganz meinen Erwartungen.', 'Die Rahmenbedingungen der Vergütung entsprechen nicht ganz meinen derzeitigen Erwartungen.'],
      brief: ['Die Vergütung passt für mich nicht ganz.', 'Die Vergütung entspricht nicht ganz meinen Vorstellungen.'],
    },
  },
  'career-goals': {
    default: {
      warm: ['Ich möchte mich beruflich in eine etwas andere Richtung entwickeln.', 'Mein nächster Schritt soll mich beruflich in eine andere Richtung führen.'],
      formal: ['Die Position entspricht nicht der Richtung, in die ich meine berufliche Laufbahn lenken möchte.', 'Ich richte meine berufliche Entwicklung derzeit auf einen anderen Schwerpunkt aus.'],
      brief: ['Die Aufgabe passt nicht zu meinen beruflichen Zielen.', 'Ich möchte mich beruflich anders ausrichten.'],
    },
  },
  location: {
    default: {
      warm: ['Leider lassen sich Standort und Arbeitsmodell im Moment nicht mit meiner persönlichen Situation vereinbaren.', 'Standort und Arbeitsmodell passen im Moment leider nicht zu meiner Lebenssituation.'],
      formal: ['Leider sind Standort und Arbeitsmodell mit meinen derzeitigen Lebensumständen nicht vereinbar.', 'Standort und Arbeitsmodell lassen sich derzeit leider nicht mit meinen Lebensumständen vereinbaren.'],
      brief: ['Der Standort passt für mich im Moment nicht.', 'Standort und Arbeitsmodell passen derzeit nicht zu meiner Situation.'],
    },
  },
  timing: {
    default: {
      warm: ['Der Zeitpunkt für einen Wechsel ist für mich gerade nicht der richtige.', 'Für einen Wechsel kommt der Zeitpunkt für mich gerade zu früh.'],
      formal: ['Der Zeitpunkt für einen Wechsel ist für mich derzeit nicht der richtige.', 'Ein Wechsel ist für mich zum jetzigen Zeitpunkt leider nicht möglich.'],
      brief: ['Der Zeitpunkt passt für mich gerade nicht.', 'Zeitlich passt es für mich gerade nicht.'],
    },
  },
  // Ehrlich und konkret: ein voller Kalender, und das Verfahren verdient mehr Zeit, als ich ihm geben könnte.
  scheduling: {
    default: {
      warm: ['Mein Kalender ist in den kommenden Wochen ausgebucht{dates}, sodass ich dem Verfahren nicht die Zeit widmen könnte, die es verdient.', 'Mein Terminkalender ist in den nächsten Wochen voll{dates}, und ich könnte dem Gespräch nicht die Zeit geben, die es verdient.'],
      formal: ['Mein Kalender ist in den kommenden Wochen vollständig ausgebucht{dates}, sodass ich Ihrem Auswahlverfahren nicht die Zeit widmen könnte, die es verdient.', 'Mein Terminkalender ist in den nächsten Wochen vollständig belegt{dates}, und ich könnte dem Gespräch nicht die Aufmerksamkeit schenken, die es verdient.'],
      brief: ['Mein Kalender ist in den kommenden Wochen ausgebucht{dates}, sodass ich dem Gespräch nicht die nötige Zeit geben könnte.', 'Mein Terminkalender ist in den nächsten Wochen voll{dates}, sodass mir für das Gespräch die nötige Zeit fehlen würde.'],
    },
  },
  personal: {
    default: {
      warm: ['Aus persönlichen Gründen ist ein Wechsel für mich im Moment nicht möglich.', 'Meine persönliche Situation lässt einen Wechsel gerade nicht zu.'],
      formal: ['Aufgrund persönlicher Umstände ist mir ein Wechsel derzeit nicht möglich.', 'Meine persönlichen Umstände lassen einen Wechsel derzeit nicht zu.'],
      brief: ['Aus persönlichen Gründen ist ein Wechsel gerade nicht möglich.', 'Persönliche Gründe lassen einen Wechsel gerade nicht zu.'],
    },
  },
  // Persönliche Passung, wie Karriereratgeber sie empfehlen: ehrlich, konkret, und über mich statt über das Unternehmen.
  'culture-fit': {
    default: {
      warm: ['Ich habe den Eindruck, dass die Arbeitskultur nicht ganz zu mir passen würde – das sagt mehr über meine Vorstellungen als über {yours}.', 'Die Arbeitskultur würde, so mein Eindruck, nicht ganz zu mir passen; das sagt mehr über meine Vorstellungen als über {yours}.'],
      formal: ['Ich habe den Eindruck gewonnen, dass die Arbeitskultur nicht ganz zu mir passen würde; das sagt mehr über meine Vorstellungen als über {yours}.', 'Die Arbeitskultur würde nach meinem Eindruck nicht ganz zu mir passen – was mehr über meine Vorstellungen sagt als über {yours}.'],
      brief: ['Ich denke, die Arbeitskultur würde nicht ganz zu mir passen.', 'Ich glaube, die Arbeitskultur würde nicht ganz zu mir passen.'],
    },
  },
  'not-looking': {
    default: {
      warm: ['Ich bin mit meiner jetzigen Stelle zufrieden und suche derzeit nicht aktiv nach einer neuen.', 'Ich suche im Moment nicht aktiv nach einer Veränderung.'],
      formal: ['Ich bin mit meiner derzeitigen Position zufrieden und strebe momentan keine Veränderung an.', 'Einen Wechsel ziehe ich derzeit nicht in Betracht.'],
      brief: ['Ich suche derzeit keine neue Stelle.', 'Ich suche gerade keine Veränderung.'],
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: 'Für mich ist dieser Schritt im Moment nicht der richtige.',
  formal: 'Dieser Schritt ist für mich derzeit nicht der richtige.',
  brief: 'Für mich ist dieser Schritt gerade nicht der richtige.',
};

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: ['Ich würde mich freuen, in Kontakt zu bleiben, und hoffe, dass sich unsere Wege wieder kreuzen.', 'Bleiben wir in Kontakt – vielleicht kreuzen sich unsere Wege ja wieder.'],
      formal: ['Es wäre schön, mit Ihnen in Kontakt zu bleiben; vielleicht kreuzen sich unsere Wege in Zukunft wieder.', 'Ich würde mich freuen, auch künftig mit Ihnen in Kontakt zu bleiben.'],
      brief: ['Ich würde mich freuen, in Kontakt zu bleiben.', 'Bleiben wir in Kontakt.'],
    },
  },
  'closer-match': {
    default: {
      warm: ['Bleiben wir in Kontakt – wenn sich künftig eine geeignetere Stelle ergibt, freue ich mich, von Ihnen zu hören.', 'Wenn sich in Zukunft eine geeignetere Stelle ergibt, freue ich mich, von Ihnen zu hören.'],
      formal: ['Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben und von künftigen Positionen zu hören, die für mich besser geeignet sind.', 'Für Hinweise auf künftige Positionen, die für mich besser geeignet sind, wäre ich Ihnen dankbar.'],
      brief: ['Wenn sich künftig eine geeignetere Stelle ergibt, freue ich mich über eine Nachricht.', 'Ich freue mich, von Ihnen zu hören, wenn sich künftig etwas Geeigneteres ergibt.'],
    },
  },
  timing: {
    default: {
      warm: ['Ich würde mich freuen, in Kontakt zu bleiben, und hoffe, dass wir uns später einmal wieder austauschen.', 'Bleiben wir in Kontakt – vielleicht ergibt sich später einmal etwas.'],
      formal: ['Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben, und hoffe, dass wir uns später wieder austauschen können.', 'Ich würde mich freuen, zu gegebener Zeit wieder von Ihnen zu hören.'],
      brief: ['Vielleicht können wir uns später wieder austauschen.', 'Vielleicht ergibt sich später einmal etwas.'],
    },
  },
  settled: {
    default: {
      warm: ['Sollte sich meine Situation ändern, melde ich mich bei Ihnen. Bis dahin bleiben wir in Kontakt.', 'Bleiben wir in Kontakt – falls sich meine Situation ändert, melde ich mich.'],
      formal: ['Sollte sich meine Situation ändern, melde ich mich bei Ihnen. Bis dahin freue ich mich, mit Ihnen in Kontakt zu bleiben.', 'Ich würde mich freuen, in Kontakt zu bleiben, und melde mich, sobald sich an meiner Situation etwas ändert.'],
      brief: ['Sollte sich meine Situation ändern, melde ich mich.', 'Falls sich etwas ändert, melde ich mich.'],
    },
  },
};

/** German for a generic English role: the role is then a common noun with its own article (see thePosition). */
const GENERIC_ROLES: GenericRoles = [
  [/^(?:internship|intern)$/i, 'Praktikum'],
  [/^summer (?:internship|intern)$/i, 'Sommerpraktikum'],
  [/^(?:apprenticeship|apprentice)$/i, 'Ausbildung'],
  [/^working student$/i, 'Werkstudentenstelle'],
  [/^(?:graduate|trainee) program(?:me)?$|^traineeship$/i, 'Traineeprogramm'],
];

function greeting(ctx: PhraseContext): string {
  const { tone, firstName, fullName, titled } = ctx;
  if (tone === 'formal' && (firstName || fullName)) {
    // "Sehr geehrte Frau Raman," only when the thread gave her title; otherwise the full name needs none.
    if (titled) return `${titled.gender === 'female' ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${titled.surname},`;
    const name = fullName && (!firstName || fullName.startsWith(firstName)) ? fullName : firstName;
    return `Guten Tag ${name},`;
  }
  if (firstName) return choose([`Hallo ${firstName},`, `Guten Tag ${firstName},`], ctx, 9);
  // Only the full name is known (splitting it may be wrong): "Guten Tag Priya Raman," is the neutral form in
  // every tone ("Hallo Priya Raman," reads like a mail merge).
  if (fullName) return `Guten Tag ${fullName},`;
  return choose(tone === 'formal' ? ['Sehr geehrte Damen und Herren,', 'Guten Tag,'] : ['Guten Tag,', 'Hallo,'], ctx, 9);
}

function thePosition(role: string, company: string): string {
  const title = genericRole(withoutArticle(role, ['der', 'die', 'das', 'ein', 'eine']), GENERIC_ROLES);
  // With nothing known, "die Stelle" at the end of a sentence waits for a complement; "diese Stelle" points at
  // the one the thread is about.
  if (!title && !company) return 'diese Stelle';
  let what = 'die Stelle';
  // "Praktikumsstelle", "Position Data Analyst", "Praktikum" or "Ausbildung zum Koch" already name the kind of
  // thing, with its own gender.
  if (/^(?:stelle|position|ausbildung)\b/i.test(title)) what = `die ${title.charAt(0).toUpperCase()}${title.slice(1)}`;
  else if (/^\S*(?:stelle|position)$/i.test(title)) what = `die ${title}`;
  else if (/^\S*(?:praktikum|programm|studium)$/i.test(title)) what = `das ${title}`;
  else if (title) what = `die Stelle als ${title}`;
  return company ? `${what} ${beiCompany(company)}` : what;
}

function touch(cues: ThreadCues, ctx: PhraseContext): string {
  if (ctx.stage === 'interview') {
    if (ctx.slots === 'several') return choose(['Danke auch für Ihre Terminvorschläge.', 'Auch für die vorgeschlagenen Termine danke ich Ihnen.'], ctx, 7);
    if (cues.slotDay != null) return choose([`Danke auch für den Terminvorschlag für ${DAYS[cues.slotDay]}.`, `Auch für den vorgeschlagenen Termin am ${DAYS[cues.slotDay]} danke ich Ihnen.`], ctx, 7);
    return '';
  }
  if (ctx.stage === 'offer') {
    if (cues.metDay != null) return `Unser Gespräch am ${DAYS[cues.metDay]} habe ich in guter Erinnerung.`;
    if (cues.person) return `Besonders das Kennenlernen von ${cues.person} hat mir gefallen.`;
    if (cues.team) return `Besonders das Kennenlernen des ${cues.team}-Teams hat mir gefallen.`;
    return '';
  }
  return cues.team ? `Das ${cues.team}-Team klingt spannend.` : '';
}

function regret(cues: ThreadCues): string {
  if (cues.person) return `Ich bedaure, ${cues.person} nun nicht kennenlernen zu können.`;
  return cues.team ? `Ich bedaure, das ${cues.team}-Team nun nicht kennenlernen zu können.` : '';
}

export const PHRASES_DE: LetterPhrases = {
  greeting,
  thePosition,
  theTeam: () => 'Ihr Team',
  yours: () => 'Ihr Team',
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  touch,
  regret,
  schedulingDates: { one: ', einschließlich des vorgeschlagenen Termins', several: ', einschließlich der vorgeschlagenen Termine' },
  contact(kind, value, ctx) {
    if (kind === 'linkedin') return `Sie finden mich auf LinkedIn: ${value}`;
    if (kind === 'link') return `Sie finden mich auch hier: ${value}`;
    return ctx.tone === 'formal' ? `Sie erreichen mich unter ${value}.` : `Sie erreichen mich jederzeit unter ${value}.`;
  },
  signOff: (ctx) => choose(({ warm: ['Herzliche Grüße', 'Viele herzliche Grüße'], formal: ['Mit freundlichen Grüßen', 'Freundliche Grüße'], brief: ['Viele Grüße', 'Beste Grüße'] } satisfies Phrasing)[ctx.tone], ctx, 8),
  ownReason: (text) => text,
};
