// The hiring company: named in the display name, the signature or the text, checked against the sender's domain;
// the prettified domain as a last resort. For agency recruiters only a client the message names counts.

import { AGENCY_DOMAIN_PATTERN, COMPANY_NOUNS, JOB_PLATFORM_PATTERN, LOWER_CAMEL, RELAY_DOMAINS, ROLE_MAILBOX_WORDS, STATE_CODES, TRAILING_LEGAL_FORM, isJobBoardName, isOrgWord, isRegionSuffix, isRoleHead } from '../lexicon';
import { capitalFirst } from '../capitalize';
import { foldKey } from '../normalize';
import { isTeamLabel } from '../names/display';
import { CAMPUS_NAMED, type Candidate, DOMAIN_LIKE, looksLikeOrg, tidyCompany } from './candidates';
import { type SenderDomain, matchQuality, prettifyDomainLabel, splitIsGuess } from './domain';

/** Names of relay services ("Lever", "GoodTime"): never the employer. */
const RELAY_KEYS: ReadonlySet<string> = new Set(RELAY_DOMAINS.map((r) => foldKey(r.split('.')[0] ?? '')));

const NOT_COMPANY = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', 'us', 'our', 'your', 'their', 'my', 'this', 'that', 'these', 'there',
  'here', 'hi', 'hello', 'dear', 'thanks', 'thank', 'the', 'a', 'an', 'team', 'client', 'linkedin', 'zoom',
  'google', 'microsoft', 'teams', 'google meet', 'microsoft teams', 'gmail', 'outlook', 'calendly', 'lever',
  'greenhouse', 'workday', 'goodtime', 'indeed', 'glassdoor', 'unsubscribe', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'remote', 'why', 'what', 'how', 'when', 'where',
  'who', 'please', 'congratulations', 'yes', 'no', 'ok', 'also', 'best', 'regards', 'cheers', 'hr', 'ceo', 'cto',
  // Abbreviations written in capitals inside a sentence ("for our client ASAP"), never a name.
  'asap', 'fyi', 'tbd', 'tba', 'rsvp',
  // A web form or page that relays a visitor's message ("[Portfolio] Job Opportunity", "[Website] Contact form").
  'portfolio', 'website', 'contact', 'contact form', 'inquiry', 'enquiry',
  // "The company" in every language read (a template's "Compania mea", "my company", signs as "Compania").
  ...COMPANY_NOUNS,
]);

function plausibleCompany(name: string): boolean {
  if (name.length < 2 || name.length > 70) return false;
  // A name has letters: "5-10" (a head count) is not one.
  if (!/\p{L}/u.test(name)) return false;
  const low = name.toLowerCase();
  if (NOT_COMPANY.has(low)) return false;
  const words = name.split(' ');
  if (words.length > 7) return false;
  // Capitalised, a domain, or a brand written in lower camel case ("oCode Tech", "iMMAP", "eBay").
  if (!/^[\p{Lu}\p{N}]/u.test(name) && !LOWER_CAMEL.test(name) && !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(name)) return false;
  if (words.some((w) => isRoleHead(w))) return false;
  if (/[@<>{}[\]=]|https?:|\d{4,}/.test(name)) return false;
  // A clock time or a time zone ("11:45 Eastern European Time", "Central European Summer Time") names no organisation.
  if (CLOCK_OR_ZONE.test(name)) return false;
  // Japanese text has no spaces between words: a Latin word glued to its particles ("Agentです", "Agentの") or to its
  // brackets and stops ("Agent】ご応募") means the run went on into the sentence. Katakana or kanji glued to Latin is
  // a name's own ("GMOインターネット", "KDDI株式会社").
  if (HIRAGANA_GLUED.test(name) || CJK_PUNCTUATION.test(name)) return false;
  return true;
}

/**
 * A clock time ("11:45", "11am", "2 p.m", its last dot cut, "9h30"), or a name that is a time zone's ("Pacific
 * Standard Time", "Greenwich Mean Time"; not "Prime Time" or "Tea Time", which are companies' names). Not the zones'
 * abbreviations: "UTC" and "CET" are companies too.
 */
const CLOCK_OR_ZONE =
  /(?<!\d)\d{1,2}:\d{2}(?!\d)|^\d{1,2}(?:\.\d{2})?\s?[ap]\.?\s?m\.?$|^\d{1,2}h(?:\d{2})?$|^(?:Eastern|Central|Western|Pacific|Mountain|Atlantic|Alaska|Hawaii|Greenwich|Coordinated Universal|(?:Eastern|Central|Western|Further-Eastern) European|British|Irish|Israel|Moscow|Gulf|Arabia|India|China|Japan|Korea|Singapore|Hong Kong|Philippine|Indochina|Western Indonesia|New Zealand|Argentina|Brasília|Brasilia|Newfoundland|(?:Australian )?(?:Eastern|Central|Western))(?: Standard| Daylight| Summer| Mean)? Time$/iu;
