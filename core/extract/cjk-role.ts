// A job title in Japanese, Korean or Chinese mail. These languages write no capitals and (but Korean) no spaces
// between words, so the Latin title reader (role.ts) finds none. A title is read only where the mail frames it: a
// position's field ("岗位：X", "職種：X", "모집 분야: X"), quotes with a position word beside them ("「X」へのご応募",
// "求人「X」"), a subject's bracket or part ("【X】面接のご案内", "内定通知 - X"), or the words right before a position
// word ("投递我司X职位", "X 포지션", "X 채용 전형"). Outside a field, the title must end on a job word of its
// language (工程师, エンジニア, 개발자…): a wrong title costs the user more than none. Traditional Chinese is folded to
// simplified characters first (hant.ts; one code unit for one), and the title is cut from the text as written.

import { CJK } from './cjk-stage';
import { foldTraditional, isTraditionalChinese } from './hant';

/** How the title was framed: a field, or the words around it (then it ends on a job word). */
export interface CjkTitle {
  title: string;
  field: boolean;
}

/** Job words a Chinese title ends on (simplified; traditional text is folded first). */
const ZH_HEAD =
  '工程师|设计师|架构师|分析师|规划师|咨询师|经理|专员|主管|主任|助理|顾问|总监|店长|储备店长|会计|出纳|文员|客服|销售|运营|开发|实习生|研究员|科学家|讲师|教师|老师|司机|厨师|咖啡师|护士|医生|药师|技术员|操作员|人员|代表|编辑|策划|翻译|律师|审计|专家|组长|负责人';
/** Job words a Japanese title ends on. */
const JA_HEAD =
  'エンジニア|デザイナー|マネージャー|マネジャー|スタッフ|コンサルタント|ディレクター|プランナー|アナリスト|リーダー|プログラマー|オペレーター|アシスタント|セールス|カスタマーサクセス|プロデューサー|事務|職員|社員|保育士|介護士|看護師|薬剤師|美容師|調理師|整備士|技術者|施工管理|営業|販売員|講師';
/** Job words a Korean title ends on. */
const KO_HEAD =
  '개발자|엔지니어|디자이너|매니저|컨설턴트|기획자|마케터|연구원|분석가|운영|영업|사원|인턴|리더|디렉터|전문가|관리자|강사|PM|PO';

/** A title with a parenthetical of its own at its end ("後端开发工程师（Go）", "保育士（正社員）"): the head is before it. */
const TRAILING_NOTE = /[（(][^（）()]{1,12}[）)]$/u;
const HEAD = new RegExp(`(?:${ZH_HEAD}|${JA_HEAD}|${KO_HEAD})$`, 'u');

/**
 * No title holds a hiring word (a recruiter's "採用担当", "招聘"), a legal form or an organisation's word (the
 * company), a person's honorific or pronoun, or a sentence's punctuation.
 */
const NOT_IN_TITLE =
  /採用|招聘|招募|人事|人资|人資|채용|株式会社|有限会社|合同会社|公司|集团|集團|주식회사|（株）|\(주\)|（주）|様|さん|님|您|你|我|贵|貴|弊社|当社|本行|[。！？!?、，,]|https?:/u;

/** A position's field label at a line's start, and its value to the line's end. */
const FIELD_LINE =
  /^[\s　]*[【[]?(?:面试|应聘|招聘|录用|录取|申请|入职|报名)?(?:职位|岗位|职缺|职务|職種|募集職種|応募職種|ポジション|모집\s?분야|지원\s?분야|모집\s?직무|지원\s?직무|직무|포지션)(?:名称|名)?[】\]]?[\s　]*[:：][\s　]*(.{2,40}?)[\s　]*$/gmu;
/** Quotes with a position word beside them (Japanese 「」『』, Chinese “” and 「」). */
const QUOTED = /(?:求人|ポジション|職種|职位|岗位)[\s　]*[「『“]([^「」『』“”\n]{2,30})[」』”]|[「『“]([^「」『』“”\n]{2,30})[」』”][\s　]*(?:への|へ|に|の)?[\s　]*(?:ご応募|応募|ポジション|職|として|のお仕事|の求人|の募集|职位|岗位)/gu;
/** A subject's leading bracket before a step's word ("【シニアエンジニア】面接のご案内"). */
const SUBJECT_BRACKET = /^[【[]([^【】[\]]{2,30})[】\]][\s　]*(?=.*(?:面接|面談|応募|選考|内定|面试|录用|录取|offer|면접|합격|지원))/u;
/** A subject's parts. */
const SUBJECT_PARTS = /[\s　]+[-–—|][\s　]+|[:：]|【[^】]*】|\[[^\]]*\]/u;
/** Chinese: the words before a position word, after a verb of applying or a company's name ("投递我司X职位"). */
const ZH_BEFORE_POSITION =
  /(?:(?:应聘|应征|投递|申请|参加|参与|关于|担任|对|这个|该)[\s　]*(?:我司|贵司|本公司|本行|公司)?(?:的)?|公司|集团)[\s　]*([^\s　，。！？、：:（）()“”「」]{2,20}(?:[\s　][^\s　，。！？、：:“”「」]{1,12})?)[\s　]*(?:职位|岗位|职缺|一职|的(?:面试|申请|测评|机会))/gu;
