import { CJK_AGENCY, isAgency } from './company/agency';
import { cjkCompany } from './company/cjk';
import { THAI, thaiCompany } from './company/thai';
import { CJK } from './cjk-stage';
import { asSimplified, hasKana } from './hant';
import { isListedCjkName } from './names/cjk-name';
import { mentionedNames, signatureCandidates, statedCompanies, subjectCandidates } from './company/candidates';
import { datelinePlaces } from './company/places';
import { type CompanySource, chooseCompany } from './company/choice';
import { isRelayDomain, matchQuality, readDomain } from './company/domain';
import { gatedConfidence } from './company/gate';
import { companyCutShort } from './company/cut-short';
import { COMPANY_CONTEXT, NAME_CONTEXT, type NameSource, type RoleSource, STATE_AT, confidence } from './confidence';
import { type StageReading, classifyStage } from './kind';
import { combineStage, readStageTable } from './stage-model';
import { APPLICATION_FIELD, AUTOMATED_MAILBOX, CODE_HOSTS, JOB_PLATFORM_PATTERN, NOT_NAME_WORDS, OUR_WORDS, PLATFORM_NAME_SUFFIX, PLATFORM_WORDS, isCompoundTitle, isJobBoardName, isRoleHead } from './lexicon';
import { once } from './once';
import { foldKey } from './normalize';
import { type BodyNames, findBodyNames } from './names/body';
import { type DisplayName, ON_BEHALF_OF, VIA, VIA_ANY, isRoleMailbox, isTeamLabel, mailboxHasWord, parseDisplayName, personFromLocalPart } from './names/display';
import { isKnownFamilyName, isKnownGivenName } from './names/given-names';
import type { PersonName } from './names/person';
import { cjkTitle } from './cjk-role';
import { scriptTitle } from './script-role';
import { findBodyTitles, subjectTitle, titleCutShort } from './role';
import { detectLanguage } from './language';
import { cleanSubject, greetingNames, prepareBody } from './text';
import { type Line, analyzeLine } from './tokens';
import type { MessageInput, Recruiter, RecruiterField } from '../model';

export type { MessageInput, NothingToDecline, Recruiter, RecruiterField, RecruiterKind } from '../model';


/** A forwarder who writes like this is on the hiring side; otherwise the forwarded message's author is. */
const HIRING_SIDE_NOTE =
  /\b(?:our (?:coordinator|recruit\w*|team|hiring|interview\w*|talent|company|client|role|position|opening|offer)|my client|i'm recruiting|i am recruiting|i'm hiring|we're hiring|we are hiring|i'm the (?:recruiter|hiring manager)|unser(?:e|em)? (?:team|unternehmen)|notre (?:équipe|entreprise)|nuestro equipo)\b/i;

interface Message {
  fromName: string;
  fromEmail: string;
  subject: string;
  subjectTags: string[];
  /** A code host's thread number cut from the subject's end (" (Issue #6)"): the stage table reads it as trained. */
  subjectThread: string;
  /** The author's own lines (names and signature are read here). */
  lines: string[];
  /** Lines of a message the author forwards, read for the role, company and stage. */
  forwarded: string[];
  /** Display name of a forwarded message's sender (a team alias can name the company). */
  forwardedFrom: string;
  forwardedEmail: string;
  forwardedSubject: string;
  /** Under a short reply, the author's own earlier message it quotes (a follow-up): read for the stage only. */
  quoted: string[];
}

/** Does a quote's attribution ("On …, Jane Doe <jane@acme.com> wrote:") name this sender (address, or full display name)? */
function namesSender(attribution: string, fromName: string, fromEmail: string): boolean {
  const said = attribution.toLowerCase();
  const email = fromEmail.toLowerCase();
  const name = fromName.trim().toLowerCase();
  return (email.includes('@') && said.includes(email)) || (name.includes(' ') && said.includes(name));
}

/**
 * An input field as text, in composed form (NFC): every reader compares letters, and Vietnamese or any accented text
 * typed with combining marks ("e" + U+0301) would otherwise match none of the tables.
 */
function str(value: unknown): string {
  return (typeof value === 'string' ? value : value == null ? '' : String(value)).normalize('NFC');
}

/** Decide whose message this is: the sender's, or — for a forward by someone outside hiring — the original author's. */
function resolveMessage(msg: MessageInput): Message {
  const subject = cleanSubject(str(msg.subject));
  const fromName = str(msg.fromName);
  const fromEmail = str(msg.fromEmail).trim().replace(/^<|>$/g, '');
  const body = prepareBody(str(msg.body), (attribution) => namesSender(attribution, fromName, fromEmail), subject.forwardFirst);
  const base: Message = {
    fromName,
    fromEmail,
    subject: subject.text,
    subjectTags: subject.tags,
    subjectThread: subject.thread,
    lines: body.own,
    forwarded: [],
    forwardedFrom: '',
    forwardedEmail: '',
    forwardedSubject: '',
    quoted: body.quoted,
  };
  const fwd = body.forwarded;
  if (!fwd) return base;
  const sender = readDomain(base.fromEmail);
  const original = readDomain(fwd.fromEmail);
  const ownNote = body.own.join('\n');
  // A forwarded message without its author's address is the forwarder's own side's, unless it was written to a
  // forwarder on a public mail service ("From: NIKE Staffing", "To: <the forwarder's hotmail>"): then the forwarder
  // passes on mail they received as an applicant. A forwarder at a company domain passes on mail to the hiring side.
  const toSender = sender.kind === 'public' && fwd.toEmail !== '' && fwd.toEmail.toLowerCase() === base.fromEmail.toLowerCase();
  const hiringSide =
    (sender.key !== '' && sender.key === original.key) || (sender.kind !== 'public' && HIRING_SIDE_NOTE.test(ownNote)) || (fwd.fromEmail === '' && !toSender);
  if (hiringSide) {
    return { ...base, forwarded: fwd.lines, forwardedFrom: fwd.fromName, forwardedEmail: fwd.fromEmail, forwardedSubject: fwd.subject };
  }
  const inner = cleanSubject(fwd.subject || str(msg.subject));
  return { ...base, fromName: fwd.fromName, fromEmail: fwd.fromEmail, subject: inner.text, subjectTags: inner.tags, subjectThread: inner.thread, lines: fwd.lines, quoted: [] };
}

