/**
 * The etiquette check: reads a finished letter against the product's standard for declining a recruiter
 * (reply promptly; thank them; give a short, truthful reason without oversharing or criticising the company
 * or role; keep the door open; end warmly; one language throughout) and returns hints as codes and data. Hints
 * are advice, never errors: the user may send any letter they like. The same rules run in all four letter
 * languages, each with its own words; the faces say the hints through _locales.
 *
 * Pure string-in, data-out. The built-in letters pass with no hints; the check earns its keep when the user
 * writes their own reason, edits a template or types something unexpected into a field.
 */
import type { LetterLanguage } from '../model';
import { detectLanguage } from '../extract/language';
import type { Stage } from './reasons';

export type HintCode =
  | 'no-thanks'
  | 'no-door-open'
  | 'long-reason'
  | 'personal-details'
  | 'salary-figures'
  | 'criticism'
  | 'too-long'
  | 'mixed-language';

/** One piece of advice: a code, and the data its message needs (a stage, a word count, a language). */
export interface Hint {
  code: HintCode;
  params: Record<string, string | number | boolean>;
}

export interface EtiquetteContext {
  stage: Stage;
  /** The letter's language; English when left out. */
  language?: LetterLanguage;
  /** The user's own reason, when the letter uses one (it is checked for length on its own). */
  customReason?: string;
  /** The user's signature: left out of the checks (phone numbers are not salaries, titles are not the letter). */
  signature?: string;
  /** False when the user turned "keep the door open" off: the hint then says how to turn it back on. */
  keepDoorOpen?: boolean;
  /** Names read from the thread (company, role): "Hospital Necker" is a name, not a health detail. */
  names?: readonly (string | null)[];
}

