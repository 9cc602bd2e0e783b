// A job title in Japanese, Korean or Chinese mail. These languages write no capitals and (but Korean) no spaces
// between words, so the Latin title reader (role.ts) finds none. A title is read only where the mail frames it: a
// position's field ("岗位：X", "職種：X", "모집 분야: X"), quotes with a position word beside them ("「X」へのご応募",
// "求人「X」"), a subject's bracket or part ("【X】面接のご案内", "内定通知 - X"), or the words right after a verb of
// applying and before a position word ("投递我司X职位", "X 포지션", "X 채용 전형"). Every title must end on a job word of
// its language (工程师, エンジニア, 개발자…) with a word before it, and holds no company, department, person, hiring word,
// employment type or sentence: a wrong title costs the user more than none. When the mail frames two titles, none is
// read. Traditional Chinese is folded to simplified characters first (hant.ts; one code unit for one), and the title
// is cut from the text as written.

import { CJK } from './cjk-stage';
import { foldTraditional, isTraditionalChinese } from './hant';
import { CLOSING } from './names/cjk-name';

/** Job words a Chinese title ends on (simplified; traditional text is folded first). */
const ZH_HEAD =
  '工程师|设计师|架构师|分析师|规划师|咨询师|经理|专员|主管|主任|助理|顾问|总监|店长|储备店长|会计|出纳|文员|客服|销售|运营|开发|实习生|研究员|科学家|讲师|教师|老师|司机|厨师|咖啡师|护士|医生|药师|技术员|操作员|人员|代表|编辑|策划|翻译|律师|审计|专家|组长|负责人';
/** Job words a Japanese title ends on. */
const JA_HEAD =
  'エンジニア|デザイナー|マネージャー|マネジャー|スタッフ|コンサルタント|ディレクター|プランナー|アナリスト|リーダー|プログラマー|オペレーター|アシスタント|セールス|カスタマーサクセス|プロデューサー|事務|職員|社員|保育士|介護士|看護師|薬剤師|美容師|調理師|整備士|技術者|施工管理|営業|販売員|講師';
/** Job words a Korean title ends on. */
const KO_HEAD =
  '개발자|엔지니어|디자이너|매니저|컨설턴트|기획자|마케터|연구원|분석가|운영|영업|사원|인턴|리더|디렉터|전문가|관리자|강사';

/** Job words too generic to be a title alone ("人员", "工程师", "スタッフ", "매니저"): they need a word before them. */
const GENERIC_ALONE =
  /^(?:人员|员|代表|运营|开发|销售|翻译|审计|会计|工程师|经理|专员|主管|主任|助理|顾问|总监|负责人|专家|社員|職員|事務|営業|スタッフ|エンジニア|マネージャー|マネジャー|リーダー|アシスタント|사원|매니저|엔지니어|개발자|운영|영업|리더|전문가|관리자|담당)$/u;
/** A title with a parenthetical of its own at its end ("後端开发工程师（Go）", "保育士（正社員）"): the head is before it. */
const TRAILING_NOTE = /[（(][^（）()]{1,12}[）)]$/u;
const HEAD = new RegExp(`(?:${ZH_HEAD}|${JA_HEAD}|${KO_HEAD})$`, 'u');

/**
 * No title holds a hiring or HR word (a recruiter's "採用担当", "人力资源部 王经理"; real HR jobs like 招聘专员 are lost
 * to this), a legal form or an organisation's or department's word (the company, "技术部"), a person's honorific or
 * pronoun, the reader's past ("曾担任"), a sentence's punctuation or particle 的, or a field's label.
 */
const NOT_IN_TITLE =
  /採用|招聘|招募|人事|人资|人資|人力资源|人力資源|채용|인사|株式会社|有限会社|合同会社|公司|集团|集團|企业|事业群|中心|[^\s　]部(?![\p{Script=Han}])|주식회사|（株）|\(주\)|（주）|様|さん|님|您|你|我|贵|貴|弊社|当社|本行|本司|担任|的|[。！？!?、，,：:|]|\s[-–—/]\s|https?:/u;
/** Employment types and levels, not jobs ("【正社員】", "신입 사원"). */
const EMPLOYMENT_TYPE = /^(?:正|契約|派遣|新卒|中途|嘱託)?社員$|^(?:신입|경력|정규직|계약직)?[\s　]?사원$/u;
/** A surname and a title: a person ("王经理", "张老师"), not a job. */
const PERSON_WITH_TITLE = /^[\p{Script=Han}](?:经理|老师|总监|主管|总)$/u;
/** A value that says the title is elsewhere or undecided ("待定", "详见附件JD", "ご相談", "협의"). */
const PLACEHOLDER = /待定|同上|见附件|詳見|详见|面议|不限|未定|相談|応じて|협의|무관/u;

