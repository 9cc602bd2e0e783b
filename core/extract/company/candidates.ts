// Company names a message offers: in its phrasing ("a role at Acme", "join Acme", "Acme is hiring"), its subject,
// its signature, and every capitalised run (read only against the sender's domain).

import { CAPITAL_PERSONAL, COMPANY_FIELD_LABELS, DEPARTMENT_PAIRS, DEPARTMENT_WORDS, LEADING_LEGAL_FORM, PROFILE_INTEREST, TRAILING_LEGAL_FORM, fieldLabelAbove, isCapitalPronoun, isOrgWord, isRegionSuffix, isRoleHead } from '../lexicon';
import { isTeamLabel } from '../names/display';
import { isKnownFamilyName, isKnownGivenName } from '../names/given-names';
import { parsePersonName } from '../names/person';
import { DOTTED_LEGAL_FORMS, type Line, type Tok, analyzeLine, endsPhrase, tokenAt } from '../tokens';
import { CJK_DEPARTMENT_WORDS, ZH_DEPARTMENT } from './cjk';

/** A department's word at a name's start ('HR Acme', 'Recrutare Ardelean Soft'). */
const LEADING_DEPARTMENT = /^(?:hr|rh|rrhh|hhrr|talent|recruiting|recruitment|recrutare|team|personalabteilung|personal|équipe|equipe|equipo|echipa|zespół|careers|people)$/iu;
/** Indonesian "HRD" (the HR department) before a company's legal form ('HRD PT Mingda'); not 'HRD Antwerp NV'. */
const LEADING_HRD = /^HRD\s+(?=(?:PT|CV)\s)/u;

/** Hiring departments in Chinese, Japanese and Korean, after a name in Latin letters or digits ("MQQDOG招聘", "Arda 채용팀"). */
const CJK_DEPARTMENT = new RegExp(`(?<=[A-Za-z0-9.&])\\s?(?:招聘|${ZH_DEPARTMENT}|${CJK_DEPARTMENT_WORDS})$`, 'u');
/**
 * A hiring department after an organisation of any script and a space, with the writer's name after it, family name
 * alone or with the given name ("Torail株式会社 採用担当 田中", "Kitesoft株式会社 採用担当 佐藤 太郎", "누리온랩 인사팀 김"):
 * a From name's organisation, its department and its person. The department and the name are cut.
 */
const CJK_PERSON = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー]{1,5}';
const CJK_DEPARTMENT_AND_PERSON = new RegExp(
  `(?<=\\S)[ 　](?:招聘|${ZH_DEPARTMENT}|${CJK_DEPARTMENT_WORDS})[ 　]+${CJK_PERSON}(?:[ 　]${CJK_PERSON})?$`,
  'u',
);

/**
 * A people department written after an organisation's name, in more than one word, with a team's word or not ("People
 * and Culture", "People Operations Team"). Not "People Services", which staffing firms are named.
 */
const PEOPLE_DEPARTMENT = /(?<=\S)\s+people\s+(?:(?:and|&)\s+culture|operations)(?:\s+team)?$/iu;

