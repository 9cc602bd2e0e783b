// The hiring company: named in the display name, the signature or the text, checked against the sender's domain;
// the prettified domain as a last resort. For agency recruiters only a client the message names counts.

import {
  AGENCY_DOMAIN_PATTERN,
  DEPARTMENT_WORDS,
  LEADING_LEGAL_FORM,
  ORG_WORDS,
  PUBLIC_MAIL_DOMAINS,
  RELAY_DOMAINS,
  TRAILING_LEGAL_FORM,
  WEAK_AGENCY_DOMAIN_PATTERN,
  isRoleHead,
} from './lexicon';
import { isTeamLabel } from './names';
import { capitalFirst } from './capitalize';
import { foldKey } from './normalize';
import { type Line, type Tok, analyzeLine, endsPhrase, tokenAt } from './tokens';

export type DomainKind = 'public' | 'relay' | 'company' | 'none';

export interface SenderDomain {
  /** The whole domain, lower case ("mail.acme-robotics.co.uk"). */
  domain: string;
  /** The registrable name as written ("acme-robotics"). */
  label: string;
  /** The registrable name folded to letters ("acmerobotics"). */
  key: string;
  kind: DomainKind;
}

const GENERIC_SECOND_LEVEL = new Set([
  'co', 'com', 'org', 'net', 'gov', 'gouv', 'gob', 'ac', 'edu', 'ne', 'or', 'go', 'nic', 'mil', 'ltd', 'plc', 'sch',
  'nom', 'info', 'biz', 'int', 'res', 'asso',
]);

const RELAY_SET: ReadonlySet<string> = new Set(RELAY_DOMAINS);

/** Is the domain, or a domain it is under, a relay service's? */
function isRelayDomain(domain: string): boolean {
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
  labels.pop();
  if (labels.length > 1 && GENERIC_SECOND_LEVEL.has(labels[labels.length - 1] ?? '')) labels.pop();
  const label = labels[labels.length - 1] ?? '';
  let kind: DomainKind = 'company';
  if (PUBLIC_MAIL_DOMAINS.has(domain)) kind = 'public';
  else if (isRelayDomain(domain)) kind = 'relay';
  return { domain, label, key: foldKey(label), kind };
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

/** "Acme, Inc." → "Acme"; "Acme GmbH" stays; "The Acme Recruiting Team" → "Acme". */
export function tidyCompany(name: string): string {
  let s = name.replace(/\s+/g, ' ').replace(/^[\s"'([«]+|[\s"')\]»,;:!?]+$/g, '').trim();
  const legal = TRAILING_LEGAL_FORM.exec(s);
  if (legal && legal[1] === ',') s = s.slice(0, legal.index).trim();
  s = s.replace(/^the\s+/i, '');
  const words = s.split(' ');
  while (words.length > 1 && DEPARTMENT_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  // A leading department ("RH FG Services", "HR Acme") is not part of the name either.
  while (words.length > 1 && /^(?:hr|rh|rrhh|hhrr|talent|recruiting|recruitment)$/i.test(words[0] ?? '')) words.shift();
  return words.join(' ').replace(/[\s,;:]+$/, '');
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
  for (const c of [foldKey(base), foldKey(base, true)]) {
    if (c.length < 2) continue;
    if (c === key) return 3;
    if (key.length >= 3 && c.startsWith(key)) best = Math.max(best, 2);
    else if (c.length >= 3 && key.startsWith(c) && c.length * 2 >= key.length) best = Math.max(best, 2);
    else if (c.length >= 4 && key.endsWith(c) && c.length * 2 >= key.length) best = Math.max(best, 2);
    const initials = base
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => foldKey(w).charAt(0))
      .join('');
    if (initials.length >= 2 && initials === key) best = Math.max(best, 2);
    if (best === 0 && c[0] === key[0] && isSubsequence(key, c) && (key.length <= 4 || key.length * 2 >= c.length)) best = 1;
  }
  return best;
}

/** Names of relay services ("Lever", "GoodTime"): never the employer. */
const RELAY_KEYS: ReadonlySet<string> = new Set(RELAY_DOMAINS.map((r) => foldKey(r.split('.')[0] ?? '')));

const NOT_COMPANY = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', 'us', 'our', 'your', 'their', 'my', 'this', 'that', 'these', 'there',
  'here', 'hi', 'hello', 'dear', 'thanks', 'thank', 'the', 'a', 'an', 'team', 'company', 'client', 'linkedin', 'zoom',
  'google', 'microsoft', 'teams', 'google meet', 'microsoft teams', 'gmail', 'outlook', 'calendly', 'lever',
  'greenhouse', 'workday', 'goodtime', 'indeed', 'glassdoor', 'unsubscribe', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'remote', 'why', 'what', 'how', 'when', 'where',
  'who', 'please', 'congratulations', 'yes', 'no', 'ok', 'also', 'best', 'regards', 'cheers', 'hr', 'ceo', 'cto',
]);

function plausibleCompany(name: string): boolean {
  if (name.length < 2 || name.length > 70) return false;
  const low = name.toLowerCase();
  if (NOT_COMPANY.has(low)) return false;
  const words = name.split(' ');
  if (words.length > 7) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(name) && !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(name)) return false;
  if (words.some((w) => isRoleHead(w))) return false;
  if (/[@<>{}[\]=]|https?:|\d{4,}/.test(name)) return false;
  return true;
}