/** An agency's word at the start of a domain's rest ("rs|recruiting"); AGENCY_DOMAIN_PATTERN finds one anywhere. */
const AGENCY_DOMAIN_REST = new RegExp(`^(?:${AGENCY_DOMAIN_PATTERN.source})`);
const HIRAGANA_GLUED = /[A-Za-z]\p{Script=Hiragana}|\p{Script=Hiragana}[A-Za-z]/u;
const CJK_PUNCTUATION = /[【】（）「」『』、。：！？]/u;

interface CompanyInput {
  domain: SenderDomain;
  agency: boolean;
  display: readonly string[];
  signature: readonly Candidate[];
  /** Candidates from the body's phrasing, computed on demand. */
  stated: () => readonly Candidate[];
  subject: readonly Candidate[];
  /** Capitalised runs of the text, computed only when the domain is a company's. */
  mentioned: () => readonly string[];
  /** Lower-cased words of people's names in the message: never a company. */
  people: ReadonlySet<string>;
  /** Folded names of the service that sent the mail (a job board or a portal under its own name): never the employer. */
  services?: ReadonlySet<string>;
  /** Lower-cased places the letter's datelines name ("Trujillo, 4 de mayo de 2026"): never a company. */
  places?: ReadonlySet<string>;
  /** How often the subject and the text write a name, as whole words (case ignored). */
  occurrences?: (name: string) => number;
  /** Does the text write the name with a possessive before a noun ("Enron's trading desk")? */
  possessive?: (name: string) => boolean;
  /** The sender's mailbox is an automated one ("notificaciones@", "no-reply@"): a platform's or an ATS's. */
  automated?: boolean;
}

/** A government's domain ("boston.gov", "lyon.gouv.fr", "cdmx.gob.mx"). */
const GOVERNMENT_DOMAIN = /\.(?:gov|gouv|gob)(?:\.[a-z]{2})?$/;

/** Where a company name came from (its confidence is weighed in confidence.ts). */
export type CompanySource = 'legal-form' | 'client' | 'relayed' | 'domain-institution' | 'domain-named' | 'domain-stated' | 'domain-mentioned' | 'domain-web' | 'named' | 'domain-label' | 'domain-split' | 'stated';

interface CompanyChoice {
  name: string;
  source: CompanySource;
}

