import Mustache, { type TemplateSpans } from 'mustache';
import type { Recruiter } from './extract';
import { reasonForStage, type ReasonId, type Stage, type Tone } from './reasons';
import offerTemplate from '../templates/offer.mustache?raw';
import interviewTemplate from '../templates/interview.mustache?raw';
import outreachTemplate from '../templates/outreach.mustache?raw';

/** What the user chose in the reason form. */
export interface LetterChoice {
  stage: Stage;
  tone: Tone;
  reason: ReasonId;
  /** The user's own reason, used when `reason` is `'custom'`. */
  customReason?: string;
  /** Whether to offer to stay in touch. */
  keepDoorOpen: boolean;
}

/** Who is declining: from the user's preferences. */
export interface SenderProfile {
  /** The name the letter is signed with; '' leaves the name line out. */
  name: string;
  /** Free text, possibly several lines, placed after the name as written. */
  signature: string;
  /** An optional way to stay in touch (a LinkedIn URL, an email address or a sentence); '' = none. */
  keepInTouch: string;
}

/** The Mustache view a template is rendered with. Every text field is '' when unknown, never null. */
export interface LetterView {
  warm: boolean;
  formal: boolean;
  brief: boolean;
  keepDoorOpen: boolean;
  greeting: string;
  thePosition: string;
  theTeam: string;
  reasonSentence: string;
  doorOpenSentence: string;
  keepInTouchSentence: string;
  signOff: string;
  senderName: string;
  signature: string;
  firstName: string;
  fullName: string;
  role: string;
  company: string;
  keepInTouch: string;
}

/** A rendered letter: plain text, and the same letter as mail-editor HTML (one `<div>` per line). */
export interface RenderedLetter {
  text: string;
  html: string;
}

/** A problem found in a template, at a 1-based line and column. */
export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}

/** Every name a template may use, with a description for the options page. */
export const TEMPLATE_VARIABLES = [
  { name: 'warm', description: 'Section for the warm tone: {{#warm}}…{{/warm}}' },
  { name: 'formal', description: 'Section for the formal tone: {{#formal}}…{{/formal}}' },
  { name: 'brief', description: 'Section for the brief tone: {{#brief}}…{{/brief}}' },
  { name: 'keepDoorOpen', description: 'Section shown when you chose to keep the door open' },
  { name: 'greeting', description: 'The opening line, e.g. "Hi Jane," or "Dear Hiring Team,"' },
  { name: 'thePosition', description: 'The job, e.g. "the Senior Engineer role at Acme" or "the position"' },
  { name: 'theTeam', description: 'Who made the offer, e.g. "the team at Acme" or "your team"' },
  { name: 'reasonSentence', description: 'Your reason, as one or two complete sentences' },
  { name: 'doorOpenSentence', description: 'An offer to stay in touch (empty when the door is not kept open)' },
  { name: 'keepInTouchSentence', description: 'How to reach you, from your preferences (empty when not set)' },
  { name: 'signOff', description: 'The closing, e.g. "Best wishes,"' },
  { name: 'senderName', description: 'Your name (the line is left out when empty)' },
  { name: 'signature', description: 'Your signature, exactly as you wrote it' },
  { name: 'firstName', description: "The recruiter's first name, or empty" },
  { name: 'fullName', description: "The recruiter's full name, or empty" },
  { name: 'role', description: 'The job title as read from the email, or empty' },
  { name: 'company', description: 'The company as read from the email, or empty' },
  { name: 'keepInTouch', description: 'Your stay-in-touch line exactly as set in preferences, or empty' },
] as const satisfies readonly { name: keyof LetterView; description: string }[];

/** The built-in template for each stage. */
export const DEFAULT_TEMPLATES: Record<Stage, string> = {
  offer: offerTemplate,
  interview: interviewTemplate,
  outreach: outreachTemplate,
};

type Phrasing = Record<Tone, string>;
type StandardReason = Exclude<ReasonId, 'custom'>;
type StagePhrasing = { default: Phrasing } & Partial<Record<Stage, Phrasing>>;

