/**
 * German letter phrases. The templates are templates/de/*.mustache.
 *
 * Every tone uses "Sie". A decline goes to someone the user has mostly met through a hiring process, and in
 * German business mail "Sie" is the default until both sides have agreed on "du"; answering a "du" with "Sie" is
 * never wrong, the reverse can be. Warmth comes from the wording and the "Hallo {Vorname}" greeting instead.
 *
 * "Sehr geehrte Frau …" / "Sehr geehrter Herr …" needs the recruiter's gender, which the thread does not tell
 * reliably, so a known name gets the gender-neutral "Guten Tag Vorname Nachname,". Without a name the formal
 * letter opens with the classic "Sehr geehrte Damen und Herren,".
 *
 * The salutation ends with a comma, so the templates start the first sentence in lower case ("vielen Dank …"),
 * and the closing has no comma (DIN 5008).
 *
 * Grammar the templates rely on: {{thePosition}} ("die Stelle als … bei …") is feminine and is only used where
 * nominative and accusative coincide; {{theTeam}} ("das Team von …" / "Ihr Team") only in the nominative.
 */
import type { Tone } from './reasons';
import {
  withoutArticle,
  withoutGenderNote,
  type DoorKind,
  type LetterPhrases,
  type Names,
  type Phrasing,
  type StagePhrasing,
  type StandardReason,
} from './phrases';

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: 'Ich habe eine andere Stelle angenommen, die für mich der richtige nächste Schritt ist.',
      formal: 'Zwischenzeitlich habe ich eine andere Position angenommen, die ich für den richtigen nächsten Schritt in meiner beruflichen Entwicklung halte.',
      brief: 'Ich habe ein anderes Angebot angenommen.',
    },
    interview: {
      warm: 'Ich habe vor Kurzem ein anderes Angebot angenommen.',
      formal: 'Ich habe zwischenzeitlich ein anderes Angebot angenommen.',
      brief: 'Ich habe inzwischen ein anderes Angebot angenommen.',
    },
    outreach: {
      warm: 'Ich habe gerade erst eine neue Stelle angenommen und möchte mich deshalb im Moment nicht erneut verändern.',
      formal: 'Ich habe vor Kurzem eine neue Position angetreten und plane derzeit keinen Wechsel.',
      brief: 'Ich habe gerade eine neue Stelle angenommen.',
    },
  },
  'staying-current-role': {
    default: {
      warm: 'Mir ist klar geworden, dass ich in meiner jetzigen Position noch einiges erreichen möchte, deshalb bleibe ich vorerst, wo ich bin.',
      formal: 'In meiner derzeitigen Position möchte ich noch einiges bewegen und werde daher vorerst bei meinem jetzigen Arbeitgeber bleiben.',
      brief: 'Ich bleibe vorerst in meiner jetzigen Position.',
    },
    outreach: {
      warm: 'Ich fühle mich in meiner jetzigen Position sehr wohl und habe dort noch einiges vor, deshalb suche ich im Moment keine Veränderung.',
      formal: 'Ich bin meiner derzeitigen Position eng verbunden und strebe zurzeit keinen Wechsel an.',
      brief: 'Ich bleibe vorerst bei meinem jetzigen Arbeitgeber.',
    },
  },
  compensation: {
    default: {
      warm: 'Letztlich entspricht das Vergütungspaket in meiner jetzigen beruflichen Situation nicht ganz meinen Vorstellungen.',
      formal: 'Letztlich entspricht das Vergütungspaket in meiner derzeitigen beruflichen Situation nicht ganz meinen Erwartungen.',
      brief: 'Die Vergütung passt für mich leider nicht ganz.',
    },
    interview: {
      warm: 'Nachdem ich mir die Details genauer angesehen habe, glaube ich nicht, dass die Vergütung meinen derzeitigen Vorstellungen entsprechen würde.',
      formal: 'Nach Prüfung der Rahmenbedingungen gehe ich davon aus, dass die Vergütung meinen derzeitigen Erwartungen nicht entsprechen würde.',
      brief: 'Die Vergütung würde für mich leider nicht ganz passen.',
    },
    outreach: {
      warm: 'Die Vergütung liegt leider nicht ganz in dem Rahmen, den ich mir im Moment vorstelle.',
      formal: 'Die Vergütung entspricht leider nicht ganz meinen derzeitigen Vorstellungen.',
      brief: 'Die Vergütung entspricht nicht ganz meinen Vorstellungen.',
    },
  },
  'career-goals': {
    default: {
      warm: 'Mir ist klar geworden, dass die Stelle nicht ganz zu der Richtung passt, in die ich mich beruflich entwickeln möchte.',
      formal: 'Ich bin zu dem Schluss gekommen, dass die Position nicht der Richtung entspricht, in die ich meine berufliche Laufbahn lenken möchte.',
      brief: 'Die Stelle passt nicht ganz zu meinen beruflichen Zielen.',
    },
    interview: {
      warm: 'Je länger ich über meinen nächsten Schritt nachgedacht habe, desto klarer wurde mir, dass die Stelle nicht ganz zu meiner beruflichen Richtung passt.',
      formal: 'Bei näherer Betrachtung passt die Position nicht zu der Richtung, in die ich mich beruflich entwickeln möchte.',
      brief: 'Die Stelle passt nicht ganz zu meinen beruflichen Zielen.',
    },
    outreach: {
      warm: 'Ich möchte mich beruflich gerade in eine etwas andere Richtung entwickeln, deshalb wäre die Stelle für mich nicht das Richtige.',
      formal: 'Ich richte meine berufliche Entwicklung derzeit anders aus und halte die Position daher nicht für passend.',
      brief: 'Die Stelle passt nicht ganz zu meinen beruflichen Plänen.',
    },
  },
  location: {
    default: {
      warm: 'Leider lassen sich Standort und Arbeitsmodell im Moment nicht mit meiner persönlichen Situation vereinbaren.',
      formal: 'Leider sind Standort und Arbeitsmodell mit meinen derzeitigen Lebensumständen nicht vereinbar.',
      brief: 'Standort und Arbeitsmodell passen im Moment leider nicht zu meiner Situation.',
    },
    interview: {
      warm: 'Mir ist klar geworden, dass sich Standort und Arbeitsmodell im Moment nicht mit meiner persönlichen Situation vereinbaren ließen.',
      formal: 'Mir ist bewusst geworden, dass Standort und Arbeitsmodell mit meinen derzeitigen Lebensumständen nicht vereinbar wären.',
      brief: 'Standort und Arbeitsmodell würden im Moment leider nicht zu meiner Situation passen.',
    },
    outreach: {
      warm: 'Leider ließen sich Standort und Arbeitsmodell im Moment nicht mit meiner persönlichen Situation vereinbaren.',
      formal: 'Leider wären Standort und Arbeitsmodell mit meinen derzeitigen Lebensumständen nicht vereinbar.',
      brief: 'Standort und Arbeitsmodell würden derzeit leider nicht zu meiner Situation passen.',
    },
  },
  timing: {
    default: {
      warm: 'Aus persönlichen Gründen ist der Zeitpunkt für einen Wechsel gerade nicht der richtige.',
      formal: 'Aufgrund persönlicher Umstände ist der Zeitpunkt für einen Wechsel derzeit nicht der richtige.',
      brief: 'Der Zeitpunkt passt für mich gerade nicht.',
    },
    outreach: {
      warm: 'Aus persönlichen Gründen ist gerade nicht der richtige Zeitpunkt, um über einen Wechsel nachzudenken.',
      formal: 'Aufgrund persönlicher Umstände ist der Zeitpunkt derzeit nicht geeignet, um einen Wechsel in Betracht zu ziehen.',
      brief: 'Der Zeitpunkt passt für mich im Moment nicht.',
    },
  },
  'culture-fit': {
    default: {
      warm: 'Mir ist klar geworden, dass ein etwas anderes Arbeitsumfeld an diesem Punkt meiner Laufbahn besser zu mir passen würde.',
      formal: 'Bei näherer Betrachtung bin ich überzeugt, dass ein anderes Arbeitsumfeld in meiner jetzigen beruflichen Phase besser zu mir passen würde.',
      brief: 'Ich suche ein etwas anderes Arbeitsumfeld.',
    },
  },
  'not-looking': {
    default: {
      warm: 'Ich bin in meiner jetzigen Situation sehr zufrieden und suche derzeit nicht aktiv nach einer neuen Stelle.',
      formal: 'Ich bin mit meiner derzeitigen Position sehr zufrieden und strebe momentan keine Veränderung an.',
      brief: 'Ich suche derzeit keine neue Stelle.',
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: 'Ich habe das Gefühl, dass dieser Schritt für mich im Moment nicht der richtige ist.',
  formal: 'Ich bin zu dem Schluss gekommen, dass dieser Schritt für mich derzeit nicht der richtige ist.',
  brief: 'Für mich ist es gerade nicht der richtige Schritt.',
};

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: 'Ich würde mich freuen, in Kontakt zu bleiben, und hoffe, dass sich unsere Wege wieder kreuzen.',
      formal: 'Gerne würde ich mit Ihnen in Kontakt bleiben und hoffe, dass sich unsere Wege in Zukunft wieder kreuzen.',
      brief: 'Ich würde mich freuen, in Kontakt zu bleiben.',
    },
    outreach: {
      warm: 'Ich bleibe gerne mit Ihnen in Kontakt – melden Sie sich also jederzeit, wenn sich in Zukunft etwas ergibt.',
      formal: 'Gerne bleibe ich mit Ihnen in Kontakt und freue mich, von künftigen Möglichkeiten zu hören.',
      brief: 'Für die Zukunft bleibe ich gerne in Kontakt.',
    },
  },
  'closer-match': {
    default: {
      warm: 'Ich würde mich freuen, in Kontakt zu bleiben – und wenn sich künftig eine Stelle ergibt, die besser passt, höre ich gerne von Ihnen.',
      formal: 'Gerne bleibe ich mit Ihnen in Kontakt und freue mich, von künftigen Positionen zu hören, die besser zu meinem Profil passen.',
      brief: 'Wenn sich künftig eine passendere Stelle ergibt, höre ich gerne von Ihnen.',
    },
  },
  timing: {
    default: {
      warm: 'Ich würde mich freuen, in Kontakt zu bleiben, und hoffe, dass wir zu einem späteren Zeitpunkt wieder zusammenfinden.',
      formal: 'Gerne bleibe ich mit Ihnen in Kontakt und hoffe, dass wir uns zu einem späteren Zeitpunkt wieder austauschen können.',
      brief: 'Gerne können wir uns zu einem späteren Zeitpunkt wieder austauschen.',
    },
  },
  settled: {
    default: {
      warm: 'Sollte sich meine Situation ändern, melde ich mich bei Ihnen. Bis dahin bleibe ich gerne in Kontakt.',
      formal: 'Sollte sich meine Situation ändern, werde ich mich gerne bei Ihnen melden; bis dahin bleibe ich gerne mit Ihnen in Verbindung.',
      brief: 'Sollte sich meine Situation ändern, melde ich mich.',
    },
  },
};

