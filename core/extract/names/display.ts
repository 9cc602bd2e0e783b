// From display names ("Doe, Jane", "Jane Doe | Talent Acquisition", "Careers at Acme") and mailbox local parts:
// the person, or the organisation and whether the mailbox is a shared inbox.

import { DEGREES, DEPARTMENT_WORDS, NO_REPLY_LABEL, NO_REPLY_MAILBOX, OFFICE_WORDS, ROLE_MAILBOX_WORDS, isOrgWord, isRoleHead } from '../lexicon';
import { foldKey } from '../normalize';
import { isKnownGivenName } from './given-names';
import { type PersonName, parsePersonName } from './person';

/** Does a mailbox local part ("careers", "no-reply", "recruiting.scheduling") belong to a shared inbox? */
export function isRoleMailbox(localPart: string): boolean {
  const local = localPart.toLowerCase();
  if (NO_REPLY_MAILBOX.test(local) || local.includes('mailer-daemon')) return true;
  return local.split(/[._+-]+/).some((part) => ROLE_MAILBOX_WORDS.has(part) || ROLE_MAILBOX_WORDS.has(part.replace(/\d+$/, '')));
}

const TEAM_PHRASE = new RegExp(
  `(?<![\\p{L}])(?:team|careers?|jobs?|recruiting|recruitment|recruiters?|talent|hr|human resources|people (?:ops|operations|team)|hiring|scheduling|schedulers?|${NO_REPLY_LABEL}|notifications?|recursos humanos|equipo|ressources humaines|équipe|recrutement|personalabteilung|personeelszaken|karriere|bewerbermanagement|risorse umane|selezione|rekrutacja|rekruttering|rekrytering|${OFFICE_WORDS.join('|')})(?![\\p{L}])`,
  'iu',
);

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
  return part.split(/[\s,.]+/).some(isOrgWord);
}

