/**
 * Which language a recruiter wrote in, so the letter can answer in kind. A small scorer over function words and
 * the everyday words of recruiting mail; no dictionaries, no dependencies. It is built to say "not sure" (null)
 * rather than guess: the caller then falls back to the user's default.
 */
import type { Language, LetterLanguage } from '../model';
import { isQuoteHeader } from '../quote-header';

export type { LetterLanguage } from '../model';

/** Every letter language, English first. */
export const LETTER_LANGUAGES: readonly LetterLanguage[] = ['en', 'de', 'fr', 'es'];

/** True for 'en', 'de', 'fr' and 'es' (not for 'auto' or any other value). */
export function isLetterLanguage(value: unknown): value is LetterLanguage {
  return typeof value === 'string' && (LETTER_LANGUAGES as readonly string[]).includes(value);
}

/*
 * Italian, Portuguese and Dutch are scored too although no letter is written in them: without them an Italian
 * message would look "mostly Spanish" (la, di, per, con...) and get a Spanish reply. When one of them wins, or
 * comes close, the answer is null.
 */
type Scored = LetterLanguage | 'it' | 'pt' | 'nl';

/*
 * Words, lower-case, as they appear after splitting on anything that is not a letter: "l'offre" gives "l" and
 * "offre", "I'm" gives "i" and "m". A word listed for several languages counts for each of them in part, so
 * only words that tell languages apart decide.
 */
const WORDS: Record<Scored, string> = {
  en: `the and to of a in is it you your yours for that this with we are be been being have has had i me my
    our us on at as an if or not no from by about would could should will can do does did just also so was were
    they them their there here what when which who how any all more some than then well very please thank thanks
    hi hello hey dear regards best sincerely cheers hope looking forward know let get chat call quick role job
    offer opportunity interested interest background experience company hiring recruiter candidate process
    position week today m s t re ve ll d don isn couldn wasn message meeting schedule available availability talk
    next reach out touch update soon monday tuesday wednesday thursday friday salary resume team`,
  de: `der die das den dem des und ist ich sie ihr ihre ihren ihrem ihrer ihnen wir uns unser unsere unseren
    unserem unserer nicht mit für fuer auf bei von zu zum zur ein eine einen einem einer auch noch wie aber oder
    wenn dass daß sich sind sein war haben habe hat hätte wird werden würde würden möchte möchten moechte können
    koennen kann gerne gern sehr vielen dank danke herzlich herzliche herzlichen grüße grüßen gruesse gruessen
    gruß freundlichen freundliche hallo liebe lieber geehrte geehrter geehrten damen herren stelle bewerbung
    vorstellungsgespräch gespräch gespräche unternehmen angebot termin leider bitte über ueber nach aus bis uhr
    heute jetzt schon mal es du dich dir dein deine euch hier diese dieser dieses als so also was am im ins vom
    um ob nur mehr kein keine keinen zeit freuen freue rückmeldung stellenangebot profil wäre aktuell derzeit
    gerade momentan interesse interessiert neue neuen spannende spannenden suchen suche melden melde gehalt
    nachricht anbei unterlagen vertrag montag dienstag mittwoch donnerstag freitag woche telefonat kennenlernen
    austausch einladung kunde kunden projekt firma lebenslauf team`,
  fr: `le la les un une des du de d l j qu n c s m t et est sont à a au aux ce cet cette ces je vous nous il elle
    ils elles on mon ma mes votre vos notre nos leur leurs pour par avec dans sur pas ne plus que qui dont où
    mais ou donc car si y en été être avoir ai avons avez ont suis êtes fait faire très bien merci bonjour
    bonsoir cordialement madame monsieur candidature poste entretien offre entreprise recrutement souhaite
    souhaitez serait seriez pourriez pouvez échange échanger équipe chez aujourd moi cela ça également déjà
    après avant depuis sans afin alors tout tous toute toutes te se me salutations disponibilité disponibilités
    profil nouvelle nouvelles nouveau suite retour semaine message embauche ci joint proposition rencontre
    rencontrer lundi mardi mercredi jeudi vendredi rendez dossier salaire contrat prochaine prochain recherche
    projet opportunité trouverez intéresser`,
  es: `el la los las un una unos unas de del al y o e u en que qué por para con sin sobre es son está están estoy
    estás estamos ser estar hay ha he has han hemos tengo tienes tiene tenemos puedes puede podemos quiero
    quería queremos me te se le les lo nos su sus tu tus mi mis usted ustedes yo tú él ella muy más pero como
    cómo cuando donde este esta esto estos estas ese esa eso también tambien gracias hola buenos buenas días
    dias estimado estimada estimados saludos cordiales atentamente puesto entrevista oferta empresa vacante
    candidatura proceso selección seleccion experiencia perfil equipo trabajo hablar contigo gustaría gustaria
    interesa información informacion ya ahora bien solo mucho muchas muchos todo todos confirmar cordial nuestro
    nuestra nuestros favor nuevo nueva correo llamada disponibilidad respuesta quedo quedamos espera sigue será
    tienes podrías cuándo mensaje propuesta adjunto adjunta revisar revisión proyecto encantaría contacto
    posición oportunidad cargo empleo sueldo salario reunión lunes martes miércoles jueves viernes semana mañana
    pronto seguimiento conocer contar buscamos buscando`,
  it: `il lo gli la le un una di che e è per non sono con del della dei delle nel nella al alla ma anche ci mi ti
    si questo questa quella quello molto grazie buongiorno buonasera ciao gentile cordiali saluti posizione
    azienda colloquio opportunità vorrei sei hai ho abbiamo siamo perché perchè su tuo tua suo sua inoltre
    quanto gentilmente l un`,
  pt: `o os as um uma não nao você voce vocês com para por que de do da dos das em no na é e obrigado obrigada
    olá vaga empresa entrevista oportunidade seu sua muito também está são isso esse essa gostaria
    atenciosamente abraço ao aos pela pelo nos eu ele ela mas como tem temos foi`,
  nl: `de het een en van ik je jij u is dat die niet met voor op zijn wij we ons onze jouw uw bedankt dank groet
    groeten hallo beste vacature sollicitatie graag kun kunt wil heb heeft maar ook naar bij om er nog wel als`,
};