const SIGN_OFF: Record<Tone, string> = { warm: 'Herzliche Grüße', formal: 'Mit freundlichen Grüßen', brief: 'Viele Grüße' };

function greeting(tone: Tone, { firstName, fullName }: Names): string {
  if (tone === 'formal') {
    const name = fullName || firstName;
    return name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,';
  }
  if (firstName) return `Hallo ${firstName},`;
  return fullName ? `Guten Tag ${fullName},` : 'Guten Tag,';
}

function thePosition(role: string, company: string): string {
  const title = withoutArticle(withoutGenderNote(role), ['der', 'die', 'das', 'ein', 'eine']);
  let what = 'die Stelle';
  // "Praktikumsstelle" or "Position Data Analyst" already names the kind of thing.
  if (/^(?:stelle|position)\b/i.test(title)) what = `die ${title.charAt(0).toUpperCase()}${title.slice(1)}`;
  else if (/(?:stelle|position)$/i.test(title) && !/\s/.test(title)) what = `die ${title}`;
  else if (title) what = `die Stelle als ${title}`;
  return company ? `${what} bei ${company}` : what;
}

export const PHRASES_DE: LetterPhrases = {
  greeting,
  thePosition,
  theTeam: (company) => (company ? `das Team von ${company}` : 'Ihr Team'),
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  contact(kind, value, tone) {
    if (kind === 'linkedin') return `Sie finden mich auf LinkedIn: ${value}`;
    if (kind === 'link') return `Sie finden mich auch hier: ${value}`;
    return tone === 'formal' ? `Sie erreichen mich unter ${value}.` : `Sie erreichen mich jederzeit unter ${value}.`;
  },
  signOff: (tone) => SIGN_OFF[tone],
};
