// A Japanese or Korean organisation written with its legal form ("株式会社ひだまりケア", "누리온랩 주식회사", "사단법인
// 새담"). Japanese writes no spaces between words, so the capitalised runs the other readers use do not exist there;
// the legal form marks where a name is. (Chinese names are not read: "有限公司" ends a name whose start nothing marks.)

/** Japanese legal forms written before or after the name. */
const JA_FORM = '(?:株式会社|有限会社|合同会社|(?:医療|社会医療|社会福祉|学校|宗教|一般社団|一般財団|公益社団|公益財団|特定非営利活動|独立行政|地方独立行政|弁護士|税理士|監査)法人(?:社団|財団)?)';
/** Korean legal forms ("주식회사", "(주)", "사단법인"). */
const KO_FORM = '(?:주식회사|\\(주\\)|㈜|유한회사|유한책임회사|사단법인|재단법인|의료법인|학교법인|사회복지법인)';
/** A name in Latin letters, up to four words ("PM Agent", "Snow-we.Inc"). */
const LATIN_NAME = "[A-Za-z0-9][A-Za-z0-9&.'’-]*(?: [A-Za-z0-9][A-Za-z0-9&.'’-]*){0,3}";
/** A Japanese name: kana, kanji, Latin letters and digits, up to any punctuation or space. */
const JA_NAME = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー・A-Za-z0-9＆&]{2,30}';
const KO_NAME = '[\\p{Script=Hangul}A-Za-z0-9&]{2,20}';

const JA_FORM_AT_START = new RegExp(`^${JA_FORM}`, 'u');
const JA_BEFORE = new RegExp(`${JA_FORM}[ 　]?(?:${LATIN_NAME}(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])|${JA_NAME})`, 'gu');
/** A name before its legal form stands at the start of a line or after a space, a bracket or a colon ("トヨタ自動車株式会社"). */
const JA_AFTER = new RegExp(`(?<=^|[\\s【「『（(：:])${JA_NAME}(?:株式会社|有限会社)`, 'gmu');
const KO_BEFORE = new RegExp(`${KO_FORM} ?${KO_NAME}`, 'gu');
const KO_AFTER = new RegExp(`(?<=^|[\\s\\[(【])${KO_NAME} ?(?:주식회사|\\(주\\)|㈜)`, 'gmu');

/**
 * Where a Japanese name ends: a department ("採用担当", "人事部"), a particle that follows a name ("の", "より", "へ",
 * "にて"), or the words of a sentence ("と申します", "です", "様"). Read from the name's third character on.
 */
const JA_NAME_END = /(?:採用|人事|新卒|中途|総務|事務局|担当|広報|の|より|へ|にて|では|です|と申|から|様|宛|が|は|を|で|に|と|よ)/u;
/** Korean particles glued to the end of a name ("누리온랩의", "새담에서"). */
const KO_PARTICLE = /(?:에서|으로|의|에|은|는|이|가|을|를|과|와|로)$/u;

/** A recruiting agency or a headhunter writes about a client: its own name is not the employer. */
const AGENCY = /転職エージェント|人材紹介|ヘッドハン|エージェント|ヘッドハンティング|헤드헌|서치펌|채용 ?대행|猎头/u;
/** "X への応募", "X に応募": the employer the reader applied to. */
const APPLIED_TO = /^[ 　]?(?:への|に|へ)(?:ご)?応募/u;

export interface CjkCompany {
  name: string;
  /** The reader applied to it ("株式会社Xへのご応募"): the position's employer, whoever sends the mail. */
  appliedTo: boolean;
}

function cutJapanese(found: string, form: string): string {
  const name = found.slice(form.length).replace(/^[ 　]/u, '');
  const end = JA_NAME_END.exec(name.slice(2));
  return end ? name.slice(0, 2 + end.index) : name;
}

/** Legal-form names in one line of text, with where each ends. */
function namesIn(line: string): { name: string; end: number }[] {
  const out: { name: string; end: number }[] = [];
  for (const m of line.matchAll(JA_BEFORE)) {
    const form = JA_FORM_AT_START.exec(m[0])?.[0] ?? '';
    const name = cutJapanese(m[0], form);
    if (name.length >= 2) out.push({ name: `${form}${m[0].slice(form.length).startsWith(' ') ? ' ' : ''}${name}`, end: m.index + m[0].indexOf(name) + name.length });
  }
  for (const m of line.matchAll(JA_AFTER)) out.push({ name: m[0], end: m.index + m[0].length });
  for (const m of line.matchAll(KO_BEFORE)) out.push({ name: m[0].replace(KO_PARTICLE, ''), end: m.index + m[0].length });
  for (const m of line.matchAll(KO_AFTER)) out.push({ name: m[0], end: m.index + m[0].length });
  return out;
}

/**
 * The employer a Japanese or Korean message names with its legal form: the one the reader applied to, else the
 * sender's (From name), else the first the subject or the text names. None from an agency writing about a client.
 */
export function cjkCompany(fromName: string, subject: string, lines: readonly string[]): CjkCompany | null {
  const sources = [fromName, subject, ...lines];
  let first: string | null = null;
  for (const line of sources) {
    for (const { name, end } of namesIn(line)) {
      if (APPLIED_TO.test(line.slice(end))) return { name, appliedTo: true };
      first ??= name;
    }
  }
  if (first === null || sources.some((s) => AGENCY.test(s))) return null;
  return { name: first, appliedTo: false };
}
