// The job title a message is about: from phrases that introduce a title ("the position of X", "our X role",
// "el puesto de X", "die Stelle X"), from the subject ("Offer: X", "Interview – X"), or from a title-like phrase.

import { withoutGenderNote } from '../gender-note';
import { CAPITAL_PRONOUNS, HEAD_INITIAL, OUR_WORDS, ROLE_FIELD_LABELS, TIME_WORDS, TITLE_CONNECTORS, TITLE_TRIM_WORDS, fieldLabelAbove, isCapitalPronoun, isRoleHead } from './lexicon';
import { type Line, type Tok, analyzeLine, endsPhrase, isDash, tokenAt } from './tokens';
import { goesOnEverywhere, tableWord } from './written-after';

/** Words that end a title read forwards ("… Engineer to lead", "… Manager for an exciting company"). */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'at', 'in', 'with', 'to', 'for', 'who', 'that', 'which', 'whose', 'where', 'based', 'located', 'on', 'or', 'from',
  'by', 'is', 'are', 'was', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'join', 'joining',
  'working', 'reporting', 'as', 'if', 'so', 'but', 'we', 'you', 'i', 'they', 'he', 'she', 'it', 'this', 'these',
  'those', 'your', 'our', 'their', 'my', 'his', 'her', 'its', 'please', 'bei', 'zum', 'zur', 'mit', 'um', 'ab',
  'dans', 'chez', 'pour', 'avec', 'au', 'aux', 'sur', 'para', 'con', 'que', 'nel', 'presso', 'per', 'ideally',
  'within', 'across', 'into', 'who’s', "who's", 'like', 'starting', 'zu', 'bis', 'durch', 'mais', 'pero', 'ma',
  'remote', 'hybrid', 'onsite', 'immediately', 'asap', 'now', 'today', 'soon', 'here', 'there', 'then', 'when',
  'while', 'because', 'unterbreiten', 'anbieten', 'teil', 'unseres', 'unserer', 'unserem', 'und', 'and', 'y', 'et', 'e', 'en', 'à', 'a',
  // "at / in (the)" and "for" in Portuguese, Dutch, Polish and Italian ("Desenvolvedor Java na Oceanbyte", "Verkoper
  // bij Hema", "Programista dla …"); not Portuguese "em", which titles use ("Técnico em Enfermagem").
  'na', 'no', 'nas', 'nos', 'num', 'numa', 'bij', 'voor', 'w', 'dla', 'nella',
]);

const AND_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y', 'e', '&']);
/** Articles: after a title's last word (not after "de"), they start the rest of the sentence. */
const ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'gli', 'un', 'una', 'une', 'o', 'os', 'as', 'um', 'uma', 'het']);

/** Adjectives recruiters put before a title; they are not part of it. */
const PRAISE: ReadonlySet<string> = new Set([
  'talented', 'skilled', 'experienced', 'passionate', 'motivated', 'great', 'strong', 'exceptional', 'brilliant',
  'seasoned', 'driven', 'dedicated', 'rockstar', 'amazing', 'top', 'excellent', 'qualified', 'ambitious',
  'enthusiastic', 'creative', 'innovative', 'outstanding', 'proven', 'results-driven', 'self-motivated', 'awesome',
  'star', 'rock-star', 'world-class', 'highly', 'very', 'new', 'exciting', 'fantastic', 'unique', 'interesting',
  'additional', 'another', 'potential', 'suitable', 'ideal', 'good', 'hands-on', 'versatile', 'curious',
]);

const MODIFIERS: ReadonlySet<string> = new Set([
  'senior', 'sr', 'sr.', 'junior', 'jr', 'jr.', 'staff', 'principal', 'lead', 'associate', 'chief', 'head', 'founding',
  'entry-level', 'mid-level', 'graduate', 'trainee', 'full-stack', 'fullstack', 'backend', 'back-end', 'frontend',
  'front-end', 'software', 'data', 'product', 'senior-level',
]);