function sameFirst(a: PersonName | null, b: PersonName | null): boolean {
  return a !== null && b !== null && a.first.toLowerCase() === b.first.toLowerCase();
}

interface Sourced<S> {
  value: string;
  source: S;
  confidence: number;
}

interface PersonChoice {
  person: PersonName;
  source: NameSource;
  confidence: number;
  /** Only a suggestion because no list knows the name (its words still stay out of company names). */
  unknownGiven?: boolean;
}

/**
 * Words before a name that make it no person writing the mail: an organisation's article, sign or team word ("the
 * X", "Talent @ X", "el X", "Equipe X", "L'équipe X"), or "on behalf of X" / "en nombre de X" (X is whom the writer
 * speaks for).
 */
const ORG_BEFORE =
  /(?:^|[\s(])(?:the|@|el|los|las|la|le|les|il|lo|gli|l'|équipe|equipe|equipo|team|time|portal|on behalf of|en nombre de|au nom de|im namen von|im namen der|em nome d[aeo]|a nome d[ie]|namens|w imieniu)[ \t]*$/u;
/** Words after a name that make it an organisation's ("X Crew", "X Hiring Team", "X S.r.l."). */
const ORG_AFTER = /^[ \t]*(?:crew|team|hiring team|recruiting|recruitment|group|ai|bot|app|assistant|platform|labs|hq|s\.r\.l\.|srl|s\.a\.|gmbh|ltd|inc|llc|sarl|s\.l\.|ltda|b\.v\.)(?![\p{L}])/u;

/**
 * "PCAARRD HRMIS" <hrmis-noreply@pcaarrd-hr.ph>: from a shared or automated mailbox (the caller checks), a first word
 * no list knows as a given name, that the domain spells and that no known family name follows, is the organisation's
 * name, whatever follows it ("Sintera Czech" is not caught: "Czech" is a family name too). A person's own mailbox
 * ("siddharth@siddharthrao.com", "hamad.almarri@hamad.qa") keeps the name.
 */
function domainNamesOrganisation(p: PersonName, domainKey: string): boolean {
  return p.full !== null && domainKey.length >= 4 && foldKey(p.first).length >= 4 && matchQuality(p.first, domainKey) >= 2 && !isKnownGivenName(p.first) && !knownFamily(p);
}

/**
 * Does the message use a name as an organisation's, or as someone the writer speaks for: the sender's domain spells
 * it (a one-word name from a shared mailbox), or the text writes it with an article, a team word, "on behalf of" or a
 * legal form?
 */
function readsAsOrganisation(p: PersonName, text: string, domainKey: string): boolean {
  const name = (p.full ?? p.first).toLowerCase();
  // An empty name would match everywhere, and the scan below would never advance.
  if (name === '') return false;
  if (p.full === null && domainKey.length >= 3 && matchQuality(p.first, domainKey) >= 2) return true;
  const step = name.length;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + step)) {
    // Only the name as written on its own: not inside a word ("Mark" in "market") or a mail address ("jane@…").
    if (!standsAlone(text, at, step)) continue;
    if (ORG_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || ORG_AFTER.test(text.slice(at + step, at + step + 16))) return true;
  }
  return false;
}

/**
 * Does the text's match at `at` (of `length` characters) stand on its own: no letter or digit just before or after,
 * and not the start of a web or mail address ("dana.k@…", "slotnest.app")?
 */
function standsAlone(text: string, at: number, length: number): boolean {
  const before = text.charAt(at - 1);
  const after = text.slice(at + length, at + length + 2);
  return !/[\p{L}\p{N}]/u.test(before) && !/^[\p{L}\p{N}]|^[.@][\p{L}\p{N}]/u.test(after);
}