function looksLikeOrg(name: string): boolean {
  return TRAILING_LEGAL_FORM.test(name) || name.toLowerCase().split(/[\s,]+/).some((w) => ORG_WORDS.has(w.replace(/\.$/, '')));
}

/** Enough candidates for any real message; a pathological one stops here. */
const MAX_CANDIDATES = 60;
const MAX_MENTIONS = 120;
const DOMAIN_LIKE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const ORG_CONNECTORS: ReadonlySet<string> = new Set(['&', 'and', 'of', 'de', 'y', 'und', 'et', '+']);

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
    const connector = out.length > 0 && ORG_CONNECTORS.has(t.low) && next !== undefined && next.cap;
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
  /\b(?:join|joining|rejoindre|unirte a|unirse a|welcome you to|on behalf of|(?:my|our) client,?|offer from|applying to|application to|career at|careers at|(?:i'm|i am|we're|we are|i've been|we've been|i have been|we have been) (?:currently |now |exclusively )?(?:partnered|partnering|working|recruiting|hiring) (?:exclusively )?(?:with|for)|(?:notre|mon|nuestro|mi|il (?:mio|nostro)|unser(?:em)?|mein(?:em)?|nosso|meu) (?:client|cliente|kunden?),?(?: (?:la société|l'entreprise|le groupe|la empresa|el grupo|das unternehmen|der firma|l'azienda|la società|a empresa|o grupo))?) /giu;