/*
 * Each sentence follows the template's own decision sentence ("I've decided not to accept the offer."), so it
 * gives only the why. They talk about the user's situation, never about what is wrong with the company or role.
 */
const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: "I've accepted a position elsewhere that I feel is the right next step for me.",
      formal: 'I have accepted a position elsewhere that I believe is the right next step for my career.',
      brief: "I've accepted a position elsewhere.",
    },
    interview: {
      warm: "I've recently accepted an offer elsewhere.",
      formal: 'I have recently accepted an offer elsewhere.',
      brief: "I've recently accepted another offer.",
    },
    outreach: {
      warm: "I've recently accepted a new role, so I'm not looking to make another move right now.",
      formal: 'I have recently accepted a new position and am not considering a move at this time.',
      brief: "I've just accepted a new role.",
    },
  },
  'staying-current-role': {
    default: {
      warm: "I've realized there's still more I want to achieve in my current role, so I'm going to stay where I am for now.",
      formal: 'There is still more I would like to accomplish in my current role, so I will be remaining where I am for now.',
      brief: "I'm going to stay in my current role for now.",
    },
    outreach: {
      warm: "I'm enjoying my current role and there's still a lot I want to achieve there, so I'm not looking to make a move right now.",
      formal: 'I am committed to my current role and am not looking to make a change at this time.',
      brief: "I'm staying in my current role for now.",
    },
  },
  compensation: {
    default: {
      warm: "In the end, the compensation package doesn't quite meet what I need at this stage of my career.",
      formal: 'Ultimately, the compensation package does not quite meet my needs at this stage of my career.',
      brief: "The compensation doesn't quite work for me.",
    },
    interview: {
      warm: "Having looked at the details more closely, I don't think the compensation would quite meet what I need at this stage.",
      formal: 'Having reviewed the details, I do not believe the compensation would meet my needs at this stage of my career.',
      brief: "The compensation isn't quite the right fit for me.",
    },
    outreach: {
      warm: "The compensation isn't quite in line with what I'm looking for at the moment.",
      formal: 'The compensation is not quite in line with what I am looking for at this time.',
      brief: "The compensation isn't quite what I'm looking for.",
    },
  },
  'career-goals': {
    default: {
      warm: "I've realized the role isn't quite the right fit for the direction I want to take my career.",
      formal: 'I have concluded that the role is not the right fit for the direction in which I would like to take my career.',
      brief: "The role isn't quite aligned with my career goals.",
    },
    interview: {
      warm: "As I've thought more about my next step, I've realized the role isn't quite aligned with the direction I want to take my career.",
      formal: 'On reflection, I do not believe the role is aligned with the direction in which I would like to take my career.',
      brief: "The role isn't quite aligned with my career goals.",
    },
    outreach: {
      warm: "I'm focusing on a slightly different direction in my career at the moment, so I don't think this role would be the right fit.",
      formal: 'I am currently focusing my career in a different direction, so I do not believe this role would be the right fit.',
      brief: "It isn't quite aligned with where I want to take my career.",
    },
  },
  location: {
    default: {
      warm: "Unfortunately, the location and working arrangements don't work for my circumstances right now.",
      formal: 'Unfortunately, the location and working arrangements are not compatible with my current circumstances.',
      brief: "The location and working arrangements don't work for me right now.",
    },
    interview: {
      warm: "I've realized the location and working arrangements wouldn't work for my circumstances right now.",
      formal: 'I have realized that the location and working arrangements would not be compatible with my current circumstances.',
      brief: "The location and working arrangements wouldn't work for me right now.",
    },
    outreach: {
      warm: "Unfortunately, the location and working arrangements wouldn't work for my circumstances at the moment.",
      formal: 'Unfortunately, the location and working arrangements would not be compatible with my current circumstances.',
      brief: "The location and setup wouldn't work for me right now.",
    },
  },
  timing: {
    default: {
      warm: "Because of some personal circumstances, the timing isn't right for me to make a change.",
      formal: 'Due to personal circumstances, the timing is not right for me to make a change.',
      brief: "The timing isn't right for me.",
    },
    outreach: {
      warm: "Because of some personal circumstances, the timing isn't right for me to consider a move.",
      formal: 'Due to personal circumstances, the timing is not right for me to consider a move.',
      brief: "The timing isn't right for me at the moment.",
    },
  },
  'culture-fit': {
    default: {
      warm: "I've come to realize that a slightly different kind of environment would suit me better at this point in my career.",
      formal: 'On reflection, I believe a different working environment would suit me better at this stage of my career.',
      brief: "I'm looking for a slightly different kind of environment.",
    },
  },
  'not-looking': {
    default: {
      warm: "I'm happy where I am and not actively looking for a new role right now.",
      formal: 'I am content in my current position and am not seeking a change at present.',
      brief: "I'm not looking for a new role right now.",
    },
  },
};

