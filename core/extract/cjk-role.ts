// A job title in Japanese, Korean or Chinese mail. These languages write no capitals and (but Korean) no spaces
// between words, so the Latin title reader (role.ts) finds none. A title is read only where the mail frames it: a
// position's field before any signature ("岗位：X", "職種：X", "모집 분야: X"), quotes with a position word beside them
// ("「X」へのご応募", "求人「X」"), a subject's bracket or part ("【X】面接のご案内", "内定通知 - X"), or the words right
// after a verb of applying and before a position word ("投递我司X职位"), and in Korean before a position word or a
// hiring process ("데이터 엔지니어 포지션", "SAP 컨설턴트 채용 전형"). Every title must end on a job word of its language
// (工程师, エンジニア, 개발자…) that is not generic alone, and holds no legal form, department or HR word, listed surname
// with a title, employment type, placeholder or sentence mark; the reader's own past job is skipped where the mail says
// so ("としてご活躍", "직무로 근무"). When one frame gives two titles, none is read: a wrong title costs the user more than
// none. A company written without a legal form before the title ("投递字节跳动后端开发工程师岗位") is not told apart.
// Traditional Chinese is folded to simplified characters first (hant.ts; one code unit for one), and the title is cut
// from the text as written.

import { CJK } from './cjk-stage';
import { type FrameReading, firstFramed, onlyTitle } from './frames';
import { foldTraditional, isTraditionalChinese } from './hant';
import { CLOSING, startsWithChineseFamilyName } from './names/cjk-name';

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
 * pronoun, the reader's past ("曾担任", "申请过"), a sentence's punctuation or particle 的, or a field's label.
 */
const NOT_IN_TITLE =
  /採用|招聘|招募|人事|人资|人資|人力资源|人力資源|채용|인사|株式会社|有限会社|合同会社|公司|集团|集團|企业|事业群|中心|[^\s　]部(?![\p{Script=Han}])|주식회사|（株）|\(주\)|（주）|様|さん|님|您|你|我|贵|貴|弊社|当社|本行|本司|担任|转岗|调岗|^[了过]|的|[。！？!?、，,：:|【】[\]]|\s[-–—/]\s|https?:/u;
/** Employment types and levels, not jobs ("【正社員】", "신입 사원"). */
const EMPLOYMENT_TYPE = /^(?:正|契約|派遣|新卒|中途|嘱託)?社員$|^(?:신입|경력|정규직|계약직)?[\s　]?사원$/u;
/** A surname, maybe a given name, and a title: a person ("王经理", "王丽经理", "欧阳经理"), not a job. */
const PERSON_WITH_TITLE = /^(\p{Script=Han}{1,3})(?:经理|老师|总监|主管|总)$/u;
/** A value that says the title is elsewhere or undecided ("待定", "详见附件JD", "ご相談", "협의"). */
const PLACEHOLDER = /待定|同上|见附件|詳見|详见|面议|不限|未定|相談|応じて|협의|무관/u;

/** A line with only a Korean name or a Chinese one starting with a listed family name ("김민수", "王敏"; not "面试通知"). */
function nameLine(line: string): boolean {
  const t = line.trim();
  return /^\p{Script=Hangul}{2,4}$/u.test(t) || (/^\p{Script=Han}{2,4}$/u.test(t) && startsWithChineseFamilyName(t));
}
/** A signature's field after the name: a title or a contact ("职位：", "电话：", "メール：", "연락처:", "Tel:"). */
const SIGNATURE_FIELD = /^[ \t　]*(?:职位|職位|职务|職務|电话|電話|手机|手機|邮箱|郵箱|微信|メール|携帯|연락처|전화|휴대폰|이메일|tel|phone|mobile|e-?mail)[ \t　]*[:：]/iu;
/** A position's field label at a line's start (after a list's mark: "a. 포지션:", "・職種："), and its value to the line's end. */
const FIELD_LINE =
  /^[ \t　]*(?:(?:[A-Za-z0-9]{1,2}[.)．）]|[-•・*■□◆●①-⑳])[ \t　]*)?[【[]?(?:面试|应聘|应征|招聘|录用|录取|申请|入职|报名)?(?:职位|岗位|职缺|职务|職種|募集職種|応募職種|ポジション|모집[ \t]?분야|지원[ \t]?분야|모집[ \t]?직무|지원[ \t]?직무|직무|포지션)(?:名称|名)?[】\]]?[ \t　]*[:：][ \t　]*([^\n]{2,40}?)[ \t　]*$/gmu;
/**
 * Quotes with a position word beside them (Japanese 「」『』, Chinese “” and 「」, and 【】 before a Chinese position
 * word: "【测试开发工程师】岗位"), not the last of a list of quotes.
 */
