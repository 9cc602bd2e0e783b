// A Japanese, Korean or Chinese organisation written with its legal form ("株式会社ひだまりケア", "누리온랩 주식회사",
// "사단법인 새담", "沛禾生技股份有限公司"). These languages write no spaces between words, so the capitalised runs the
// other readers use do not exist there; the legal form marks where a name is. A Chinese name has its form after it and
// nothing marks its start but a space, a punctuation mark or the start of a line ("我是X有限公司的…" is cut after 我是).
// A From name that is an organisation and its hiring department ("瀚宇國際物流 人資部") names it without a form.

import { CJK_HIRING_WORDS } from '../lexicon';

/** Japanese legal forms written before or after the name. */
const JA_FORM = '(?:株式会社|有限会社|合同会社|(?:医療|社会医療|社会福祉|学校|宗教|一般社団|一般財団|公益社団|公益財団|特定非営利活動|独立行政|地方独立行政|弁護士|税理士|監査)法人(?:社団|財団)?)';
/** Korean legal forms ("주식회사", "(주)", "사단법인"). */
const KO_FORM = '(?:주식회사|\\(주\\)|㈜|유한회사|유한책임회사|사단법인|재단법인|의료법인|학교법인|사회복지법인)';
/** A character of a name other than hiragana (which also writes the particles around names). */
const NAME_CHAR = '[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hangul}A-Za-z0-9ー・&＆]';
/** A name in Latin letters, up to four words ("PM Agent", "ABC Japanの"), not the start of a mixed one ("NTTデータ"). */
const LATIN_NAME = "[A-Za-z0-9][A-Za-z0-9&.'’-]*(?: [A-Za-z0-9][A-Za-z0-9&.'’-]*){0,3}(?![A-Za-z0-9&.'’\\-\\p{Script=Han}\\p{Script=Katakana}])";
/** A Japanese name: kana, kanji, Latin letters and digits, up to any punctuation or space. */
const JA_NAME = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー・A-Za-z0-9＆&]{2,30}';
const KO_NAME = '[\\p{Script=Hangul}A-Za-z0-9&]{2,20}';

/** A legal form before the name; the form must not itself end another name ("みらい建設株式会社 人事部"). */
const JA_BEFORE = new RegExp(`(?<!${NAME_CHAR})${JA_FORM}[ 　]?(?:${LATIN_NAME}|${JA_NAME})`, 'gu');
const JA_FORM_AT_START = new RegExp(`^${JA_FORM}`, 'u');
/** A name before its legal form stands at the start of a line or a sentence, or after a space, a bracket, a colon or a comma. */
const JA_AFTER = new RegExp(`(?<=^|[\\s【「『（(：:、。！？])${JA_NAME}(?:株式会社|有限会社)`, 'gmu');
const KO_BEFORE = new RegExp(`(?<!${NAME_CHAR})${KO_FORM} ?${KO_NAME}`, 'gu');
const KO_AFTER = new RegExp(`(?<=^|[\\s\\[(【])${KO_NAME} ?(?:주식회사|\\(주\\)|㈜)`, 'gmu');
/** Chinese legal forms, written after the name, simplified and traditional. */
const ZH_FORM = '(?:股份有限公司|有限责任公司|有限責任公司|有限公司)';
/** A Chinese name before its form, at the start of a line or after a space or a punctuation mark. */
const ZH_AFTER = new RegExp(`(?<=^|[\\s【「『（(：:、。！？，,\\-—])[\\p{Script=Han}A-Za-z0-9]{2,20}${ZH_FORM}`, 'gmu');
const ZH_FORM_AT_END = new RegExp(`${ZH_FORM}$`, 'u');
/** Words of a sentence before a name in running text ("我是来自", "欢迎应聘", "恭喜通过"): cut, as many as stand there. */
const ZH_LEAD =
  /^(?:我是|我们是|我們是|这里是|這裡是|来自|來自|代表|欢迎|歡迎|加入|来到|來到|应聘|應聘|应征|應徵|感谢您|感謝您|对|對|关于|關於|恭喜|通过|通過|本公司|敝公司|目前|任职于|任職於|[^，,。]{0,6}?(?:地点|地點|地址|单位|單位|位置)[为為是])+/u;
/**
 * Characters of a sentence or an address, not of a name ("的", "是", a number, "大厦"): a run holding one is no name;
 * nor one starting with 由 or 受, which are "by" in a sentence ("由X有限公司负责") as often as a name's first character.
 */
const ZH_SENTENCE = /[的是您你我了将將已在对對于於0-9０-９]|大[厦廈]|[园園]区|^[由受]/u;
/** Chinese hiring departments ("人資部", "人力资源部", "招聘组", "人才招募組"), for a From name "X 人資部". */
export const ZH_DEPARTMENT =
  '(?:人力资源(?:部|处|中心)|人力資源(?:部|處|中心)|人[资資](?:部|处|處)|人事(?:部|处|處|室)|人才招募(?:组|組)|招聘(?:组|組|部|中心|团队|團隊)|招募(?:组|組|小组|小組|团队|團隊))';