// Used when the user picked "write my own" but left it empty: still honest, still says nothing specific.
const NEUTRAL_REASON: Phrasing = {
  warm: "I don't feel it's the right move for me at this point.",
  formal: 'I have concluded that it is not the right move for me at this time.',
  brief: "It isn't the right move for me right now.",
};

/*
 * Door-open wording follows the reason: after "the location doesn't work" an invitation to send a closer
 * match reads naturally, while after "I've just accepted a new role" the honest thing is "if that changes".
 */
type DoorKind = 'general' | 'closer-match' | 'timing' | 'settled';

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: "I'd love to stay in touch, and I hope our paths cross again.",
      formal: 'I would be glad to stay in touch, and I hope our paths cross again in the future.',
      brief: "I'd be glad to stay in touch.",
    },
    outreach: {
      warm: "I'd be happy to stay in touch, so please feel free to reach out again in the future.",
      formal: 'I would be happy to stay in touch, and I would welcome hearing from you about future opportunities.',
      brief: "I'm happy to stay in touch for the future.",
    },
  },
  'closer-match': {
    default: {
      warm: "I'd love to stay in touch, and if a role comes up in the future that's a closer match, I'd be glad to hear about it.",
      formal: 'I would be glad to stay in touch, and I would welcome hearing about any future roles that may be a closer match.',
      brief: "If a closer match comes up in the future, I'd be glad to hear about it.",
    },
  },
  timing: {
    default: {
      warm: "I'd love to stay in touch, and I hope we can reconnect further down the line.",
      formal: 'I would be glad to stay in touch, and I hope we may reconnect when my circumstances allow.',
      brief: 'I hope we can reconnect further down the line.',
    },
  },
  settled: {
    default: {
      warm: "If my situation changes, I'll be sure to reach out. In the meantime, I'd be happy to stay in touch.",
      formal: 'Should my circumstances change, I will be sure to get in touch, and I would be glad to stay connected in the meantime.',
      brief: "I'll reach out if my situation changes.",
    },
  },
};

const SIGN_OFF: Record<Tone, string> = { warm: 'Best wishes,', formal: 'Kind regards,', brief: 'Best,' };

/*
 * Private-use characters mark things during rendering: a value that rendered empty, and where the signature
 * goes. They are stripped from every value first, so page text cannot forge them.
 */
const EMPTY_MARK = '\uE000';
const SIGNATURE_MARK = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const MUSTACHE_TAGS: [string, string] = ['{{', '}}'];

