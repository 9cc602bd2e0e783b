/**
 * The etiquette check: reads a finished letter against the product's standard for declining a recruiter
 * (reply promptly; thank them; give a short, truthful reason without oversharing or criticising the company
 * or role; keep the door open; end warmly) and returns friendly hints. Hints are advice, never errors: the
 * user may send any letter they like.
 *
 * Pure string-in, data-out. The built-in letters pass with no hints; the check earns its keep when the user
 * writes their own reason, edits a template or types something unexpected into a field.
 */
import type { Stage } from './reasons';

export type HintId = 'no-thanks' | 'no-door-open' | 'long-reason' | 'personal-details' | 'salary-figures' | 'criticism' | 'too-long';

export interface Hint {
  id: HintId;
  /** One short, friendly sentence saying what to consider. */
  message: string;
}

export interface EtiquetteContext {
  stage: Stage;
  /** The user's own reason, when the letter uses one (it is checked for length on its own). */
  customReason?: string;
  /** The user's signature: left out of the checks (phone numbers are not salaries, titles are not the letter). */
  signature?: string;
  /** False when the user turned "keep the door open" off: the hint then says how to turn it back on. */
  keepDoorOpen?: boolean;
}

/** A reason longer than this many words starts telling the story rather than giving the reason. */
export const LONG_REASON_WORDS = 40;
/**
 * The built-in letters run from about 50 (brief) to 150 (warm) words before the signature; a recruiter reads a
 * decline in seconds, so beyond this it is "much longer than needed".
 */
export const LONG_LETTER_WORDS = 230;
/** Replies to a message older than this many days get a gentle nudge. */
export const PROMPT_REPLY_DAYS = 2;

const DAY_MS = 24 * 60 * 60 * 1000;

const THANKS = /\b(?:thank(?:s|ful|ing)?|grateful|gratitude|appreciat(?:e|ed|ion|ive))\b/i;

// Anything that leaves room to hear from each other again. The built-in door-open sentences all match one.
const DOOR_OPEN = [
  /\b(?:stay|keep|be|remain)\s+(?:in\s+touch|connected)\b/i,
  /\bpaths\s+(?:will\s+|may\s+|might\s+)?cross\b/i,
  /\breconnect/i,
  /\breach\s+(?:out|me)\b[^.!?\n]*\b(?:again|future|later|changes?)\b/i,
  /\b(?:future|down\s+the\s+(?:road|line)|another\s+time|later\s+on)\b/i,
  /\b(?:situation|circumstances)\s+(?:ever\s+)?change/i,
  /\bkeep\s+me\s+in\s+mind\b/i,
  /\bdoor\s+(?:is\s+)?open\b/i,
  /\b(?:hear|hearing)\s+(?:from\s+you|about)\b/i,
];

// Health and family specifics. General words ("personal circumstances", "family reasons") are fine.
const PERSONAL = [
  /\b(?:diagnos\w*|illness|sick(?:ness)?|surgery|cancer|chemo\w*|tumou?r|pregnan\w*|miscarriage|ivf|fertility)\b/i,
  /\b(?:therap(?:y|ist)|depress(?:ion|ed)|anxiety|mental\s+health|burn(?:ed|t)?[\s-]?out|panic\s+attacks?|medication|rehab\w*)\b/i,
  /\b(?:hospital\w*|medical|disabilit(?:y|ies)|chronic|my\s+doctor|injur(?:y|ies|ed)|fell\s+ill|been\s+ill|seriously\s+ill)\b/i,
  /\b(?:funeral|passed\s+away|bereave\w*|grie(?:f|ving)|divorc\w*|custody|separat(?:ed|ion)\s+from)\b/i,
  /\b(?:maternity|paternity|parental)\s+leave\b/i,
  /\bmy\s+(?:wife|husband|partner|spouse|fianc[ée]e?|boyfriend|girlfriend|kids?|children|child|son|daughter|baby|mother|father|mom|mum|dad|parents?|sister|brother|grand\w+)\b/i,
];

// Salary figures: an amount with a currency, a "k" suffix, a pay period, or a thousands separator.
const SALARY = [
  /[$€£¥₹]\s?\d/,
  /\b\d+(?:[.,]\d+)?\s?k\b/i,
  /\b\d[\d,.]*\s?(?:usd|eur|gbp|chf|cad|aud|dollars?|euros?|pounds?)\b/i,
  /\b\d[\d,.]*\s?(?:(?:per|a|an)\s+(?:year|annum|hour|month)|\/\s?(?:yr|year|hr|hour|mo|month))\b/i,
  /\b\d{2,3},\d{3}\b(?![.,]?\d)/,
];