const EMPLOYER_AFTER_KEYS: ReadonlySet<string> = new Set([
  'join', 'joining', 'rejoindre', 'unirte', 'unirse', 'welcome', 'behalf', 'client', 'offer', 'applying', 'application',
  'career', 'careers', 'partnered', 'partnering', 'working', 'recruiting', 'hiring', 'cliente', 'kunde', 'kunden',
]);
// "… Engineer at Acme", "… puesto de Ingeniero de Soporte TI en Acme": a preposition shortly after a job word.
const AT_WORDS: ReadonlySet<string> = new Set(['at', '@', 'en', 'bei', 'chez', 'presso', 'with']);
const JOB_WORDS: ReadonlySet<string> = new Set([
  'position', 'role', 'opening', 'job', 'jobs', 'opportunity', 'vacancy', 'team', 'teams', 'recruiter', 'sourcer', 'here',
  'puesto', 'cargo', 'stelle', 'poste', 'posizione', 'internship', 'career', 'careers', 'work', 'working', 'interview',
  'interviews', 'offer', 'talent', 'recruiting', 'recruitment', 'hiring', 'engineering', 'recrutement', 'chargée', 'chargé',
]);
const WITH_JOB_WORDS: ReadonlySet<string> = new Set(['position', 'role', 'opportunity', 'job', 'opening', 'career', 'vacancy', 'team']);
// Verbs after which the employer's name came just before: "Acme is hiring", "Acme have come back with an offer".
const EMPLOYER_BEFORE: ReadonlySet<string> = new Set(['is', 'are', 'has', 'have', 'was', 'were', 'would', 'will']);
const EMPLOYER_VERB: ReadonlySet<string> = new Set([
  'looking', 'seeking', 'hiring', 'searching', 'recruiting', 'come', 'came', 'made', 'extended', 'sent', 'invited',
  'decided', 'offered', 'growing', 'expanding', 'excited', 'thrilled', 'pleased', 'delighted', 'happy', 'keen',
  'impressed', 'interested', 'like', 'want', 'wants', 'building',
]);
const TEAM_AFTER: ReadonlySet<string> = new Set(['talent', 'recruiting', 'recruitment', 'hiring', 'people', 'engineering', 'hr']);

export interface Candidate {
  name: string;
  weight: number;
  /** The employer is named by what the text says about it (not just mentioned). */
  stated: boolean;
  /** Only a capitalised or domain-like run somewhere in the text. */
  mentioned?: boolean;
}