/** The person: the From name when it is one, else whom the body presents or the signature names. */
function choosePerson(
  m: Message,
  display: DisplayName,
  body: BodyNames,
  mailbox: { localPart: string; relay: boolean; automated: boolean },
  orgLike: (p: PersonName) => boolean,
): PersonChoice | null {
  const { localPart, automated } = mailbox;
  const signed = body.signature?.name ?? null;
  // With no display name, "jane.doe@…" still tells the name.
  const fromAddress = !/[^\s"'<>]/.test(m.fromName) || /^[^\s@]+@[^\s@]+$/.test(m.fromName.trim()) ? personFromLocalPart(localPart) : null;
  const ranked: [PersonName | null, NameSource][] = [
    [display.person && familyFirst(display.person, localPart), 'display'],
    [body.stated, 'stated'],
    [signed, 'signature'],
    [fromAddress, 'address'],
  ];
  // A name whose given and family names no list knows may be an organisation's words, unless the mailbox spells the
  // full name or the signature gives the signer a job title ("Kavya Iyer / Manager, Talent Acquisition"). A one-word
  // name the mailbox spells is as often the organisation's own ("SinapseRH" <avisos.sinapserh@…>) as a person's,
  // unless the signature signs it too ("Nkechi" <nkechi@…> signing "Nkechi").
  const titled = () => (body.signature?.parts ?? []).some((part) => part.toLowerCase().split(/[\s,/&()]+/).some((w) => isRoleHead(w)));
  const unconfirmed = (p: PersonName, source: NameSource) =>
    source !== 'stated' && !isKnownGivenName(p.first) && !knownFamily(p) && !(mailboxSpells(mailbox, p) && (p.full !== null || sameFirst(p, signed))) && !(sameFirst(p, signed) && titled());
  let choice: PersonChoice | null = null;
  // A From name on automated mail that neither the subject nor the text writes is as often an organisation's two
  // words ("Ormond Tillage") as a person: a suggestion, unless a later source names someone surely.
  let unwritten: PersonChoice | null = null;
  const ownText = automated ? `${m.subject}\n${m.lines.join('\n')}`.toLowerCase() : '';
  // In Japanese mail a name in kanji without a space ("高田誠") cannot be split into family and given name (the mail
  // is looked at only when such a name is read).
  let japanese: boolean | undefined;
  for (const [p, source] of ranked) {
    if (p === null || orgLike(p) || (UNSPACED_HAN.test(p.full ?? p.first) && (japanese ??= hasKana(m.subject) || m.lines.some(hasKana)))) continue;
    let c = confidence('name', source, p.full ?? p.first);
    if (automated && p.full === null && source !== 'display') c *= NAME_CONTEXT.automatedFirstOnly;
    if (automated && source === 'display' && c > 0 && !writesWord(ownText, p.first.toLowerCase())) {
      unwritten = { person: p, source, confidence: c * NAME_CONTEXT.automatedUnwritten };
      continue;
    }
    // A junk display name ("undefined", "--help") scores nothing and gives way to the next source.
    if (c > 0 && (unwritten === null || c >= STATE_AT)) {
      choice = { person: p, source, confidence: c };
      break;
    }
  }
  choice ??= unwritten;
  if (choice === null) return null;
  // A name the message gives twice (From header and signature, body and address) is surer.
  const others = ranked.filter(([p, source]) => source !== choice.source && sameFirst(p, choice.person)).map(([p]) => p);
  if (others.length > 0) choice.confidence = Math.min(0.98, choice.confidence + 0.1);
  if (choice.person.full === null) {
    // "Jane" in the From header, "Jane Doe" under the message (or in the address).
    const fuller = others.find((p) => p?.full);
    if (fuller) choice.person = { first: choice.person.first, full: fuller.full };
  }
  // Checked last: an organisation signing as itself repeats its name too ("Copenhagen Sales" above and below).
  // A Chinese or Korean name whose family name the lists know is sure when a second place gives it too and the
  // mailbox is a person's: an organisation's name looks like one ("周大福", "신세계") and repeats itself from a team's
  // or an automated mailbox.
  const cjkConfirmed = others.length > 0 && isListedCjkName(choice.person) && !automated && !isRoleMailbox(localPart) && !localPart.split(/[._+-]+/).some((w) => TEAM_MAILBOX_WORD.test(w));
  if (!cjkConfirmed && unconfirmed(choice.person, choice.source) && choice.confidence > NAME_CONTEXT.unknownGiven) {
    choice.unknownGiven = choice.confidence >= STATE_AT;
    choice.confidence = NAME_CONTEXT.unknownGiven;
  }
  return choice;
}

/**
 * A word of a hiring team's or an office's mailbox ("recruit@", "hr@", "saiyo@"), read for a Chinese or Korean name
 * only: more words than the shared-inbox list (names/display.ts), whose widening would change how Latin names are read.
 */
const TEAM_MAILBOX_WORD = /^(?:recruit\w*|hiring|careers?|talent|jobs?|saiyo|jinji|zhaopin|people|info|contact|office|admin|hr)$/;

/** A name written in Chinese characters without a space ("林佳穎", "高田誠"). */
const UNSPACED_HAN = /^\p{Script=Han}{2,4}$/u;

/**
 * A From name written family name first without a comma ("Tresidder Jonathan" <jtresidder@…>), as some directories
 * write it: the mailbox is the second word's initial and the first word, the second word is a given name the lists
 * know and the first is not. The name turned round; any other name as it is ("Wei Zhang" <zhangwei@…> and "Thomas
 * Weber" <weber.thomas@…> are written given name first, whatever their mailbox).
 */
function familyFirst(p: PersonName, localPart: string): PersonName {
  const words = (p.full ?? '').split(' ');
  if (words.length !== 2) return p;
  const [family = '', given = ''] = words.map((w) => foldKey(w));
  if (family.length < 2 || given.length < 2 || foldKey(localPart) !== `${given.charAt(0)}${family}`) return p;
  return isKnownGivenName(words[1] ?? '') && !isKnownGivenName(words[0] ?? '') ? { first: words[1] ?? p.first, full: `${words[1]} ${words[0]}` } : p;
}

/** Is the last word of a full name a known family name ("Vivek Sharma", "Wojciech Nowak")? */
function knownFamily(p: PersonName): boolean {
  const words = (p.full ?? '').split(/\s+/);
  return words.length >= 2 && isKnownFamilyName(words[words.length - 1] ?? '');
}

/**
 * Does the mailbox ("j.boehm", "sarah.k") spell the name: its given name, or a family word with more beside it (an
 * initial)? A family word that is the whole mailbox ("Vestfold Ensemble" <ensemble@…>) is no person's; on a relay
 * service's domain neither is a lone word that is the whole mailbox ("Acme" <acme@ats-mail…>).
 */
function mailboxSpells(mailbox: { localPart: string; relay: boolean }, p: PersonName): boolean {
  const local = foldKey(mailbox.localPart);
  const spells = (w: string) => mailboxHasWord(local, w);
  if (spells(p.first)) return !(mailbox.relay && p.full === null && foldKey(p.first) === local);
  const family = (p.full ?? '').split(/[\s-]+/).slice(1);
  return family.some((w) => spells(w) && local !== foldKey(w) && local !== foldKey(w, true));
}

/** Does the text (lower case) write the word on its own, not inside another word or an address? */
function writesWord(lowerText: string, word: string): boolean {
  for (let at = lowerText.indexOf(word); at >= 0 && word !== ''; at = lowerText.indexOf(word, at + 1)) {
    if (standsAlone(lowerText, at, word.length)) return true;
  }
  return false;
}

/** A service naming itself in the mail it sends (one table for every language read); the name is captured. */
const SERVICE_SELF_NAMED =
  /\b(?:powered by|automated (?:notification|message|e-?mail) from|sent (?:via|through|using)|(?:applied|applying|application|apply) (?:[\p{L}\d-]+ ){0,10}?via|propulsé par|envoyé (?:via|par l'intermédiaire de)|bereitgestellt von|betrieben von|versendet über|desarrollado por|enviado (?:a través de|vía|via)|mogelijk gemaakt door|verzonden via|fornito da|inviato tramite|enviado através de|desenvolvido por)[ \t]+([\p{L}\d][\p{L}\d.&-]{1,40})/gu;

/** A code host's notification mailbox: automated, its own name or a reply address ("gitlab@mg.gitlab.com", "reply+…@"). */
function codeHostNotification(localPart: string, domain: string, automated: boolean): boolean {
  for (const host of CODE_HOSTS) {
    if (domain !== host && !domain.endsWith(`.${host}`)) continue;
    return automated || localPart === host.slice(0, host.indexOf('.')) || localPart.startsWith('reply+');
  }
  return false;
}

/** The From name is the bare name (or nothing): no "Careers", "Recruiting" or person says who at the company writes. */
function appSigned(fromName: string, name: string): boolean {
  const from = foldKey(fromName);
  return from === '' || from === foldKey(name);
}

/**
 * Words before a name that speak of it as the employer, in every language read: its team ("l'équipe X", "el equipo de
 * X"), interest in it, applying or working there. "Join X" and "Welcome to X" are left out, in every language: an
 * app says them of itself. A bare preposition is not enough: "w prepza" (in the app) names a place the reader goes
 * to, not an employer.
 */
const EMPLOYER_BEFORE_NAME =
  /(?:^|[\s('’])(?:teams?|équipe|equipe|equipo|interest in|interested in|intérêt pour|interés (?:en|por)|interesse (?:an|in|per|em|bei|voor)|applying to|application to|applied to|apply to|candidature chez|bewerbung bei|working at|work at|careers at|career at|vacatures bij|werken bij|trabajar en|travailler chez|arbeiten bei|lavorare in|trabalhar n[ao])(?:[ \t]+(?:the|de|d'|del|la|le|l'|el|das|der|die|het|van|a|da|do))*[ \t]*$/u;
/** Words after a name that make it the employer's hiring side ("Acme Talent", "X Recruiting", "Acme is hiring"). */
const EMPLOYER_AFTER_NAME =
  /^[ \t]*(?:talent|recruiting|recruitment|careers|career|rh|people|personal|karriere|recrutement|recrutamento|reclutamiento|is hiring|is looking|is seeking|recrute|recrutent|sucht|suchen|busca|buscan|zoekt|cerca|procura)(?![\p{L}])/u;

/**
 * Does the text speak of the name as the employer ("L'équipe Acme", "your interest in Acme", "Acme Talent")? An app
 * or a portal also writes its own name, in its links, its footer and its copyright line ("prepza.com/i/…", "© 2026
 * Gestabiz"); only an employer's phrasing tells the two apart.
 */
function statesAsEmployer(lowerText: string, name: string): boolean {
  const low = name.toLowerCase();
  if (low === '') return false;
  for (let at = lowerText.indexOf(low); at >= 0; at = lowerText.indexOf(low, at + low.length)) {
    const after = lowerText.slice(at + low.length, at + low.length + 24);
    // Inside a word ("joinslotnest") or part of a web or mail address ("prepza.com", "@prepza", "/prepza"): the
    // service's own address.
    if (!standsAlone(lowerText, at, low.length) || /[@/.]$/.test(lowerText.slice(Math.max(0, at - 1), at))) continue;
    if (EMPLOYER_BEFORE_NAME.test(lowerText.slice(Math.max(0, at - 40), at)) || EMPLOYER_AFTER_NAME.test(after)) return true;
  }
  return false;
}

/**
 * An application subject's prefix ("Ihre Bewerbung „…“") or a label word ("Functie: …") before a title; a whole word
 * ("Applications Development Manager" keeps its first word).
 */
const ROLE_PREFIX = new RegExp(
  String.raw`^(?:(?:ihre|deine|your|my|votre|ta|tu|su|je|uw|la tua|a sua|sua)\s+)?(?:application(?!\s+${APPLICATION_FIELD})|bewerbung|candidature|candidatura|sollicitatie|postulación|inscrição)(?![\p{L}])(?:\s+(?:for|als|auf|für|pour|para|voor|per|como|au))?\s*[:"„“'-]*\s*`,
  'iu',
);
/** A request or label word before a title ("Anfrage …", "Vaga de …", "Functie: …", "position data engineer"). */
const LABEL_PREFIX =
  /^(?:(?:anfrage|request|inquiry|demande|solicitud|richiesta|aanvraag|pedido)(?:\s+(?:für|for|pour|de|para|per|voor))?|(?:functie|position|stelle|poste|puesto|vaga|vacature|posizione|vacancy)\s*[:-]?(?:\s+(?:de|d'|als|as|for|di|per|voor|van))?)\s*[:-]?\s+/iu;

/** Prepositions that introduce an employer or a place after a title, in every language read. */
const TRAILING_PLACE_WORD = /\s+(?:at|with|bei|im|am|chez|à|au|aux|en|na|no|nas|nos|em|presso|nel|nella|bij|w)$/iu;

/** "for our …" after a title, in every language read. */
const FOR_OUR = new RegExp(`\\s+(?:for|für|pour|para|per|voor|dla|för|til)\\s+(?:${OUR_WORDS.join('|')})(?![\\p{L}]).*$`, 'iu');

/** A reference number's note after a title ("(ref)", "(Req. 4411)", "(Réf. : RH-12)"): a number in it, or none at all. */
const REFERENCE_NOTE = /\s*\((?:ref|réf|req|reference|référence|requisition|job id)(?:\.|(?![\p{L}]))(?:[^)]*\d[^)]*)?\)$/iu;

/** A title without an application prefix, a label word, stray quotes or a cut-off gender note ("(all)"). */
function tidyRole(title: string): string {
  let t = title.replace(ROLE_PREFIX, '');
  t = t.replace(LABEL_PREFIX, '');
  t = t.replace(/^["„“'`]+|["”“'`]+$/g, '').replace(/\s*\((?:all|alle)\)$/i, '').trim();
  // A reference number's note after the title ("Senior Research Technician (ref)", "(Req. 4411)").
  t = t.replace(REFERENCE_NOTE, '').trim();
  // A preposition of place left at the end ("Desenvolvedor Backend Java na", "Data Engineer at"): the employer or the
  // place it introduced was cut off, the title is whole without it.
  t = t.replace(TRAILING_PLACE_WORD, '');
  // "Storemanagerin für unser Studio": "for our…" starts the rest of the sentence ("Fachkraft für Lagerlogistik" keeps its "für").
  t = t.replace(FOR_OUR, '');
  return t === '' ? title : t;
}

/** Does `outer` contain `inner`, compared by their folded keys (or, when a key is empty, lower-cased as written)? */
function sameName(outer: string, inner: string): boolean {
  const key = foldKey(inner);
  return key !== '' ? foldKey(outer).includes(key) : outer.toLowerCase().includes(inner.toLowerCase());
}

/** Does `text` write `name` whole with a possessive and a lower-case word after it ("Enron's trading desk")? */
function possessiveBeforeNoun(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && /^['’]s\s+\p{Ll}/u.test(text.slice(at + name.length, at + name.length + 6))) return true;
  }
  return false;
}

/** An academic web or mail address after a name ("memphis.edu", "harwick.ac.uk"): a university's site, not its name. */
const ACADEMIC_ADDRESS = /^\.(?:edu|ac)(?![\p{L}\p{N}])/u;

/**
 * How often `needle` occurs in `text` as whole words (both lower case), not as the label of an academic address: the
 * university's address does not write its place's name alone ("the University of Memphis … memphis.edu").
 */
function wholeWordCount(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const before = text.charAt(at - 1);
    const after = text.slice(at + needle.length, at + needle.length + 5);
    if (!/[\p{L}\p{N}]/u.test(before) && !/^[\p{L}\p{N}]/u.test(after) && !ACADEMIC_ADDRESS.test(after)) n++;
  }
  return n;
}

/** Shaped like a job title: a job word of its own (not a plural one), no brackets. */
function titleShaped(value: string): boolean {
  return !/[()[\]]/.test(value) && value.split(/\s+/).some((w) => isRoleHead(w.toLowerCase()));
}

/** A title that may be cut short stays below what a letter states (see titleCutShort). */
const CUT_SHORT = STATE_AT - 0.1;

/** Titles a script's own reader framed (cjk-role.ts, script-role.ts): they add nothing to the stage, and end where the frame does. */
const FRAMED_SOURCES: ReadonlySet<RoleSource> = new Set(['cjk', 'script']);

interface RoleChoice extends Sourced<RoleSource> {
  /** The message names a job title, even if its exact words are not sure enough to state. */
  titled: boolean;
}

/** The role: an explicit phrase in the body, then the subject, then weaker phrasing. */
function chooseRole(m: Message, subjectLine: Line, own: readonly Line[], forwarded: readonly Line[], signatureStart: number): RoleChoice | null {
  const inBody = (weak: boolean) => [
    ...findBodyTitles(own, (i) => i >= signatureStart, weak),
    ...findBodyTitles(forwarded, () => false, weak),
  ];
  const titles = inBody(false);
  const pick = (strength: number): string | null => titles.find((t) => t.strength === strength)?.title ?? null;
  // Japanese, Korean or Chinese mail: a title its own reader finds where the mail frames it (cjk-role.ts) comes first.
  // Other mail's lines are not joined for it.
  const cjkMail = CJK.test(m.subject) || own.some((l) => CJK.test(l.text)) || forwarded.some((l) => CJK.test(l.text));
  // Thai, Persian, Arabic or Hebrew mail: a title framed by a position word or a field (script-role.ts). Both framed
  // readers read the whole text, and fields before the signature only.
  const framed = (read: typeof cjkTitle) => read(m.subject, [...own, ...forwarded].map((l) => l.text).join('\n'), own.slice(0, signatureStart).map((l) => l.text).join('\n'));
  const ranked: [() => string | null, RoleSource][] = [
    [() => (cjkMail ? framed(cjkTitle) : null), 'cjk'],
    [() => (cjkMail ? null : framed(scriptTitle)), 'script'],
    [() => pick(3), 'body-strong'],
    [() => subjectTitle(m.subject), 'subject'],
    [() => (m.forwardedSubject ? subjectTitle(cleanSubject(m.forwardedSubject).text) : null), 'forwarded-subject'],
    [() => pick(2), 'body-medium'],
    [() => inBody(true).find((t) => t.strength === 1)?.title ?? null, 'body-weak'],
  ];
  for (const [read, source] of ranked) {
    const raw = read();
    if (raw === null) continue;
    const value = tidyRole(raw);
    let c = confidence('role', source, value);
    // A subject of one word ("UI", "Economist") is as often a topic as a job title; a compound with a job word at
    // its end ("Dataingenjör", "Lagermedarbeider") is a title.
    if (source === 'subject' && !value.includes(' ') && !isCompoundTitle(value)) c *= 0.8;
    // The body repeating a title the subject gives (or the other way round) confirms it. A title read from the body
    // with middling phrasing confirms itself only when it is shaped like one (a job word, no brackets): "Process
    // Through The Second Interview Stage" and "Ruby Rails developers (both)" caught the sentence around them.
    const repeated = source !== 'body-strong' && titles.some((t) => t.title.toLowerCase() === value.toLowerCase() && t.strength >= 2);
    const subject = source === 'body-medium' ? subjectTitle(m.subject) : null;
    const confirmed =
      source === 'body-medium'
        ? (subject !== null && tidyRole(subject).toLowerCase() === value.toLowerCase()) || (repeated && titleShaped(value))
        : repeated;
    // Its phrasing still shows the mail is about a job, whatever the title's exact words (the stage reads that).
    // A title read only from a field ("Position: Goalkeeper") says nothing by itself about a job.
    const fromField = source === 'body-strong' && titles.find((t) => t.strength === 3)?.field === true;
    // A Japanese, Korean or Chinese title adds nothing to the stage: that mail's hiring words are read by the stage's
    // own table (cjk-stage.ts), and counting the title as well read application updates ("应聘反馈", "简历状态更新")
    // as approaches on the development mail.
    const titled = Math.min(0.95, c + (repeated ? 0.15 : 0)) >= STATE_AT && !fromField && !FRAMED_SOURCES.has(source);
    if (confirmed) c = Math.min(0.95, c + 0.15);
    // A title the mail goes on writing after ("Projektledare elnät", "Professor of Sociology") may be cut short: the
    // popup offers it, a letter does not state it. Lower-case words go on a title outside English and German.
    // The language is told once, and only if a lower-case word follows the title.
    const lowerGoesOn = once(() => !['en', 'de'].includes(detectLanguage([m.subject, ...m.lines, ...m.forwarded].join('\n')) ?? ''));
    if (!FRAMED_SOURCES.has(source) && titleCutShort(value, [subjectLine, ...own, ...forwarded], lowerGoesOn)) c = Math.min(c, CUT_SHORT);
    return { value, source, confidence: c, titled };
  }
  return null;
}

/**
 * Read who wrote a recruiting message and what it is about. Pure and linear-time; never throws on any input.
 * Fields it cannot tell are `null` (a shared inbox's "Careers" is never a first name).
 */
export function extractRecruiter(msg: MessageInput): Recruiter {
  return toRecruiter(readRecruiter(msg));
}

/**
 * The text the stage table reads (stage-model.ts): what the rules read for the stage, the author's own lines, a
 * forwarded message's and, under a short follow-up, the author's own earlier message; never someone else's quoted mail.
 */
function tableText(m: Message): string {
  return [...m.lines, ...m.forwarded, ...m.quoted].join('\n');
}

/**
 * The names the table reads as one sign: the person a display name names (the sender's, a forwarded message's
 * sender's) and the names the greeting addresses, split as the table splits words, each only where a list knows it as
 * a given or family name and it is no word of the lexicon ("Job", "Will", "Your", "Team" stay words).
 */
function tableNames(m: Message): Set<string> {
  const names = new Set<string>();
  const add = (text: string) => {
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      if ((isKnownGivenName(word) || isKnownFamilyName(word)) && !NOT_NAME_WORDS.has(word) && !isRoleHead(word)) names.add(word);
    }
  };
  for (const name of greetingNames(m.lines)) add(name);
  for (const [fromName, fromEmail] of [[m.fromName, m.fromEmail], [m.forwardedFrom, m.forwardedEmail]] as const) {
    const person = fromName ? parseDisplayName(fromName, fromEmail, '').person : null;
    if (person) add(person.full ?? person.first);
  }
  return names;
}

/** What the stage table reads in a message: the subject, the text and the names (see tableText, tableNames). */
function tableInput(m: Message): { subject: string; text: string; names: Set<string> } {
  return { subject: m.subject + m.subjectThread, text: tableText(m), names: tableNames(m) };
}

/** What the stage table reads in a message (its training reads messages through this too, as the extractor does). */
export function stageTableInput(msg: MessageInput): { subject: string; text: string; names: Set<string> } {
  return tableInput(resolveMessage(msg ?? ({} as MessageInput)));
}

/**
 * The From name's organisations the text calls a platform or a portal in a line of its own, as a job platform heads
 * or signs the mail it relays ("Lokerin Platform - Kopi Teras Senja", "© 2026 Lokerin Platform."). Not in a sentence
 * ("the Datadog Platform team", "log in to the Siemens Portal"): an employer names its own products so.
 */
function selfPlatforms(orgs: readonly string[], lines: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (orgs.length === 0) return found;
  for (const line of lines) {
    const start = line.trimStart().replace(/^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?/iu, '').toLowerCase();
    for (const org of orgs) {
      const key = org.toLowerCase();
      if (key.length < 3 || !start.startsWith(key)) continue;
      const next = /^[^\S\n]+(\p{L}+)(?![\p{L}])/u.exec(start.slice(key.length));
      if (next && PLATFORM_WORDS.includes(next[1] ?? '')) found.add(org);
    }
  }
  return found;
}

/** Everything read from a message, each field with its source and confidence (for scoring and the popup). */
export interface Reading {
  person: PersonChoice | null;
  role: RoleChoice | null;
  /** `ruled`: the rules' confidence before the company gate (company/gate.ts) gave its opinion. */
  company: (Sourced<CompanySource> & { ruled?: number }) | null;
  stage: StageReading;
  /** Not about one hiring process (a digest, a newsletter, personal mail): nobody to answer, no single role. */
  nonRecruiting: boolean;
}

/** "Acme via Scheduly": the relaying service's name after "via" (names/display.ts VIA, VIA_ANY). */
const VIA_TO_SERVICE = new RegExp(`${VIA.source}(.{2,60})$`, VIA.flags);
const ANY_VIA_TO_SERVICE = new RegExp(`${VIA_ANY.source}(.{2,60})$`, VIA_ANY.flags);

/** The scored reading behind extractRecruiter; `npm run accuracy -- --by-source` calibrates the source weights on it. */
export function readRecruiter(msg: MessageInput): Reading {
  const m = resolveMessage(msg ?? ({} as MessageInput));
  let domain = readDomain(m.fromEmail);
  // "Acme via Scheduly" from scheduly's domain: the domain is the relaying service's, not the employer's.
  // A word that is "via" only where the service after it is the sender's domain ("Nova Media prin Joburi" from joburi's).
  const fromName = m.fromName.trim();
  const trusted = VIA_TO_SERVICE.exec(fromName);
  const anyVia = trusted ?? ANY_VIA_TO_SERVICE.exec(fromName);
  const toService = anyVia !== null && domain.kind === 'company' && matchQuality(anyVia[1] ?? '', domain.key) >= 2;
  const via = trusted ?? (toService ? anyVia : null);
  if (toService) domain = { ...domain, kind: 'relay' };
  // "Emplo on behalf of Ironbark Grammar School": the sender's domain is the service's; the display name names the employer.
  if (domain.kind === 'company' && ON_BEHALF_OF.test(m.fromName)) domain = { ...domain, kind: 'relay' };
  const localPart = (m.fromEmail.split('@')[0] ?? '').toLowerCase();
  // An automated mailbox ("no-reply@", "notificaciones@"): read for the person, the employer and the company's confidence.
  const automated = AUTOMATED_MAILBOX.test(localPart);
  // A code host's notification relays a member's comment ("baddspella <notifications@github.com>"): its own name is
  // no employer there. Its recruiters write from their own mailboxes.
  const codeHost = domain.kind === 'company' && codeHostNotification(localPart, domain.domain, automated);
  if (codeHost) domain = { ...domain, kind: 'relay' };
  let display = parseDisplayName(m.fromName, m.fromEmail, domain.kind === 'company' ? domain.key : '', domain.kind === 'relay');
  // There the From name is a member's handle ("7CodeWizard"), not the employer of a job the comment is about: a
  // company posting under its own account names itself in the text, which is read as usual.
  if (codeHost && display.orgs.length > 0) display = { ...display, orgs: [] };
  // "Portal de Empleabilidad X", "Les emplois de l'inclusion": the sender is a job board writing from its own domain.
  // A sender that calls itself a platform in its own text ("Lokerin Platform – Kopi Teras Senja", "© 2026 Lokerin
  // Platform") is one too, whatever its name.
  const selfNamedPlatform = once(() => selfPlatforms(display.orgs, m.lines));
  // A From name ending in a portal's or a platform's word ("ELiSe Praxisphasen-Portal"), one word ending in "jobs"
  // ("Kreatørjob"), or a self-named platform is a service's.
  const namesService = (o: string) => PLATFORM_NAME_SUFFIX.test(foldKey(o)) || isJobBoardName(o) || selfNamedPlatform().has(o);
  if (domain.kind === 'company' && display.orgs.some((o) => JOB_PLATFORM_PATTERN.test(foldKey(o)) || namesService(o))) domain = { ...domain, kind: 'relay' };
  const recipient = greetingNames(m.lines);
  const own: Line[] = m.lines.map(analyzeLine);
  const forwarded: Line[] = m.forwarded.map(analyzeLine);
  const body = findBodyNames(own, recipient);
  // A relay (e-signature, ATS) writes "<sender> via Service", and the sender may be the employer: when the body
  // presents a different person by full name ("Jane Doe sent you a document"), the display name is the employer's.
  const relayed = display.person;
  if (domain.kind === 'relay' && relayed !== null && body.stated?.full && !sameFirst(relayed, body.stated)) {
    const named = (relayed.full ?? relayed.first).toLowerCase();
    if (!own.some((l) => l.lower.includes(named))) display = { person: null, orgs: [relayed.full ?? relayed.first, ...display.orgs], shared: true };
  }
  const lowerText = own.map((l) => l.lower).join('\n');
  // "Powered by Revetly", "an automated notification from VerticalHire", "applied … via Resourcin": the sender's
  // domain is the service that relayed the mail, not the employer.
  if (domain.kind === 'company' && domain.key.length >= 3) {
    for (const said of lowerText.matchAll(SERVICE_SELF_NAMED)) {
      if (matchQuality(said[1] ?? '', domain.key) >= 2) {
        domain = { ...domain, kind: 'relay' };
        break;
      }
    }
  }
  // A name the From header gives as an organisation ("— Jobsy" under mail from "Jobsy", "Outreachy Organizers" under
  // "Outreachy") is the sender's, not a person's. A recruiter whose given name is their company's whole name ("Ada
  // Okafor" at "Ada") is lost to this; on the frozen mail the rule was worth more than it cost.
  const displayOrgKeys = new Set(display.orgs.map((o) => foldKey(o)));
  // A shared inbox or an automated mailbox, read once for the name check below.
  const sharedMailbox = automated || isRoleMailbox(localPart);
  const person = choosePerson(
    m,
    display,
    body,
    { localPart, relay: domain.kind === 'relay', automated },
    // (A name in Chinese characters or hangul folds to nothing: it matches no organisation's key.)
    (p) =>
      (foldKey(p.first) !== '' && displayOrgKeys.has(foldKey(p.first))) ||
      readsAsOrganisation(p, lowerText, domain.kind === 'company' || domain.kind === 'relay' ? domain.key : '') ||
      (sharedMailbox && domain.kind === 'company' && domainNamesOrganisation(p, domain.key)),
  );
  // The subject as a line, analysed once for the readers that search it with the body's lines.
  const subjectLine = analyzeLine(m.subject);
  let role = chooseRole(m, subjectLine, own, forwarded, body.signature?.start ?? own.length);
  // The sender's organisation in the From header ("Studio Tecnico Rossi & Associati") is not the job.
  // (A name in a script the key does not fold, Greek for one, folds to nothing and is compared as it is written.)
  if (role && display.person === null && role.value.includes(' ') && sameName(m.fromName, role.value)) role = null;

  // The company, from everything the message says about the sender's organisation.
  const allLines = forwarded.length > 0 ? [...own, ...forwarded] : own;
  // A job board writing from its own domain under its own name ("Ad Agency Creatives" <…@aac-jobboard…>): the From
  // name is the board's, wherever the text repeats it. "X via Board", "Board on behalf of X" and an employer's team
  // ("McDonald's Karriere") name an employer there; an applicant-tracking service's domain (RELAY_DOMAINS) sends
  // under the employer's name.
  const boardNamed =
    domain.kind === 'relay' && JOB_PLATFORM_PATTERN.test(domain.key) && !isRelayDomain(domain.domain) && !via && !ON_BEHALF_OF.test(m.fromName) && !isTeamLabel(m.fromName);
  const serviceOrgs = display.orgs.filter((o) => boardNamed || namesService(o));
  const services = new Set(serviceOrgs.map((o) => foldKey(o)));
  const displayOrgs = display.orgs.filter((o) => !serviceOrgs.includes(o));
  if (m.forwardedFrom) {
    const inner = parseDisplayName(m.forwardedFrom, m.forwardedEmail, readDomain(m.forwardedEmail).key);
    if (inner.person === null) displayOrgs.push(...inner.orgs, ...(inner.shared ? [m.forwardedFrom] : []));
  }
  const signature = signatureCandidates(body.signature?.parts ?? []);
  const people = new Set<string>(recipient);
  // A signer that reads as an organisation ("Softlab SARLU"), or may ("Copenhagen Sales"), is no person whose words
  // to keep out of company names; nor is a From name only suggested.
  const signer = body.signature?.name ?? null;
  const signerPerson = signer && confidence('name', 'signature', signer.full ?? signer.first) >= STATE_AT ? signer : null;
  const surePerson = person !== null && (person.confidence >= STATE_AT || person.unknownGiven === true) ? person.person : null;
  for (const p of [surePerson, body.stated, signerPerson]) {
    for (const w of (p?.full ?? p?.first ?? '').toLowerCase().split(' ')) if (w) people.add(w);
  }
  const text = allLines.map((l) => l.lower).join('\n');
  // The subject and the text, lower case, for the employer checks below (joined once, when first asked for).
  let joined: string | undefined;
  const subjectAndText = () => (joined ??= `${m.subject.toLowerCase()}\n${text}`);
  const agency = isAgency(domain, text, signature.map((c) => c.name), displayOrgs);
  const chosen = chooseCompany({
    domain,
    agency,
    display: displayOrgs,
    signature,
    stated: () => statedCompanies(allLines),
    subject: subjectCandidates(m.subject, m.subjectTags),
    mentioned: () => mentionedNames([subjectLine, ...allLines]),
    people,
    services,
    places: datelinePlaces(allLines.map((l) => l.text)),
    occurrences: (name) => wholeWordCount(subjectAndText(), name.toLowerCase()),
    possessive: (name) => allLines.some((l) => possessiveBeforeNoun(l.text, name)),
    automated,
  });
  // Japanese, Korean and Chinese name organisations by their legal form ("株式会社X", "X有限公司"), or as the sender's
  // organisation before its department ("X 人資部"): the one the reader applied to wins.
  // Thai names them by their form too ("บริษัท X จำกัด", company/thai.ts); an agency's own is not the employer.
  const thai = (): { name: string; appliedTo: boolean } | null => {
    const name = !agency && (THAI.test(m.fromName) || THAI.test(m.subject) || THAI.test(text)) ? thaiCompany(m.fromName, m.subject, allLines.map((l) => l.text)) : null;
    return name === null ? null : { name, appliedTo: false };
  };
  const legal = CJK.test(m.fromName) || CJK.test(m.subject) || CJK.test(text) ? cjkCompany(m.fromName, m.subject, allLines.map((l) => l.text), agency || CJK_AGENCY.test(asSimplified(`${m.fromName}\n${m.subject}`))) : thai();
  const unsure = () => chosen === null || confidence('company', chosen.source, chosen.name) < STATE_AT;
  const picked = legal && (legal.appliedTo || unsure()) ? { name: legal.name, source: 'legal-form' as const } : chosen;
  const company: Reading['company'] = picked ? { value: picked.name, source: picked.source, confidence: confidence('company', picked.source, picked.name) } : null;
  if (company && (company.source === 'domain-named' || company.source === 'domain-label') && automated && appSigned(m.fromName, company.value) && !statesAsEmployer(subjectAndText(), company.value)) {
    company.confidence *= COMPANY_CONTEXT.automatedUnnamed;
  }

  // A short follow-up ("Just checking in on my note below") is at the stage of the message it follows up.
  const stageText = m.quoted.length > 0 ? `${text}\n${m.quoted.join('\n').toLowerCase()}` : text;
  const ruled = classifyStage({ subject: m.subject.toLowerCase(), text: stageText, localPart, hasRole: role?.titled === true, tagged: m.subjectTags.length > 0, publicSender: domain.kind === 'public', senderDomain: domain.domain });
  // The rules' stage, weighed against the stage table's reading of the same lines (stage-model.ts).
  const stage = combineStage(ruled, () => {
    const table = tableInput(m);
    return readStageTable(table.subject, table.text, table.names);
  });
  // Mail with no job talk at all counts as personal only from a free-mail address: from a company's domain it is more
  // likely a recruiter's note worded in a way the stage patterns do not know. This is the rules' judgement alone: where
  // the table finds a stage in free-mail mail the rules found no job talk in, the button shows, but no name, role or
  // company read there is stated (a letter falls back to "the position").
  const reason = ruled.nothingToDecline;
  const nonRecruiting = reason === 'alert' || reason === 'newsletter' || (reason === 'unrelated' && domain.kind === 'public');
  if (nonRecruiting) {
    // A digest, a newsletter or personal mail: nobody on a hiring side wrote it, and no single role is meant. A job
    // alert from an employer's own domain still names that employer, when the text speaks of it as the employer
    // ("new jobs at Acme", "the Acme talent team"); a job board's digest of several employers' jobs names only itself.
    const employer = reason === 'alert' && domain.kind === 'company' ? company : null;
    if (employer && !statesAsEmployer(subjectAndText(), employer.value)) employer.confidence *= COMPANY_CONTEXT.automatedUnnamed;
    return { person: null, role: null, company: gateCompany(msg, employer, stage.kind), stage, nonRecruiting };
  }
  return { person, role, company: unlessCutShort(gateCompany(msg, company, stage.kind), () => [subjectLine, analyzeLine(m.fromName), ...own, ...forwarded]), stage, nonRecruiting };
}

/**
 * A company the mail goes on writing after may be cut short ("Thistledown" where it writes "Thistledown Foundry",
 * company/cut-short.ts): offered, never stated, whatever the gate says. The rules' own confidence says so too, so that
 * first readings record it as a suggestion.
 */
function unlessCutShort(company: Reading['company'], lines: () => readonly Line[]): Reading['company'] {
  if (!company || company.confidence < STATE_AT || !companyCutShort(company.value, lines())) return company;
  return { ...company, confidence: CUT_SHORT, ruled: Math.min(company.ruled ?? company.confidence, CUT_SHORT) };
}

/**
 * The company gate's second opinion on the company the rules chose (company/gate.ts), read from the raw message as it
 * was trained. The rules' own confidence, every rule applied, is kept beside it (`ruled`): first readings record it,
 * so that a gate is trained on the rules' view and never on its own opinion.
 */
function gateCompany(msg: MessageInput, company: Reading['company'], kind: string): Reading['company'] {
  if (!company) return null;
  const raw = { fromName: str(msg?.fromName), fromEmail: str(msg?.fromEmail), subject: str(msg?.subject), body: str(msg?.body) };
  return { ...company, ruled: company.confidence, confidence: gatedConfidence(raw, { ...company, kind }, STATE_AT) };
}

/** What a letter may state: only values at or above STATE_AT; the rest become suggestions for the popup. */
function toRecruiter(r: Reading): Recruiter {
  const suggestions: Partial<Record<RecruiterField, string>> = {};
  const state = (field: RecruiterField, value: string | null | undefined, c: number): string | null => {
    if (value == null || value === '' || c <= 0) return null;
    if (c >= STATE_AT) return value;
    suggestions[field] = value;
    return null;
  };
  const p = r.person;
  const out: Recruiter = {
    firstName: state('firstName', p?.person.first, p?.confidence ?? 0),
    fullName: state('fullName', p?.person.full, p?.confidence ?? 0),
    role: state('role', r.role?.value, r.role?.confidence ?? 0),
    company: state('company', r.company?.value, r.company?.confidence ?? 0),
    kind: r.stage.kind,
  };
  if (Object.keys(suggestions).length > 0) out.suggestions = suggestions;
  if (r.stage.alternatives.length > 0) out.stageAlternatives = r.stage.alternatives;
  if (r.stage.nothingToDecline) out.nothingToDecline = r.stage.nothingToDecline;
  return out;
}