/** Pick the hiring company, or null when the message does not tell. */
export function chooseCompany(input: CompanyInput): CompanyChoice | null {
  const { domain, agency } = input;
  const clean = (c: Candidate): Candidate | null => {
    let name = tidyCompany(c.name);
    // The domain spells the whole name with the article or department word tidying cut from its front ("The Truth
    // International" at thetruthinternational.com): the word is the name's. Not a department word cut from its end:
    // domains spell departments too ("ITSector Recrutamento" at itsector-recrutamento.pt is ITSector); a region's code
    // only (regionSpelled).
    if (domain.kind === 'company' && name !== c.name) {
      const whole = c.name.replace(/\s+/g, ' ').trim();
      if (whole.endsWith(` ${name}`) && foldKey(whole) === domain.key) name = whole;
      // A region's code cut from the end that the domain spells ("Age UK Recruitment" at ageuk.org.uk) is the name's
      // own ("Age UK"), unlike a department word.
      else if (whole.startsWith(`${name} `)) name = regionSpelled(name, whole, domain.key) ?? name;
    }
    // A possessive after the sender's own name, read from the text ("Enron's activities" at enron.com), is the name's
    // case, not its spelling. Not where the domain spells the s ("McDonald's" at mcdonalds.com), nor a brand written so
    // in a header or a signature ("Levi's Careers" at levi.com), nor one the text never writes before a noun ("apply to
    // Levi's.").
    if (
      c.mentioned === true &&
      domain.kind === 'company' &&
      /['’]s$/u.test(name) &&
      foldKey(name.slice(0, -2)) === domain.key &&
      input.possessive?.(name.slice(0, -2)) === true
    ) {
      name = name.slice(0, -2);
    }
    // A lower-case name is a company only when it is exactly the sender's domain name ("tidewell" at tidewell.ai).
    if (/^\p{Ll}[\p{Ll}\p{N} -]*$/u.test(name) && domain.kind === 'company' && matchQuality(name, domain.key) === 3) {
      name = name.split(' ').map(capitalFirst).join(' ');
    }
    if (!plausibleCompany(name)) return null;
    // A shared inbox's word alone ("Mailer", "Support", "Notifications") names no organisation.
    if (!name.includes(' ') && ROLE_MAILBOX_WORDS.has(name.toLowerCase())) return null;
    const words = name.toLowerCase().split(' ');
    if (words.every((w) => input.people.has(w)) || input.places?.has(name.toLowerCase())) return null;
    const key = foldKey(name);
    if (RELAY_KEYS.has(key) || JOB_PLATFORM_PATTERN.test(key) || isJobBoardName(name) || input.services?.has(key)) return null;
    // A relay's or a generic domain's own name ("JobCallCenter" from jobcallcenter.com, "HRMS" from hrms.io) is
    // the service's, not the employer's.
    if ((domain.kind === 'relay' || domain.generic === true) && domain.key.length >= 3 && matchQuality(name, domain.key) >= 2) return null;
    return { ...c, name };
  };
  const cleanAll = (cands: readonly Candidate[]): Candidate[] => cands.map(clean).filter((c): c is Candidate => c !== null);
  // The phrasing-based candidates cost a pass over the text: read them only when needed.
  const cheap = cleanAll([...input.display.map((name) => ({ name, weight: 3, stated: true })), ...input.signature, ...input.subject]);
  let all: Candidate[] | null = null;
  // An organisation turning to the reader ("X te invita", candidates.ts) names the employer only in a platform's
  // automated mail: elsewhere it may be a team or a person the lists do not know.
  const structured = (): Candidate[] => (all ??= [...cheap, ...cleanAll(input.stated().filter((c) => c.turnsToReader !== true || input.automated === true))]);
  // The text's capitalised runs are many: only those a cheap test lets through are cleaned.
  const mentionedCandidates = (keep: (raw: string) => boolean): Candidate[] =>
    cleanAll(input.mentioned().filter(keep).map((name) => ({ name, weight: 1, stated: false, mentioned: true })));

  if (agency) {
    const ownKey = domain.kind === 'company' ? domain.key : '';
    const ownOrgs = input.signature.map((c) => foldKey(tidyCompany(c.name)));
    const ownPrefix = (name: string): boolean => {
      const k = foldKey(name);
      return ownKey !== '' && ownKey.startsWith(k) && (k.length >= 3 || (k.length === 2 && AGENCY_DOMAIN_REST.test(ownKey.slice(2))));
    };
    const clients = structured().filter(
      (c) =>
        c.stated &&
        c.weight >= 2 &&
        !(ownKey && matchQuality(c.name, ownKey) > 0) &&
        // "Peak" from "Peak Recruitment" <…@peakrecruitment.co.uk>: the agency's own name, department word stripped;
        // "RS" from "RS Recruiting" <…@rs-recruiting.co.il>, a two-letter one, where the domain's rest starts with an
        // agency's word.
        !ownPrefix(c.name) &&
        !ownOrgs.includes(foldKey(c.name)) &&
        // A web address ("RemoteStaff.com") is a site's, the agency's own or a board's, not a client the text names.
        !/\.[a-z]{2,}$/i.test(c.name) &&
        // A state's or a province's code alone ("my client, located in Dallas, TX") is a place.
        !STATE_CODES.has(c.name) &&
        !/\b(?:recruit\w*|talent|staffing|search|partners|consult\w*|associates|advisors)\b/i.test(c.name),
    );
    const client = best(clients);
    return client ? { name: client.name, source: 'client' } : null;
  }

  if (domain.kind === 'company' && domain.generic !== true) {
    // A name that fits the sender's domain wins; the text's other capitalised names are read only if needed.
    let match = bestMatch(cheap, domain.key, null);
    let source: CompanySource = 'domain-named';
    if ((match?.q ?? 0) < 2) {
      const before = match;
      match = bestMatch(structured().slice(cheap.length), domain.key, match);
      if (match !== before) source = 'domain-stated';
    }
    if ((match?.q ?? 0) < 2) {
      // A name that fits the domain shares its first letter or its first three letters.
      const fitting = mentionedCandidates((raw) => {
        const k = foldKey(raw);
        return k.charAt(0) === domain.key.charAt(0) || domain.key.includes(k.slice(0, 3));
      });
      const before = match;
      match = bestMatch(fitting, domain.key, match);
      if (match !== before) source = 'domain-mentioned';
    }
    // A job board or scheduling service writes under its own name about a position at another company: when the
    // text names the position's employer and never the sender's organisation as one, that employer is meant. Against
    // a name only mentioned somewhere (a platform's footer), only a company field counts: an "at X" there may be the
    // reader's current employer, in a sourcing campaign.
    if (match && (match.c.mentioned !== true || structured().some((c) => c.field === true))) {
      const employers = structured().filter((c) => c.employer === true && (match?.c.mentioned !== true || c.field === true));
      const other = employers.find((c) => matchQuality(c.name, domain.key) === 0);
      if (other && !employers.some((c) => matchQuality(c.name, domain.key) > 0)) return { name: other.name, source: 'relayed' };
    }
    // The sender's name is an organisation the text or subject names as the position's employer ("Tidewater Credit
    // Union Team" <notifications@orgflowhq.com>, "… position at Tidewater Credit Union"), and the domain's name is only
    // mentioned (a platform's tag or footer): the platform relays that employer's mail.
    if (match?.c.mentioned === true) {
      const shown = new Set(input.display.map((name) => foldKey(tidyCompany(name))));
      const relayed = structured().find((c) => c.employer === true && shown.has(foldKey(c.name)) && matchQuality(c.name, domain.key) === 0);
      if (relayed) return { name: relayed.name, source: 'relayed' };
    }
    // "TWM Indonesia" in the From header, "Taiwan Mobile Indonesia" in the text: the spelled-out name is the one to write.
    if (match && !match.c.mentioned) {
      const trimmed = match.q < 3 ? trimToDomain(match.c.name, domain.key) : match.c.name;
      if (trimmed !== match.c.name) match = { c: { ...match.c, name: trimmed }, q: 3 };
      const short = match.c.name;
      const longer = spelledOut(short, [...structured(), ...mentionedCandidates((raw) => raw.charAt(0) === short.charAt(0) && raw.length > short.length)], domain.key);
      if (longer) match = { c: longer, q: match.q };
    }
    // "Wisconsin" read from "the University of Wisconsin": the organisation the text names is the one to write, when
    // the text never writes the name alone ("your MSc at the University of Zurich … Zurich has offices" is Zurich).
    if (match?.c.mentioned === true && input.occurrences) {
      const name = match.c.name;
      const count = input.occurrences;
      // "the University of Texas at Austin" names Texas within a campus's name.
      const within = (raw: string): number => (raw.endsWith(` ${name}`) ? raw.length - name.length - 1 : CAMPUS_NAMED.test(raw) ? raw.indexOf(` ${name} at `) : -1);
      const whole = mentionedCandidates((raw) => within(raw) > 0 && ofOrganisation(raw.slice(0, within(raw))))[0];
      if (whole && count(whole.name) === count(name)) match = { c: whole, q: match.q };
    }
    // A web address in the text ("acme.io" under a signature) names the company by its domain: write it as a name.
    if (match) {
      if (match.c.mentioned && DOMAIN_LIKE.test(match.c.name)) return { name: prettifyDomainLabel(domain.label), source: 'domain-web' };
      // A government's domain names its city or state ("boston.gov"): that word alone in the text is the place, not
      // the office that hires; an agency's acronym ("NASA" at nasa.gov) is its own name.
      if (match.c.mentioned && GOVERNMENT_DOMAIN.test(domain.domain) && !match.c.name.includes(' ') && !/^\p{Lu}{2,}$/u.test(match.c.name)) {
        return { name: match.c.name, source: 'domain-institution' };
      }
      return { name: match.c.name, source: match.q >= 2 ? source : 'domain-mentioned' };
    }
    const named = best(structured().filter((c) => c.weight >= 2.5 && (c.stated || looksLikeOrg(c.name))));
    if (named) return { name: named.name, source: 'named' };
    // A personal domain ("jane@janedoe.com") names a person, not an employer.
    const personal = [...input.people].some((w) => foldKey(w).length >= 3 && domain.key.includes(foldKey(w)));
    if (domain.label.length < 2 || personal) return null;
    return { name: prettifyDomainLabel(domain.label), source: domain.institution ? 'domain-institution' : splitIsGuess(domain.label) ? 'domain-split' : 'domain-label' };
  }
  // A relay signs with its own team or owner ("Department for Education"): only what the text says of the employer counts.
  const stated = best(structured().filter((c) => c.weight >= 2 && (c.stated || domain.kind !== 'relay')));
  return stated ? { name: stated.name, source: 'stated' } : null;
}

interface Match {
  c: Candidate;
  q: number;
}

/** `name` with the region words after it in `whole` that, with it, spell the domain `key` ("Age" → "Age UK" at ageuk). */
function regionSpelled(name: string, whole: string, key: string): string | null {
  const words = whole.split(' ');
  const n = name.split(' ').length;
  for (let k = n + 1; k <= words.length && isRegionSuffix(words[k - 1] ?? ''); k++) {
    const head = words.slice(0, k).join(' ');
    if (foldKey(head) === key) return head;
  }
  return null;
}

/** The candidate that fits the domain best (then weighs most), starting from `current`. */
function bestMatch(cands: readonly Candidate[], key: string, current: Match | null): Match | null {
  let top = current;
  for (const c of cands) {
    const q = matchQuality(c.name, key);
    if (q > 0 && (!top || q > top.q || (q === top.q && c.weight > top.c.weight))) top = { c, q };
  }
  return top;
}

function best(cands: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of cands) if (!top || c.weight > top.weight) top = c;
  return top;
}