/** Builds the template view from the sender's profile, what was read about the recruiter, and the user's choice. */
export function buildLetterView(input: {
  sender: SenderProfile;
  recruiter: Pick<Recruiter, 'firstName' | 'fullName' | 'role' | 'company'>;
  choice: LetterChoice;
}): LetterView {
  const { sender, recruiter, choice } = input;
  const { stage, tone } = choice;
  const firstName = cleanValue(recruiter.firstName);
  const fullName = cleanValue(recruiter.fullName);
  const role = cleanValue(recruiter.role);
  const company = cleanValue(recruiter.company);
  const keepInTouch = cleanValue(sender.keepInTouch);
  const reason = reasonForStage(choice.reason, stage);
  const keepDoorOpen = choice.keepDoorOpen;

  return {
    warm: tone === 'warm',
    formal: tone === 'formal',
    brief: tone === 'brief',
    keepDoorOpen,
    greeting: greetingFor(tone, firstName, fullName),
    thePosition: positionPhrase(role, company),
    theTeam: company ? `the team at ${company}` : 'your team',
    reasonSentence: reasonSentenceFor(reason, stage, tone, choice.customReason),
    doorOpenSentence: keepDoorOpen ? pick(DOOR_OPEN[doorKind(reason, stage)], stage, tone) : '',
    keepInTouchSentence: keepDoorOpen ? keepInTouchSentenceFor(keepInTouch, tone) : '',
    signOff: SIGN_OFF[tone],
    senderName: cleanValue(sender.name),
    signature: tidySignature(sender.signature),
    firstName,
    fullName,
    role,
    company,
    keepInTouch,
  };
}

/**
 * Renders a template with a view. Values are inserted as literal text: `text` is the plain letter and `html`
 * is built from `text` by escaping each line, so nothing in a value can become markup.
 * @throws Error when the template does not parse (see {@link templateProblems}).
 */
export function renderLetter(template: string, view: LetterView): RenderedLetter {
  const signature = tidySignature(view.signature);
  const renderView = { ...view, signature: signature ? SIGNATURE_MARK : '' };
  const escape = (value: unknown): string => {
    if (value === SIGNATURE_MARK) return SIGNATURE_MARK;
    const text = String(value).replace(MARKS, '');
    return text === '' ? EMPTY_MARK : text;
  };
  const rendered = Mustache.render(template, renderView, {}, { escape, tags: MUSTACHE_TAGS });
  const text = tidyLetter(rendered).split(SIGNATURE_MARK).join(signature);
  return { text, html: textToHtml(text) };
}

/**
 * Builds and renders a letter, with the user's own template for the stage when there is one. A custom
 * template that does not parse (or renders nothing) falls back to the default rather than blocking the user.
 */
export function composeLetter(input: {
  sender: SenderProfile;
  recruiter: Pick<Recruiter, 'firstName' | 'fullName' | 'role' | 'company'>;
  choice: LetterChoice;
  templates?: Partial<Record<Stage, string>>;
}): RenderedLetter {
  const view = buildLetterView(input);
  const custom = input.templates?.[input.choice.stage];
  if (custom != null && custom.trim() !== '') {
    try {
      const letter = renderLetter(custom, view);
      if (letter.text !== '') return letter;
    } catch {
      // The options page reports the syntax error; here the user just needs a letter.
    }
  }
  return renderLetter(DEFAULT_TEMPLATES[input.choice.stage], view);
}

/** Lists what is wrong with a template: syntax errors, unknown names, unescaped tags. Empty = valid. */
export function templateProblems(template: string): TemplateProblem[] {
  let tokens: TemplateSpans;
  try {
    tokens = Mustache.parse(template, MUSTACHE_TAGS);
  } catch (error) {
    const { message, offset } = describeSyntaxError(template, error);
    return [{ message, ...lineAndColumn(template, offset) }];
  }
  const problems: { message: string; offset: number }[] = [];
  collectTokenProblems(template, tokens, problems);
  return problems
    .sort((a, b) => a.offset - b.offset)
    .map(({ message, offset }) => ({ message, ...lineAndColumn(template, offset) }));
}

function cleanValue(value: string | null | undefined): string {
  return (value ?? '').replace(MARKS, '').replace(/\s+/g, ' ').trim();
}

function tidySignature(signature: string): string {
  const lines = signature.replace(MARKS, '').split(/\r\n?|\n/).map((line) => line.trimEnd());
  return collapseBlankLines(lines).join('\n');
}

function greetingFor(tone: Tone, firstName: string, fullName: string): string {
  if (tone === 'formal') {
    const name = fullName || firstName;
    return name ? `Dear ${name},` : 'Dear Hiring Team,';
  }
  return firstName ? `Hi ${firstName},` : 'Hi there,';
}

