import { chooseCompany, isAgency, mentionedNames, readDomain, signatureCandidates, statedCompanies, subjectCandidates } from './company';
import { classifyStage } from './kind';
import { type BodyNames, type DisplayName, type PersonName, findBodyNames, parseDisplayName, personFromLocalPart } from './names';
import { findBodyTitles, subjectTitle } from './role';
import { cleanSubject, greetingNames, prepareBody } from './text';
import { type Line, analyzeLine } from './tokens';
import type { MessageInput, Recruiter } from '../model';

export type { MessageInput, Recruiter, RecruiterKind } from '../model';


/** A forwarder who writes like this is on the hiring side; otherwise the forwarded message's author is. */
const HIRING_SIDE_NOTE =
  /\b(?:our (?:coordinator|recruit\w*|team|hiring|interview\w*|talent|company|client|role|position|opening|offer)|my client|i'm recruiting|i am recruiting|i'm hiring|we're hiring|we are hiring|i'm the (?:recruiter|hiring manager)|unser(?:e|em)? (?:team|unternehmen)|notre (?:équipe|entreprise)|nuestro equipo)\b/i;

interface Message {
  fromName: string;
  fromEmail: string;
  subject: string;
  subjectTags: string[];
  /** The author's own lines (names and signature are read here). */
  lines: string[];
  /** Lines of a message the author forwards, read for the role, company and stage. */
  forwarded: string[];
  /** Display name of a forwarded message's sender (a team alias can name the company). */
  forwardedFrom: string;
  forwardedEmail: string;
  forwardedSubject: string;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

/** Decide whose message this is: the sender's, or — for a forward by someone outside hiring — the original author's. */
function resolveMessage(msg: MessageInput): Message {
  const subject = cleanSubject(str(msg.subject));
  const body = prepareBody(str(msg.body));
  const base: Message = {
    fromName: str(msg.fromName),
    fromEmail: str(msg.fromEmail).trim().replace(/^<|>$/g, ''),
    subject: subject.text,
    subjectTags: subject.tags,
    lines: body.own,
    forwarded: [],
    forwardedFrom: '',
    forwardedEmail: '',
    forwardedSubject: '',
  };
  const fwd = body.forwarded;
  if (!fwd) return base;
  const sender = readDomain(base.fromEmail);
  const original = readDomain(fwd.fromEmail);
  const ownNote = body.own.join('\n');
  const hiringSide =
    (sender.key !== '' && sender.key === original.key) || (sender.kind !== 'public' && HIRING_SIDE_NOTE.test(ownNote)) || fwd.fromEmail === '';
  if (hiringSide) {
    return { ...base, forwarded: fwd.lines, forwardedFrom: fwd.fromName, forwardedEmail: fwd.fromEmail, forwardedSubject: fwd.subject };
  }
  const inner = cleanSubject(fwd.subject || str(msg.subject));
  return { ...base, fromName: fwd.fromName, fromEmail: fwd.fromEmail, subject: inner.text, subjectTags: inner.tags, lines: fwd.lines };
}

function sameFirst(a: PersonName | null, b: PersonName | null): boolean {
  return a !== null && b !== null && a.first.toLowerCase() === b.first.toLowerCase();
}

/** The person: the From name when it is one, else whom the body presents or the signature names. */
function choosePerson(m: Message, display: DisplayName, body: BodyNames, localPart: string): PersonName | null {
  const signed = body.signature?.name ?? null;
  let person = display.person ?? body.stated ?? signed;
  // With no display name, "jane.doe@…" still tells the name.
  const fromAddress = !/[^\s"'<>]/.test(m.fromName) || /^[^\s@]+@[^\s@]+$/.test(m.fromName.trim()) ? personFromLocalPart(localPart) : null;
  if (person === null) person = fromAddress;
  if (person !== null && person.full === null) {
    // "Jane" in the From header, "Jane Doe" under the message (or in the address).
    const first = person;
    const fuller = [body.stated, signed, fromAddress].find((p) => sameFirst(p, first) && p?.full);
    if (fuller) person = { first: person.first, full: fuller.full };
  }
  return person;
}

/** The role: an explicit phrase in the body, then the subject, then weaker phrasing. */
function chooseRole(m: Message, own: readonly Line[], forwarded: readonly Line[], signatureStart: number): string | null {
  const inBody = (weak: boolean) => [
    ...findBodyTitles(own, (i) => i >= signatureStart, weak),
    ...findBodyTitles(forwarded, () => false, weak),
  ];
  const titles = inBody(false);
  const pick = (strength: number): string | null => titles.find((t) => t.strength === strength)?.title ?? null;
  return (
    pick(3) ??
    subjectTitle(m.subject) ??
    (m.forwardedSubject ? subjectTitle(cleanSubject(m.forwardedSubject).text) : null) ??
    pick(2) ??
    inBody(true).find((t) => t.strength === 1)?.title ??
    null
  );
}

/**
 * Read who wrote a recruiting message and what it is about. Pure and linear-time; never throws on any input.
 * Fields it cannot tell are `null` (a shared inbox's "Careers" is never a first name).
 */
export function extractRecruiter(msg: MessageInput): Recruiter {
  const m = resolveMessage(msg ?? ({} as MessageInput));
  const domain = readDomain(m.fromEmail);
  const localPart = (m.fromEmail.split('@')[0] ?? '').toLowerCase();
  let display = parseDisplayName(m.fromName, m.fromEmail, domain.kind === 'company' ? domain.key : '', domain.kind === 'relay');
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
  const person = choosePerson(m, display, body, localPart);
  const role = chooseRole(m, own, forwarded, body.signature?.start ?? own.length);

  // The company, from everything the message says about the sender's organisation.
  const allLines = forwarded.length > 0 ? [...own, ...forwarded] : own;
  const displayOrgs = [...display.orgs];
  if (m.forwardedFrom) {
    const inner = parseDisplayName(m.forwardedFrom, m.forwardedEmail, readDomain(m.forwardedEmail).key);
    if (inner.person === null) displayOrgs.push(...inner.orgs, ...(inner.shared ? [m.forwardedFrom] : []));
  }
  const signature = signatureCandidates(body.signature?.parts ?? []);
  const people = new Set<string>(recipient);
  for (const p of [person, body.stated, body.signature?.name ?? null]) {
    for (const w of (p?.full ?? p?.first ?? '').toLowerCase().split(' ')) if (w) people.add(w);
  }
  const text = allLines.map((l) => l.lower).join('\n');
  const company = chooseCompany({
    domain,
    agency: isAgency(domain, text, signature.map((c) => c.name), displayOrgs),
    display: displayOrgs,
    signature,
    stated: () => statedCompanies(allLines),
    subject: subjectCandidates(m.subject, m.subjectTags),
    mentioned: () => mentionedNames([analyzeLine(m.subject), ...allLines]),
    people,
  });

  const { kind, nonRecruiting } = classifyStage({ subject: m.subject.toLowerCase(), text, localPart, hasRole: role !== null });
  // Mail with no job talk at all counts as personal only from a free-mail address: from a company's domain it is more
  // likely a recruiter's note worded in a way the stage patterns do not know.
  const unrelated = nonRecruiting === 'unrelated' && domain.kind === 'public';
  if (nonRecruiting === 'alert' || nonRecruiting === 'newsletter' || unrelated) {
    // A digest, a newsletter or personal mail: nobody on a hiring side wrote it, and no single role is meant. A job
    // alert from an employer's own domain still names that employer.
    const employer = nonRecruiting === 'alert' && domain.kind === 'company' ? company : null;
    return { firstName: null, fullName: null, role: null, company: employer, kind };
  }
  return { firstName: person?.first ?? null, fullName: person?.full ?? null, role, company, kind };
}