/** Chinese: a title applied for, then punctuation ("感谢您应徵本行测试规划人员，"). */
const ZH_APPLIED = /(?:应聘|应征|投递)(?:我司|贵司|本公司|本行)?(?:的)?([^\s　，。！？、：:（）()]{2,16})(?=[，。！？、\s　])/gu;
/** Japanese: a title applied for without quotes ("…のバイク整備スタッフへ ご応募"). */
const JA_APPLIED = /(?:の|、|[\s　])([^\s　の、。「」【】]{2,20})(?:へ|に)[\s　]?(?:の)?ご?応募/gu;
/** Korean: up to two words before a position word or a hiring process ("데이터 엔지니어 포지션", "SAP 컨설턴트 채용전형"). */
const KO_BEFORE_POSITION = /((?:[가-힣A-Za-z0-9/+#]+[\s　]){0,1}[가-힣A-Za-z0-9/+#]+)[\s　]?(?:포지션|직무|직군|채용[\s　]?(?:과정|전형|절차))/gu;
/** Korean words that lead a phrase, not a title ("이번", "귀하의"), or end a sentence ("…입니다"). */
const KO_NOT_TITLE_WORD = /^(?:이번|이번에|귀하의|저희|당사|해당|본|지원하신|지원해|관심|안녕하세요)$|님$|입니다$|습니다$/u;

/** The title read from a Japanese, Korean or Chinese subject and body, or null. */
export function cjkTitle(subject: string, body: string): CjkTitle | null {
  if (!CJK.test(subject) && !CJK.test(body)) return null;
  const traditional = isTraditionalChinese(`${subject}\n${body}`);
  const fold = (s: string) => (traditional ? foldTraditional(s) : s);
  const text = body.slice(0, 6_000);
  const folded = fold(text);
  const foldedSubject = fold(subject);
  // The value as written (offsets are kept by the fold), tidied; it is checked in simplified characters.
  const cut = (from: string, at: number, length: number): string => tidy(from.slice(at, at + length));
  const plausible = (title: string, needsHead: boolean) => plausibleTitle(fold(title), needsHead);

  for (const m of folded.matchAll(FIELD_LINE)) {
    const value = m[1] as string;
    const at = (m.index ?? 0) + m[0].indexOf(value);
    const title = cut(text, at, value.length);
    if (plausible(title, false)) return { title, field: true };
  }
  for (const [from, source] of [
    [text, folded],
    [subject, foldedSubject],
  ] as const) {
    for (const m of source.matchAll(QUOTED)) {
      const value = (m[1] ?? m[2]) as string;
      const title = cut(from, (m.index ?? 0) + m[0].indexOf(value), value.length);
      if (plausible(title, true)) return { title, field: false };
    }
  }
  const bracket = SUBJECT_BRACKET.exec(foldedSubject);
  if (bracket) {
    const title = cut(subject, bracket[0].indexOf(bracket[1] as string), (bracket[1] as string).length);
    if (plausible(title, true)) return { title, field: false };
  }
  for (const re of [ZH_BEFORE_POSITION, ZH_APPLIED, JA_APPLIED, KO_BEFORE_POSITION]) {
    for (const [from, source] of [
      [subject, foldedSubject],
      [text, folded],
    ] as const) {
      for (const m of source.matchAll(re)) {
        const value = m[1] as string;
        let title = cut(from, (m.index ?? 0) + m[0].indexOf(value), value.length);
        if (re === KO_BEFORE_POSITION) {
          const words = title.split(/[\s　]+/);
          while (words.length > 1 && KO_NOT_TITLE_WORD.test(words[0] as string)) words.shift();
          if (words.some((w) => KO_NOT_TITLE_WORD.test(w))) continue;
          title = words.join(' ');
        }
        if (plausible(title, true)) return { title, field: false };
      }
    }
  }
  // A subject's part that is a title by its job word ("【Roots】内定通知 - 保育士（正社員）").
  for (const part of subject.split(SUBJECT_PARTS)) {
    const title = tidy(part);
    if (CJK.test(title) && plausible(title, true)) return { title, field: false };
  }
  return null;
}

function tidy(raw: string): string {
  return raw.replace(/^[\s　"'“”「」『』【】]+|[\s　"'“”「」『』【】]+$/gu, '');
}

/** A title of a few words, with nothing of a company, a person or a sentence, ending on a job word unless from a field. */
function plausibleTitle(title: string, needsHead: boolean): boolean {
  if (title.length < 2 || title.length > 30 || NOT_IN_TITLE.test(title)) return false;
  if (/^\d/u.test(title) || /\d{1,2}[:：]\d{2}|\d+年|\d+月|\d+日/u.test(title)) return false;
  if (!needsHead) return true;
  const head = title.replace(TRAILING_NOTE, '');
  return HEAD.test(head);
}