function positionPhrase(role: string, company: string): string {
  let what = 'the position';
  if (role) {
    const title = role.replace(/^(the|a|an)\s+/i, '');
    // "Engineering position" already names the kind of thing; "the Engineering position role" would not read.
    what = /\b(role|position|job|opening|opportunity|vacancy)$/i.test(title) ? `the ${title}` : `the ${title} role`;
  }
  return company ? `${what} at ${company}` : what;
}

function pick(phrasing: StagePhrasing, stage: Stage, tone: Tone): string {
  return (phrasing[stage] ?? phrasing.default)[tone];
}

function reasonSentenceFor(reason: ReasonId, stage: Stage, tone: Tone, customReason: string | undefined): string {
  if (reason !== 'custom') return pick(REASON_SENTENCES[reason], stage, tone);
  const own = cleanValue(customReason);
  return own ? asSentence(own) : NEUTRAL_REASON[tone];
}

function doorKind(reason: ReasonId, stage: Stage): DoorKind {
  switch (reason) {
    case 'compensation':
    case 'career-goals':
    case 'location':
      return 'closer-match';
    case 'timing':
      return 'timing';
    case 'not-looking':
      return 'settled';
    case 'accepted-other-offer':
    case 'staying-current-role':
      return stage === 'outreach' ? 'settled' : 'general';
    default:
      return 'general';
  }
}

const URL_LIKE = /^(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\S*)$/i;
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function keepInTouchSentenceFor(keepInTouch: string, tone: Tone): string {
  if (!keepInTouch) return '';
  // No full stop after a bare link: some mail clients would make it part of the URL.
  if (URL_LIKE.test(keepInTouch)) {
    return /linkedin\./i.test(keepInTouch)
      ? `You can find me on LinkedIn: ${keepInTouch}`
      : `You can also find me here: ${keepInTouch}`;
  }
  if (EMAIL_LIKE.test(keepInTouch)) {
    return tone === 'formal' ? `I can be reached at ${keepInTouch}.` : `You can always reach me at ${keepInTouch}.`;
  }
  return asSentence(keepInTouch);
}

function asSentence(text: string): string {
  const capitalised = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  if (/[.!?…]["'”’)\]]*$/.test(capitalised)) return capitalised;
  const lastWord = capitalised.slice(capitalised.lastIndexOf(' ') + 1);
  if (URL_LIKE.test(lastWord) || EMAIL_LIKE.test(lastWord)) return capitalised;
  return `${capitalised}.`;
}

function tidyLetter(rendered: string): string {
  const lines: string[] = [];
  for (const line of rendered.split(/\r\n?|\n/)) {
    const withoutMarks = line.replace(MARKS, (mark) => (mark === EMPTY_MARK ? '' : mark));
    // A line that held only values which turned out empty (no name, no stay-in-touch line) goes away
    // entirely instead of leaving a stray blank line in the middle of the sign-off.
    if (line.includes(EMPTY_MARK) && withoutMarks.trim() === '') continue;
    lines.push(tidyLine(withoutMarks));
  }
  return collapseBlankLines(lines).join('\n');
}

function tidyLine(line: string): string {
  return line
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ +([.,;:!?])/g, '$1')
    // "Acme Inc." at the end of a sentence, or an empty value between two full stops, must not give "..".
    .replace(/\.(?: ?\.)+/g, (dots) => (dots.length >= 3 && !dots.includes(' ') ? dots : '.'))
    .replace(/([!?])\./g, '$1')
    .trim();
}

function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function textToHtml(text: string): string {
  if (text === '') return '';
  return text
    .split('\n')
    .map((line) => {
      if (line === '') return '<div><br></div>';
      const escaped = line.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
      // HTML collapses runs of spaces; a signature indented by hand should keep its shape.
      return `<div>${escaped.replace(/^ +| {2,}/g, (spaces) => '&nbsp;'.repeat(spaces.length))}</div>`;
    })
    .join('');
}

const KNOWN_NAMES: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES.map((v) => v.name));