/** A candidate that spells out the acronym of `short` ("Taiwan Mobile Indonesia" for "TWM Indonesia"), if any. */
function spelledOut(short: string, cands: readonly Candidate[], key: string): Candidate | null {
  const words = short.split(' ');
  const acronym = words.find((w) => /^\p{Lu}{2,5}$/u.test(w));
  for (const c of cands) {
    const cw = c.name.split(' ');
    if (cw.length <= words.length || matchQuality(c.name, key) === 0) continue;
    // "Madina Group" and "Madina Group of Industries": the same name with its connector or legal-form tail.
    if (extends_(words, cw)) return c;
    if (acronym === undefined || cw[0]?.charAt(0) !== acronym.charAt(0) || /^\p{Lu}{2,5}$/u.test(cw[0] ?? '')) continue;
    if (words.length === 1) {
      // "OBM" alone: the spelled-out name's capitalised words give its letters ("Office of Benefits Modernization").
      const initials = cw.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
      if (initials === acronym) return c;
      continue;
    }
    const rest = words.filter((w) => w !== acronym).map((w) => w.toLowerCase());
    if (rest.every((w) => cw.some((x) => x.toLowerCase() === w))) return c;
  }
  return null;
}

/** Does `long` repeat `short` word for word and go on with a connector or an organisation word ("of Industries")? */
function extends_(short: readonly string[], long: readonly string[]): boolean {
  if (!short.every((w, i) => long[i] === w)) return false;
  // A cut-off tail ("Network M Sdn" from "Network (M) Sdn. Bhd.") or a sentence ("Acme and I") is no name.
  if (long.some((w) => /^\p{L}$/u.test(w)) || long.length > short.length + 3) return false;
  const next = (long[short.length] ?? '').toLowerCase();
  return EXTENDING.has(next) || isOrgWord(next);
}

