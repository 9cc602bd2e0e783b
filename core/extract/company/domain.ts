// The sender's domain: what kind it is (free mail, a relay service, a company's), the part that names the
// organisation, how it reads as a name, and how well a company name fits it.

import { DEPARTMENT_WORDS, DOMAIN_LEGAL_PARTS, GENERIC_DOMAIN_KEYS, JOB_PLATFORM_PATTERN, PUBLIC_MAIL_DOMAINS, RELAY_DOMAINS, SERVICE_LABELS, TRAILING_LEGAL_FORM } from '../lexicon';
import { foldKey } from '../normalize';

type DomainKind = 'public' | 'relay' | 'company' | 'none';

export interface SenderDomain {
  /** The whole domain, lower case ("mail.acme-robotics.co.uk"). */
  domain: string;
  /** The registrable name as written ("acme-robotics"). */
  label: string;
  /** The registrable name folded to letters ("acmerobotics"). */
  key: string;
  kind: DomainKind;
  /** An academic or public body's domain ("…ac.uk", "…edu", "…gov"): its label is an abbreviation or a service. */
  institution?: boolean;
  /** The label is a generic word ("company", "hrms", "careers"), not a name: it names no employer. */
  generic?: boolean;
}

const GENERIC_SECOND_LEVEL = new Set([
  'co', 'com', 'org', 'net', 'gov', 'gouv', 'gob', 'ac', 'edu', 'ne', 'or', 'go', 'nic', 'mil', 'ltd', 'plc', 'sch',
  'nom', 'info', 'biz', 'int', 'res', 'asso',
]);

/** Second levels (and top levels) of universities and public bodies. */
const INSTITUTION_LEVELS: ReadonlySet<string> = new Set(['ac', 'edu', 'gov', 'gouv', 'gob', 'mil']);

/** Reserved for documentation and tests (RFC 2606). */
const RESERVED_LABELS: ReadonlySet<string> = new Set(['example', 'test', 'invalid', 'localhost']);

const RELAY_SET: ReadonlySet<string> = new Set(RELAY_DOMAINS);

/** Is the domain, or a domain it is under, a relay service's? */
export function isRelayDomain(domain: string): boolean {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) if (RELAY_SET.has(d)) return true;
  return false;
}

/** Classify the sender's domain and find the part of it that names the organisation. */
export function readDomain(email: string): SenderDomain {
  const at = email.lastIndexOf('@');
  const domain = (at >= 0 ? email.slice(at + 1) : '').trim().toLowerCase().replace(/[>\s.]+$/, '');
  if (domain === '' || !/^[a-z0-9.-]+$/.test(domain) || !domain.includes('.')) {
    return { domain, label: '', key: '', kind: 'none' };
  }
  const labels = domain.split('.').filter((l) => l !== '');
  const tld = labels.pop() ?? '';
  const institution = INSTITUTION_LEVELS.has(tld) || INSTITUTION_LEVELS.has(labels[labels.length - 1] ?? '');
  if (labels.length > 1 && GENERIC_SECOND_LEVEL.has(labels[labels.length - 1] ?? '')) labels.pop();
  // Documentation domains (RFC 2606: example.com, the .example and .test TLDs) stand in for a real one: the name is
  // the label in front ("jobs@acme.example.com" is Acme's).
  while (labels.length > 1 && RESERVED_LABELS.has(labels[labels.length - 1] ?? '')) labels.pop();
  // "teaching-jobs.service.gov.uk": the service word is not the name; the label before it is.
  while (labels.length > 1 && SERVICE_LABELS.has(labels[labels.length - 1] ?? '')) labels.pop();
  const label = organisationPart(labels[labels.length - 1] ?? '');
  const key = foldKey(label);
  let kind: DomainKind = 'company';
  if (PUBLIC_MAIL_DOMAINS.has(domain)) kind = 'public';
  else if (isRelayDomain(domain) || JOB_PLATFORM_PATTERN.test(key)) kind = 'relay';
  // "company-x.example", "societe-y.fr": a template's placeholder company.
  const generic = GENERIC_DOMAIN_KEYS.has(key) || GENERIC_DOMAIN_KEYS.has(foldKey(label.replace(/-[a-z]$|(?<=[a-z]{4})[xyz]$/, '')));
  return { domain, label, key, kind, ...(institution ? { institution } : {}), ...(generic ? { generic } : {}) };
}

/** Parts of a label that name the mail service, not the organisation ("alphasheets-mail", "fdm-careers-mail"). */
const MAIL_PARTS: ReadonlySet<string> = new Set(['mail', 'email', 'mailer', 'mailing', 'mails', 'notifications', 'notify', 'noreply']);

/**
 * "goa-gmbh" → "goa": a legal form written into the label is not part of the name; nor is a mail service's part
 * ("alphasheets-mail" → "alphasheets"), with a careers word before it ("fdm-careers-mail" → "fdm").
 */
function organisationPart(label: string): string {
  const parts = label.split('-');
  while (parts.length > 1 && DOMAIN_LEGAL_PARTS.has(parts[parts.length - 1] ?? '')) parts.pop();
  if (parts.length > 1 && MAIL_PARTS.has(parts[parts.length - 1] ?? '')) {
    parts.pop();
    while (parts.length > 1 && DEPARTMENT_WORDS.has(parts[parts.length - 1] ?? '')) parts.pop();
  }
  return parts.join('-');
}

