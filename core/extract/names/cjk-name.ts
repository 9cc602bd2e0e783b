// A person's name written in Chinese characters or Korean hangul, family name first: "林佳穎" (Lin Jiaying), "김도윤"
// (Kim Doyun), "佐藤 健太" (Sato Kenta). The letter addresses the given name, so the family name must be told apart:
// by a space, or by a family name these lists know (the common ones; a name they do not know is not read). Without
// a space only the usual shape is read: a one-syllable family name and a two-syllable given name, or a two-syllable
// family name ("欧阳", "남궁") and a given name of one or two. Japanese names are read only with their space (the
// caller reads no unspaced name in Japanese mail: "高田誠" is 高田 and 誠). Such a name may be an organisation's
// ("周大福", "신세계"): the caller states it only when a second place gives it and the mailbox is a person's, not a
// team's. Names in katakana, written given name first, are left.

import { asSimplified } from '../hant';
import { CJK_HIRING_WORDS } from '../lexicon';

/** A name as person.ts's PersonName gives it: the given name, and the whole name. */
interface CjkName {
  first: string;
  full: string | null;
}

/** Common Chinese family names, in simplified characters (a traditional name is folded first, hant.ts). */
const ZH_FAMILY = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范' +
    '廖贾夏韦方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤温康施樊葛邢齐乔伍庞颜倪庄聂鲁岳翟殷詹欧耿焦俞' +
    '柳舒阮柯纪梅童凌毕裴霍涂苗翁冉骆蓝辛靳柴鲍喻祁蒲滕饶牟艾穆卓缪褚娄窦戚岑宫卜晏瞿桂佟臧闵苟邬卞姬栾隋刁巫寇桑甄' +
    '虞敖巩佘邝匡鞠荆冀胥栗鄢谌奚冼蔺阚郜洪赖简游傅石古连萧',
]);
const ZH_COMPOUND_FAMILY = new Set(['欧阳', '司马', '诸葛', '上官', '皇甫', '令狐', '慕容', '尉迟', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '公孙']);
/** Common Korean family names, one syllable, and the two-syllable ones. */
const KO_FAMILY = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육맹제모탁국',
]);
const KO_COMPOUND_FAMILY = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']);

/** A title or a department where a given name would be ("张经理", "林協理", "김대리", "人事部"): no person's name. */
const NOT_GIVEN = new RegExp(
  [
    '(?:经理|經理|协理|協理|副理|襄理|特助|总监|總監|主管|主任|专员|專員|助理|秘书|秘書|顾问|顧問|董事|总裁|總裁|副总|副總|律师|律師|教授|博士|小姐|先生|女士|老师|老師)$',
    '[长長]$',
    '(?:대리|과장|팀장|부장|차장|실장|사원|주임|이사|대표|매니저|선생|담당|상무|전무|사장|회장|선임|책임|수석|프로|인턴|위원|연구원|본부장|센터장|님)$',
    '[部課课係室組组处處團团隊队司社院局厅廳所店館馆科系级級官市省县縣区區员員]$',
    '[팀부과실]$',
  ].join('|'),
  'u',
);
/** A closing's words, written like a name ("此致 敬礼", "林佳穎 敬上", "김도윤 드림", "祝商祺", "謝謝您"): none. */
export const CLOSING = /^(?:此致|顺颂|順頌|敬祝|顺祝|順祝)|(?:敬上|谨上|謹上|敬启|敬啟|拝|드림|올림)$|^(?:敬礼|敬禮|商祺|顺利|順利)[！!。]?$|^祝[ \u3000]?\p{Script=Han}{1,4}[！!。]?$|^(?:谢谢|謝謝)(?:您)?[！!。]?$/u;

/** Hiring words and a team's or a system's ("採用", "面試", "系統", "채용"): a label, not a name ("新卒 採用"). */
const NOT_A_NAME_WORD = new RegExp(
  `${CJK_HIRING_WORDS.source}|面[试試接]|系[统統]|[团團][队隊]|程序|工程|黄金周|면접|인사|이력서|지원서|소개서|연락처|한국어|정보|안내|결과|일정|회신|장소|시간|내용|공고|직무|부서|회사|기업|전형|서류|과제|계약|조건|연봉|급여|출근`,
  'u',
);

const HAN = /^\p{Script=Han}+$/u;
const HANGUL = /^\p{Script=Hangul}+$/u;

/** Read a string that is exactly a Chinese, Korean or (spaced) Japanese name; null for anything else. */
export function parseCjkName(text: string): CjkName | null {
  const s = text.trim();
  const parts = s.split(/[ \u3000]+/u);
  if (parts.length === 2) {
    const [family = '', given = ''] = parts;
    // A department before the name ("人資部 蘇郁婷", "인사팀 김도윤"): the name alone.
    if (NOT_GIVEN.test(family) || NOT_A_NAME_WORD.test(family)) return parseCjkName(given);
    // "佐藤 健太", "林 佳穎", "김 서연": family name, a space, the given name.
    const script = (HAN.test(family) && HAN.test(given)) || (HANGUL.test(family) && HANGUL.test(given));
    if (!script || family.length > 3 || given.length > 3 || NOT_GIVEN.test(given) || NOT_A_NAME_WORD.test(given) || CLOSING.test(s)) return null;
    return { first: given, full: `${family} ${given}` };
  }
  if (parts.length !== 1 || NOT_A_NAME_WORD.test(s) || CLOSING.test(s)) return null;
  if (HAN.test(s) && (s.length === 3 || s.length === 4)) {
    const folded = asSimplified(s);
    const familyLength = ZH_COMPOUND_FAMILY.has(folded.slice(0, 2)) ? 2 : s.length === 3 && ZH_FAMILY.has(folded.charAt(0)) ? 1 : 0;
    const given = s.slice(familyLength);
    if (familyLength === 0 || given.length < 1 || given.length > 2 || NOT_GIVEN.test(given)) return null;
    return { first: given, full: s };
  }
  if (HANGUL.test(s) && (s.length === 3 || s.length === 4)) {
    const familyLength = KO_COMPOUND_FAMILY.has(s.slice(0, 2)) ? 2 : s.length === 3 && KO_FAMILY.has(s.charAt(0)) ? 1 : 0;
    const given = s.slice(familyLength);
    if (familyLength === 0 || given.length !== 2 || NOT_GIVEN.test(given)) return null;
    return { first: given, full: s };
  }
  return null;
}

/** Does the text start with a Chinese family name the lists know ("王丽经理", "欧阳经理")? Simplified characters. */
export function startsWithChineseFamilyName(text: string): boolean {
  return ZH_COMPOUND_FAMILY.has(text.slice(0, 2)) || ZH_FAMILY.has(text.charAt(0));
}

/** Is the text a Chinese or Korean name whose family name the lists above know (a name read with confidence)? */
export function isListedCjkName(p: CjkName): boolean {
  const full = p.full ?? '';
  if (full.includes(' ') || !full.endsWith(p.first)) return false;
  const family = asSimplified(full.slice(0, full.length - p.first.length));
  return ZH_FAMILY.has(family) || ZH_COMPOUND_FAMILY.has(family) || KO_FAMILY.has(family) || KO_COMPOUND_FAMILY.has(family);
}