const REQUISITION = /\s*(?:\((?:req(?:uisition)?|ref|id|job id)?[#:.\s]*[A-Z]{0,4}-?\d{3,}\)|\b(?:req(?:uisition)?|ref|job id)\s?[#:.]?\s?[A-Z]{0,4}-?\d{3,}|#\s?[A-Z]{0,4}-?\d{3,}|\b[A-Z]{1,4}-?\d{4,}\b)/gu;

/**
 * A place of work after a title: a possessive ("in our team", "em nossa empresa", "bei unserem Kunden") always; a
 * capitalised name after at/bei/bij/chez/presso always, after pt/es/it "na/no/nella/en" only when it names an
 * organisation ("na Grupo Aurora", not "Técnico em Edificações").
 */
const TRAILING_EMPLOYER =
  /\s+(?:(?:in|at|with|for|em|en|na|no|nel|nella|bei|bij|chez|dans|au sein de|presso|para|für|pour|per) (?:our|your|nossa|nosso|a nossa|o nosso|nuestra|nuestro|notre|nos|unserer|unserem|unseren|unsere|onze|ons|la nostra|il nostro)\b.*|(?:at|bei|bij|chez|presso) \p{Lu}.*|(?:na|no|nella|nel|en) (?:[Gg]rupo|[Gg]ruppo|[Ee]mpresa|[Aa]zienda|[Rr]ede|[Bb]anco|[Cc]línica|[Hh]ospital|[Uu]niversidade|[Uu]niversidad)(?: \p{Lu}.*)?)$/u;

/** A count before a plural title ("a number of Front-End Developers", "several Engineers"); not "Multiple Sclerosis Nurse". */
const COUNT_BEFORE = /^\s*(?:an? )?(?:number of|several|multiple)\s+/iu;

/** A contract's length before a title ("a 3 month Programmer Analyst", "6-month Data Analyst"): the job's term, not its name. */
const TERM_BEFORE = /^\s*(?:an? )?\d{1,2}[- ]?(?:months?|weeks?|years?|mos?)(?:[- ](?:long|contract|fixed[- ]term))?\s+(?=\p{L})/iu;

function withoutCountOrTerm(raw: string): string {
  const t = raw.replace(TERM_BEFORE, '');
  const count = COUNT_BEFORE.exec(t);
  if (!count) return t;
  const rest = t.slice(count[0].length);
  const last = (rest.trim().split(/\s+/).pop() ?? '').toLowerCase();
  return last.endsWith('s') && isRoleHead(last.slice(0, -1)) ? rest : t;
}

/** A word written in capitals ("DEVELOPER", "SSR/SR"): two letters or more, none of them lower case. */
const CAPITALS_WORD = /^(?=(?:[^\p{L}]*\p{Lu}){2})[^\p{Ll}]+$/u;

/**
 * A title written in capitals ends where the capitals do: "FRONT END DEVELOPER Mercadolibre Uruguay" names the
 * employer and the place after it. Only where the last capitals word is the head ("SAP FI Consultant" keeps its
 * words) and the capitalised word after it is no title word of its own ("DATA ENGINEER Intern", "SALES MANAGER
 * Assistant" go on: the head words, MODIFIERS and TITLE_TRIM_WORDS).
 */
function capitalsOnly(t: string): string {
  const words = t.split(' ');
  let n = 0;
  while (n < words.length && CAPITALS_WORD.test(words[n] as string)) n++;
  const next = words[n] ?? '';
  if (n < 2 || n === words.length || !/^\p{Lu}\p{Ll}/u.test(next) || !isRoleHead((words[n - 1] as string).toLowerCase())) return t;
  const low = next.toLowerCase();
  return isRoleHead(low) || TITLE_TRIM_WORDS.has(low) || MODIFIERS.has(low) ? t : words.slice(0, n).join(' ');
}

/** Tidy a captured title: no gender marker, requisition id, count, trailing location or stray punctuation. */
function tidyTitle(raw: string): string {
  let t = withoutCountOrTerm(withoutGenderNote(raw)).replace(REQUISITION, ' ');
  t = t.replace(/[()]\s*[()]/g, ' ').replace(/\(\s*\)/g, '');
  t = t.replace(/\s+[–—-]+\s+(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|permanent|temporary|remoto|remota|híbrido|hibrido|presencial|télétravail|\d.*|(?:gehalt\w*|salary|salaire|salario|sueldo|salário|stipendio|salaris|pay|compensation|ral)\b.*)$/iu, '');
  t = t.replace(/\s+(?:remote|hybrid)$/i, '');
  // The employer after the title, in every language read: "… em nossa empresa", "… na Grupo Aurora", "… at Acme".
  t = t.replace(TRAILING_EMPLOYER, '');
  t = capitalsOnly(t);
  // A bracket holding a work arrangement or pay is not part of the title: "(Remote)", "(Contract, $90/h)", "(remoto)".
  t = t.replace(/\s*\((?:[^()]{0,40}(?<![\p{L}])(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|permanent|temporary|freelance|remoto|remota|híbrido|hibrido|presencial|teletrabajo|télétravail|cdi|cdd|clt|festanstellung|vollzeit|teilzeit|area|zona|region|région|región|regione|sede|standort|location|based)(?![\p{L}])[^()]{0,40}|[^()]{0,30}[$€£¥]\s?\d[^()]{0,30})(?:\)|$)/giu, '');
  // A bracket giving the start by a date or "at once" ("(ab Oktober 2017)", "(from 1 March)", "(ab sofort)") is not
  // either; "(Start-up)", "(Per Diem)" and "(von Großprojekten)" stay.
  t = t.replace(/\s*\((?:ab|from|starting|start|début|dès|à partir|desde|a partir|vanaf|per|dal|a partire|von)(?:\s+[^()]{0,24}(?:\d|(?<![\p{L}])(?:sofort|immediately|asap|now|immédiatement|inmediato|subito|direct)(?![\p{L}]))[^()]{0,12})?(?:\)|$)/giu, '');
  // Trailing punctuation goes, except the dot of an abbreviation that ends the title ("Analista de Datos Sr.").
  t = t.replace(/\s+/g, ' ').replace(/^[\s"'–—:,-]+|(?<!\b(?:Sr|Jr|Snr|Jnr|Mgr|Assoc|Asst))[\s"'–—:,;.!?-]+$/gi, '').trim();
  // A bracket left open by the cut ("Engineer (Full-stack" → keep balanced).
  const open = (t.match(/\(/g) ?? []).length;
  const close = (t.match(/\)/g) ?? []).length;
  if (open > close) t = `${t})`;
  if (t === t.toLowerCase()) t = t.replace(/(^|\s|-)(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  return t.replace(/\b(Of|And|For|De|Del|La|Y|Et|Di|Für|Und|En|Im)\b(?=\s)/g, (w, _g, offset: number) => (offset === 0 ? w : w.toLowerCase()));
}

function tokText(toks: readonly Tok[]): string {
  return toks.map((t) => `${t.lead}${t.core}${t.trail}`).join(' ');
}

function hasHead(toks: readonly Tok[]): boolean {
  return toks.some((t) => isRoleHead(t.core) || /^(?:SRE|SWE|SDE|QA|UX|UI|PM|DevOps|MLOps|CTO|CFO|VP)$/.test(t.core));
}

function isTrimWord(tok: Tok): boolean {
  const low = tok.low;
  return TITLE_TRIM_WORDS.has(low) || isDash(tok.core) || PRAISE.has(low);
}

/** Drop generic words at both ends ("Senior Engineer Opportunity" → "Senior Engineer"). */
function trimEnds(toks: Tok[]): Tok[] {
  let a = 0;
  let b = toks.length;
  while (a < b && (isTrimWord(toks[a] as Tok) || TITLE_CONNECTORS.has((toks[a] as Tok).low))) a++;
  while (b > a && (isTrimWord(toks[b - 1] as Tok) || TITLE_CONNECTORS.has((toks[b - 1] as Tok).low))) {
    // "(m/w/d)" or "(Full-stack)" belong to the title; never cut a bracketed part.
    if ((toks[b - 1] as Tok).trail.includes(')')) break;
    b--;
  }
  return toks.slice(a, b);
}

/** After the last head word, keep only a capitalised complement ("Director of Operations", "Werkstudent Data"). */
function cutAfterHead(toks: Tok[]): Tok[] {
  let last = -1;
  for (let i = 0; i < toks.length; i++) if (isRoleHead((toks[i] as Tok).core)) last = i;
  if (last < 0) return toks;
  // Head-initial languages: "desarrollador backend", "ingénieur logiciel" — the words after the head are the title.
  if (last === 0 && HEAD_INITIAL.has((toks[0] as Tok).low)) {
    // …up to an article, a preposition or a number that starts the rest of the sentence ("… Sr. el miércoles 10").
    let end = 1;
    for (; end < toks.length && end < 6; end++) {
      const t = toks[end] as Tok;
      const prev = toks[end - 1] as Tok;
      if (/^\p{N}/u.test(t.core) || (STOP_WORDS.has(t.low) && !TITLE_CONNECTORS.has(t.low))) break;
      if (ARTICLES.has(t.low) && !TITLE_CONNECTORS.has(prev.low)) break;
      if (endsPhrase(prev) && !prev.trail.startsWith(')')) break;
    }
    return toks.slice(0, end);
  }
  let end = last + 1;
  for (let i = last + 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const low = t.low;
    if (t.cap || t.lead.includes('(') || TITLE_CONNECTORS.has(low) || isDash(t.core)) end = i + 1;
    else if (i === last + 2 && TITLE_CONNECTORS.has((toks[last + 1] as Tok).low)) end = i + 1;
    else break;
  }
  return toks.slice(0, end);
}

/**
 * Words after which a title has ended, besides STOP_WORDS, ARTICLES, TITLE_TRIM_WORDS and SUFFIX_ANCHORS: function
 * words and the recruiting nouns that follow a whole title ("Salgskonsulent hos X", "Product Lead для", "Professor
 * search"), in every language read. Any other lower-case word after a title in a language whose titles go on in lower
 * case ("Projektledare elnät", "Technicien de maintenance industrielle") may be the title's own.
 */
const AFTER_TITLE: ReadonlySet<string> = new Set([
  // English nouns of the process.
  'search', 'hire', 'program', 'programme', 'candidate', 'candidates', 'candidacy', 'process', 'assessment',
  'take-home', 'challenge', 'task', 'test', 'team', 'recruitment', 'posting', 'listing', 'description', 'roles',
  'positions', 'jobs', 'vacancies', 'applications',
  // French, Spanish, Portuguese, Italian.
  'est', 'qui', 'candidature', 'entretien', 'offre', 'recrutement', 'es', 'fue', 'ha', 'está', 'esta', 'entrevista',
  'oferta', 'proceso', 'candidatura', 'é', 'foi', 'com', 'processo', 'è', 'colloquio', 'selezione',
  // Dutch, German (after "am Standort"), Swedish, Danish and Norwegian.
  'om', 'te', 'met', 'sollicitatie', 'gesprek', 'opdracht', 'am', 'hos', 'till', 'til', 'på', 'ved', 'vid', 'med',
  'och', 'og', 'är', 'er', 'som', 'har', 'ansökan', 'intervju', 'søknad', 'ansøgning',
  // Polish, Czech, Romanian, Indonesian, Turkish, Russian and Ukrainian.
  'z', 'jest', 'v', 've', 'pro', 'u', 'je', 'în', 'pentru', 'din', 'și', 'untuk', 'yang', 'dan', 'pada', 'için', 'ile',
  'в', 'и', 'для', 'на', 'с', 'у', 'і', 'та',
  // "Wanted" after a title ("Projektledare sökes", "Kellner gesucht", "cercasi").
  'sökes', 'søges', 'søkes', 'gesucht', 'gezocht', 'cercasi', 'buscado', 'buscada', 'procura-se', 'recherché', 'recherchée',
  // A step's status after a title, as subjects write it ("Software engineer rescheduled", "… entretien annulé").
  'scheduled', 'rescheduled', 'cancelled', 'canceled', 'booked', 'received', 'accepted', 'declined', 'filled', 'closed',
  'approved', 'rejected', 'updated', 'annulé', 'annulée', 'reporté', 'reportée', 'confirmé', 'confirmée', 'programmé',
  'programmée', 'cancelada', 'cancelado', 'reprogramada', 'reprogramado', 'confirmada', 'confirmado', 'programada',
  'agendada', 'agendado', 'abgesagt', 'verschoben', 'bestätigt', 'bokad', 'inställd', 'geannuleerd', 'verplaatst',
  'bevestigd', 'annullato', 'annullata', 'confermato', 'confermata',
  // A contract's terms after a title ("Chargée de communication cdi temps plein", "Kellner vollzeit").
  'cdi', 'cdd', 'intérim', 'interim', 'freelance', 'temps', 'vollzeit', 'teilzeit', 'clt', 'pj', 'estágio', 'stage',
  'tempo', 'tiempo', 'jornada', 'heltid', 'deltid', 'fuldtid', 'voltijd', 'deeltijd',
]);

/** Words after which a title goes on with its complement ("Professor of Sociology", "Research & Development"). */
const COMPLEMENT_OF: ReadonlySet<string> = new Set(['of', 'de', 'des', 'du', 'der', 'ds.', '&', '+']);
/** "And" in languages whose word for it is also a word of English or a name ("i", "og"), matched as written. */
const JOINED_AND: ReadonlySet<string> = new Set(['i', 'och', 'og', 'oraz', 'ir', 'ja', 'és']);
/** After "and", words that start the sentence's next part ("… chargée de communication et vous en remercions"). */
const AFTER_AND: ReadonlySet<string> = new Set([
  'vous', 'nous', 'je', 'tu', 'il', 'ils', 'elle', 'elles', 'lui', 'leur', 'se', 'te', 'me', 'por', 'pela', 'pelo', 'yo',
  'ich', 'wir', 'sie', 'du', 'er', 'es', 'der', 'die', 'das', 'den', 'dem', 'des', 'ty', 'mi', 'mu', 'jej', 'oni',
  'vi', 'jeg', 'han', 'hun', 'de', 'det', 'har', 'är', 'jag', 'ni',
]);
/**
 * Words that start a title's complement before a lower-case word ("Técnico em enfermagem", "técnico da qualidade",
 * "Менеджер по продажам", "Chef för ekonomi") and a place or an employer before a name ("em São Paulo", "da Acme").
 */
const COMPLEMENT_OR_PLACE: ReadonlySet<string> = new Set(['em', 'da', 'do', 'del', 'di', 'im', 'för', 'по']);

/** Whether a word after a complement's first word may go on with it: lower case, and no article, stop word or "our". */
function lowerWordGoesOn(word: string): boolean {
  const low = word.toLowerCase();
  return /^\p{Ll}/u.test(word) && !ARTICLES.has(low) && !STOP_WORDS.has(low) && !OUR_WORDS.includes(low);
}

/**
 * Whether a title read from the mail may have been cut short: everywhere the mail writes it, a word goes on that
 * could be its own — a complement ("of Sociology", "der Geschäftsführung", "de sécurité") or, where titles go on in
 * lower case (`lowerGoesOn`: not English or German, whose titles are capitalised; mail whose language is not told
 * counts as such, which withholds more), a lower-case word that is no function word ("Projektledare elnät",
 * "Gestionnaire ressources humaines"), a second complement joined by "and" ("Responsable administratif et financier"),
 * or the words inside a bracket the title closes ("Firmware Engineers (Mid to Senior Levels)"). A title cut short
 * states a job the recruiter did not write; the popup offers it instead.
 */
export function titleCutShort(title: string, lines: readonly Line[], lowerGoesOn: () => boolean): boolean {
  const endsLowerCase = /^\p{Ll}/u.test(title.split(' ').pop() ?? '');
  // A bracket the title closes where the mail goes on inside it ("Firmware Engineers (Mid to Senior Levels)" read as
  // "Firmware Engineers (Mid)"): the words inside were cut.
  if (title.endsWith(')') && goesOnEverywhere(title.slice(0, -1), lines, () => true)) return true;
  return goesOnEverywhere(title, lines, (word, second) => {
    const low = tableWord(word);
    if (COMPLEMENT_OF.has(low)) return second !== '' && !ARTICLES.has(second.toLowerCase()) && !isCapitalPronoun(second);
    // "em nossa empresa", "da la empresa": a possessive or an article after it names a place, not a complement.
    if (COMPLEMENT_OR_PLACE.has(low)) return lowerWordGoesOn(second) && lowerGoesOn();
    // "Responsable administratif et financier", "Specjalista ds. kadr i płac": a second complement joined to a first
    // the title ends on in lower case, where titles go on in lower case ("i" as written in lower case: Polish or
    // Catalan "and", not English "I"). After a capitalised last word ("Analista Financeiro e gostaríamos…") the
    // sentence goes on, not the title.
    if ((AND_WORDS.has(low) || JOINED_AND.has(word)) && low !== '&') {
      return endsLowerCase && lowerWordGoesOn(second) && !AFTER_AND.has(second.toLowerCase()) && lowerGoesOn();
    }
    if (!/^\p{Ll}/u.test(word) || STOP_WORDS.has(low) || ARTICLES.has(low) || TITLE_TRIM_WORDS.has(low) || SUFFIX_ANCHORS.has(low) || AFTER_TITLE.has(low)) return false;
    return lowerGoesOn();
  });
}

/** Words a bracket inside a title may hold. */
const MAX_TITLE_BRACKET = 4;

/** Read a title forwards from token `i` (the word after "the position of", "hire a", "Position:" …). */
function titleForward(toks: readonly Tok[], i: number): string | null {
  const out: Tok[] = [];
  let j = i;
  // Skip an article or praise word: "a skilled Python Engineer".
  while (j < toks.length && out.length === 0 && /^(?:a|an|the|our|un|une|el|la|le|una|der|die|das|eine?n?)$/i.test((toks[j] as Tok).core) && !endsPhrase(toks[j] as Tok)) j++;
  let depth = 0;
  let parenStart = 0;
  for (; j < toks.length && out.length < 12; j++) {
    const t = toks[j] as Tok;
    const low = t.low;
    const opens = (t.lead.match(/\(/g) ?? []).length;
    const closes = (t.trail.match(/\)/g) ?? []).length;
    if (depth > 0 || opens > 0) {
      if (out.length === 0) break;
      if (opens > 0 && depth === 0) parenStart = out.length;
      // A bracket is part of a title when short ("(m/w/d)", "(Payments)"); a longer one is prose: stop before it.
      if (out.length - parenStart >= MAX_TITLE_BRACKET) {
        out.length = parenStart;
        break;
      }
      out.push(t);
      depth += opens - closes;
      if (depth <= 0 && endsPhrase({ ...t, trail: t.trail.replace(/^\)+/, '') })) {
        j++;
        break;
      }
      depth = Math.max(depth, 0);
      continue;
    }
    const next = toks[j + 1];
    const accept =
      t.cap ||
      isRoleHead(low) ||
      MODIFIERS.has(low) ||
      (PRAISE.has(low) && out.length === 0) ||
      (isDash(t.core) && out.length > 0 && next !== undefined && next.cap) ||
      (TITLE_CONNECTORS.has(low) && !STOP_WORDS.has(low) && out.length > 0 && next !== undefined) ||
      // "and"/"und"/"et"/"y" inside a title when a capitalised word that is no pronoun follows ("Data und Analytics").
      (AND_WORDS.has(low) && out.length > 0 && next !== undefined && next.cap && !CAPITAL_PRONOUNS.has(next.low) && !endsPhrase(next)) ||
      (low === 'en' && out.length > 0 && next !== undefined && !next.cap) ||
      (/^\p{Ll}[\p{L}-]*$/u.test(t.core) && !STOP_WORDS.has(low) && out.length < 6);
    if (!accept) break;
    out.push(t);
    if (endsPhrase(t) && !t.trail.startsWith(')')) {
      j++;
      break;
    }
  }
  let title = trimEnds(cutAfterHead(trimEnds(out)));
  if (!hasHead(title)) return null;
  // Lower-case words before the first capital in a mixed title are chatter ("skilled Python Engineer").
  if (title.some((t) => t.cap)) {
    let k = 0;
    while (k < title.length && !(title[k] as Tok).cap && !isRoleHead((title[k] as Tok).core) && !MODIFIERS.has((title[k] as Tok).low)) k++;
    title = title.slice(k);
  }
  if (title.length === 0 || title.length > 10) return null;
  return tidyTitle(tokText(title));
}

/** Read a title backwards from the word before "role" / "position" / "opening". */
function titleBackward(toks: readonly Tok[], anchor: number): string | null {
  const out: Tok[] = [];
  for (let j = anchor - 1; j >= 0 && out.length < 12; j--) {
    const t = toks[j] as Tok;
    const low = t.low;
    if (out.length > 0 && endsPhrase(t) && !t.trail.startsWith(')')) break;
    if (/^(?:the|a|an|our|your|this|that|their|my|his|her|its|for|on|about|as|new|current|same|open|le|la|el|un|une|una)$/.test(low) && !t.cap) break;
    // "IT" in capitals, in a text not all in capitals, is the field and the title's first word ("Your IT Perm
    // Recruitment Consultant vacancy"); elsewhere the pronoun ("GO FOR IT PROJECT MANAGER ROLE").
    if (t.core === 'IT' && toks.some((x) => /\p{Ll}/u.test(x.core))) {
      out.unshift(t);
      break;
    }
    if (STOP_WORDS.has(low) && !TITLE_CONNECTORS.has(low)) break;
    // A spaced dash after a whole title separates it from what the subject says before ("Following up - Full Stack
    // Engineer role"); before a part that is no title yet it is the title's own ("Software Engineer - Backend role").
    if (isDash(t.core) && hasHead(trimEnds(out))) break;
    out.unshift(t);
  }
  const title = trimEnds(out);
  if (!hasHead(title) || title.length > 10) return null;
  if (!(title[0] as Tok).cap && title.some((t) => t.cap) && !MODIFIERS.has((title[0] as Tok).low)) {
    // "exciting Engineering Manager" → keep from the first capital.
    let k = 0;
    while (k < title.length && !(title[k] as Tok).cap) k++;
    return tidyTitle(tokText(title.slice(k)));
  }
  return tidyTitle(tokText(title));
}

/**
 * A lower-case word that goes on a title opened by a Romance head ("Chargée de communication", "Auxiliar
 * administrativo"): one word, right after the head or after a "de" that follows it. What comes after it ("… fue
 * recibida", "… cdi temps plein", "… en Madrid") is the rest of the subject.
 */
function headInitialComplement(run: readonly Tok[], t: Tok): boolean {
  const head = run.findIndex((r) => !TITLE_TRIM_WORDS.has(r.low) && !MODIFIERS.has(r.low));
  if (head < 0 || !HEAD_INITIAL.has((run[head] as Tok).low) || GERMANIC_HEADS.has((run[head] as Tok).low)) return false;
  const prev = run[run.length - 1] as Tok;
  if (endsPhrase(prev) || /^\p{N}/u.test(t.core) || !/^\p{Ll}/u.test(t.core) || STOP_WORDS.has(t.low) || ARTICLES.has(t.low)) return false;
  // Right after the head; a head English shares ("Director search") takes one only after "de".
  if (run.length - 1 === head) return !SHARED_WITH_ENGLISH.has(prev.low);
  return run.length - 2 === head && ROMANCE_OF.has(prev.low);
}

/** "of" in a Romance title ("chargée de communication", "técnico da qualidade"). */
const ROMANCE_OF: ReadonlySet<string> = new Set(['de', 'del', 'des', 'du', 'di', 'da', 'do', "d'"]);
/** Head-initial heads that are English titles too. */
const SHARED_WITH_ENGLISH: ReadonlySet<string> = new Set(['director', 'assistant', 'consultant', 'agent', 'commercial', 'chef']);
/** German and Dutch heads in HEAD_INITIAL: a lower-case word after them is the sentence's ("Werkstudent gesucht"). */
const GERMANIC_HEADS: ReadonlySet<string> = new Set(['werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'ingenieur', 'medewerker', 'medewerkster']);

/** Verbs of hiring that open a subject's phrase ("Searching for …", "Buscamos …"), in every language read. */
const SUBJECT_HIRING_VERBS: ReadonlySet<string> = new Set([
  'searching', 'looking', 'seeking', 'hiring', 'recruiting', 'suchen', 'sucht', 'buscamos', 'busca', 'contratamos',
  'recrutons', 'recherchons', 'recrute', 'cerchiamo', 'assumiamo', 'zoeken', 'zoekt', 'procuramos', 'contratando',
]);

/** Runs of title-like words in a short text (a subject segment); the first that contains a head word. */
function titleRun(text: string): string | null {
  const toks = analyzeLine(text).toks;
  // An all-lower-case segment ("founding ml engineer") has no capitals to delimit the title: its words all count.
  const lowerCase = text === text.toLowerCase() && toks.length <= 6;
  let run: Tok[] = [];
  const flush = (): string | null => {
    const t = trimEnds(run);
    run = [];
    return hasHead(t) && t.length <= 10 ? tidyTitle(tokText(t)) : null;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const low = t.low;
    // "Searching for Senior Developers", "Now Hiring Barista": the hiring verb and what precedes it are no title
    // ("Hiring Manager", "Recruiting Coordinator" are: a job word follows).
    if (SUBJECT_HIRING_VERBS.has(low) && !isRoleHead(toks[i + 1]?.low ?? '')) {
      run = [];
      continue;
    }
    const inside = !TIME_WORDS.has(low) && (t.cap || isRoleHead(low) || MODIFIERS.has(low) || t.lead.includes('(') || t.trail.includes(')') ||
      (lowerCase && /^\p{L}/u.test(t.core) && !STOP_WORDS.has(low)) ||
      (run.length > 0 && (TITLE_CONNECTORS.has(low) || isDash(t.core)) && !['in', 'at', 'en', 'a'].includes(low)) ||
      headInitialComplement(run, t));
    if (inside) run.push(t);
    if (!inside || (endsPhrase(t) && !t.trail.startsWith(')'))) {
      const found = flush();
      if (found) return found;
    }
  }
  return flush();
}

// Phrases after which a title follows. Lower case; matched on a lower-cased line.
const STRONG_FORWARD =
  /(?:(?<![\p{L}])(?:na pozici|na pozicí)|\b(?:(?:position|role|post|job title|title|job|opening|vacancy) (?:of|as)(?: an?(?![\p{L}]))?|(?:opening|vacancy|position|role|search|(?:recruitment|selection|hiring|interview|application) process) for (?:an? |the |our )?|(?:position|role|job title|title|titel|poste|stelle|puesto|cargo|vacante|posizione|ruolo|rolle|functie|vacature|vaga|função|funcao)\s?:|(?:bewerbung|tätigkeit|interesse,?) als|(?:candidature|entretien|entrevista|candidatura|kennismaking|gesprek|processo seletivo) (?:pour|para|voor)(?: (?:le poste de|la posición de|a vaga de|de functie van))?|(?:de|deze|onze|die) (?:functie|vacature)(?: van| als| voor)?|(?:a|da|na|nossa|uma|essa|esta|à|pela|pelo|para a) (?:vaga|posição|posicao|função|funcao|oportunidade) (?:de|como|para)|(?:interview|interviews|offer|application|applying|applied|candidacy|consideration|considered|shortlisted|interest) (?:for|to) (?:the |an? |our |this )?(?:role of |position of )?|(?:die|der|eine|ihre|unsere|als) (?:stelle|position|rolle|tätigkeit)(?: als| zum| zur| im bereich)?|stelle als|angebot als|(?:stillingen|stillinga|stilling|tjänsten|tjänst|jobbet|rollen|ansættelse|ansettelse|anställning) som|na stanowisko|stanowisko\s?:|(?:le |au |du |un |ce |votre )?(?:poste|rôle|stage|emploi) (?:de|d'|en tant que)|en tant que|(?:el|al|del|un|la|una|tu|su) (?:cargo|puesto|rol|posición|posicion|vacante|empleo|plaza) (?:vacante )?(?:de|como)|(?:para el|al) (?:puesto|cargo)(?= )(?! (?:de|como|vacante|anterior|actual|que|mismo|ofrecido|indicado|mencionado|solicitado)\b)|(?:la|una|il|del|della) (?:posizione|ruolo|figura) (?:è quella |e' quella )?(?:di|come)))\s*/giu;
const MEDIUM_FORWARD =
  /\b(?:hire|hiring|recruit|recruiting|looking for|look for|searching for|search for|seeking|seek|need|needs|in need of|looking to hire|opportunity as|opportunity for|suchen|sucht|buscamos|busca|contratamos|cherchons|recherchons|recrutons|recrute|cerchiamo|assumiamo|selezioniamo)\s+(?:an?|the|some|one|einen|eine|un|une|una|uno)?,?\s*/giu;
const SUFFIX_ANCHORS: ReadonlySet<string> = new Set(['role', 'position', 'opening', 'vacancy', 'opportunity', 'job', 'req', 'requisition', 'post', 'stelle', 'poste']);

interface Found {
  title: string;
  strength: number;
  line: number;
  /** Read from a field ("Functie: Afwasser"): the title, but no sign by itself that the mail is about a job. */
  field?: boolean;
}

/**
 * Titles in the body's lines (signature lines excluded by the caller): the anchored ones ("the position of X",
 * strength 3; "looking for a X", strength 2) or, with `weak`, capitalised title-like runs (strength 1).
 */
export function findBodyTitles(lines: readonly Line[], exclude: (lineIndex: number) => boolean, weak = false): Found[] {
  const found: Found[] = [];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.text === '' || exclude(li)) continue;
    const before = li > 0 && !weak && !exclude(li - 1) ? (lines[li - 1] as Line) : null;
    // A form's field as a flattened table ("Vaga" / "Garçom para evento"): read as "Vaga: Garçom para evento".
    const label = before ? fieldLabelAbove(lines, li, 'text') : null;
    const prev = before ? (label ? analyzeLine(`${label}: ${line.text.trim()}`) : wrappedBefore(before, line)) : null;
    for (const f of lineTitles(prev ?? line, weak)) found.push({ ...f, line: li });
    // The first title of the strongest kind wins: no need to read further.
    if (found.some((f) => f.strength !== 2)) break;
  }
  return found;
}

/** A plain-text line wrapped at a fixed width is this long at least. */
const WRAPPED_WIDTH = 50;

/**
 * A line hard-wrapped mid-sentence ("…interest in the Senior Site Reliability Engineer" / "role at Halvorsen."), as
 * plain-text mail is at about 70 characters, joined with the next line: a title cut by the wrap is read whole. Null
 * when the line ends a sentence or is short (a heading, a list item), or when the two hold no anchor word.
 */
function wrappedBefore(prev: Line, line: Line): Line | null {
  if (prev.text.length < WRAPPED_WIDTH || /[.!?:;)\]]\s*$/.test(prev.text)) return null;
  const lower = `${prev.lower} ${line.lower}`;
  return ANCHOR_HINT.test(lower) ? analyzeLine(`${prev.text} ${line.text}`) : null;
}

const ANCHOR_HINT =
  /process|titel|bewerbung|candidat|entretien|entrevista|kennismaking|gesprek|seletivo|interesse|functie|vacature|vaga|função|funcao|posição|posicao|oportunidade|position|role|post|title|job|opening|vacanc|poste|stelle|puesto|cargo|posizione|ruolo|rolle|figura|plaza|empleo|emploi|stage|tätigkeit|interview|offer|appl|candidacy|consider|shortlist|interest|angebot|hir|recruit|look|search|seek|need|opportunit|such|busca|cherch|cerch|recrut|contrat|assum|selezion|tant|posici|rôle|req|stilling|tjänst|ansættelse|ansettelse|anställning|stanowisk|pozic/;
/** A line can hold an anchored title only if one of these words occurs in it. */
const ANCHOR_WORDS: ReadonlySet<string> = new Set([
  'position', 'positions', 'role', 'roles', 'post', 'title', 'job', 'opening', 'vacancy', 'poste', 'stelle', 'puesto',
  'cargo', 'vacante', 'posizione', 'ruolo', 'rolle', 'figura', 'plaza', 'empleo', 'emploi', 'stage', 'tätigkeit',
  'interview', 'interviews', 'offer', 'application', 'applying', 'applied', 'candidacy', 'consideration', 'considered',
  'shortlisted', 'interest', 'angebot', 'hire', 'hiring', 'recruit', 'recruiting', 'looking', 'look', 'searching',
  'search', 'seeking', 'seek', 'need', 'needs', 'opportunity', 'suchen', 'sucht', 'buscamos', 'busca', 'cherchons',
  'recherchons', 'recrutons', 'recrute', 'contratamos', 'assumiamo', 'selezioniamo', 'cerchiamo', 'tant', 'posición',
  'posicion', 'rôle', 'req', 'requisition', 'functie', 'vacature', 'vaga', 'função', 'funcao', 'posição', 'posicao',
  'oportunidade', 'titel', 'bewerbung', 'tätigkeit', 'candidature', 'entretien', 'entrevista', 'candidatura', 'kennismaking',
  'gesprek', 'seletivo', 'interesse', 'process',
  // Danish, Norwegian, Swedish and Polish ("stillingen som X", "tjänsten som X", "na stanowisko X"; not the locative
  // "na stanowisku", which names the reader's current job).
  'stillingen', 'stillinga', 'stilling', 'tjänsten', 'tjänst', 'jobbet', 'rollen', 'ansættelse', 'ansettelse', 'anställning',
  'stanowisko',
  // Czech ("na pozici X").
  'pozici', 'pozicí',
]);

/**
 * A position word right before a quoted title ("the job “Warehouse Supervisor”", "la vaga 'Analista de Dados'",
 * "søknaden din på «Junior UX-designer»", "вакансии «Frontend-разработчик»"): the quotes bound the title. Quotes are
 * straight by now (text.ts). The title must hold a job word, as a feature's, a workspace role's or a build job's name
 * does not ('the role "Project Admin"', 'the job "nightly-deploy"'), and it is not the reader's own ('your current role
 * "Tech Lead"'). Russian "роль" and "должность", Ukrainian "посада" are not among the words: workspace roles and
 * appointments ("назначена на должность «Главный инженер»") quote titles too.
 */
const QUOTED_TITLE =
  /(?<![\p{L}])(?:position|role|job|vacancy|opening|poste|stelle|puesto|cargo|vacante|vaga|posizione|ruolo|vacature|functie|stillingen|stillinga|tjänsten|jobbet|rollen|stanowisko|pozici|søknaden din på|ansøgningen på|ansökan till|jobben|вакансия|вакансии|вакансию|позиция|позиции|позицию|вакансія|вакансії|вакансію|позиція|позиції|позицію) (?:"([^"\n]{2,70})"|'([^'\n]{2,70})')/giu;
/** A quoted title is a few words, starts with a letter and holds no sentence. */
const QUOTED_TITLE_SHAPE = /^\p{L}[^.!?;:]*$/u;
/**
 * The reader's own background right before a position phrase ("votre parcours en tant que X", "your experience in the
 * role of X", "tu experiencia en el puesto de X", "sua experiência na função de X"): the title after it is the
 * reader's job, not the one the mail is about. Only phrases that start after the background's noun reach it ("as X"
 * alone is no position phrase; the capitalised-run reader skips a title after "your" or "as" itself).
 */
const READERS_BACKGROUND =
  /(?:^|\s)(?:your|votre|ton|ta|tu|su|seu|sua|je|uw|la tua|il tuo|tua|tuo)\s+(?:experience|background|career|expérience|parcours|carrière|expertise|experiencia|trayectoria|carrera|experiência|trajetória|carreira|esperienza|percorso|carriera|ervaring|loopbaan)\s+(?:(?:in|en|dans|na|no|nel|nella|als|bij)\s+(?:(?:the|a|an|le|la|el|un|une|o|a|il|de|het)\s+)?)?$/iu;
/** "Your current role": the reader's own job, not the one the mail is about ("your new role" is the one offered). */
const READERS_OWN = /(?:^|\s)(?:your|ihre?[rnm]?|deine?[rnm]?|votre|ton|ta|tu|su|seu|sua|je|uw|tua|tuo)\s+(?:current|present|existing|actual|aktuelle\p{L}*|jetzige\p{L}*|actuel\p{L}*|atual|attuale|huidige)\s+$/iu;

function quotedTitle(line: Line): string | null {
  if (!line.text.includes('"') && !line.text.includes("'")) return null;
  for (const m of line.text.matchAll(QUOTED_TITLE)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    if (!QUOTED_TITLE_SHAPE.test(inner) || inner.split(/\s+/).length > 8) continue;
    if (READERS_OWN.test(line.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // A hyphenated compound's last part may be the job word ("Frontend-разработчик").
    if (!inner.split(/[\s-]+/).some((w) => isRoleHead(w))) continue;
    const title = tidyTitle(inner);
    if (title !== '') return title;
  }
  return null;
}

function lineTitles(line: Line, weak: boolean): Omit<Found, 'line'>[] {
  const found: Omit<Found, 'line'>[] = [];
  const { lower } = line;
  if (!weak) {
    const quoted = quotedTitle(line);
    if (quoted) return [{ title: quoted, strength: 3 }];
  }
  // Weak: a capitalised run ending in a head word ("Sr. Embedded Software Engineer - San Jose", "…, SW Engineer."),
  // except on "Jane Doe – Analytics Lead" lines, which list people.
  if (weak) {
    const title = /^\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+ ?[–—|,(-]/u.test(line.text) ? null : weakTitle(line.toks);
    return title ? [{ title, strength: 1 }] : [];
  }
  // A field of a platform's or an ATS's notification ("Functie: Vakkenvuller avond", "Vaga: Eletricista Industrial"):
  // the rest of the line is the title, job word or not.
  const field = FIELD_LINE.exec(line.text);
  if (field?.[1] && !weak) {
    // "Python Developer w EuroCert", "Analyst at Acme": the employer after the title is no part of it.
    const title = tidyTitle(field[1].trim().replace(/\s+(?:at|@|w|bei|chez|en|na|bij|presso|with|dla|für|da|do|no)\s+\p{Lu}.*$/u, ''));
    if (title.split(' ').length <= 6 && !/[.!?;]/.test(title) && !NOT_A_TITLE.test(title)) return [{ title, strength: 3, field: true }];
  }
  if (ANCHOR_HINT.test(lower) && line.toks.some((t) => ANCHOR_WORDS.has(t.low))) {
    const toks = line.toks;
    // Only the first title of each strength counts; the earlier of "the position of X" and "the X role" wins.
    let forward: { title: string; at: number } | null = null;
    for (const m of lower.matchAll(STRONG_FORWARD)) {
      // "Votre parcours en tant que Chef de projet", "your experience in the role of X": the reader's own job.
      if (READERS_BACKGROUND.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
      const title = titleForward(toks, tokenAt(line, m.index + m[0].length));
      if (title) {
        forward = { title, at: m.index };
        break;
      }
    }
    let backward: { title: string; at: number } | null = null;
    for (let k = 1; k < toks.length; k++) {
      const t = toks[k] as Tok;
      if (forward && t.at > forward.at) break;
      if (!SUFFIX_ANCHORS.has(t.low) || t.lead !== '') continue;
      const prev = toks[k - 1] as Tok;
      if (endsPhrase(prev) && !prev.trail.startsWith(')')) continue;
      const title = titleBackward(toks, k);
      if (title) {
        backward = { title, at: t.at };
        break;
      }
    }
    const strong = forward && backward ? (forward.at <= backward.at ? forward : backward) : (forward ?? backward);
    if (strong) found.push({ title: strong.title, strength: 3 });
    for (const m of lower.matchAll(MEDIUM_FORWARD)) {
      const title = titleForward(toks, tokenAt(line, m.index + m[0].length));
      if (title) {
        found.push({ title, strength: 2 });
        break;
      }
    }
  }
  return found;
}

/** A contract's terms, a status or a rank given where a position's field is ("Position: Full-time", "Cargo: A combinar"). */
const NOT_A_TITLE =
  /^(?:full[- ]?time|part[- ]?time|remote|hybrid|on[- ]?site|cdi|cdd|open|filled|closed|on hold|tbd|n\/a|a combinar|a definir|temporary|permanent|contract|freelance|first|second|third|\d+(?:st|nd|rd|th)?)(?:\s|$)/iu;
/** A position's field label starting a line, in the languages read, and its value (a title of letters). */
const FIELD_LINE = new RegExp(`^\\s*${ROLE_FIELD_LABELS}\\s?:\\s*(\\p{L}[^:]{1,60})$`, 'iu');

const HIRING_SIDE_WORDS: ReadonlySet<string> = new Set(['recruiter', 'recruiting', 'recruitment', 'sourcer', 'talent', 'hiring', 'interviewer', 'hr', 'people']);

/** A capitalised run ending in a head word, at least two words long ("SW Engineer", "Data Analyst"). */
function weakTitle(toks: readonly Tok[]): string | null {
  let run: Tok[] = [];
  const check = (): string | null => {
    const t = trimEnds(cutAfterHead(run));
    run = [];
    if (t.length < 2 || t.length > 8 || !hasHead(t)) return null;
    // The hiring side's own titles ("our Hiring Manager", "Recruiting Coordinator") are not the job on offer.
    if (t.some((w) => HIRING_SIDE_WORDS.has(w.low))) return null;
    const lastWord = (t[t.length - 1] as Tok).core;
    if (!isRoleHead(lastWord) && !(t[t.length - 1] as Tok).trail.includes(')')) return null;
    return tidyTitle(tokText(t));
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const low = t.low;
    const prev = toks[i - 1];
    // A title after "your" / "as a" is the reader's own job, not the one on offer.
    const readerOwn = prev !== undefined && /^(?:your|as|current|currently|previous|former)$/i.test(prev.core);
    const inside = (t.cap && !readerOwn) || (run.length > 0 && (low === 'of' || low === '&'));
    if (inside) run.push(t);
    if (!inside || (endsPhrase(t) && !t.trail.startsWith(')'))) {
      const r = check();
      if (r) return r;
    }
  }
  return check();
}

/** A subject has a few parts ("Offer: Senior Engineer – Acme"); more are noise. */
const MAX_SEGMENTS = 8;

/** A title from the subject: "Offer: Senior Engineer at Acme", "Interview invitation – Data Analyst". */
export function subjectTitle(subject: string): string | null {
  if (subject === '') return null;
  const line = analyzeLine(subject);
  const strong = lineTitles(line, false).find((f) => f.strength === 3);
  if (strong) return strong.title;
  for (const segment of subject.split(/\s+[–—|@·]\s+|\s+-{1,2}\s+|:\s+|\s+\/\s+/, MAX_SEGMENTS)) {
    const t = titleRun(segment);
    if (t) return t;
  }
  return null;
}