/** A reason longer than this many words starts telling the story rather than giving the reason. */
const LONG_REASON_WORDS = 40;
/** The built-in letters stay under 140 words; a recruiter reads a decline in seconds. */
const LONG_LETTER_WORDS = 230;
/** Replies to a message older than this many days get a gentle nudge. */
const PROMPT_REPLY_DAYS = 2;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A case-insensitive match of whole words (letters on neither side), for any script. */
function words(list: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list})(?![\\p{L}\\p{N}])`, 'iu');
}

interface Rules {
  thanks: RegExp;
  door: RegExp;
  personal: RegExp;
  criticism: RegExp;
}

const RULES: Record<LetterLanguage, Rules> = {
  en: {
    thanks: words("thank(?:s|ful|ing)?|grateful|gratitude|appreciat(?:e|ed|ion|ive)"),
    door: words("(?:stay|keep|be|remain) (?:in touch|connected)|paths (?:will |may |might )?cross(?: again)?|reconnect\\w*|reach out\\b[^.!?\\n]*\\b(?:again|future|later|changes?)|future|down the (?:road|line)|another time|later on|(?:situation|circumstances|things) (?:ever )?change\\w*|keep me in mind|door (?:is )?open|(?:hear|hearing) (?:from you|about)|get in touch"),
    personal: words("diagnos\\w*|illness|sick(?:ness)?|surgery|cancer|chemo\\w*|tumou?r|pregnan\\w*|miscarriage|ivf|fertility|therap(?:y|ist)|depress(?:ion|ed)|anxiety|mental health|burn(?:ed|t)?[\\s-]?out|panic attacks?|medication|rehab\\w*|hospital\\w*|medical|disabilit(?:y|ies)|chronic|my doctor|injur(?:y|ies|ed)|fell ill|been ill|seriously ill|funeral|passed away|bereave\\w*|grie(?:f|ving)|divorc\\w*|custody|separat(?:ed|ion) from|(?:maternity|paternity|parental) leave|my (?:wife|husband|partner|spouse|fianc[ée]e?|boyfriend|girlfriend|kids?|children|child|son|daughter|baby|mother|father|mom|mum|dad|parents?|sister|brother|grand\\w+)"),
    criticism: words("toxic|dysfunctional|disorgani[sz]ed|unorgani[sz]ed|unprofessional|incompetent|chaotic|shady|sketchy|unethical|scam|terrible|awful|horrible|dreadful|worst|pathetic|laughable|ridiculous|insulting|unacceptable|disrespectful|rude|arrogant|disappointing|unimpressed|not impressed|red flags?|a joke|waste of (?:my )?time|nightmare|a mess|messy|low-?ball\\w*|underpa(?:id|y|ying)|below (?:the )?market|stingy|cheap offer|exploit\\w*|overwork\\w*|micro-?manag\\w*|mismanag\\w*|(?:high|constant) turnover|bad (?:reviews?|reputation|experience|management|culture)|glassdoor|poorly (?:run|managed|organi[sz]ed|paid|handled)|lack of (?:communication|respect|transparency|professionalism|organi[sz]ation)|(?:process|interviews?|team|company|role|offer) (?:was|were|is|seemed|felt) (?:too |very |so |really |extremely )?(?:slow|long|chaotic|confusing|disorgani[sz]ed|boring|outdated|unclear|stressful)|ghosted|never (?:heard|got) back"),
  },
  de: {
    thanks: words("dank\\w*|bedank\\w*|schätze\\w*|wertschätz\\w*"),
    door: words("in (?:Kontakt|Verbindung)|Wege\\s+(?:sich\\s+)?(?:wieder\\s+|erneut\\s+)?kreuzen|kreuzen sich unsere Wege|künftig\\w*|Zukunft|späteren Zeitpunkt|später|melde ich mich|mich (?:gerne )?(?:bei Ihnen )?melden|von Ihnen (?:zu )?hören|höre ich gerne|wieder austauschen"),
    personal: words("krank\\w*|Krankheit\\w*|Diagnose\\w*|Operation|Therapie\\w*|schwanger\\w*|Schwangerschaft|Fehlgeburt|Beerdigung|Trauerfall|verstorben\\w*|Todesfall|Scheidung|getrennt|Burn-?out|Depression\\w*|Angststörung|Kur|Reha\\w*|Elternzeit|Mutterschutz|mein(?:e|er|em|en)? (?:Frau|Mann|Partner\\w*|Kind\\w*|Tochter|Sohn|Mutter|Vater|Eltern|Baby|Schwester|Bruder)"),
    criticism: words("toxisch\\w*|chaotisch\\w*|unprofessionell\\w*|inkompetent\\w*|unorganisiert\\w*|desorganisiert\\w*|unseriös\\w*|schlecht bezahlt\\w*|unterbezahlt\\w*|Zeitverschwendung|enttäuschend\\w*|respektlos\\w*|unverschämt\\w*|Frechheit|lächerlich\\w*|katastrophal\\w*|schrecklich\\w*|furchtbar\\w*|Mikromanagement|schlechte[nrs]? (?:Bewertungen|Ruf|Führung|Kultur)|kununu"),
  },
  fr: {
    thanks: words("merci|remerci\\w*|reconnaissance|apprécié\\w*|apprécie"),
    door: words("en (?:contact|relation)|chemins|à l['’]avenir|plus tard|un jour|revenir vers moi|reviendrai vers vous|reprendre contact|m['’]en parler|reparler|échanger à nouveau|futur\\w*"),
    personal: words("maladie|malade|diagnostic|opération|chirurgie|thérapie|enceinte|grossesse|fausse couche|décès|deuil|funérailles|obsèques|divorce|burn-?out|dépression|congé (?:maternité|paternité|parental)|mon (?:mari|fils|père|conjoint|compagnon|enfant|bébé|frère)|ma (?:femme|fille|mère|compagne|conjointe|sœur)|mes (?:enfants|parents)"),
    criticism: words("toxique|chaotique|peu professionnel\\w*|non professionnel\\w*|incompétent\\w*|désorganisé\\w*|mal payé\\w*|sous-payé\\w*|perte de temps|décevant\\w*|irrespectueu\\w*|ridicule|inacceptable|lamentable|catastrophique|horrible|mauvaise (?:réputation|ambiance|gestion)|micro-?management|glassdoor"),
  },
  es: {
    thanks: words("gracias|agradec\\w*|agradezco|agradecimiento"),
    door: words("en contacto|el contacto|caminos|en el futuro|futur\\w*|más adelante|retomar\\w*|volveré a escribir|lo diré|me alegrará saber\\w*|otro momento"),
    personal: words("enfermedad|enferm[oa]|diagnóstico|operación|cirugía|terapia|embarazad[oa]|embarazo|aborto|falleci\\w*|funeral|luto|divorcio|separación|burn-?out|depresión|ansiedad|baja (?:por )?(?:maternidad|paternidad)|mi (?:esposa|esposo|marido|mujer|pareja|hijo|hija|madre|padre|bebé|hermana|hermano)|mis (?:hijos|padres)"),
    criticism: words("tóxic[oa]s?|caótic[oa]s?|poco profesional\\w*|incompetente\\w*|desorganizad[oa]s?|mal pagad[oa]s?|pérdida de tiempo|decepcionante\\w*|irrespetuos[oa]s?|ridícul[oa]s?|inaceptable\\w*|vergonzos[oa]s?|lamentable|horrible|mala (?:reputación|gestión|cultura)|glassdoor"),
  },
};

// Salary figures, in any of the four languages: an amount with a currency, a "k" suffix, a pay period, or a
// thousands separator ("85,000", "65.000").
const SALARY = [
  /[$€£¥₹]\s?\d/,
  /\b\d+(?:[.,]\d+)?\s?k\b/i,
  /\b\d[\d,.\s]*\s?(?:usd|eur|gbp|chf|cad|aud|dollars?|euros?|pounds?|francs?|mil euros|€)/i,
  /\b\d[\d,.]*\s?(?:(?:per|a|an)\s+(?:year|annum|hour|month)|\/\s?(?:yr|year|hr|hour|mo|month)|(?:pro|im)\s+(?:Jahr|Monat|Stunde)|brutto|netto|par\s+(?:an|mois|heure)|brut|al\s+(?:año|mes)|anuales|brutos)/i,
  /\b\d{2,3}[,.]\d{3}\b(?![.,]?\d)/,
];

const URLS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*/gi;

/** The words in a piece of text, the way a reader would count them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The letter without the user's signature block and without links or addresses, which say nothing about tone. */
function letterBody(text: string, signature: string | undefined): string {
  let body = text;
  // Letters carry the signature with line ends trimmed; match it the same way.
  const sig = signature
    ?.split(/\r\n?|\n/)
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  if (sig) {
    const at = body.lastIndexOf(sig);
    if (at !== -1) body = body.slice(0, at) + body.slice(at + sig.length);
  }
  return body.replace(URLS, ' ');
}

/**
 * A sentence long enough to tell its language that is written in another of the four: a reason or a line typed
 * in English inside a German letter. Short sentences and names say too little, so they are left alone.
 */
function otherLanguage(body: string, language: LetterLanguage): LetterLanguage | null {
  for (const sentence of body.split(/(?<=[.!?])\s+|\n+/)) {
    if (countWords(sentence) < 6) continue;
    const written = detectLanguage(sentence);
    if (written && written !== language) return written;
  }
  return null;
}

/**
 * Checks a rendered letter (plain text) against the decline etiquette. Returns one hint per kind of problem,
 * in the order a person would fix them; an empty list means the letter is fine.
 */
export function checkEtiquette(letterText: string, context: EtiquetteContext): Hint[] {
  const language = context.language ?? 'en';
  const rules = RULES[language];
  let body = letterBody(letterText, context.signature);
  for (const name of context.names ?? []) if (name && name.trim()) body = body.split(name.trim()).join(' ');
  const hints: Hint[] = [];
  if (!body.trim()) return hints;

  const other = otherLanguage(body, language);
  if (other) hints.push({ code: 'mixed-language', params: { language, other } });
  if (!rules.thanks.test(body)) hints.push({ code: 'no-thanks', params: { stage: context.stage } });
  if (rules.criticism.test(body) || (language !== 'en' && RULES.en.criticism.test(body))) hints.push({ code: 'criticism', params: {} });
  const custom = context.customReason?.trim() ?? '';
  if (custom && countWords(custom) > LONG_REASON_WORDS) hints.push({ code: 'long-reason', params: { limit: LONG_REASON_WORDS } });
  if (rules.personal.test(body)) hints.push({ code: 'personal-details', params: {} });
  if (SALARY.some((re) => re.test(body))) hints.push({ code: 'salary-figures', params: {} });
  if (!rules.door.test(body)) hints.push({ code: 'no-door-open', params: { switchedOff: context.keepDoorOpen === false } });
  const count = countWords(body);
  if (count > LONG_LETTER_WORDS) hints.push({ code: 'too-long', params: { words: count, limit: LONG_LETTER_WORDS } });
  return hints;
}

/** How long ago the recruiter's message arrived, when that is known and in the past. */
export function messageAge(receivedAt: number | null | undefined, now: number): { days: number; late: boolean } | null {
  if (receivedAt == null || !Number.isFinite(receivedAt) || receivedAt > now + DAY_MS) return null;
  const ms = Math.max(0, now - receivedAt);
  return { days: Math.floor(ms / DAY_MS), late: ms > PROMPT_REPLY_DAYS * DAY_MS };
}