/** "Acme, Inc." → "Acme"; "Acme GmbH" stays; "The Acme Recruiting Team" → "Acme". */
export function tidyCompany(name: string): string {
  let s = name.replace(/\s+/g, ' ').replace(/^[\s"'([«]+|[\s"')\]»,;:!?]+$/g, '').trim();
  const legal = TRAILING_LEGAL_FORM.exec(s);
  if (legal && legal[1] === ',') s = s.slice(0, legal.index).trim();
  s = s.replace(/^the\s+/i, '');
  // A web name's possessive ("MLB.com's summer program"): the name ends at its domain. ("McDonald's" keeps its 's.)
  s = s.replace(/(\.(?:com|org|net|io|ai|co|app|dev))['’]s$/iu, '$1');
  // A Russian or Ukrainian legal form before the quoted name ("ООО «ТашСтройИнвест»", "ТОВ «Меблі Плюс»"): the name.
  s = s.replace(/^(?:ООО|ОАО|ЗАО|ПАО|АО|НАО|ТОВ|ПрАТ|ПАТ|ТОО|ИП|ФОП)\s*[«"„“]([^»"”“]{2,60})[»"”“]?$/u, '$1');
  // A greeting before the name ("Welcome to Cedarline Finance", "Greetings from Acme", "Willkommen bei …").
  s = s.replace(/^(?:welcome to|greetings from|hello from|news from|an update from|message from|willkommen bei|grüße von|bienvenue (?:chez|à)|bienvenid[oa]s? a|benvenut[oa] in|welkom bij|bem-vind[oa] à)\s+(?=\S)/iu, '');
  // A Chinese, Japanese or Korean hiring department written after a Latin name, glued or not ("MQQDOG招聘", "Arda 채용팀"),
  // or after any name, a space and with the writer's name after it (CJK_DEPARTMENT_AND_PERSON).
  s = s.replace(CJK_DEPARTMENT_AND_PERSON, '').replace(CJK_DEPARTMENT, '');
  // A people department's name in more than one word, after the organisation's ("Strathmore University People and
  // Culture", "Acme People Operations Team").
  s = s.replace(PEOPLE_DEPARTMENT, '');
  const words = s.split(' ');
  const last = () => (words[words.length - 1] ?? '').toLowerCase();
  const before = () => (words[words.length - 2] ?? '').toLowerCase();
  // A department word as listed, or without a Turkish capital İ's combining dot ("KARİYER" reads as "kariyer").
  const department = (w: string) => DEPARTMENT_WORDS.has(w) || DEPARTMENT_WORDS.has(w.replace(/\u0307/gu, ''));
  // Departments written after the name, the last first: one word ("Recruiting", "Ekibi") or a region ("EMEA"), with the
  // word before it where the two go together ("Resurse Umane"), or two words whose last alone is no department ("Shopee
  // Tuyển dụng", "İşe Alım" before "Ekibi").
  for (;;) {
    if (words.length > 2 && !department(last()) && DEPARTMENT_PAIRS.get(last())?.includes(before()) === true) {
      words.splice(-2, 2);
    } else if (words.length > 1 && (department(last()) || isRegionSuffix(words[words.length - 1] ?? ''))) {
      const pair = DEPARTMENT_PAIRS.get(last());
      words.pop();
      if (pair && words.length > 1 && pair.includes(last())) words.pop();
    } else break;
  }
  // A leading department ("RH FG Services", "HR Acme", "Resurse Umane Ardelean Soft") is not part of the name either.
  while (words.length > 1 && LEADING_DEPARTMENT.test(words[0] ?? '')) words.shift();
  if (LEADING_HRD.test(words.join(' '))) words.shift();
  if (words.length > 2 && DEPARTMENT_PAIRS.get((words[1] ?? '').toLowerCase())?.includes((words[0] ?? '').toLowerCase())) words.splice(0, 2);
  return words.join(' ').replace(/[\s,;:]+$/, '');
}

export function looksLikeOrg(name: string): boolean {
  return TRAILING_LEGAL_FORM.test(name) || name.split(/[\s,]+/).some(isOrgWord);
}

/** Enough candidates for any real message; a pathological one stops here. */
const MAX_CANDIDATES = 60;
const MAX_MENTIONS = 120;
export const DOMAIN_LIKE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const LEGAL_ABBREVIATION = new RegExp(`^(?:corp|inc|ltd|co|pty|pvt|pte|sdn|bhd|llc|plc|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|ab|as|oy|kg|lda|ltda|${DOTTED_LEGAL_FORMS.map((f) => f.replace(/\./g, '\\.')).join('|')})\\.?$`);
const ORG_CONNECTORS: ReadonlySet<string> = new Set(['&', 'and', 'of', 'de', 'do', 'da', 'y', 'und', 'et', '+']);
/** A university named for its campus ("University of Texas at Austin"): its "at" is part of the name. */
export const CAMPUS_NAMED = /^University of \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?(?: at \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*)?$/u;

/** The connectors that join two parts of a sentence as well as two words of a name. */
const AND_CONNECTORS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y', '&', '+']);

/** "and" before a pronoun ("Quarrendon Data and I'm reviewing…") joins two parts of a sentence, not two names' words. */
function joinsSentence(connector: Tok, next: Tok): boolean {
  return AND_CONNECTORS.has(connector.low) && isCapitalPronoun(next.core, CAPITAL_PERSONAL);
}

/** Read an organisation name forwards from token `i`: capitalised words, "&"/"of"/"de", an optional legal form. */
function orgForward(line: Line, i: number): string | null {
  const toks = line.toks;
  const out: string[] = [];
  let j = i;
  if (j < toks.length && (toks[j] as Tok).low === 'the' && toks[j + 1]?.cap) j++;
  for (; j < toks.length && out.length < 6; j++) {
    const t = toks[j] as Tok;
    const next = toks[j + 1];
    const word = t.cap || DOMAIN_LIKE.test(t.core);
    const connector =
      out.length > 0 && (ORG_CONNECTORS.has(t.low) || (t.low === 'at' && !out.includes('at') && CAMPUS_NAMED.test(out.join(' ')))) && next !== undefined && next.cap && !joinsSentence(t, next);
    if (!(word || connector) || (out.length > 0 && t.lead !== '' && t.lead !== '(')) break;
    out.push(t.core);
    if (t.trail.startsWith(',')) {
      const from = toks[j + 1]?.at ?? line.text.length;
      const rest = line.text.slice(from, from + 24);
      const legal = LEADING_LEGAL_FORM.exec(rest);
      if (legal) out.push(`, ${legal[0]}`);
      break;
    }
    if (endsPhrase(t)) break;
    // "BigTech Corp. After the interview …": a legal form's dot ends the name unless another legal form follows ("Pty. Ltd.").
    if ((t.trail.startsWith('.') || t.low.endsWith('.')) && LEGAL_ABBREVIATION.test(t.low) && !LEGAL_ABBREVIATION.test(next?.low ?? '')) {
      // Its dot then ends the sentence as well: the name is written without it.
      if (next?.cap) out[out.length - 1] = t.core.replace(/\.$/, '');
      break;
    }
  }
  const name = out.join(' ').replace(/ ,/g, ',');
  return name === '' ? null : name;
}

/** Read an organisation name backwards from the word before token `i` ("Acme Corp is hiring"). */
function orgBackward(toks: readonly Tok[], i: number): string | null {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && out.length < 6; j--) {
    const t = toks[j] as Tok;
    if (out.length > 0 && endsPhrase(t) && !/\.$/.test(t.core)) break;
    const word = t.cap;
    const connector = out.length > 0 && ORG_CONNECTORS.has(t.low);
    if (!(word || connector)) break;
    out.unshift(t.core);
    if (t.lead !== '') break;
  }
  while (out.length > 0 && /^(?:the|and|&|of)$/i.test(out[0] ?? '')) out.shift();
  return out.length > 0 ? out.join(' ') : null;
}

// Phrases after which the employer's name follows.
const EMPLOYER_AFTER =
  /\b(?:join|joining|rejoindre|unirte a|unirse a|welcome you to|on behalf of|per conto di|im auftrag von|pour le compte de|en nombre de|em nome de|namens|(?:my|our) client,?|offer from|applying to|application to|career at|careers at|(?:i'm|i am|we're|we are|i've been|we've been|i have been|we have been) (?:currently |now |exclusively )?(?:partnered|partnering|working|recruiting|hiring) (?:exclusively )?(?:with|for)|(?:(?<=, )|(?<=(?:i'm|i am|we're|we are|been) ))(?:exclusively )?(?:retained|mandated) by|(?:notre|mon|nuestro|mi|il (?:mio|nostro)|unser(?:em)?|mein(?:em)?|nosso|meu) (?:client|cliente|kunden?),?(?: (?:la société|l'entreprise|le groupe|la empresa|el grupo|das unternehmen|der firma|l'azienda|la società|a empresa|o grupo))?) /giu;
const EMPLOYER_AFTER_KEYS: ReadonlySet<string> = new Set([
  'join', 'joining', 'rejoindre', 'unirte', 'unirse', 'welcome', 'behalf', 'conto', 'auftrag', 'compte', 'nombre', 'nome', 'namens', 'client', 'offer', 'applying', 'application',
  'career', 'careers', 'partnered', 'partnering', 'working', 'recruiting', 'hiring', 'cliente', 'kunde', 'kunden', 'retained', 'mandated',
]);
/**
 * A common noun for a company right before its name ("na empresa Logiprime", "da empresa: Dados Claros", "en la
 * empresa Grupo Balam", "dans l'entreprise Acme", "bei der Firma Brinkhoff", "presso l'azienda Rossi"), one entry per
 * language. It names the position's employer, whoever sends the mail (a job board writes under its own name), only in
 * a subject or after a position or an application word ("a vaga Analista na empresa X", "deine Bewerbung bei der
 * Firma X"): "sua experiência na empresa Itaú" is the reader's employer, "consultora de la empresa Hays" the sender's.
 * (Text apostrophes are straight by now: text.ts.)
 */
const COMPANY_NOUN =
  /(?:^|[\s(])(?:(?:na|da|pela|à|a) empresa|(?:en|de|para|con) la (?:empresa|compañía|compania)|(?:dans|de|pour|chez|à) (?:l'entreprise|la société)|(?:bei|von|für) der firma|(?:beim|vom|im) unternehmen|(?:presso|per|con) (?:l'azienda|la società)|(?:dell|nell)'azienda|(?:bij|van|voor) het bedrijf)\s*:?\s+(?=\S)/giu;
/**
 * The reader's profile presented to an employer by whoever writes ("seu perfil foi apresentado a Metalúrgica Rio
 * Verde", "your CV has been submitted to Acme", "votre candidature a été transmise à Acme"): that employer's name,
 * unless it is a person's ("forwarded to Marcus Hale, our CTO"). The same wording is a status update in the stage
 * table (stage-phrases.ts, status).
 */
const PRESENTED_TO =
  /\b(?:profile|cv|resume|résumé|perfil|profil|currículo|curriculum|candidatura|candidature)\s+(?:\S+\s+){0,3}?(?:presented|submitted|forwarded|apresentad[oa]|encaminhad[oa]|enviad[oa]|presentad[oa]|remitid[oa]|présentée?|transmise?|envoyée?|proposée?)\s+(?:to|a|à|ao|al)\s+(?=\S)/giu;
const COMPANY_NOUN_KEYS = /empresa|compa[ñn][íi]a|entreprise|société|firma|unternehmen|azienda|società|bedrijf|presented|submitted|forwarded|apresentad|encaminhad|enviad|presentad|remitid|présenté|transmis|envoyé|proposé/u;

/**
 * An organisation turning to the reader, written just after its name, in every language read (English too, through
 * PROFILE_INTEREST; EMPLOYER_BEFORE and EMPLOYER_VERB also read "Acme has invited you"): it invites them, is
 * interested in their profile (lexicon.ts PROFILE_INTEREST) or wants to meet them ("La empresa X te invita a
 * postularte", "Firma X jest zainteresowana Twoim profilem", "X ti ha inviato una proposta", "X quer conhecer você").
 * A job board relays such mail under its own name: the name before the words is the position's employer (read only in
 * automated mail, company/choice.ts). A person, a title, a team or an article there is none (turnedToReaderBy).
 */
const TURNS_TO_READER = new RegExp(
  `[ \\t](?:${PROFILE_INTEREST.source}|(?:(?:te|le|os|les) (?:invita|ha invitado|ha enviado)|(?:te |lhe )?(?:convida|convidou)(?: você)?|quer conhecer (?:você|te)|quiere conocerte|(?:vous|t'|te) ?(?:invite|a invitée?|a envoyée?)|(?:ti|vi) (?:invita|ha invitato|ha inviato|propone)|nodigt (?:je|u|jou)|heeft (?:je|u|jou) (?:uitgenodigd|een \\S+ gestuurd)|lädt (?:sie|dich)|zaprasza (?:cię|pana|panią))(?![\\p{L}]))`,
  'gu',
);
/** Words that the phrases above contain, for a cheap test before the pattern runs. */
const TURNS_TO_READER_KEYS = /invita|inviat|vous invite|t'invite|convid|conhecer|conocerte|envoy|enviado|nodigt|uitgenodigd|gestuurd|lädt|zaprasza|zainteresowan|interesad|interessad|interessat|interessiert|geïnteresseerd|intéress|interested in your|propone/u;
/** A company noun, with its article, that may lead such a name ("La empresa", "Die Firma", "L'entreprise"): not part of it. */
const LEADING_COMPANY_NOUN = /^(?:(?:la|el|le|l'|die|das|der|het|de|a|o|the)\s*)?(?:empresa|firma|entreprise|société|unternehmen|bedrijf|azienda|società|company)\s+/iu;
/** Words that start no employer's name there: possessives, titles, forms of address ("Unser Kunde", "Herr Yilmaz", "Dr. X"). */
const NOT_AN_EMPLOYER_START: ReadonlySet<string> = new Set([
  'our', 'your', 'unser', 'unsere', 'unserer', 'ihr', 'ihre', 'dein', 'deine', 'notre', 'votre', 'nuestro', 'nuestra',
  'su', 'nosso', 'nossa', 'seu', 'sua', 'nasz', 'nasza', 'onze', 'uw', 'herr', 'frau', 'pan', 'pani', 'sr', 'sra',
  'señor', 'señora', 'senhor', 'senhora', 'monsieur', 'madame', 'mme', 'signor', 'signora', 'dhr', 'mevrouw', 'dr',
  'mr', 'mrs', 'ms', 'mgr', 'dott', 'prof', 'dipl',
  // An article: "Die Allianz" or "La Redoute" may be the name or the sentence's; neither is stated.
  'el', 'la', 'los', 'las', 'le', 'les', "l'", 'der', 'die', 'das', 'het', 'de', 'il', 'lo', 'o', 'a', 'the',
]);
/** A team's or a department's word inside such a name ("Equipo de Selección", "Service RH", "Comité Evaluador"). */
const TEAM_WORD = /(?<![\p{L}])(?:service|servicio|serviço|servizio|comité|comite|comitato|committee|abteilung|afdeling|dział|departamento|département|dipartimento|selección|seleção|sélection)(?![\p{L}])/iu;

/** The employer named before words that turn to the reader, or null for a person, a title, a team, or a name after an article. */
function turnedToReaderBy(raw: string | null): string | null {
  // "La empresa X", "Die Firma X": a company noun says X is an organisation, whatever its words.
  const noun = LEADING_COMPANY_NOUN.exec(raw ?? '');
  const name = noun ? (raw ?? '').slice(noun[0].length) : (raw ?? '');
  const words = name.split(' ');
  if (name.length < 2 || NOT_AN_EMPLOYER_START.has((words[0] ?? '').toLowerCase().replace(/\.$/, ''))) return null;
  if (isTeamLabel(name) || TEAM_WORD.test(name) || words.some((w) => isRoleHead(w.toLowerCase()))) return null;
  // A person ("Helena Duarte", "Juçara Tavares"): a given or a family name the lists know, and no organisation word.
  if (!noun && !looksLikeOrg(name) && (personNamed(name) || (words.length <= 3 && isKnownFamilyName(words[words.length - 1] ?? '')))) return null;
  return name;
}

/** A field label naming the employer, at the start of a line, in every language read ("Company:", "Arbeitgeber:"). */
const COMPANY_LABEL = new RegExp(`^${COMPANY_FIELD_LABELS}\\s*:\\s*(?=\\S)`, 'u');
/** An employer's field label, the whole of it (a label alone on its line, as fieldLabelAbove returns it). */
const COMPANY_LABEL_WORD = new RegExp(`^${COMPANY_FIELD_LABELS}$`, 'u');
// "… Engineer at Acme", "… puesto de Ingeniero de Soporte TI en Acme": a preposition shortly after a job word.
export const AT_WORDS: ReadonlySet<string> = new Set(['at', '@', 'en', 'bei', 'chez', 'presso', 'with', 'bij']);
/**
 * Words before the employer's preposition (AT_WORDS: "at", "en", "bei"…) that make what follows a place ("held at the X
 * Hotel", "takes place at", "the role is located at Canary Wharf"). A position "located at" a hospital is the
 * hospital's, and an interview "held at" the employer's office names it: both are lost with the places, as a missing
 * company costs less than a wrong one.
 */
const VENUE_BEFORE: ReadonlySet<string> = new Set(['held', 'hosted', 'place', 'located', 'situated']);
/** The reader's application ("Ihre Bewerbung bei Brinkhoff", "votre candidature chez Acme") names the employer applied to. */
const APPLICATION_WORDS: ReadonlySet<string> = new Set(['bewerbung', 'candidature', 'candidatura', 'sollicitatie', 'application']);
const JOB_WORDS: ReadonlySet<string> = new Set([
  'position', 'role', 'opening', 'job', 'jobs', 'opportunity', 'vacancy', 'team', 'teams', 'recruiter', 'sourcer', 'here',
  'puesto', 'cargo', 'stelle', 'poste', 'posizione', 'internship', 'career', 'careers', 'work', 'working', 'interview',
  'interviews', 'offer', 'talent', 'recruiting', 'recruitment', 'hiring', 'engineering', 'recrutement', 'chargée', 'chargé',
  'posición', 'vacante', 'plaza', 'oportunidad', 'oportunidade', 'opportunité', 'opportunità', 'ruolo', 'stellenangebot',
  'vacature', 'functie', 'vaga', 'função', ...APPLICATION_WORDS,
]);
/** "Your role at X" is the reader's own employer, in every language read. */
const YOUR_WORDS: ReadonlySet<string> = new Set(['your', 'you', "you're", 'ihre', 'ihrer', 'ihrem', 'deine', 'deiner', 'votre', 'ta', 'ton', 'tu', 'su', 'seu', 'sua', 'uw', 'tua', 'tuo']);
const WITH_JOB_WORDS: ReadonlySet<string> = new Set(['position', 'role', 'opportunity', 'job', 'opening', 'career', 'vacancy', 'team']);
// Verbs after which the employer's name came just before: "Acme is hiring", "Acme have come back with an offer".
const EMPLOYER_BEFORE: ReadonlySet<string> = new Set(['is', 'are', 'has', 'have', 'was', 'were', 'would', 'will']);
const EMPLOYER_VERB: ReadonlySet<string> = new Set([
  'looking', 'seeking', 'hiring', 'searching', 'recruiting', 'come', 'came', 'made', 'extended', 'sent', 'invited',
  'decided', 'offered', 'growing', 'expanding', 'excited', 'thrilled', 'pleased', 'delighted', 'happy', 'keen',
  'impressed', 'interested', 'like', 'want', 'wants', 'building',
]);
/**
 * Of those, the verbs of a hiring decision about the reader ("Acme has extended an offer", "Acme would like to
 * interview you"): the name before them is the position's employer, whoever writes (a platform, an agency).
 */
const DECISION_VERB: ReadonlySet<string> = new Set(['extended', 'made', 'sent', 'invited', 'offered', 'decided', 'like', 'want', 'wants']);
/**
 * Is the name that starts at token `start` the organisation of a person named just before it ("Hannah Brooks from
 * Ardent Freight")? The word before it is "from" and the two before that read as a person; a particle ("Jan van
 * Dijk"), "someone from …" or a department ("from Human Resources") is none.
 */
function personFromBefore(toks: readonly Tok[], start: number, name: string): boolean {
  if (toks[start - 1]?.low !== 'from' || start < 3) return false;
  if (name.split(' ').every((w) => DEPARTMENT_WORDS.has(w.toLowerCase()) || isOrgWord(w.toLowerCase()))) return false;
  const person = parsePersonName(`${toks[start - 3]?.core ?? ''} ${toks[start - 2]?.core ?? ''}`);
  return person !== null && person.full !== null;
}
const TEAM_AFTER: ReadonlySet<string> = new Set(['talent', 'recruiting', 'recruitment', 'hiring', 'people', 'engineering', 'hr']);

export interface Candidate {
  name: string;
  weight: number;
  /** The employer is named by what the text says about it (not just mentioned). */
  stated: boolean;
  /** Only a capitalised or domain-like run somewhere in the text. */
  mentioned?: boolean;
  /** Named as the employer of the position itself ("the Analyst position at Acme", "le poste X chez Acme"). */
  employer?: boolean;
  /** Named by what it does to the reader ("X te invita", TURNS_TO_READER): the employer in a platform's mail only. */
  turnsToReader?: boolean;
  /** The value of a company field ("Company: X", "Empresa" / "X"): the position's employer, by the form's own word. */
  field?: boolean;
}

/**
 * Lower-case words after "the X" that make X a unit of an organisation, not its name ("the Payments division"; not
 * "group", which follows companies' names too: "the Tata group").
 */
const UNIT_WORDS: ReadonlySet<string> = new Set(['department', 'division', 'unit', 'squad', 'practice']);

/** Is the name read at `start`, after "the", followed by a unit word ("join the Payments division")? */
function unitNamed(toks: readonly Tok[], start: number, name: string): boolean {
  if (toks[start]?.low !== 'the') return false;
  const after = toks[start + 1 + name.split(' ').length];
  return after !== undefined && !after.cap && UNIT_WORDS.has(after.low);
}

/** Company names stated by the body's phrasing ("a role at Acme", "join Acme", "Acme is hiring"). */
export function statedCompanies(lines: readonly Line[]): Candidate[] {
  const out: Candidate[] = [];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (out.length >= MAX_CANDIDATES) break;
    if (line.text === '') continue;
    // "Company: Kestrel & Finch Pty Ltd" in a platform's or an ATS's notification: the position's employer. Its label
    // may stand alone on the line before, in a form flattened to text ("Empresa" / "Bistrô Manjericão"; lexicon.ts
    // fieldLabelAbove); the name is then read from the start of the short line.
    const label = COMPANY_LABEL.exec(line.lower);
    const above = label ? null : fieldLabelAbove(lines, li, 'lower');
    const below = above !== null && COMPANY_LABEL_WORD.test(above.toLowerCase()) ? orgForward(line, 0) : null;
    // Under the label, a department ("Employer" / "Human Resources") is the form's contact, not the employer.
    const labelled = label ? orgForward(line, tokenAt(line, label[0].length)) : below !== null && !isTeamLabel(below) ? below : null;
    if (labelled) {
      out.push({ name: labelled, weight: 3, stated: true, employer: true, field: true });
      continue;
    }
    out.push(...companyNounNames(line, false));
    if (TURNS_TO_READER_KEYS.test(line.lower)) {
      for (const m of line.lower.matchAll(TURNS_TO_READER)) {
        const name = turnedToReaderBy(orgBackward(line.toks, tokenAt(line, m.index + 1)));
        if (name) out.push({ name, weight: 2.5, stated: true, employer: true, turnsToReader: true });
      }
    }
    const toks = line.toks;
    if (toks.some((t) => EMPLOYER_AFTER_KEYS.has(t.low))) {
      for (const m of line.lower.matchAll(EMPLOYER_AFTER)) {
        const before = line.lower.slice(Math.max(0, m.index - 12), m.index);
        if (/\b(?:your|you)\s*$/.test(before)) continue;
        const start = tokenAt(line, m.index + m[0].length);
        const name = orgForward(line, start);
        // "applying to the Quality Control Chemist position at Acme": a title before a position word, not an employer.
        if (name && titleBeforePositionWord(line.toks, start, name)) continue;
        // "join the Payments division": a unit of the employer, named before a unit word written in lower case.
        if (name && unitNamed(line.toks, start, name)) continue;
        // "an offer from Acme": the offer's (and so the position's) employer.
        if (name) out.push({ name, weight: 2.5, stated: true, employer: m[0].toLowerCase().startsWith('offer from') });
      }
    }
    for (let k = 1; k < toks.length - 1; k++) {
      const t = toks[k] as Tok;
      // "The recruitment event will be held at the South Place Hotel": where something takes place is a venue.
      if (AT_WORDS.has(t.low) && t.lead === '' && !VENUE_BEFORE.has((toks[k - 1] as Tok).low) && afterJobWord(toks, k)) {
        const name = orgForward(line, k + 1);
        if (name) out.push({ name, weight: 2.5, stated: true, employer: positionBefore(toks, k) });
      }
      const next = toks[k + 1] as Tok;
      if (EMPLOYER_BEFORE.has(t.low) && EMPLOYER_VERB.has(next.low)) {
        const prev = toks[k - 1] as Tok;
        if (endsPhrase(prev) && !prev.core.endsWith('.')) continue;
        const name = orgBackward(toks, k);
        // Only an organisation's name: "Sarah Jones would like to interview you" names a person; "Sarah Jones from
        // Ardent Freight has invited you" names her organisation.
        const organisation = name !== null && (looksLikeOrg(name) || personFromBefore(toks, k - name.split(' ').length, name));
        if (name) out.push({ name, weight: 2.5, stated: true, employer: DECISION_VERB.has(next.low) && organisation });
      }
      // "on the Acme talent team"
      if (TEAM_AFTER.has(t.low) && (next.low === 'team' || next.low === 'teams')) {
        const name = orgBackward(toks, k);
        if (name) out.push({ name, weight: 2.5, stated: true });
      }
    }
  }
  return out;
}

/** The names a company noun (in a subject or after a position word) or a presented profile introduces in a line: each the position's employer. */
function companyNounNames(line: Line, subject: boolean): Candidate[] {
  if (!COMPANY_NOUN_KEYS.test(line.lower)) return [];
  const out: Candidate[] = [];
  for (const m of line.lower.matchAll(COMPANY_NOUN)) {
    if (!subject && !aboutPosition(line.toks, tokenAt(line, m.index + m[0].search(/\S/)))) continue;
    const name = orgForward(line, tokenAt(line, m.index + m[0].length));
    if (name) out.push({ name, weight: 2.5, stated: true, employer: true });
  }
  for (const m of line.lower.matchAll(PRESENTED_TO)) {
    const name = orgForward(line, tokenAt(line, m.index + m[0].length));
    if (name && !personNamed(name)) out.push({ name, weight: 2.5, stated: true, employer: true });
  }
  return out;
}

/** A person's name, not an organisation's: a given name the lists know, then a family name, and no organisation word. */
function personNamed(name: string): boolean {
  const person = parsePersonName(name);
  return person !== null && person.full !== null && isKnownGivenName(person.first) && !looksLikeOrg(name);
}

/**
 * Is the phrase that starts at token `k` about a position: a position or an application word up to eight words
 * before it, in the same phrase, and not the reader's own ("sua experiência na empresa X")?
 */
function aboutPosition(toks: readonly Tok[], k: number): boolean {
  let application = false;
  let position = false;
  let yours = false;
  for (let b = k - 1; b >= 0 && b >= k - 8; b--) {
    const w = toks[b] as Tok;
    if (endsPhrase(w) && !w.trail.startsWith(')') && !/^['"]/.test(w.trail)) break;
    if (APPLICATION_WORDS.has(w.low)) application = true;
    if (POSITION_WORDS.has(w.low)) position = true;
    if (YOUR_WORDS.has(w.low)) yours = true;
  }
  // "deine Bewerbung bei der Firma X" is the reader's application to X; "Ihrer aktuellen Position bei der Firma X" their job.
  return application || (position && !yours);
}

const POSITION_WORDS: ReadonlySet<string> = new Set(['position', 'role', 'opening', 'job', 'vacancy', 'internship', 'puesto', 'cargo', 'stelle', 'poste', 'posizione', 'vaga', 'vacature', 'functie', 'offer']);
const HIRING_SIDE: ReadonlySet<string> = new Set(['recruiter', 'recruiters', 'sourcer', 'talent', 'recruiting', 'recruitment', 'team', 'teams', 'hiring', 'here', 'work', 'working', 'career', 'careers']);

/** Is the name read from token `start` on followed by a position's word ("the Data Analyst position", "la vaga")? */
function titleBeforePositionWord(toks: readonly Tok[], start: number, name: string): boolean {
  const skip = (toks[start] as Tok | undefined)?.low === 'the' && !name.toLowerCase().startsWith('the ') ? 1 : 0;
  const words = name.split(' ').length;
  const last = toks[start + skip + words - 1];
  const after = toks[start + skip + words];
  // "Thanks for applying to Northwind! Position details below.": a new sentence's word is not the name's.
  return last !== undefined && !endsPhrase(last) && after !== undefined && after.lead === '' && after.low !== 'offer' && POSITION_WORDS.has(after.low);
}

/** Is the preposition at `k` about a position (a job word or title just before), not about the hiring side? */
function positionBefore(toks: readonly Tok[], k: number): boolean {
  let position = false;
  // A title can be long ("le poste de Chef de projet marketing digital chez …"): up to eight words back, within the phrase.
  for (let b = k - 1; b >= 0 && b >= k - 8; b--) {
    if (b < k - 1 && endsPhrase(toks[b] as Tok)) break;
    const low = (toks[b] as Tok).low;
    if (HIRING_SIDE.has(low)) return false;
    if (POSITION_WORDS.has(low) || (isRoleHead(low) && b === k - 1)) position = true;
  }
  return position;
}

/** Is the preposition at `k` shortly after a job word, in the same phrase, and not about the reader? */
function afterJobWord(toks: readonly Tok[], k: number): boolean {
  const prevTok = toks[k - 1] as Tok;
  if (endsPhrase(prevTok)) return false;
  if ((toks[k] as Tok).low === 'with') return WITH_JOB_WORDS.has(prevTok.low);
  let job = false;
  let application = false;
  for (let b = k - 1; b >= 0 && b >= k - 5; b--) {
    const w = toks[b] as Tok;
    if (b < k - 1 && endsPhrase(w) && !w.trail.startsWith(')')) break;
    if (YOUR_WORDS.has(w.low)) return application;
    if (APPLICATION_WORDS.has(w.low)) application = true;
    if (isRoleHead(w.low) || JOB_WORDS.has(w.low)) job = true;
  }
  return job;
}

/** Every capitalised run in the text: only used when it matches the sender's domain. */
export function mentionedNames(lines: readonly Line[]): string[] {
  const out = new Set<string>();
  for (const line of lines) {
    const toks = line.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k] as Tok;
      if (!t.cap && !DOMAIN_LIKE.test(t.core)) continue;
      const prev = toks[k - 1];
      if (prev && prev.cap && !endsPhrase(prev) && prev.lead === '') continue;
      const name = orgForward(line, k);
      if (name) out.add(name);
      if (out.size >= MAX_MENTIONS) return [...out];
    }
  }
  return [...out];
}

/** Classify a signature part: a company (weight) or nothing (title, phone, place…). */
export function signatureCandidates(parts: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  let firstOrg = true;
  for (const part of parts) {
    const p = part.trim();
    if (p === '' || /\d{3,}|@|https?:|www\./.test(p)) continue;
    const words = p.split(/\s+/);
    const title = words.some((w) => isRoleHead(w)) || /\b(?:recruit\w*|talent|sourc\w*|founder|co-founder|ceo|cto|coo|cfo|hr|human resources|people|hiring)\b/i.test(p);
    if (title && !looksLikeOrg(p)) continue;
    if (isTeamLabel(p) && !looksLikeOrg(p)) continue;
    out.push({ name: p, weight: looksLikeOrg(p) ? 3 : firstOrg ? 2 : 1, stated: false });
    firstOrg = false;
  }
  return out;
}

const STAGE_SEGMENT =
  /^(?:(?:job |formal |your )?offer|(?:\w+ )?interview(?: invitation| invite| schedule| request)?|invitation|opportunity|application|role|position|opening|vacancy|oferta|angebot|entretien|entrevista|candidature|bewerbung|next steps?|update)$/i;

/** Organisations a subject names: "[Acme]", "… at Acme", "with Acme GmbH", "Offer - Acme Mining", "Acme Interview". */
export function subjectCandidates(subject: string, tags: readonly string[]): Candidate[] {
  const out: Candidate[] = tags.map((t) => ({ name: t, weight: 2.5, stated: true }));
  const line = analyzeLine(subject);
  out.push(...companyNounNames(line, true));
  const toks = line.toks;
  for (let k = 0; k < toks.length - 1; k++) {
    const low = (toks[k] as Tok).low;
    if (/^(?:at|@|from|bei|chez|presso|von)$/.test(low)) {
      const name = orgForward(line, k + 1);
      if (name) out.push({ name, weight: 2.5, stated: true });
    } else if (/^(?:with|mit|con|avec)$/.test(low)) {
      // "Interview with Acme GmbH" names a company; "Interview with Jane Doe" names a person.
      const name = orgForward(line, k + 1);
      if (name) out.push({ name, weight: looksLikeOrg(name) ? 2.5 : 1.5, stated: looksLikeOrg(name) });
    }
  }
  const segments = subject.split(/\s+[–—|·]\s+|\s+-{1,2}\s+|:\s+/, 8).map((seg) => seg.trim());
  const staged = segments.length > 1 && segments.some((seg) => STAGE_SEGMENT.test(seg));
  for (const seg of segments) {
    const words = seg.split(' ');
    // Next to a stage word, a whole segment of capitalised words without a job title: "Offer - Karri Ridge Mining".
    if (staged && !STAGE_SEGMENT.test(seg) && words.length <= 5 && words.every((w) => /^[\p{Lu}&]/u.test(w)) && !words.some((w) => isRoleHead(w))) {
      out.push({ name: seg, weight: 2, stated: true });
    }
    // "Acme Interview", "Acme Offer": the run before a stage word.
    const stage = /^(.{2,60}?)\s+(?:interview|offer|opportunity|careers|recruiting)\b/i.exec(seg);
    if (stage && /^\p{Lu}/u.test(stage[1] ?? '')) out.push({ name: stage[1] ?? '', weight: 1.5, stated: false });
  }
  return out;
}