function collectTokenProblems(
  template: string,
  tokens: TemplateSpans,
  problems: { message: string; offset: number }[],
): void {
  for (const token of tokens) {
    const [type, name, start, end] = token;
    const source = template.slice(start, end);
    switch (type) {
      case 'name':
      case '#':
      case '^':
        if (!KNOWN_NAMES.has(name)) problems.push({ message: unknownNameMessage(name), offset: start });
        break;
      case '&':
        problems.push({
          message: `"${source}" would insert text without escaping it, which is not allowed. Use {{${name}}} instead.`,
          offset: start,
        });
        break;
      case '>':
        problems.push({ message: `Partials such as "${source}" are not supported.`, offset: start });
        break;
      case '=':
        problems.push({ message: `Changing the tag delimiters ("${source}") is not supported.`, offset: start });
        break;
      default:
        break;
    }
    const children = token[4];
    if ((type === '#' || type === '^') && Array.isArray(children)) collectTokenProblems(template, children, problems);
  }
}

function unknownNameMessage(name: string): string {
  const suggestion = closestName(name);
  const hint = suggestion ? ` Did you mean {{${suggestion}}}?` : ' See the list of names you can use.';
  return `Unknown name {{${name}}}.${hint}`;
}

function closestName(name: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const known of KNOWN_NAMES) {
    const distance = editDistance(name.toLowerCase(), known.toLowerCase());
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/*
 * Mustache reports where its scanner gave up, which is often the end of the template. A person editing the
 * template needs the tag that caused it, so these look back for it.
 */
function describeSyntaxError(template: string, error: unknown): { message: string; offset: number } {
  const text = error instanceof Error ? error.message : String(error);
  const at = Number(/ at (\d+)$/.exec(text)?.[1] ?? template.length);

  if (text.startsWith('Unclosed tag')) {
    return { message: 'A tag opened with "{{" is never closed with "}}".', offset: unclosedTagStart(template) ?? at };
  }
  const unopened = /^Unopened section "(.*)" at \d+$/.exec(text);
  if (unopened) {
    return { message: `{{/${unopened[1]}}} closes a section that was never opened.`, offset: at };
  }
  const unclosed = /^Unclosed section "(.*)" at \d+$/.exec(text);
  if (unclosed) {
    const name = unclosed[1] ?? '';
    const closer = /^\{\{\s*\/\s*([^}]*?)\s*\}\}/.exec(template.slice(at));
    if (closer) {
      return {
        message: `{{/${closer[1]}}} does not match the open section {{#${name}}}. Close it with {{/${name}}} first.`,
        offset: at,
      };
    }
    const opener = openSectionStart(template, name);
    return {
      message: `The section {{${opener?.sigil ?? '#'}${name}}} is never closed. Add {{/${name}}} where it should end.`,
      offset: opener?.offset ?? at,
    };
  }
  return { message: `The template could not be read: ${text}`, offset: Math.min(at, template.length) };
}

function unclosedTagStart(template: string): number | null {
  let position = 0;
  for (;;) {
    const open = template.indexOf('{{', position);
    if (open === -1) return null;
    const closing = template[open + 2] === '{' ? '}}}' : '}}';
    const close = template.indexOf(closing, open + 2);
    if (close === -1) return open;
    position = close + closing.length;
  }
}

function openSectionStart(template: string, name: string): { offset: number; sigil: string } | null {
  const open: { name: string; offset: number; sigil: string }[] = [];
  for (const match of template.matchAll(/\{\{\s*([#^/])\s*([^}]*?)\s*\}\}/g)) {
    const [, sigil = '', tagName = ''] = match;
    if (sigil === '/') {
      if (open[open.length - 1]?.name === tagName) open.pop();
    } else {
      open.push({ name: tagName, offset: match.index, sigil });
    }
  }
  const section = open.reverse().find((s) => s.name === name);
  return section ? { offset: section.offset, sigil: section.sigil } : null;
}

function lineAndColumn(template: string, offset: number): { line: number; column: number } {
  const before = template.slice(0, Math.max(0, Math.min(offset, template.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
