// People's names: display names ("Doe, Jane", "Jane Doe | Talent Acquisition", "Careers at Acme"), signature blocks,
// and the ways a message names its author ("I'm Priya, a sourcer…", "your recruiter, Daniela Ruiz").

import {
  DEGREES,
  DEPARTMENT_WORDS,
  GREETING_PATTERN,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_WORDS,
  ROLE_MAILBOX_WORDS,
  SIGN_OFF_PATTERN,
  VIETNAMESE_FAMILY_NAMES,
  isRoleHead,
} from './lexicon';
import { titleCaseWord } from './capitalize';
import { foldKey } from './normalize';
import type { Line } from './tokens';

export interface PersonName {
  /** The given name, as a letter would address the person. */
  first: string;
  /** Given and family name, or null when only one of them is known. */
  full: string | null;
}

const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'ʼ-]*$/u;
const LOWER_NAME_TOKEN = /^\p{Ll}[\p{L}\p{M}'ʼ-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const NAME_SHAPE = /^[\p{L}\p{M}]+(?:['ʼ-][\p{L}\p{M}]+)*$/u;
const VIETNAMESE_MARKS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

function bare(token: string): string {
  return token.toLowerCase().replace(/\.+$/, '');
}

/**
 * Read a string that should be exactly a person's name. Honorifics ("Dr.", "Lic.") and degrees ("PhD") are dropped;
 * particles, hyphens, apostrophes and diacritics are kept. Returns null for anything that is not clearly a name.
 */