const QUOTED = /(?:求人|ポジション|職種|职位|岗位|职缺)[\s　]*[「『“]([^「」『』“”\n]{2,30})[」』”]|(?<![」』”][\s　、・]{0,2}(?:と|や|または|もしくは|及び|和|或)?[\s　、・]{0,2})[「『“]([^「」『』“”\n]{2,30})[」』”][\s　]*(?:への|へ|に|の)?[\s　]*(?:ご応募|応募|ポジション|職(?!務)|として(?![^。\n]{0,10}(?:活躍|キャリア|経験|経歴|年))|のお仕事|の求人|の募集|职位|岗位|职缺)|【([^【】\n]{2,30})】[\s　]*(?:岗位|职位|职缺)/gu;
/** A subject's leading bracket before a step's word ("【シニアエンジニア】面接のご案内"). */
const SUBJECT_BRACKET = /^[【[]([^【】[\]]{2,30})[】\]][\s　]*(?=.*(?:面接|面談|応募|選考|内定|面试|录用|录取|[Oo]ffer|OFFER|면접|합격|지원))/u;
/** A subject's parts. */
const SUBJECT_PARTS = /[\s　]+[-–—|][\s　]+|[:：]|【[^】]*】|\[[^\]]*\]/u;
/** Chinese: the words after a verb of applying and before a position word ("投递我司X职位", "您应聘的是X岗位"). */
const ZH_BEFORE_POSITION =
  /(?:应聘|应征|投递|申请)[\s　]*(?:我司|贵司|本公司|本司|本行|我们的|这个|该|此|一个)?(?:的(?:是)?)?[\s　]*([^\s　，。！？、：:（）()“”「」]{2,20}(?:[\s　][^\s　，。！？、：:“”「」]{1,12})?)[\s　]*(?:职位|岗位|职缺|一职)/gu;
/** Chinese: a title applied for, then punctuation ("感谢您应徵本行测试规划人员，"). */
const ZH_APPLIED = /(?:应聘|应征|投递)(?:我司|贵司|本公司|本司|本行|我们的|这个|该|此|一个)?(?:的(?:是)?)?([^\s　，。！？、：:（）()]{2,16})(?=[，。！？、\s　])/gu;
/** Japanese: a title applied for without quotes ("…のバイク整備スタッフへ ご応募"). */
const JA_APPLIED = /(?:の|、|[\s　])([^\s　の、。「」【】]{2,20})(?:へ|に)[\s　]?(?:の)?ご?応募/gu;
/**
 * Korean: up to two words before a position word or a hiring process ("데이터 엔지니어 포지션", "SAP 컨설턴트 채용전형"), not
 * the reader's own job ("마케팅 매니저 직무를 수행 중이신").
 */