// Words that judge the company, the role, the process or the people. A decline never needs them.
const CRITICISM = [
  /\b(?:toxic|dysfunctional|disorgani[sz]ed|unorgani[sz]ed|unprofessional|incompetent|chaotic|shady|sketchy|unethical|scam)\b/i,
  /\b(?:terrible|awful|horrible|dreadful|worst|pathetic|laughable|ridiculous|insulting|unacceptable|disrespectful|rude|arrogant)\b/i,
  /\b(?:disappointing|unimpressed|not\s+impressed|red\s+flags?|a\s+joke|waste\s+of\s+(?:my\s+)?time|nightmare|a\s+mess|messy)\b/i,
  /\b(?:low-?ball\w*|underpa(?:id|y|ying)|below\s+(?:the\s+)?market|stingy|cheap\s+offer|exploit\w*|overwork\w*|micro-?manag\w*|mismanag\w*)\b/i,
  /\b(?:high|constant)\s+turnover\b|\bbad\s+(?:reviews?|reputation|experience|management|culture)\b|\bglassdoor\b/i,
  /\bpoorly\s+(?:run|managed|organi[sz]ed|paid|handled)\b/i,
  /\block\s+of\s+(?:communication|respect|transparency|professionalism|organi[sz]ation)\b/i,
  /\b(?:process|interviews?|team|company|role|offer)\s+(?:was|were|is|seemed|felt)\s+(?:too\s+|very\s+|so\s+|really\s+|extremely\s+)?(?:slow|long|chaotic|confusing|disorgani[sz]ed|boring|outdated|unclear|stressful)\b/i,
  /\bghosted\b|\bnever\s+(?:heard|got)\s+back\b/i,
];

const URLS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;

function stageThanks(stage: Stage): string {
  if (stage === 'offer') return 'their time and the offer';
  if (stage === 'interview') return 'their time and the invitation';
  return 'reaching out';
}

/** The words in a piece of text, the way a reader would count them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The letter without the user's signature block and without links or addresses, which say nothing about tone. */
function letterBody(text: string, signature: string | undefined): string {
  let body = text;
  // Letters carry the signature with line ends trimmed; match it the same way.
  const sig = signature
    ?.split(/\r\n?|\n/)
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  if (sig) {
    const at = body.lastIndexOf(sig);
    if (at !== -1) body = body.slice(0, at) + body.slice(at + sig.length);
  }
  return body.replace(URLS, ' ');
}

/**
 * Checks a rendered letter (plain text) against the decline etiquette. Returns one hint per kind of problem,
 * in the order a person would fix them; an empty list means the letter is fine.
 */
export function checkEtiquette(letterText: string, context: EtiquetteContext): Hint[] {
  const body = letterBody(letterText, context.signature);
  const hints: Hint[] = [];
  if (!body.trim()) return hints;

  if (!THANKS.test(body)) {
    hints.push({ id: 'no-thanks', message: `Thank them for ${stageThanks(context.stage)} — it sets a kind tone.` });
  }
  if (CRITICISM.some((re) => re.test(body))) {
    hints.push({
      id: 'criticism',
      message: 'This sounds critical of the company or role. A neutral reason keeps the relationship good.',
    });
  }
  const custom = context.customReason?.trim() ?? '';
  if (custom && countWords(custom) > LONG_REASON_WORDS) {
    hints.push({ id: 'long-reason', message: 'Your reason is on the long side. A sentence or two is plenty; they don’t need the whole story.' });
  }
  if (PERSONAL.some((re) => re.test(body))) {
    hints.push({
      id: 'personal-details',
      message: 'It mentions health or family details. “Personal circumstances” says enough and keeps them private.',
    });
  }
  if (SALARY.some((re) => re.test(body))) {
    hints.push({
      id: 'salary-figures',
      message: 'Leave out salary figures; saying the compensation isn’t the right fit is enough.',
    });
  }
  if (!DOOR_OPEN.some((re) => re.test(body))) {
    hints.push({
      id: 'no-door-open',
      message:
        context.keepDoorOpen === false
          ? 'Consider keeping the door open: a line about staying in touch leaves room for a better fit later.'
          : 'Consider a line that keeps the door open for future roles.',
    });
  }
  const words = countWords(body);
  if (words > LONG_LETTER_WORDS) {
    hints.push({
      id: 'too-long',
      message: `At ${words} words this is longer than it needs to be. A decline reads best in well under ${LONG_LETTER_WORDS}.`,
    });
  }
  return hints;
}

/** How long ago the recruiter's message arrived, when that is known and in the past. */
export function messageAge(receivedAt: number | null | undefined, now: number): { days: number; late: boolean } | null {
  if (receivedAt == null || !Number.isFinite(receivedAt) || receivedAt > now + DAY_MS) return null;
  const ms = Math.max(0, now - receivedAt);
  return { days: Math.floor(ms / DAY_MS), late: ms > PROMPT_REPLY_DAYS * DAY_MS };
}

/** "3 days", "2 weeks", "4 months", "over a year": how long, as a person would say it. */
export function spokenAge(days: number): string {
  if (days < 14) return days === 1 ? '1 day' : `${days} days`;
  if (days < 60) return `${Math.floor(days / 7)} weeks`;
  if (days < 365) return `${Math.floor(days / 30)} months`;
  return 'over a year';
}

/** A gentle line for the user when the recruiter has been waiting more than two days; null otherwise. */
export function promptnessNudge(receivedAt: number | null | undefined, now: number): string | null {
  const age = messageAge(receivedAt, now);
  if (!age?.late) return null;
  const when = spokenAge(age.days);
  return age.days < 14
    ? `Their message arrived ${when} ago. Replying today still helps them plan.`
    : `Their message arrived ${when} ago. A short reply now still closes the loop kindly.`;
}