export function parsePersonName(text: string, options: { allowLowercase?: boolean } = {}): PersonName | null {
  let s = text
    .replace(/\([^()]{0,40}\)/g, ' ')
    .replace(/^["'\s–—-]+|["'\s,;:!–—-]+$/g, '')
    .trim();
  // A final full stop goes, unless it belongs to an initial ("Jane D.").
  if (!/\s\p{Lu}\.$/u.test(s)) s = s.replace(/\.+$/, '');
  if (s.length === 0 || s.length > 80 || /[@\d/\\<>[\]{}|:;!?=+*#%$€£]/.test(s)) return null;
  let tokens = s.split(/\s+/);

  // Degrees after a comma or at the end: "Jane Doe, PhD", "Jane Doe MBA".
  while (tokens.length > 1 && DEGREES.has(bare(tokens[tokens.length - 1] ?? '').replace(/,$/, ''))) tokens.pop();
  tokens = tokens.map((t) => t.replace(/,$/, ''));
  while (tokens.length > 1 && HONORIFICS.has(bare(tokens[0] ?? ''))) tokens.shift();
  // "Jane D.": the family name is only an initial, so only the given name is known.
  let familyKnown = true;
  if (tokens.length === 2 && INITIAL.test(tokens[1] ?? '')) {
    tokens.pop();
    familyKnown = false;
  }
  if (tokens.length === 0 || tokens.length > 5) return null;
  s = tokens.join(' ');

  const lowercase = s === s.toLowerCase();
  const uppercase = s === s.toUpperCase();
  if (lowercase && !options.allowLowercase) return null;

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] ?? '';
    const low = tok.toLowerCase();
    const edge = i === 0 || i === tokens.length - 1;
    if (!edge && (NAME_PARTICLES.has(low) || INITIAL.test(tok))) continue;
    if (NOT_NAME_WORDS.has(low) || isRoleHead(low) || /['ʼ](?:m|s|re|ll|ve|d|t)$/i.test(tok)) return null;
    if (lowercase ? !LOWER_NAME_TOKEN.test(tok) : !NAME_TOKEN.test(tok)) return null;
    if (tok.length === 1) return null;
    // Short all-capitals words are acronyms ("HR", "TI"), not names.
    if (!uppercase && tok.length <= 3 && tok === tok.toUpperCase()) return null;
    // Letters, with single hyphens or apostrophes inside: "Krüger-Lehmann", "O'Neil".
    if (!NAME_SHAPE.test(tok)) return null;
  }

  if (lowercase || uppercase) tokens = tokens.map((t) => (NAME_PARTICLES.has(t.toLowerCase()) ? t.toLowerCase() : titleCaseWord(t)));
  else tokens = tokens.map((t) => (t.length > 3 && t === t.toUpperCase() ? titleCaseWord(t) : t));

  const given = givenName(tokens, text);
  if (given === null) return null;
  return { first: given, full: tokens.length >= 2 && familyKnown ? tokens.join(' ') : null };
}

function givenName(tokens: readonly string[], original: string): string | null {
  if (tokens.length === 1) return tokens[0] ?? null;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  // Family name first: "Nguyễn Văn An" → An.
  const firstKey = foldKey(first);
  const lastKey = foldKey(last);
  if (
    VIETNAMESE_FAMILY_NAMES.has(firstKey) &&
    !VIETNAMESE_FAMILY_NAMES.has(lastKey) &&
    (tokens.length >= 3 || VIETNAMESE_MARKS.test(original))
  ) {
    return last;
  }
  // A family name written in capitals marks it ("WANG Wei", "Jean DUPONT") — the given name is the other one.
  const originalTokens = original.trim().split(/\s+/);
  const caps = originalTokens.filter((t) => t.length > 1 && /\p{Lu}/u.test(t) && t === t.toUpperCase());
  if (caps.length === 1 && originalTokens.length === tokens.length) {
    const idx = originalTokens.indexOf(caps[0] ?? '');
    if (idx === 0) return tokens[1] ?? null;
  }
  if (INITIAL.test(first)) {
    const second = tokens[1];
    return second !== undefined && tokens.length >= 3 && !INITIAL.test(second) ? second : null;
  }
  return first;
}

/** Does a mailbox local part ("careers", "no-reply", "recruiting.scheduling") belong to a shared inbox? */
export function isRoleMailbox(localPart: string): boolean {
  const local = localPart.toLowerCase();
  if (/no-?reply|do-?not-?reply|dontreply|mailer-daemon/.test(local)) return true;
  return local.split(/[._+-]+/).some((part) => ROLE_MAILBOX_WORDS.has(part) || ROLE_MAILBOX_WORDS.has(part.replace(/\d+$/, '')));
}

const TEAM_PHRASE =
  /(?<![\p{L}])(?:team|careers?|jobs?|recruiting|recruitment|recruiters?|talent|hr|human resources|people (?:ops|operations|team)|hiring|scheduling|no-?reply|notifications?|do not reply|recursos humanos|equipo|ressources humaines|équipe|recrutement|personalabteilung|karriere|bewerbermanagement|risorse umane|selezione)(?![\p{L}])/iu;

/** A display-name or signature part naming a shared inbox or department rather than a person. */
export function isTeamLabel(part: string): boolean {
  return TEAM_PHRASE.test(part);
}

function isDegreeOrTitle(part: string): boolean {
  const words = part.toLowerCase().split(/\s+/);
  if (words.every((w) => DEGREES.has(w.replace(/\.$/, '')))) return true;
  return words.some((w) => isRoleHead(w));
}

function hasOrgWord(part: string): boolean {
  return part
    .toLowerCase()
    .split(/[\s,.]+/)
    .some((w) => ORG_WORDS.has(w));
}

/** Strip department words from the end of an organisation name: "Corvid Recruiting" → "Corvid". */
export function stripDepartment(org: string): string {
  const words = org.trim().replace(/^the\s+/i, '').split(/\s+/);
  while (words.length > 1 && DEPARTMENT_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.join(' ');
}

export interface DisplayName {
  person: PersonName | null;
  /** Organisation names the display name carries ("Acme" in "Careers at Acme"). */
  orgs: string[];
  /** The display name is a shared inbox, a team or a relay (ATS/scheduler), not a person. */
  shared: boolean;
}

/**
 * Read a From display name. `domainKey` is the sender domain's name part folded to letters (e.g. "acmerobotics"),
 * used to tell a company name from a person's.
 */
export function parseDisplayName(fromName: string, fromEmail: string, domainKey: string, relayDomain = false): DisplayName {
  const result: DisplayName = { person: null, orgs: [], shared: false };
  let s = fromName.replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ').trim();
  if (s.includes('@') && !/\s/.test(s)) s = '';
  if (s.length > 120) s = s.slice(0, 120);
  const local = fromEmail.split('@')[0] ?? '';
  const sharedMailbox = isRoleMailbox(local);
  if (s === '') return { ...result, shared: sharedMailbox };

  let relay = relayDomain;
  // Parenthesised or bracketed parts: "(via Lever)", "(Acme)", "[External]".
  s = s.replace(/[([]([^()[\]]{1,60})[)\]]/g, (_m, inner: string) => {
    const t = inner.trim();
    if (/^via\b/i.test(t)) relay = true;
    // Not organisations: "(External)", "(Contractor)", pronouns "(she/her)".
    else if (!/^(?:external|ext|extern|contractor|contract|vendor|temp|guest|consultant|\p{L}+\/\p{L}+(?:\/\p{L}+)?)$/iu.test(t) && !isDegreeOrTitle(t)) result.orgs.push(t);
    return ' ';
  });
  const via = /\s+via\s+/i.exec(s);
  if (via) {
    relay = true;
    s = s.slice(0, via.index);
  }
  s = s.replace(/\s+/g, ' ').trim();

  // "Careers at Acme", "Jane from Acme", "Jane @ Acme".
  let orgAfterAt: string | null = null;
  const at = /\s+(?:at|from|@|bei|chez|presso)\s+/i.exec(s);
  if (at && at.index > 0) {
    orgAfterAt = s.slice(at.index + at[0].length).trim();
    s = s.slice(0, at.index).trim();
  }

  let parts = s.split(/\s+[|·•:/]\s+|\s+[–—-]{1,2}\s+|\s*[|·•]\s*/).filter((p) => p !== '');
  // "Doe, Jane" → "Jane Doe"; "Jane Doe, PhD" → "Jane Doe"; "Acme, Inc." stays an organisation.
  if (parts.length === 1 && (parts[0] ?? '').split(',').length === 2) {
    const [left = '', right = ''] = (parts[0] ?? '').split(',').map((p) => p.trim());
    if (DEGREES.has(right.toLowerCase().replace(/\.$/, '')) || right === '') parts = [left];
    else if (isDegreeOrTitle(right) || isTeamLabel(right)) parts = [left, right];
    else if (parsePersonName(right) && parsePersonName(left) && !/\s/.test(left)) parts = [`${right} ${left}`];
    else if (!/^(?:inc|llc|ltd|corp|co|gmbh|sa|ag)\.?$/i.test(right) && parsePersonName(left)) parts = [left, right];
  }

  const teamSibling = parts.some((p) => isTeamLabel(p));
  const shared = sharedMailbox || relay || teamSibling;
  for (const part of parts) {
    if (isTeamLabel(part)) {
      // "Corvid Recruiting" → the company is "Corvid".
      const rest = stripDepartment(part);
      if (rest !== part && !isTeamLabel(rest)) result.orgs.push(rest);
      continue;
    }
    if (isDegreeOrTitle(part) && !hasOrgWord(part)) continue;
    const person = personFromPart(part, { local, domainKey, sharedMailbox, relay, teamSibling: teamSibling || parts.length > 1 });
    if (person && result.person === null) result.person = person;
    else result.orgs.push(part);
  }
  if (orgAfterAt) result.orgs.unshift(orgAfterAt);
  result.shared = shared && result.person === null;
  return result;
}

function personFromPart(
  part: string,
  ctx: { local: string; domainKey: string; sharedMailbox: boolean; relay: boolean; teamSibling: boolean },
): PersonName | null {
  if (hasOrgWord(part)) return null;
  const person = parsePersonName(part, { allowLowercase: true });
  if (!person) return null;
  const key = foldKey(part);
  // "Acme Robotics" <jobs@acmerobotics.com> is the company, not a person.
  if (ctx.domainKey.length >= 3 && (key === ctx.domainKey || key.startsWith(ctx.domainKey) || ctx.domainKey.startsWith(key))) {
    return null;
  }
  // The mailbox corroborates a name when it contains one of its words ("jdoe" for Jane Doe).
  const localKey = foldKey(ctx.local);
  const corroborated = part
    .split(/\s+/)
    .some((w) => foldKey(w).length >= 3 && (localKey.includes(foldKey(w)) || localKey.includes(foldKey(w, true))));
  if (corroborated) return person;
  // A single word is a person only when nothing suggests a shared inbox; next to a team label on a shared
  // mailbox ("Recursos Humanos - Andina Foods" <rrhh@…>), even two words are the company.
  if (person.full === null && (ctx.sharedMailbox || ctx.relay || ctx.teamSibling)) return null;
  if (ctx.sharedMailbox && ctx.teamSibling) return null;
  return person;
}

/** A "local part" like "jane.doe" or "jane_doe" read as a name, when nothing better exists. */
export function personFromLocalPart(localPart: string): PersonName | null {
  if (isRoleMailbox(localPart)) return null;
  const m = /^([a-z]{2,20})[._]([a-z]{2,24})$/i.exec(localPart);
  if (!m) return null;
  return parsePersonName(`${m[1] ?? ''} ${m[2] ?? ''}`, { allowLowercase: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Names in the body

const NAME_RUN = /\p{Lu}[\p{L}\p{M}'ʼ-]*(?:[ ](?:\p{Lu}[\p{L}\p{M}'ʼ-]*|\p{Lu}\.|van|von|de|del|della|der|den|di|da|dos|du|la|le|y|bin|al)){0,4}/uy;

/** The longest prefix of a run of capitalised words that still reads as a person's name. */
function nameAt(line: string, index: number, exclude: ReadonlySet<string>): PersonName | null {
  NAME_RUN.lastIndex = index;
  const m = NAME_RUN.exec(line);
  if (!m) return null;
  const words = m[0].split(' ');
  for (let n = words.length; n >= 1; n--) {
    const candidate = words.slice(0, n).join(' ');
    const person = parsePersonName(candidate);
    if (person && !exclude.has(person.first.toLowerCase())) return person;
  }
  return null;
}

const RECRUITING_HINT = /recruit|contact|coordinator|partner|advisor|sourcer|talent|hiring manager|hr |recrut|reclut|selezion|personalreferent/;
const INTRO = /\b(?:i'm|i am|my name is|this is|je m'appelle|je suis|mi nombre es|me llamo|soy|ich bin|mein name ist|ich heiße|mi chiamo|sono|meu nome é|o meu nome é|eu sou|ik ben|mijn naam is)\s+/giu;
const INTRO_END = /^(?:\s*[,.!;(]|\s+(?:from|at|with|and|here|of|on|for|bei|von|de|du|di|del)\b|\s+[–—-]\s|\s*$)/iu;
const RECRUITER_MENTION =
  /\b(?:your|ihr|ihre|votre|ton|tu|su|il tuo|la tua|je|uw|o seu|a sua)\s+(?:(?:main|primary|dedicated)\s+)?(?:recruiter|recruiting contact|recruiting coordinator|talent partner|talent advisor|point of contact|contact person|ansprechpartner(?:in)?|contatto|contactpersoon|contacto|recruteur|recruteuse|chargée? de recrutement|reclutador(?:a)?|selezionatore|selezionatrice)\s*(?:is\s+|ist\s+|est\s+|es\s+|è\s+|will be\s+)?[,:]?\s*/giu;
const NAME_THEN_TITLE = /(?<![\p{L}\p{M}'ʼ-])(\p{Lu}[\p{L}\p{M}'ʼ-]*(?: \p{Lu}[\p{L}\p{M}'ʼ-]*){0,3}) ?(?:,|\(|–|—|-|\|) ?([\p{L}&][\p{L}& ]{0,50})/gu;
const RECRUITING_TITLE =
  /^(?:[\p{L}&]+ ){0,3}?(?:recruiter|recruiting|sourcer|talent acquisition|talent partner|recruitment|hiring manager|hr (?:manager|business partner|generalist)|reclutador|recruteur|recruteuse|personalreferent)/iu;

const SENDER_ACTION =
  /^(\p{Lu}[\p{L}\p{M}'ʼ-]*(?: \p{Lu}[\p{L}\p{M}'ʼ.-]*){1,3}) (?:has |have )?(?:sent you|invited you|shared (?:a|an|the) |requested your (?:signature|availability)|would like you to (?:sign|review|schedule)|wants to (?:schedule|meet))/u;

export interface BodyNames {
  /** A person the message explicitly presents as its author or as the reader's recruiter. */
  stated: PersonName | null;
  signature: Signature | null;
}

/** Find the hiring-side person a body names, outside of the From header. */
export function findBodyNames(lines: readonly Line[], exclude: ReadonlySet<string>): BodyNames {
  let stated: PersonName | null = null;
  let intro: PersonName | null = null;
  let actor: PersonName | null = null;
  for (const { text: line, lower } of lines) {
    if (line === '') continue;
    // Notification services name the person acting: "Jane Doe sent you a document to review and sign".
    if (actor === null && line.length <= 200) {
      const act = SENDER_ACTION.exec(line);
      const person = act ? parsePersonName(act[1] ?? '') : null;
      if (person && person.full !== null && !exclude.has(person.first.toLowerCase())) actor = person;
    }
    const hint = RECRUITING_HINT.test(lower);
    if (stated === null && hint) {
      for (const m of lower.matchAll(RECRUITER_MENTION)) {
        const person = nameAt(line, m.index + m[0].length, exclude);
        if (person) {
          stated = person;
          break;
        }
      }
    }
    if (stated === null && hint) {
      for (const m of line.matchAll(NAME_THEN_TITLE)) {
        if (!RECRUITING_TITLE.test(m[2] ?? '')) continue;
        const person = parsePersonName(m[1] ?? '');
        if (person && !exclude.has(person.first.toLowerCase())) {
          stated = person;
          break;
        }
      }
    }
    if (intro === null) {
      for (const m of lower.matchAll(INTRO)) {
        const start = m.index + m[0].length;
        const person = nameAt(line, start, exclude);
        if (!person) continue;
        const end = start + (person.full ?? person.first).length;
        const shown = line.slice(start, end);
        // Only "I'm Priya, …" / "This is Jane from …", never "I'm Happy to …" or "this is Acme's".
        if (shown === (person.full ?? person.first) && INTRO_END.test(line.slice(end, end + 12))) {
          intro = person;
          break;
        }
      }
    }
  }
  return { stated: stated ?? intro ?? actor, signature: findSignature(lines.map((l) => l.text), exclude) };
}

export interface Signature {
  /** The signer, when the signature names a person. */
  name: PersonName | null;
  /** Index in `lines` where the closing (sign-off or signature block) starts. */
  start: number;
  /** The signature's other parts: titles, company, place, phone (split at "|", "·", ","). */
  parts: string[];
}

const MAX_SIGNATURE_LINES = 7;
/** A sign-off is looked for among this many last lines. */
const SIGN_OFF_SEARCH_LINES = 40;

function isSignOff(line: string, isGreeting: boolean): boolean {
  if (line.length > 45 || isGreeting) return false;
  if (SIGN_OFF_PATTERN.test(line)) return true;
  // Any short closing phrase ending in a comma ("Apologies again,", "Grazie e attendo tue,").
  return /^[\p{L}' ]{2,40},$/u.test(line) && line.split(' ').length <= 5;
}

/** Split a signature line into its parts, keeping a legal form with its company ("Acme, S.A. de C.V."). */
export function splitSignatureLine(line: string): string[] {
  const parts: string[] = [];
  for (const chunk of line.split(/\s+[|·•]\s+|\s*[|·•]\s*|\s+[–—]\s+|\s+-\s+/)) {
    const pieces = chunk.split(/,\s+/);
    for (const piece of pieces) {
      const p = piece.trim();
      if (p === '') continue;
      const prev = parts[parts.length - 1];
      if (prev !== undefined && /^(?:inc|llc|ltd|corp|co|gmbh|s\.?a\.?|s\.?a\.?s\.?|s\.?l\.?|s\.?r\.?l\.?|b\.?v\.?|plc|ag|pty|ltda)\b/i.test(p) && pieces.length > 1) {
        parts[parts.length - 1] = `${prev}, ${p}`;
      } else {
        parts.push(p);
      }
    }
  }
  return parts;
}

/** "i. A." / "i. V." / "p.p." before a signer's name: signing on someone's behalf, not part of the name. */
const ON_BEHALF = /^(?:i\.\s?a\.|i\.\s?v\.|p\.\s?p\.?|pp\.|p\.o\.|per pro\.?)\s+/i;

function signatureName(line: string, exclude: ReadonlySet<string>): { name: PersonName; rest: string[] } | null {
  if (line.length > 100) return null;
  const stripped = line.replace(/^(?:[-–—]{1,2}\s*)/, '').replace(ON_BEHALF, '');
  const parts = splitSignatureLine(stripped);
  const first = parts[0];
  if (first === undefined) return null;
  const name = parsePersonName(first);
  if (!name || exclude.has(name.first.toLowerCase())) return null;
  return { name, rest: parts.slice(1) };
}

/** Inline sign-off with the name on the same line: "Thanks, Jane" / "Best – Jane Doe". */
function inlineSignOff(line: string, exclude: ReadonlySet<string>): PersonName | null {
  if (line.length > 60) return null;
  const m = /^([\p{L}' ]{2,30}?)[,!.]?\s+[–—-]?\s*(\p{Lu}[\p{L}\p{M}'ʼ -]{1,40})$/u.exec(line);
  if (!m || !SIGN_OFF_PATTERN.test(m[1] ?? '')) return null;
  const name = parsePersonName(m[2] ?? '');
  return name && !exclude.has(name.first.toLowerCase()) ? name : null;
}

/** Collect the contiguous block of non-empty lines starting at `from` (skipping leading blanks). */
function blockAt(lines: readonly string[], from: number): { start: number; lines: string[] } {
  let i = from;
  while (i < lines.length && lines[i] === '') i++;
  const start = i;
  const block: string[] = [];
  while (i < lines.length && lines[i] !== '' && block.length < MAX_SIGNATURE_LINES) block.push(lines[i++] ?? '');
  return { start, lines: block };
}

function readBlock(lines: readonly string[], from: number, exclude: ReadonlySet<string>): Signature | null {
  const first = blockAt(lines, from);
  if (first.lines.length === 0) return null;
  let block = first;
  let named = signatureName(block.lines[0] ?? '', exclude);
  // "Sam\n\nSam Whitlock\nSenior Consultant…": a lone first name, then the full signature block.
  if (named && named.name.full === null && block.lines.length === 1) {
    const next = blockAt(lines, block.start + 1);
    const nextNamed = next.lines.length > 0 ? signatureName(next.lines[0] ?? '', exclude) : null;
    if (nextNamed && nextNamed.name.first.toLowerCase() === named.name.first.toLowerCase()) {
      block = next;
      named = nextNamed;
    }
  }
  const parts: string[] = [...(named?.rest ?? [])];
  const from2 = named ? 1 : 0;
  for (const line of block.lines.slice(from2)) {
    if (line.length > 90 || /https?:|www\.|@/.test(line)) continue;
    parts.push(...splitSignatureLine(line.replace(/^(?:[-–—]{1,2}\s*)/, '')));
  }
  return { name: named?.name ?? null, start: from, parts };
}

/** Find the closing signature of a message: after a sign-off line, or the trailing name block. */
export function findSignature(lines: readonly string[], exclude: ReadonlySet<string>): Signature | null {
  let greeting = -1;
  for (let i = 0, seen = 0; i < lines.length && seen < 3; i++) {
    if (lines[i] === '') continue;
    seen++;
    if (GREETING_PATTERN.test((lines[i] ?? '').replace(/^[^\p{L}]+/u, ''))) {
      greeting = i;
      break;
    }
  }
  // Last sign-off in the message wins: the signature is at the end.
  const from = Math.max(greeting, lines.length - SIGN_OFF_SEARCH_LINES);
  for (let i = lines.length - 1; i > from; i--) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    // The conventional "-- " signature delimiter.
    if (/^(?:--|—|–)$/.test(line)) {
      const sig = readBlock(lines, i + 1, exclude);
      if (sig) return { ...sig, start: i };
    }
    const inline = inlineSignOff(line, exclude);
    if (inline) return { name: inline, start: i, parts: readBlock(lines, i + 1, exclude)?.parts ?? [] };
    const known = SIGN_OFF_PATTERN.test(line);
    if (!isSignOff(line, GREETING_PATTERN.test(line))) continue;
    const sig = readBlock(lines, i + 1, exclude);
    // A known closing ("Best,") starts the signature even without a name; any other short "…," line needs one.
    if (sig && (sig.name || (known && sig.parts.length > 0))) return { ...sig, start: i };
    if (known) return { name: null, start: i, parts: [] };
  }
  // No sign-off line: look at the last few blocks for "Name", "Name | Title", "Name\nTitle\nCompany".
  let end = lines.length;
  for (let blocks = 0; blocks < 4 && end > greeting + 1; blocks++) {
    let start = end - 1;
    while (start > 0 && lines[start - 1] !== '') start--;
    const block = lines.slice(start, end);
    const head = block[0] ?? '';
    const boilerplate = block.every((l) => l.length > 100 || /^\[|unsubscribe|https?:|www\./i.test(l));
    if (!boilerplate && block.length <= MAX_SIGNATURE_LINES && start > greeting) {
      const named = signatureName(head, exclude);
      if (named && (block.length > 1 || named.rest.length > 0 || blocks === 0 || named.name.full !== null)) {
        return readBlock(lines, start, exclude);
      }
      if (/^[-–—]{1,2}\s*\S/.test(head) && block.length <= 3) return readBlock(lines, start, exclude);
    }
    end = start;
    while (end > 0 && lines[end - 1] === '') end--;
  }
  return null;
}