// Common last words of company names, used to split a one-word domain ("quillhealth" → "Quill Health").
const NAME_SUFFIX_WORDS: readonly string[] = [
  'healthcare', 'health', 'medical', 'robotics', 'logistics', 'logistik', 'labs', 'lab', 'technologies', 'technology',
  'tech', 'systems', 'software', 'solutions', 'games', 'studios', 'studio', 'insurance', 'bank', 'capital', 'energy',
  'foods', 'media', 'digital', 'data', 'cloud', 'security', 'pharma', 'networks', 'network', 'group', 'partners',
  'consulting', 'ventures', 'works', 'motors', 'analytics', 'apps', 'mobile', 'finance', 'financial', 'payments',
  'supply', 'construction', 'engineering', 'design', 'care', 'clinic', 'dental', 'legal', 'realty', 'homes', 'travel',
  'learning', 'education', 'academy', 'hospital', 'center', 'centre', 'power', 'global', 'international', 'industries',
  'retail', 'markets', 'market', 'store', 'farms', 'coffee', 'hotels', 'sports', 'fitness', 'creative', 'marketing',
  'agency', 'communications', 'telecom', 'electric', 'solar', 'automotive', 'aerospace', 'chemicals', 'materials',
  'metals', 'mining', 'resources', 'services', 'bio', 'biotech', 'therapeutics', 'diagnostics', 'brands', 'interactive',
  'entertainment', 'publishing', 'foundation', 'institute', 'university', 'college', 'school', 'airlines',
  'shipping', 'freight', 'transport', 'energie', 'versicherung', 'technik', 'immobilien', 'werke', 'systeme',
];

/**
 * Suffixes that companies write as often glued to the name as apart ("HappyTech", "Kilnworks", "Netsoft"): a label
 * split before one is a guess at the spelling.
 */
const GLUED_SUFFIXES: ReadonlySet<string> = new Set(['tech', 'works', 'software', 'bio', 'apps', 'data', 'cloud', 'mobile', 'media', 'labs', 'lab', 'games', 'werke', 'technik']);

/** Is the prettified label's spelling a guess: a one-word label split before a suffix often written glued on? */
export function splitIsGuess(label: string): boolean {
  if (/[-_]/.test(label)) return false;
  const words = prettifyDomainLabel(label).split(' ');
  return words.length > 1 && GLUED_SUFFIXES.has((words[words.length - 1] ?? '').toLowerCase());
}

/** "acme-robotics" → "Acme Robotics"; "quillhealth" → "Quill Health"; short names become acronyms ("ibm" → "IBM"). */
export function prettifyDomainLabel(label: string): string {
  const parts = label.split(/[-_]+/).filter((p) => p !== '');
  const words: string[] = [];
  for (const part of parts) {
    if (!/^[a-z0-9]+$/.test(part)) {
      words.push(part);
      continue;
    }
    const tail: string[] = [];
    let rest = part;
    for (let guard = 0; guard < 3; guard++) {
      const suffix = NAME_SUFFIX_WORDS.find((w) => rest.length >= w.length + 4 && rest.endsWith(w));
      if (!suffix) break;
      tail.unshift(suffix);
      rest = rest.slice(0, rest.length - suffix.length);
    }
    words.push(rest, ...tail);
  }
  if (words.length === 1 && (words[0] ?? '').length <= 3) return (words[0] ?? '').toUpperCase();
  return words.map((w) => (w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}


function stripLegal(name: string): string {
  const legal = TRAILING_LEGAL_FORM.exec(name);
  return legal ? name.slice(0, legal.index) : name;
}

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (let j = 0; j < hay.length && i < needle.length; j++) if (hay[j] === needle[i]) i++;
  return i === needle.length;
}

/** How well a company name fits the sender domain's key: 3 same, 2 one is a prefix / initials, 1 abbreviation, 0 not. */
export function matchQuality(name: string, key: string): number {
  if (key.length < 2) return 0;
  let best = 0;
  const base = stripLegal(name);
  // "Bramble & Finch" at brambleandfinch.com: the ampersand is spelled out in the domain, in the name's language.
  const spelled = base.includes('&') ? AMPERSAND_WORDS.map((w) => foldKey(base.replace(/\s*&\s*/g, w))) : [];
  for (const c of [foldKey(base), foldKey(base, true), ...spelled]) {
    if (c.length < 2) continue;
    if (c === key) return 3;
    if (key.length >= 3 && c.startsWith(key)) best = Math.max(best, 2);
    else if (c.length >= 3 && key.startsWith(c) && c.length * 2 >= key.length) best = Math.max(best, 2);
    else if (c.length >= 4 && key.endsWith(c) && c.length * 2 >= key.length) best = Math.max(best, 2);
    // "Gemeente Waterland" at waterland.nl: the domain is the name without its leading organisation word.
    else if (key.length >= 4 && c.endsWith(key) && key.length * 2 >= c.length) best = Math.max(best, 2);
    const initials = base
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => foldKey(w).charAt(0))
      .join('');
    if (initials.length >= 2 && initials === key) best = Math.max(best, 2);
    if (best === 0 && c[0] === key[0] && isSubsequence(key, c) && (key.length <= 4 || key.length * 2 >= c.length)) best = 1;
  }
  // "Bergbahnen Lenzerheide" at lenzerheide-bergbahnen.ch: the same words in another order.
  if (best < 2) {
    const words = base.split(/\s+/).map((w) => foldKey(w)).filter((w) => w.length > 0);
    if (words.length === 2 || words.length === 3) {
      const orders = words.length === 2 ? [[1, 0]] : [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
      if (orders.some((o) => o.map((i) => words[i]).join('') === key)) best = 2;
    }
  }
  return best;
}

/** How an ampersand is spelled out in a domain, in the languages read. */
const AMPERSAND_WORDS = ['and', 'und', 'et', 'y', 'e', 'en', 'n'];