/** The legal form itself at a match's start or end, to tell it from the name. */
const JA_FORM_AT_END = /(?:株式会社|有限会社)$/u;
const KO_FORM_AT_START = new RegExp(`^${KO_FORM} ?`, 'u');
const KO_FORM_AT_END = new RegExp(` ?${KO_FORM}$`, 'u');

/** Hiring departments in Japanese and Korean ("採用担当", "人事部", "채용팀"); also cut from Latin names (candidates.ts). */
export const CJK_DEPARTMENT_WORDS = '(?:採用(?:担当|チーム|事務局|係)?|人事(?:部|課)?|新卒|中途|総務|事務局|担当|広報|채용 ?(?:팀|담당자?)?|인사팀|인재채용팀|인사(?:부|담당자?)|총무|경영지원)';
/**
 * A From name that is an organisation, a space and its hiring department ("國泰世華銀行 人力資源部", "ミドリ精工 人事部",
 * "누리온랩 인사팀"); without the space the department's first word may be the organisation's ("경력채용 담당자").
 */
const ORG_AND_DEPARTMENT = new RegExp(`^([\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hangul}ー・A-Za-z0-9&＆]{2,20})[ 　](?:${ZH_DEPARTMENT}|${CJK_DEPARTMENT_WORDS})$`, 'u');
/** What is no organisation there: a department or hiring words, a division ("営業本部", "研發中心", "集团"), a job board. */
const NOT_AN_ORGANISATION = new RegExp(
  `^(?:${ZH_DEPARTMENT}|${CJK_DEPARTMENT_WORDS})|${CJK_HIRING_WORDS.source}|(?:本部|中心|部|处|處|室|组|組|事業部|본부|센터)$|^(?:集团|集團|グループ|本社|校园|校園)$|人力[银銀]行|招聘网|人才网|求人`,
  'u',
);

/**
 * Where a Japanese name ends: a department, a sentence's words ("より", "にて", "です", "と申します", "様"), "が" or
 * "を", or a particle where a recruiting word or the writer's name follows ("ミナトテックの選考", "ミナトテックの佐藤と
 * 申します", "ミズホ工業へのご応募"). Another particle is no end: "ほけんの窓口", "みんなの銀行", "とらのあな" are names.
 */
const JA_NAME_END = new RegExp(
  `${CJK_DEPARTMENT_WORDS}|より|にて|では|です|と申|から|様|宛|の(?=求人|採用|人事|選考|ポジション|募集|職|皆|方|\\p{Script=Han}{1,4}と申)|に(?=ご?応募|て)|へ(?=の|ご?応募)|が|を|で(?=は|す)`,
  'u',
);
/** A name cut before "です" that ends in "の" and a few kanji ("ミナトテックの佐藤です", "ほけんの窓口です"): a company's or a person's, unclear. */
const UNCLEAR_END = /の\p{Script=Han}{1,4}$/u;
/** What no name starts with: a department, or a particle or suffix of the sentence ("株式会社化", "株式会社へ"). */
const NOT_NAME_START = new RegExp(`^(?:${CJK_DEPARTMENT_WORDS}|[のがはをにへでともや](?=[\\p{Script=Han}\\p{Script=Katakana}]|$)|[化等形]|입니|이며|이고|형태)`, 'u');
/** A letter's opening words before a name given with its form after it ("この度はミズホ工業株式会社"): cut. */
const OPENING = /^(?:この度は|このたびは|この度、|このたび、|先日は|本日は|今回は|私は|弊社は|当社は)/u;
/** Other sentence words still before it ("…と申します。私どもは…"): such a run is no name. */
const SENTENCE_INSIDE = /.[はがをにへでも]|[のと]$/u;
/** The copula glued to a Korean name ("누리온랩입니다"). */
const KO_COPULA = /(?:입니다만?|이며|이고|에서는)$/u;
/** "X への応募", "X에 지원": the employer the reader applied to. */
const APPLIED_TO = /^[ 　]?(?:への|に|へ)(?:ご)?応募|^ ?지원/u;

/**
 * A Korean particle glued to a name ("누리온랩의", "새담에서", "NHN이"): 에서(도), 의, 에, 도, 만 and 께서 after any
 * syllable; after a Latin letter or a digit any of 이, 가, 은, 는, 을, 를 too; after a hangul syllable those that follow
 * a final consonant (이, 은, 을, 과) only after one, the others (가, 는, 를, 와) only after one without ("카카오페이"
 * keeps its 이). 로 and 으로 are left: "하나로" is a name.
 */