/** A position's field label at a line's start, and its value to the line's end. */
const FIELD_LINE =
  /^[ \t　]*[【[]?(?:面试|应聘|应征|招聘|录用|录取|申请|入职|报名)?(?:职位|岗位|职缺|职务|職種|募集職種|応募職種|ポジション|모집[ \t]?분야|지원[ \t]?분야|모집[ \t]?직무|지원[ \t]?직무|직무|포지션)(?:名称|名)?[】\]]?[ \t　]*[:：][ \t　]*([^\n]{2,40}?)[ \t　]*$/gmu;
/** Quotes with a position word beside them (Japanese 「」『』, Chinese “” and 「」), not the last of a list of quotes. */
const QUOTED = /(?:求人|ポジション|職種|职位|岗位|职缺)[\s　]*[「『“]([^「」『』“”\n]{2,30})[」』”]|(?<![」』”][\s　、・と]{0,2})[「『“]([^「」『』“”\n]{2,30})[」』”][\s　]*(?:への|へ|に|の)?[\s　]*(?:ご応募|応募|ポジション|職|として(?!の?ご?(?:経験|経歴))|のお仕事|の求人|の募集|职位|岗位|职缺)/gu;
/** A subject's leading bracket before a step's word ("【シニアエンジニア】面接のご案内"). */
const SUBJECT_BRACKET = /^[【[]([^【】[\]]{2,30})[】\]][\s　]*(?=.*(?:面接|面談|応募|選考|内定|面试|录用|录取|[Oo]ffer|OFFER|면접|합격|지원))/u;
/** A subject's parts. */
const SUBJECT_PARTS = /[\s　]+[-–—|][\s　]+|[:：]|【[^】]*】|\[[^\]]*\]/u;
/** Chinese: the words after a verb of applying and before a position word ("投递我司X职位", "您应聘的是X岗位"). */
const ZH_BEFORE_POSITION =
  /(?:应聘|应征|投递|申请)[\s　]*(?:我司|贵司|本公司|本司|本行|我们的)?(?:的(?:是)?)?[\s　]*([^\s　，。！？、：:（）()“”「」]{2,20}(?:[\s　][^\s　，。！？、：:“”「」]{1,12})?)[\s　]*(?:职位|岗位|职缺|一职)/gu;
/** Chinese: a title applied for, then punctuation ("感谢您应徵本行测试规划人员，"). */
const ZH_APPLIED = /(?:应聘|应征|投递)(?:我司|贵司|本公司|本司|本行|我们的)?(?:的(?:是)?)?([^\s　，。！？、：:（）()]{2,16})(?=[，。！？、\s　])/gu;
/** Japanese: a title applied for without quotes ("…のバイク整備スタッフへ ご応募"). */
const JA_APPLIED = /(?:の|、|[\s　])([^\s　の、。「」【】]{2,20})(?:へ|に)[\s　]?(?:の)?ご?応募/gu;
/**
 * Korean: up to two words before a position word or a hiring process ("데이터 엔지니어 포지션", "SAP 컨설턴트 채용전형"), not
 * the reader's own job ("마케팅 매니저 직무를 수행 중이신").
 */