/** Strip department words from the end of an organisation name: "Corvid Recruiting" → "Corvid". */
function stripDepartment(org: string): string {
  const words = org.trim().replace(/^the\s+/i, '').split(/\s+/);
  while (words.length > 1 && DEPARTMENT_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.join(' ');
}

/**
 * "Recruiting Lindgrün AG" → "Lindgrün AG": department words before a name, kept out only when what remains is
 * surely the organisation (the sender's domain spells it, or it carries an organisation word); "Talent Acquisition
 * Partner" is a person's title, not a company called "Acquisition Partner".
 */
function stripLeadingDepartment(org: string, domainKey: string): string {
  const words = org.trim().split(/\s+/);
  while (words.length > 1 && DEPARTMENT_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  const rest = words.join(' ');
  const key = foldKey(rest, true);
  const spelled = domainKey.length >= 3 && (key.startsWith(domainKey) || foldKey(rest).startsWith(domainKey));
  return rest !== org.trim() && (spelled || hasOrgWord(rest)) ? rest : org;
}

/** "Acme via Lever": the word before the service that relays the writer's mail, trusted on its own ("vía", Italian "tramite", Thai "ผ่าน"). */
const VIA_ALONE = 'v[ií]a|tramite|ผ่าน';
/**
 * The same word where it is also a name or a name's part (Romanian "prin", Polish "przez", Croatian and Serbian "preko",
 * Slovenian "prek", Vietnamese "qua", German "über": "Khun Prin Suparat", "Yaw Preko", "Menschen über Grenzen e.V."):
 * "via" only when the service after it is the sender's domain (index.ts). Not Russian "через": "Инфосистемы Урал через
 * платформу" would leave an organisation's name where the writer's is read.
 */
const VIA_IF_SERVICE = 'über|prin|przez|preko|prek|qua';
/** "via" and a name after it, in a From name. */
export const VIA = new RegExp(`\\s+(?:${VIA_ALONE})\\s+(?=[\\p{L}\\p{N}])`, 'iu');
/** "via", or a word that means it only when the sender's domain confirms the service after it. */
export const VIA_ANY = new RegExp(`\\s+(?:${VIA_ALONE}|${VIA_IF_SERVICE})\\s+(?=[\\p{L}\\p{N}])`, 'iu');
/** "(via Lever)": a bracketed part that starts with "via". */
const VIA_BRACKETED = new RegExp(`^(?:${VIA_ALONE})\\s`, 'iu');
/** "X on behalf of Y" in a From name, in the languages read: a service (X) writing for the employer it names (Y). */
export const ON_BEHALF_OF = /\s+(?:on behalf of|pour le compte de|au nom de|im auftrag von|en nombre de|por cuenta de|em nome de|per conto di|namens)\s+/iu;

export interface DisplayName {
  person: PersonName | null;
  /** Organisation names the display name carries ("Acme" in "Careers at Acme"). */
  orgs: string[];
  /** The display name is a shared inbox, a team or a relay (ATS/scheduler), not a person. */
  shared: boolean;
}

/** A generation after a one-word surname ("Cadwallader Jr.", "Whitfield III"). */
const GENERATION_AFTER = /(?<=^\p{Lu}[\p{L}'’-]+)\s+(?:[JS]r|[JS]R|Jnr|Snr|JNR|SNR)\.?$|(?<=^\p{Lu}[\p{L}'’-]+)\s+(?:II|III|IV)$/u;

/** A capitalised word and one capital letter (its dot or not): a given name and a surname's initial, if the word is one. */
const NAME_AND_INITIAL = /^(\p{Lu}[\p{L}'’-]+) \p{Lu}\.?$/u;

function givenNameAndInitial(part: string): boolean {
  const first = NAME_AND_INITIAL.exec(part)?.[1];
  return first !== undefined && isKnownGivenName(first);
}

/** Full-width brackets as the ASCII ones, an opening one after a space. */
const FULL_WIDTH_BRACKETS: Readonly<Record<string, string>> = { '（': ' (', '）': ')', '［': ' [', '］': ']' };

/**
 * Read a From display name. `domainKey` is the sender domain's name part folded to letters (e.g. "acmerobotics"),
 * used to tell a company name from a person's.
 */
export function parseDisplayName(fromName: string, fromEmail: string, domainKey: string, relayDomain = false): DisplayName {
  const result: DisplayName = { person: null, orgs: [], shared: false };
  // Full-width brackets ("野々村 玲奈（株式会社クレイドル）") read as the ASCII ones.
  let s = fromName.replace(/[（）［］]/gu, (b) => FULL_WIDTH_BRACKETS[b] ?? b).replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ').trim();
  if (s.includes('@') && !/\s/.test(s)) s = '';
  if (s.length > 120) s = s.slice(0, 120);
  const local = fromEmail.split('@')[0] ?? '';
  const sharedMailbox = isRoleMailbox(local);
  if (s === '') return { ...result, shared: sharedMailbox };

  let relay = relayDomain;
  // Parenthesised or bracketed parts: "(via Lever)", "(Acme)", "[External]".
  s = s.replace(/[([]([^()[\]]{1,60})[)\]]/g, (_m, inner: string) => {
    const t = inner.trim();
    if (VIA_BRACKETED.test(`${t} `)) relay = true;
    // Not organisations: "(External)", "(Contractor)", pronouns "(she/her)".
    else if (!/^(?:external|ext|extern|contractor|contract|vendor|temp|guest|consultant|\p{L}+\/\p{L}+(?:\/\p{L}+)?)$/iu.test(t) && !isDegreeOrTitle(t)) result.orgs.push(t);
    return ' ';
  });
  // "via" ("Manu vía Talo", "Siam Foods ผ่าน BIGJOBs"), after the brackets' removal left its spaces.
  s = s.trim();
  const via = VIA.exec(s);
  if (via) {
    relay = true;
    s = s.slice(0, via.index);
  }
  // "Emplo on behalf of Ironbark Grammar School": a service writing for the employer it names.
  const behalf = ON_BEHALF_OF.exec(s);
  if (behalf && behalf.index > 0) {
    relay = true;
    result.orgs.push(s.slice(behalf.index + behalf[0].length).trim());
    s = s.slice(0, behalf.index).trim();
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
    // "Cadwallader Jr., Ted C.": a surname and its generation before the comma.
    else if (GENERATION_AFTER.test(left) && parsePersonName(right) && parsePersonName(left.replace(GENERATION_AFTER, ''))) parts = [`${right} ${left.replace(GENERATION_AFTER, '')}`];
    else if (!/^(?:inc|llc|ltd|corp|co|gmbh|sa|ag)\.?$/i.test(right) && parsePersonName(left)) parts = [left, right];
  }

  const teamSibling = parts.some((p) => isTeamLabel(p));
  const shared = sharedMailbox || relay || teamSibling;
  for (const part of parts) {
    if (isTeamLabel(part)) {
      // "Corvid Recruiting" → the company is "Corvid".
      let rest = stripDepartment(part);
      if (rest === part) rest = stripLeadingDepartment(part, domainKey);
      if (rest !== part && !isTeamLabel(rest)) result.orgs.push(rest);
      continue;
    }
    if (isDegreeOrTitle(part) && !hasOrgWord(part)) continue;
    const person = personFromPart(part, { local, domainKey, sharedMailbox, relay, teamSibling: teamSibling || parts.length > 1 });
    if (person && result.person === null) result.person = person;
    // On a relay, a given name and a surname's initial ("Sandrine R. via LinkedGunth", the way networks show a member
    // to non-contacts) is a person's, never an organisation's name, though the writer is not read from it. ("Studio K."
    // from its own domain is the company.)
    else if (!(relay && givenNameAndInitial(part))) result.orgs.push(part);
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
  // (A name in characters the key does not fold, Chinese or hangul, folds to nothing: it spells no domain.)
  if (ctx.domainKey.length >= 3 && key !== '' && (key === ctx.domainKey || key.startsWith(ctx.domainKey) || ctx.domainKey.startsWith(key))) {
    return null;
  }
  // The mailbox corroborates a name when it contains one of its words ("jdoe" for Jane Doe).
  const localKey = foldKey(ctx.local);
  if (part.split(/\s+/).some((w) => mailboxHasWord(localKey, w))) return person;
  // A single word is a person only when nothing suggests a shared inbox; next to a team label on a shared
  // mailbox ("Recursos Humanos - Andina Foods" <rrhh@…>), even two words are the company.
  if (person.full === null && (ctx.sharedMailbox || ctx.relay || ctx.teamSibling)) return null;
  if (ctx.sharedMailbox && ctx.teamSibling) return null;
  return person;
}

/** Does a mailbox (its local part, folded) contain a name's word of three letters or more, umlauts folded either way? */
export function mailboxHasWord(localKey: string, word: string): boolean {
  const key = foldKey(word);
  return key.length >= 3 && (localKey.includes(key) || localKey.includes(foldKey(word, true)));
}

/** A "local part" like "jane.doe" or "jane_doe" read as a name, when nothing better exists. */
export function personFromLocalPart(localPart: string): PersonName | null {
  if (isRoleMailbox(localPart)) return null;
  const m = /^([a-z]{2,20})[._]([a-z]{2,24})$/i.exec(localPart);
  if (!m) return null;
  return parsePersonName(`${m[1] ?? ''} ${m[2] ?? ''}`, { allowLowercase: true });
}