function withoutKoreanParticle(name: string): string {
  const free = /(?:에서도|에서|께서|의|에|도|만)$/u.exec(name);
  if (free && name.length - free[0].length >= 2) return name.slice(0, -free[0].length);
  const particle = /(?:이|은|을|과|가|는|를|와)$/u.exec(name);
  if (!particle) return name;
  const before = name.charCodeAt(name.length - particle[0].length - 1);
  if (/[A-Za-z0-9]/.test(String.fromCharCode(before))) return particle[0] === '과' || particle[0] === '와' ? name : name.slice(0, -1);
  if (before < 0xac00 || before > 0xd7a3) return name;
  const final = (before - 0xac00) % 28 !== 0;
  const afterFinal = ['이', '은', '을', '과'].includes(particle[0]);
  return final === afterFinal ? name.slice(0, -particle[0].length) : name;
}

function cutJapanese(found: string): { form: string; name: string } {
  const form = JA_FORM_AT_START.exec(found)?.[0] ?? '';
  const name = found.slice(form.length).replace(/^[ 　]/u, '');
  const end = JA_NAME_END.exec(name.slice(1));
  const cut = end ? name.slice(0, 1 + end.index) : name;
  return { form, name: end?.[0] === 'です' && UNCLEAR_END.test(cut) ? '' : cut };
}

/** Legal-form names in one line of text, with where each ends. */
function namesIn(line: string): { name: string; end: number }[] {
  const out: { name: string; end: number }[] = [];
  for (const m of line.matchAll(JA_AFTER)) {
    const whole = m[0].replace(OPENING, '');
    const name = whole.replace(JA_FORM_AT_END, '');
    if (name.length >= 2 && !SENTENCE_INSIDE.test(name) && !NOT_NAME_START.test(name)) out.push({ name: whole, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(JA_BEFORE)) {
    const { form, name } = cutJapanese(m[0]);
    if (name.length < 2 || NOT_NAME_START.test(name)) continue;
    const spaced = m[0].slice(form.length).startsWith(' ') ? ' ' : '';
    out.push({ name: `${form}${spaced}${name}`, end: m.index + m[0].indexOf(name) + name.length });
  }
  if (line.includes('有限')) for (const m of line.matchAll(ZH_AFTER)) {
    const whole = m[0].replace(ZH_LEAD, '');
    const name = whole.replace(ZH_FORM_AT_END, '');
    if (name.length >= 2 && !ZH_SENTENCE.test(name)) out.push({ name: whole, end: m.index + m[0].length });
  }
  for (const m of line.matchAll(KO_AFTER)) {
    // A greeting or a sentence's verb before the form ("저는 주식회사", "안녕하세요 주식회사") is no name.
    const name = m[0].replace(KO_FORM_AT_END, '');
    if (!NOT_NAME_START.test(name) && !/[요다는은이가]$/u.test(name)) out.push({ name: m[0], end: m.index + m[0].length });
  }
  for (const m of line.matchAll(KO_BEFORE)) {
    const form = KO_FORM_AT_START.exec(m[0])?.[0] ?? '';
    const name = withoutKoreanParticle(m[0].slice(form.length).replace(KO_COPULA, ''));
    if (name.length >= 2 && !NOT_NAME_START.test(name)) out.push({ name: `${form}${name}`, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.end - b.end);
}

export interface CjkCompany {
  name: string;
  /** The reader applied to it ("株式会社Xへのご応募"): the position's employer, whoever sends the mail. */
  appliedTo: boolean;
}

/**
 * The employer a Japanese, Korean or Chinese message names with its legal form: the one the reader applied to, else
 * the sender's (its From name, with its form or before its department), else the first the subject or the text names.
 * None from an agency (the caller's isAgency) writing about a client.
 */
export function cjkCompany(fromName: string, subject: string, lines: readonly string[], agency: boolean): CjkCompany | null {
  // The sender's organisation before its department in the From name ("星河科技 人力资源部"), unless that is only
  // department words ("採用担当") or a division ("営業本部 採用担当"): the sender's, before any name the text gives.
  // Its own name with its legal form ("한빛소프트 주식회사" under "한빛소프트 채용팀") is written in full.
  const org = ORG_AND_DEPARTMENT.exec(fromName.trim())?.[1] ?? '';
  const fromNames = namesIn(fromName);
  const sender = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u.test(org) && !NOT_AN_ORGANISATION.test(org) && fromNames.length === 0 ? org : null;
  let first: string | null = null;
  let own: string | null = null;
  for (const [i, line] of [fromName, subject, ...lines].entries()) {
    for (const { name, end } of i === 0 ? fromNames : namesIn(line)) {
      if (APPLIED_TO.test(line.slice(end))) return { name, appliedTo: true };
      first ??= name;
      if (sender !== null && own === null && name.includes(sender)) own = name;
    }
  }
  const chosen = sender !== null ? (own ?? sender) : first;
  return chosen === null || agency ? null : { name: chosen, appliedTo: false };
}