const KO_BEFORE_POSITION = /((?:[가-힣A-Za-z0-9/+#]+[\s　]){0,1}[가-힣A-Za-z0-9/+#]+)[\s　]?(?:포지션|직무|직군|채용[\s　]?(?:과정|전형|절차))(?![을를으로에서]{0,2}[\s　]?(?:수행|경험|담당|경력|근무|일하|맡))/gu;
/**
 * Korean field words that make the first word of a two-word title ("데이터 엔지니어", "품질관리 엔지니어"); any other word
 * there may be the sentence's, a company or a team ("회사에서 개발자", "당근마켓 개발자", "플랫폼팀 엔지니어"), and then
 * only a title word that is not generic alone is read. A Latin word ("SAP 컨설턴트", "B2B 영업") is one too.
 */
const KO_FIELD_WORD = /^(?:데이터|백엔드|프론트엔드|풀스택|서버|웹|앱|모바일|소프트웨어|하드웨어|임베디드|클라우드|인프라|보안|네트워크|시스템|품질|품질관리|품질보증|생산|생산관리|공정|설비|연구|연구개발|기술|기술지원|제품|프로덕트|서비스|콘텐츠|마케팅|퍼포먼스|그로스|브랜드|영업|해외영업|기술영업|재무|회계|세무|법무|구매|물류|디자인|UX|UI|게임|인공지능|머신러닝|딥러닝|전략|사업|사업개발|운영|고객|고객지원|교육|의료|간호|약무|건축|토목|전기|기계|화학|반도체|온라인)$|^[A-Za-z0-9/+#.]+$/u;

/**
 * The title read from a Japanese, Korean or Chinese subject and body, or null. Fields are read only before a signature
 * or a sign-off: a Chinese signature's "职位：技术总监" is the writer's own title.
 */
export function cjkTitle(subject: string, body: string, beforeSignature = body): string | null {
  if (!CJK.test(subject) && !CJK.test(body)) return null;
  const traditional = isTraditionalChinese(`${subject}\n${body}`);
  const fold = (s: string) => (traditional ? foldTraditional(s) : s);
  // …and before a sign-off ("此致", "敬礼"), which the signature finder may not know. A line with only a name followed
  // by a title or a contact field starts a signature too ("王敏\n职位：技术总监").
  const lines = beforeSignature.split('\n');
  const signOff = lines.findIndex((l, i) => CLOSING.test(l.trim()) || (nameLine(fold(l)) && SIGNATURE_FIELD.test(lines[i + 1] ?? '')));
  const fieldBody = (signOff >= 0 ? lines.slice(0, signOff) : lines).join('\n');
  const text = body.slice(0, 6_000);
  const folded = fold(text);
  const foldedSubject = fold(subject);
  // The value as written (offsets are kept by the fold), tidied; it is checked in simplified characters.
  const cut = (from: string, at: number, length: number): string => tidy(from.slice(at, at + length));
  const plausible = (title: string) => plausibleTitle(fold(title));
  // Each frame in turn; a frame giving two different titles gives none ("「品質管理スタッフ」「生産管理スタッフ」の求人").
  const found = (re: RegExp, pairs: readonly (readonly [string, string])[], group = (m: RegExpMatchArray) => m[1] as string, adjust = (t: string) => t) => {
    const titles: string[] = [];
    for (const [from, source] of pairs) {
      for (const m of source.matchAll(re)) {
        const value = group(m);
        const at = (m.index ?? 0) + m[0].indexOf(value);
        const title = tidy(adjust(from.slice(at, at + value.length)));
        if (title !== '' && plausible(title)) titles.push(title);
      }
    }
    return onlyTitle(titles);
  };
  const both = [
    [subject, foldedSubject],
    [text, folded],
  ] as const;
  const frames: (() => FrameReading)[] = [
    () => found(FIELD_LINE, [[fieldBody.slice(0, 6_000), fold(fieldBody.slice(0, 6_000))]], (m) => m[1] as string, cutField),
    () => found(QUOTED, both, (m) => (m[1] ?? m[2] ?? m[3]) as string),
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
    () => onlyTitle(subject.split(SUBJECT_PARTS).map(tidy).filter((t) => CJK.test(t) && !/[\s　]/u.test(t.replace(/^[A-Za-z0-9/+#]+[\s　]/u, '')) && plausible(t))),
  ];
  return firstFramed(frames);
}

/**
 * A field's value without a leading tag ("【正社員】Webエンジニア", "（急聘）产品经理"), up to a second field or an aside
 * ("产品经理 薪资：20-30K", "前端开发工程师 - 上海"); none for two titles ("高级Java工程师 / 架构师").
 */
function cutField(value: string): string {
  // A legal form in brackets ("（株）メルカリ", "(주)우아한형제들") leads a company, not a tag.
  if (/^[ \t　]*[（(](?:株|有|주|유|合|社)[）)]/u.test(value)) return '';
  const untagged = value.replace(/^(?:[【[（(][^】\]）)]{1,8}[】\]）)][ \t　]*)+/u, '');
  if (/[ \t　]\/[ \t　]/u.test(untagged)) return '';
  return untagged.split(/[ \t　]+(?:[-–—|｜][ \t　]+|(?=\d))|[ \t　]+[^\s　]{1,6}[:：]|[|｜]/u)[0]?.trim() ?? '';
}

/** A Korean title: a field word and a title word, or a title word alone ("이번 품질관리 엔지니어" → "품질관리 엔지니어"). */
function koreanTitle(title: string): string {
  const words = title.split(/[\s　]+/u);
  if (words.length === 2 && KO_FIELD_WORD.test(words[0] as string)) return title;
  // A first word of the hiring side or a person ("인사 컨설턴트", "김민수님"): the sender's own job.
  if (words.length === 2 && NOT_IN_TITLE.test(words[0] as string)) return '';
  return words[words.length - 1] ?? '';
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
  // One character before the title is a surname whether or not the lists know it (金经理), but 总 and 副 make a title
  // (总经理, 副总监); more must start with a listed one (王丽经理), or "产品经理" would be a person.
  const person = PERSON_WITH_TITLE.exec(title);
  const named = person !== null && ((person[1] as string).length === 1 ? !/^[总副]$/u.test(person[1] as string) : startsWithChineseFamilyName(person[1] as string));
  if (EMPLOYMENT_TYPE.test(title) || named || title.includes('-')) return false;
  if (/^\d/u.test(title) || /\d{1,2}[:：]\d{2}|\d+年|\d+月|\d+日/u.test(title)) return false;
  const head = title.replace(TRAILING_NOTE, '');
  return HEAD.test(head) && !GENERIC_ALONE.test(head);
}