const LEXICON: ReadonlyMap<string, readonly Scored[]> = (() => {
  const map = new Map<string, Scored[]>();
  for (const [language, words] of Object.entries(WORDS) as [Scored, string][]) {
    for (const word of words.split(/\s+/)) {
      if (!word) continue;
      const languages = map.get(word) ?? [];
      if (!languages.includes(language)) languages.push(language);
      map.set(word, languages);
    }
  }
  return map;
})();

/** Below this much evidence for the leading language, the text is too short or too foreign to tell. */
const MIN_SCORE = 3;
/** The leader must be this many times ahead of the runner-up; closer than that is a mixed or ambiguous text. */
const MIN_RATIO = 1.6;

/*
 * Where a reply quotes what came before (core/quote-header.ts). What the recruiter wrote on top is the thread's
 * language; the quoted part may well be the user's own earlier mail, in another language.
 */
/** Mail-client header lines (in forwarded messages and Outlook quotes): the client's language, not the writer's. */
const HEADER_LINE =
  /^\s*(?:from|sent|to|cc|date|subject|von|gesendet|an|betreff|datum|de|envoyé|à|objet|enviado|para|asunto|fecha|da|inviato|oggetto)\s?:/i;
/** Outlook's quote starts with a header block: "From: …" followed closely by "Sent: …" or "Date: …". */
const OUTLOOK_SENT = /^\s*(?:sent|gesendet|envoyé|enviado|inviato|date|datum|fecha)\s?:/i;
const OUTLOOK_FROM = /^\s*(?:from|von|de|da)\s?:/i;

const URLS = /\b(?:https?:\/\/|www\.)\S+|<[^>\s]*>/gi;
const EMAILS = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/g;

/**
 * The language of a recruiter's message (a subject line and a body, or either), or null when it cannot be told
 * with confidence: too few telling words, a near tie, or a language the letters are not written in.
 * Quoted history, mail-client header lines, links and addresses are left out.
 */
export function detectLanguage(text: string): LetterLanguage | null {
  const { fresh, all } = splitQuoted(text);
  const first = decide(score(fresh));
  if (first.decided) return first.language;
  // The new part alone says too little (a "Thanks!" on top of a long thread): the whole thread decides.
  return decide(score(all)).language;
}

/**
 * The language a letter is written in: the one chosen in the popup or options, or for 'auto' the thread's
 * language when it is known, else English.
 */
export function resolveLetterLanguage(preference: Language, detected: LetterLanguage | null): LetterLanguage {
  if (preference !== 'auto') return preference;
  return detected ?? 'en';
}

function splitQuoted(text: string): { fresh: string; all: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fresh: string[] = [];
  const all: string[] = [];
  let quoted = false;
  lines.forEach((line, index) => {
    if (/^\s*>/.test(line)) {
      all.push(line.replace(/^[\s>]+/, ''));
      return;
    }
    if (!quoted && startsQuote(lines, index)) quoted = true;
    if (HEADER_LINE.test(line) || isQuoteHeader(line.trim())) return;
    all.push(line);
    if (!quoted) fresh.push(line);
  });
  return { fresh: fresh.join('\n'), all: all.join('\n') };
}

function startsQuote(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (isQuoteHeader(line.trim())) return true;
  if (!OUTLOOK_FROM.test(line)) return false;
  return lines.slice(index + 1, index + 4).some((next) => OUTLOOK_SENT.test(next));
}

type Scores = Map<Scored, number>;

function score(text: string): Scores {
  const scores: Scores = new Map();
  const add = (language: Scored, amount: number) => scores.set(language, (scores.get(language) ?? 0) + amount);
  const cleaned = text.normalize('NFC').replace(URLS, ' ').replace(EMAILS, ' ');
  for (const match of cleaned.toLowerCase().matchAll(/\p{L}+/gu)) {
    const languages = LEXICON.get(match[0]);
    if (!languages) continue;
    for (const language of languages) add(language, 1 / languages.length);
  }
  // Spanish opens questions and exclamations upside down, and only German writes ß: strong, cheap evidence.
  add('es', Math.min(2, (cleaned.match(/[¿¡]/g) ?? []).length));
  add('de', Math.min(2, (cleaned.match(/ß/g) ?? []).length * 0.5));
  return scores;
}

function decide(scores: Scores): { decided: boolean; language: LetterLanguage | null } {
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE) return { decided: false, language: null };
  if (second && best[1] < second[1] * MIN_RATIO) return { decided: true, language: null };
  return { decided: true, language: isLetterLanguage(best[0]) ? best[0] : null };
}