/** "University of", "Universidad de", "Bank of": an organisation word and a connector before a place's or a family's name. */
function ofOrganisation(head: string): boolean {
  const words = head.split(' ');
  return words.length === 2 && isOrgWord(words[0] ?? '') && EXTENDING.has((words[1] ?? '').toLowerCase());
}

/** Words that go on with a name ("Madina Group of Industries", "Tallow & Pine"); "and" often starts a sentence's next part. */
export const EXTENDING: ReadonlySet<string> = new Set(['of', '&', 'de', 'del', 'des', 'du', 'der', 'van', 'di']);
const ORG_TAIL: ReadonlySet<string> = new Set([...EXTENDING, 'and', 'und', 'et', 'y']);

/** A word of a name's rest that keeps it the organisation's: a connector, an organisation word or a legal form. */
function keepsName(word: string): boolean {
  return ORG_TAIL.has(word.toLowerCase()) || isOrgWord(word) || TRAILING_LEGAL_FORM.test(` ${word}`);
}

/**
 * "OBM SME-QA Schedulers" from obm.example.gov: the words that spell the domain are the name, the rest a team
 * (unless the rest goes on with a connector or an organisation word: "Garage Perrin & Fils", "Ashgrove Council").
 */
function trimToDomain(name: string, key: string): string {
  const words = name.split(' ');
  for (let k = 1; k < words.length; k++) {
    if (foldKey(words.slice(0, k).join(' ')) !== key) continue;
    const rest = words.slice(k);
    // Lower-case words after the name ("WebFX written" from "WebFX written interview") are the sentence's.
    // Not a legal form written in lower case ("Volksbank eG", "Nordwind gGmbH", "Acme inc").
    if (rest.every((w) => /^[\p{Ll}'’-]+$/u.test(w) && !keepsName(w))) return words.slice(0, k).join(' ');
    if (!isTeamLabel(rest.join(' ')) || rest.some(keepsName)) return name;
    return words.slice(0, k).join(' ');
  }
  return name;
}