const KO_BEFORE_POSITION = /((?:[가-힣A-Za-z0-9/+#]+[\s　]){0,1}[가-힣A-Za-z0-9/+#]+)[\s　]?(?:포지션|직무|직군|채용[\s　]?(?:과정|전형|절차))(?![을를]?[\s　]?(?:수행|경험|담당))/gu;
/**
 * Korean words that lead a phrase, not a title ("이번", "귀하의", "새로운", "관련"), a modifier or a particle's ending
 * ("제안드리는", "적합한", "회사의"), or a sentence's end ("…입니다").
 */
const KO_NOT_TITLE_WORD = /^(?:이번|이번에|귀하의|저희|당사|해당|본|지원하신|지원해|관심|안녕하세요|관련|담당|현재|새로운|적합한)$|[는은린한된인할의을를]$|님$|입니다$|습니다$/u;

/**
 * The title read from a Japanese, Korean or Chinese subject and body, or null. Fields are read only before a signature
 * or a sign-off: a Chinese signature's "职位：技术总监" is the writer's own title.
 */
export function cjkTitle(subject: string, body: string, beforeSignature = body): string | null {
  if (!CJK.test(subject) && !CJK.test(body)) return null;
  // …and before a sign-off ("此致", "敬礼"), which the signature finder may not know.
  const lines = beforeSignature.split('\n');
  const signOff = lines.findIndex((l) => CLOSING.test(l.trim()));
  const fieldBody = (signOff >= 0 ? lines.slice(0, signOff) : lines).join('\n');
  const traditional = isTraditionalChinese(`${subject}\n${body}`);
  const fold = (s: string) => (traditional ? foldTraditional(s) : s);
  const text = body.slice(0, 6_000);
  const folded = fold(text);
  const foldedSubject = fold(subject);
  // The value as written (offsets are kept by the fold), tidied; it is checked in simplified characters.
  const cut = (from: string, at: number, length: number): string => tidy(from.slice(at, at + length));
  const plausible = (title: string) => plausibleTitle(fold(title));
  // Each frame in turn; a frame giving two different titles gives none ("「品質管理スタッフ」「生産管理スタッフ」の求人").
  const only = (titles: readonly string[]): string | null | undefined => {
    const distinct = [...new Set(titles)];
    return distinct.length === 1 ? distinct[0] : distinct.length > 1 ? null : undefined;
  };
  const found = (re: RegExp, pairs: readonly (readonly [string, string])[], group = (m: RegExpMatchArray) => m[1] as string, adjust = (t: string) => t) => {
    const titles: string[] = [];
    for (const [from, source] of pairs) {
      for (const m of source.matchAll(re)) {
        const value = group(m);
        const title = adjust(cut(from, (m.index ?? 0) + m[0].indexOf(value), value.length));
        if (title !== '' && plausible(title)) titles.push(title);
      }
    }
    return only(titles);
  };
  const both = [
    [subject, foldedSubject],
    [text, folded],
  ] as const;
  const frames: (() => string | null | undefined)[] = [
    () => found(FIELD_LINE, [[fieldBody.slice(0, 6_000), fold(fieldBody.slice(0, 6_000))]], (m) => m[1] as string, cutField),
    () => found(QUOTED, both, (m) => (m[1] ?? m[2]) as string),
    () => {
      const bracket = SUBJECT_BRACKET.exec(foldedSubject);
      const title = bracket ? cut(subject, bracket[0].indexOf(bracket[1] as string), (bracket[1] as string).length) : '';
      return title !== '' && plausible(title) ? title : undefined;
    },
    () => found(ZH_BEFORE_POSITION, both),
    () => found(ZH_APPLIED, both),
    () => found(JA_APPLIED, both),
    () => found(KO_BEFORE_POSITION, both, (m) => m[1] as string, koreanTitle),
    // A subject's part that is a title by its job word ("【Roots】内定通知 - 保育士（正社員）").
    () => only(subject.split(SUBJECT_PARTS).map(tidy).filter((t) => CJK.test(t) && !/[\s　]/u.test(t.replace(/^[A-Za-z0-9/+#]+[\s　]/u, '')) && plausible(t))),
  ];
  for (const frame of frames) {
    const title = frame();
    if (title !== undefined) return title;
  }
  return null;
}

/** A field's value up to a second field or an aside ("产品经理 薪资：20-30K", "前端开发工程师 - 上海"). */
function cutField(value: string): string {
  return value.split(/[ \t　]+(?:[-–—/|｜][ \t　]+|(?=\d))|[ \t　]+[^\s　]{1,6}[:：]|[|｜]/u)[0]?.trim() ?? '';
}

/** A Korean title without the words that lead it ("이번 품질관리 엔지니어" → "품질관리 엔지니어"), or '' if one is a modifier. */
function koreanTitle(title: string): string {
  const words = title.split(/[\s　]+/u);
  while (words.length > 1 && KO_NOT_TITLE_WORD.test(words[0] as string)) words.shift();
  return words.some((w) => KO_NOT_TITLE_WORD.test(w)) ? '' : words.join(' ');
}

function tidy(raw: string): string {
  return raw.replace(/^[\s　"'“”「」『』【】]+|[\s　"'“”「」『』【】]+$/gu, '');
}

/**
 * A title of a few words ending on a job word, not a generic one alone ("数据分析师", "保育士", not "人员" or "工程师"),
 * with nothing of a company, a person, an employment type, a placeholder, a date or a sentence.
 */
function plausibleTitle(title: string): boolean {
  if (title.length < 3 || title.length > 30 || NOT_IN_TITLE.test(title) || PLACEHOLDER.test(title)) return false;
  if (EMPLOYMENT_TYPE.test(title) || PERSON_WITH_TITLE.test(title) || title.includes('-')) return false;
  if (/^\d/u.test(title) || /\d{1,2}[:：]\d{2}|\d+年|\d+月|\d+日/u.test(title)) return false;
  const head = title.replace(TRAILING_NOTE, '');
  return HEAD.test(head) && !GENERIC_ALONE.test(head);
}