/** Company names stated by the body's phrasing ("a role at Acme", "join Acme", "Acme is hiring"). */
export function statedCompanies(lines: readonly Line[]): Candidate[] {
  const out: Candidate[] = [];
  for (const line of lines) {
    if (out.length >= MAX_CANDIDATES) break;
    if (line.text === '') continue;
    const toks = line.toks;
    if (toks.some((t) => EMPLOYER_AFTER_KEYS.has(t.low))) {
      for (const m of line.lower.matchAll(EMPLOYER_AFTER)) {
        const before = line.lower.slice(Math.max(0, m.index - 12), m.index);
        if (/\b(?:your|you)\s*$/.test(before)) continue;
        const name = orgForward(line, tokenAt(line, m.index + m[0].length));
        if (name) out.push({ name, weight: 2.5, stated: true });
      }
    }
    for (let k = 1; k < toks.length - 1; k++) {
      const t = toks[k] as Tok;
      if (AT_WORDS.has(t.low) && t.lead === '' && afterJobWord(toks, k)) {
        const name = orgForward(line, k + 1);
        if (name) out.push({ name, weight: 2.5, stated: true });
      }
      const next = toks[k + 1] as Tok;
      if (EMPLOYER_BEFORE.has(t.low) && EMPLOYER_VERB.has(next.low)) {
        const prev = toks[k - 1] as Tok;
        if (endsPhrase(prev) && !prev.core.endsWith('.')) continue;
        const name = orgBackward(toks, k);
        if (name) out.push({ name, weight: 2.5, stated: true });
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

/** Is the preposition at `k` shortly after a job word, in the same phrase, and not about the reader? */
function afterJobWord(toks: readonly Tok[], k: number): boolean {
  const prevTok = toks[k - 1] as Tok;
  if (endsPhrase(prevTok)) return false;
  if ((toks[k] as Tok).low === 'with') return WITH_JOB_WORDS.has(prevTok.low);
  let job = false;
  for (let b = k - 1; b >= 0 && b >= k - 5; b--) {
    const w = toks[b] as Tok;
    if (b < k - 1 && endsPhrase(w) && !w.trail.startsWith(')')) break;
    if (w.low === 'your' || w.low === 'you' || w.low === "you're") return false;
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

const THIRD_PERSON_EMPLOYER =
  /\b(?:my|our) clients?\b|\b(?:with|for) (?:an?|one of (?:my|our)) (?:[\p{L}\d-]+ ){0,3}clients?\b|\bclients? of (?:mine|ours)\b|\bon behalf of (?:my|our|a) client|\b(?:i'm|i am|we're|we are) (?:working|partnering|recruiting) (?:with|for) an?\b|\b(?:opportunity|role|position|search|roles|positions) (?:i'm|i am|we're|we are) (?:working on|recruiting for|handling|filling)|\bmein(?:e|em|en)? kunden?\b|\bunser(?:e|em|en)? kunden?\b|\bnotre client\b|\bnuestro cliente\b|\bmi cliente\b|\bil mio cliente\b|\bsociet[àa] finale\b|\bcliente final\b|\bclient final\b|\bendkunden?\b|\bl'un de nos clients\b|\buno de nuestros clientes\b/u;
const THIRD_PERSON_KEYS = ['client', 'kunde', 'working', 'partnering', 'recruiting', 'finale', 'final'];
const WEAK_THIRD_PERSON_KEYS = ['their', 'they', 'company', 'start', 'client', 'firm', 'business', 'fintech', 'scale', 'unicorn'];
const WEAK_THIRD_PERSON =
  /\btheir (?:team|company|office|offices|engineering|founders?|ceo|cto|platform|product|mission|offer|interview|hiring|benefits|stack|culture)\b|\bthey(?:'re| are) (?:looking|hiring|seeking|searching|growing|offering|building)\b|\b(?:an?|this|the) (?:[\p{L}-]+ ){0,3}(?:company|start-?up|client|firm|business|fintech|scale-?up|unicorn) (?:is|are|that|who)\b/u;

/** Is the sender a staffing agency (so the sender's own organisation is not the employer)? */
export function isAgency(domain: SenderDomain, text: string, signatureOrgs: readonly string[], displayOrgs: readonly string[]): boolean {
  const agencyWords = /\b(?:recruit\w*|talent|staffing|search|headhunt\w*|resourcing|personnel|executive search|personalberatung|personaldienst\w*|selección|selezione|cabinet)\b/i;
  if (domain.kind === 'company' && AGENCY_DOMAIN_PATTERN.test(domain.key)) return true;
  const ownOrgs = [...signatureOrgs, ...displayOrgs].filter((o) => domain.kind !== 'company' || matchQuality(o, domain.key) > 0);
  // "Sandhill Talent Advisors" is an agency; "Acme Recruiting" is Acme's recruiting team.
  if (ownOrgs.some((o) => agencyWords.test(tidyCompany(o)))) return true;
  if (THIRD_PERSON_KEYS.some((k) => text.includes(k)) && THIRD_PERSON_EMPLOYER.test(text)) return true;
  const weakDomain = domain.kind === 'company' && WEAK_AGENCY_DOMAIN_PATTERN.test(domain.key);
  return (
    (weakDomain || ownOrgs.some((o) => WEAK_AGENCY_DOMAIN_PATTERN.test(o.toLowerCase()))) &&
    WEAK_THIRD_PERSON_KEYS.some((k) => text.includes(k)) &&
    WEAK_THIRD_PERSON.test(text)
  );
}

export interface CompanyInput {
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
}

/** Where a company name came from (its confidence is weighed in confidence.ts). */
export type CompanySource = 'client' | 'domain-named' | 'domain-stated' | 'domain-mentioned' | 'domain-web' | 'named' | 'domain-label' | 'stated';

export interface CompanyChoice {
  name: string;
  source: CompanySource;
}

/** Pick the hiring company, or null when the message does not tell. */
export function chooseCompany(input: CompanyInput): CompanyChoice | null {
  const { domain, agency } = input;
  const clean = (c: Candidate): Candidate | null => {
    let name = tidyCompany(c.name);
    // A lower-case name is a company only when it is exactly the sender's domain name ("tidewell" at tidewell.ai).
    if (/^\p{Ll}[\p{Ll}\p{N} -]*$/u.test(name) && domain.kind === 'company' && matchQuality(name, domain.key) === 3) {
      name = name.split(' ').map(capitalFirst).join(' ');
    }
    if (!plausibleCompany(name)) return null;
    const words = name.toLowerCase().split(' ');
    if (words.every((w) => input.people.has(w))) return null;
    if (RELAY_KEYS.has(foldKey(name))) return null;
    return { ...c, name };
  };
  const cleanAll = (cands: readonly Candidate[]): Candidate[] => cands.map(clean).filter((c): c is Candidate => c !== null);
  // The phrasing-based candidates cost a pass over the text: read them only when needed.
  const cheap = cleanAll([...input.display.map((name) => ({ name, weight: 3, stated: true })), ...input.signature, ...input.subject]);
  let all: Candidate[] | null = null;
  const structured = (): Candidate[] => (all ??= [...cheap, ...cleanAll(input.stated())]);

  if (agency) {
    const ownKey = domain.kind === 'company' ? domain.key : '';
    const ownOrgs = input.signature.map((c) => foldKey(tidyCompany(c.name)));
    const clients = structured().filter(
      (c) =>
        c.stated &&
        c.weight >= 2 &&
        !(ownKey && matchQuality(c.name, ownKey) > 0) &&
        // "Peak" from "Peak Recruitment" <…@peakrecruitment.co.uk>: the agency's own name, department word stripped.
        !(ownKey && foldKey(c.name).length >= 3 && ownKey.startsWith(foldKey(c.name))) &&
        !ownOrgs.includes(foldKey(c.name)) &&
        !/\b(?:recruit\w*|talent|staffing|search|partners|consult\w*|associates|advisors)\b/i.test(c.name),
    );
    const client = best(clients);
    return client ? { name: client.name, source: 'client' } : null;
  }

  if (domain.kind === 'company') {
    // A name that fits the sender's domain wins; the text's other capitalised names are read only if needed.
    let match = bestMatch(cheap, domain.key, null);
    let source: CompanySource = 'domain-named';
    if ((match?.q ?? 0) < 2) {
      const before = match;
      match = bestMatch(structured().slice(cheap.length), domain.key, match);
      if (match !== before) source = 'domain-stated';
    }
    if ((match?.q ?? 0) < 2) {
      const fitting = input
        .mentioned()
        // Cheap test first: a name that fits the domain shares its first letter or its first three letters.
        .filter((raw) => {
          const k = foldKey(raw);
          return k.charAt(0) === domain.key.charAt(0) || domain.key.includes(k.slice(0, 3));
        })
        .map((name) => clean({ name, weight: 1, stated: false, mentioned: true }))
        .filter((c): c is Candidate => c !== null);
      const before = match;
      match = bestMatch(fitting, domain.key, match);
      if (match !== before) source = 'domain-mentioned';
    }
    // A web address in the text ("acme.io" under a signature) names the company by its domain: write it as a name.
    if (match) {
      return match.c.mentioned && DOMAIN_LIKE.test(match.c.name)
        ? { name: prettifyDomainLabel(domain.label), source: 'domain-web' }
        : { name: match.c.name, source: match.q >= 2 ? source : 'domain-mentioned' };
    }
    const named = best(structured().filter((c) => c.weight >= 2.5 && (c.stated || looksLikeOrg(c.name))));
    if (named) return { name: named.name, source: 'named' };
    // A personal domain ("jane@janedoe.com") names a person, not an employer.
    const personal = [...input.people].some((w) => w.length >= 3 && domain.key.includes(foldKey(w)));
    return domain.label.length >= 2 && !personal ? { name: prettifyDomainLabel(domain.label), source: 'domain-label' } : null;
  }
  const stated = best(structured().filter((c) => c.weight >= 2));
  return stated ? { name: stated.name, source: 'stated' } : null;
}

interface Match {
  c: Candidate;
  q: number;
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
