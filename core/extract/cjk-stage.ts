// The stage concepts a Japanese, Korean or Chinese (simplified) message states. These languages write no spaces
// between words (or, in Korean, between a word and its particles), so the word-anchored phrase table (phrase-table.ts)
// cannot read them: here each concept is one pattern per language, matched as a substring, written from knowledge of
// how 選考 mail, 채용 mail and 招聘 mail is phrased and checked against the development mail. A negation in these
// languages follows the verb ("内定をお出しすることができません"), so an offer or an invitation is read with its
// sentence: a condition before it, a negation in the rest of its clause (in Chinese, before its verb: "无法向您发放
// offer"), or thanks for a step already taken, leaves it unmade (unmade() below). Traditional Chinese is folded to
// simplified characters first (hant.ts) and read by the same table, with the words Taiwan writes differently (TAIWANESE).

import { POSITIVE_CONCEPTS, type StageConcept } from './stage-phrases';

/** Is there Japanese kana, a Chinese character or Korean hangul in the text? Then the table below is read. */
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

type Table = Partial<Record<StageConcept, RegExp>>;

const JAPANESE: Table = {
  // Not selected: "ご縁がなかった", "ご期待に添えない結果", "見送らせていただく", "採用を見合わせる", "不採用". Not the
  // condition "不採用の場合はご連絡いたしません" (NOT_REFUSED).
  rejected:
    /ご?縁が(?:なかった|なく|ございませんでした)|(?:ご期待|ご希望|ご意向|貴意)に(?:添え|沿え|そえ|添い|沿い|そい)(?:ない|ず|かね)|(?:ご期待|ご希望|ご意向|貴意)に(?:添|沿|そ)う(?:こと)?(?:が|は)?でき(?:ない|ず|かね)|見送(?:らせて|りとさせて|ることと|ることに|る結果|りとなり|りの結果|りと|らざるを得)|採用を見合わせ|不採用|不合格|お見送り|(?:内定|面接のご案内|ご案内)には至(?:ら|り)/u,
  // A post filled or closed, an interview cancelled: "募集を終了", "充足", "面接は中止とさせていただきます".
  closed: /募集(?:を|は)終了|充足(?:いた)?しました|募集を締め切|面接(?:を|は)?[^。\n]{0,20}(?:中止|キャンセル|取りやめ)/u,
  // Offered the job: "内定のご連絡", "内定を出させていただきます", "内々定", "採用決定のお知らせ", "採用させていただくこと".
  offer:
    /内々?定(?:の(?:ご連絡|お知らせ|通知)|通知|を(?:出|お出し|差し上げ|決定)|と(?:させて|なりました|いたし|決定)|が決定)|(?:様|貴殿|あなた)を採用|採用(?:と(?:させて|いたし|決定)|決定の(?:お知らせ|ご連絡)|通知)|採用させていただくこと/u,
  // Invited to an interview or a step: "面接のご案内", "面接にお越しください", "一次面接を", "面接日程のご連絡",
  // "カジュアル面談のご案内", "次の選考へお進みいただきたく"; not a past one ("一次面接にお越しいただき", unmade()).
  invited:
    /面接(?:の|日程の?|日時の?)(?:ご)?(?:案内|連絡|調整|設定|お願い)|面接(?:に|へ)(?:お越しください|お越しいただきたく|お越しいただければ|ご招待|進んでいただきたく|お進みいただ)|(?:一次|二次|三次|最終|役員|Web|オンライン)面接(?:の|を|に|へ|は)(?!結果|際|にお越しいただき|にご参加いただき|にご出席いただき|を受け)|面接を(?:実施|行い|設定|お願い)(?!まし|た|させていただき)|(?:カジュアル|採用|選考|オファー|一次|最終)面談(?:の|日程の?)(?:ご)?(?:案内|調整)|適性検査(?:の|を)(?:ご)?(?:案内|受検)(?!いただき)|次の選考へ(?:お進み|ご案内)|ご都合のよい日(?:時|程)をお知らせ/u,
  // An application received: "ご応募いただきありがとうございます", "応募を受け付けました".
  received: /(?:ご応募|ご応募いただき|ご応募いただきまして)(?:、)?(?:誠に)?ありがとうございま|応募を受け付け|応募受付の|エントリーいただき(?:、)?(?:誠に)?ありがとう/u,
  // The offer accepted, onboarding: "内定をご承諾いただき", "入社手続きのご案内".
  hired: /内定(?:を)?ご?承諾(?:いただき|くださり)|入社手続き(?:のご案内|について)|入社前研修のご案内|入社式のご案内/u,
  // A reference check: "リファレンスチェック".
  reference: /リファレンスチェック/u,
};

const KOREAN: Table = {
  // Unfortunately … not (in one sentence), not selected, no fit.
  rejected:
    /(?:아쉽게도|안타깝게도)[^.\n]{0,60}(?:어렵|못|않|없|불합격|함께하지|모시지)|불합격|함께하기 어렵|함께하지 못하|함께할 수 없|모시지 못하|모시기 어렵|합격하지 못|인연이 닿지|좋은 (?:소식|결과)를 전해(?:드리지| 드리지) 못|뜻에 부응하지 못/u,
  closed: /채용이 (?:마감|종료)|모집이 (?:마감|종료)|면접(?: 일정)?(?:이|을)? ?취소/u,
  // "최종 합격" (final acceptance, not "최종 합격 여부/시/후/자", when it is announced or on a condition) and an offer of
  // employment; not a document-stage pass ("서류 합격"), which leads to an interview.
  offer: /최종 ?합격(?! ?(?:여부|시|후|자))|입사를 제안(?:드립니다|드리고자|드리게)|입사 제안을 드립니다|처우 ?협의(?:를 위해|드리고자|를 진행)|오퍼 ?레터|채용 ?확정|입사 ?확정/u,
  // An interview or a step: "면접 안내", "1차 면접을", "인터뷰 일정", "화상 면접"; not its result ("면접 결과").
  invited:
    /면접(?:에)? ?(?:안내|초대|일정)(?!은 추후)|(?:1차|2차|3차|최종|실무|임원|화상) ?면접(?! ?(?:결과|없이))(?:을|이|에|은|[ \t])|면접을 (?:진행|요청|제안)|인터뷰 ?(?:일정|안내|진행|제안)|(?:1차|2차|최종) ?인터뷰|코딩 ?테스트 ?안내|(?:채용|사전|실무) ?과제 ?안내/u,
  received: /지원해 ?주셔서 (?:진심으로 )?감사|지원서(?:가)? (?:정상적으로 )?접수|지원 ?완료/u,
  hired: /입사를 (?:진심으로 )?(?:환영|축하)|합류를 (?:진심으로 )?환영|입사 ?서류|첫 출근/u,
};

const CHINESE: Table = {
  rejected:
    /很遗憾[^。\n]{0,40}(?:未能|不能|无法|没有|未|不(?:符|合适|匹配|太))|遗憾地通知|很抱歉[^。\n]{0,20}(?:未能|不能|无法)|未能?通过(?![者的人])|匹配度不(?:够|高)|暂不考虑|暂(?:时)?没有合适|未被录用|不予录用|不太匹配|不太?合适|(?:暂时)?无法(?:向您)?(?:发出|提供|安排)(?:面试|下一轮)|无法进入下一轮|选择(?:了)?(?:另一位|其他)[^。\n]{0,16}(?:候选人|人选)/u,
  closed: /(?:职位|岗位|职缺)已(?:关闭|招满|额满)|招聘已结束|停止招聘|面试(?:已经?|已被)?取消|取消(?:本次)?面试/u,
  // Hired: "录用通知", "您已被我司录用"; not a university's admission ("录取通知").
  offer: /录用通知|[【\[]录用详情[】\]]|录用(?:邀约|意向书|详情)如下|请查收[^。，\n]{0,6}录用(?:邀约|意向书)|(?:发出|发送|附上|随附)[^。，\n]{0,6}录用(?:邀约|意向书)|(?<!者可获?|可)正式录用|恭喜您(?:被|获得)录用|已被(?:我司|我们|公司)?录用|决定录用您|(?:向您)?(?:发放|发出)(?:正式)?offer/u,
  invited:
    /面试(?:邀请|邀约)|面试通知|邀请您(?:参加|来|进入|进行)(?:[\p{Script=Han}]{0,8})?(?:面试|面谈)|(?:视讯|视频|线上|电话)(?:面试|面谈)|面谈(?:邀请|通知|安排)|诚邀您[^。\n]{0,10}面试|(?:来|到)(?:我司|公司)(?:进行)?面试|面试(?:时间|安排|地点)(?:[:：]|为|是|定于)|(?:初|复|终|一|二|三)面(?:安排|时间|邀请)|参加面试|复试通知|笔试(?:邀请|安排|通知)|视频面试/u,
  received: /感谢您(?:的)?投递|感谢您(?:对我们|对我司)?的?(?:申请|应聘|应征)|已收到您的(?:简历|申请|履历)|(?:简历|履历)已收到/u,
  hired: /入职手续|办理入职|入职指引|(?:入职|上岗)报到|报到日期/u,
};

/**
 * Taiwan's words where the mainland writes others, read only in traditional text (folded, so written here in simplified
 * characters): 录取 is a job's offer there ("恭喜錄取", "決定錄取您"), a school's admission on the mainland; 甄试 is a
 * selection test, 到职 a first day.
 */
const TAIWANESE: Table = {
  // Not the footer "未錄取者恕不另行通知" (those not hired will not be told), under an invitation.
  rejected: /未(?:被|获)?录取(?![者的人])|不予录取|暂不录取/u,
  // Not "录取通知将…寄发" (a notice still to come) nor "正式录取名单" (a list to be published).
  offer: /恭喜(?:您)?(?:获得)?录取|(?:已|确定)获录取|决定录取|正式录取(?!名单)|录取通知(?!将|会)/u,
  invited: /(?:参加|进行)甄试|甄试(?:通知|邀请)/u,
  // A first day set ("到職日為…", "到職手續"); not "可到職日" (when the reader could start) nor "報到時間", which in
  // Taiwan is also the time to check in for an interview or a test.
  hired: /到职(?:手续|通知)|(?<!可|预计)到职日(?:为|订于|是|[:：])/u,
};

const TABLES: readonly Table[] = [JAPANESE, KOREAN, CHINESE];

/**
 * A condition or a promise to some readers only, before the phrase in its sentence: "書類選考を通過された方には、面接
 * のご案内をお送りします" (to those who pass), "서류 합격자에 한해" (only those who pass), "如果通过筛选", "面试通过后".
 */
const CONDITION_BEFORE =
  /(?:方|者)(?:のみ|には|に限り|にのみ)|場合(?:は|には|のみ|に限り)|次第|合格者|에 ?한(?:해|하여)|경우에만|합격하신 분|통과하신 분|합격자|(?:합격|확정|입사) ?시(?:에)?(?![\p{L}])|如果|若您|如您|如获|若获|如蒙|的话|(?:面试)?通过(?:筛选|初筛|简历筛选|初试|面试)?后|符合要求/u;
/**
 * A negation in the rest of the phrase's clause: "内定をお出しすることができません", "입사를 제안드리기 어렵게",
 * "1차 면접 없이", "正式offer会在背景调查后发放" (a Chinese negation before the verb is NEGATION_BEFORE's).
 */
const NEGATION_AFTER =
  /でき(?:ない|ず|ません|かね)|いたしかね|致しかね|差し上げられ|には至|に至ら|難し|叶い?ませ|叶わ|見合わせ|予定(?:は|して)(?:ございません|おりません)|어렵(?:습|게|다)|힘들|(?<!불가피)불가|못(?:하|했|합|드)|지 않(?:습|았|을|기로)|아니|없이|생략|없습니다|无法|不能|未能|没有|不(?:会|向|予|再)|暂不|会在[^。]{0,20}后/u;
/** Thanks for a step already taken, before an invitation: "感谢您参加面试", "先日は一次面接に…". */
const PAST_BEFORE = /(?:感谢|谢谢)您?(?:在?百忙之中)?(?:抽空|拨冗|前来|莅临)?$|(?:感谢|谢谢)您?(?:参加|参与)了?[^，,。！？\n]{0,8}$|先日[^。、\n]{0,20}$/u;
/** The same after it in its clause: "1차 면접에 참석해 주셔서 감사합니다", "面接を実施させていただき、ありがとうございました". */
const PAST_AFTER = /^[^。、，,\n]{0,20}(?:참석해 ?주셔서|참여해 ?주셔서|お越しいただき|ご参加いただき|ありがとうございました)/u;
/** Not about a job: a visa, an admission, a scholarship; an interviewer asked to sit in. */
const NOT_A_JOB_STEP = /签证|领事|考生|入学|入試|ビザ|비자|장학|입학|面接官(?:を|の)お願い|면접관으로|担任[^。]{0,10}面试官/u;
/** A school's or a university's admissions, anywhere in the mail (simplified forms: a traditional text is folded). */
const ADMISSIONS = /招生(?:组|办|处|委员会|简章|考试)|推甄|推荐甄试|硕士班|博士班|入学考试|大学院入試|입학 ?(?:전형|시험|원서)/u;
/** A post applied for, in the same mail ("应聘…岗位", "職缺", "채용에 지원"): a school hiring, not admitting. */
const HIRING_CUE = /应聘|应征|职缺|岗位|职位|招聘|채용|求人|採用/u;
/**
 * Someone else hired, something adopted, an offer already accepted, declined, withdrawn, expired, not yet made or made
 * to another candidate: no offer made to the reader ("別の方の採用", "新しい会計システムの採用", "感谢您接受我们…的录用通知",
 * "撤回此前发出的录用邀约"); each tied to the offer's words ("请于三日内回复接受或拒绝" is a real offer's).
 */
const NOT_AN_OFFER = /(?:是否|能否)(?:录取|录用)|(?:拒绝|撤回|撤销)[^，。]{0,8}录用(?:邀约|意向书|通知)|录用(?:邀约|意向书)[^，。]{0,8}已(?:经)?(?:过期|失效)|尚未[^，。]{0,4}(?:发出|发放)|(?:录用|审批)[^，。]{0,6}尚未|录用(?:通知|邀约|意向书)[^。]{0,12}(?:将|预计|会)[^。]{0,12}(?:发出|发放)|(?:另一位|其他)(?:候选人|人选|申请人)|(?:別|他)の(?:方|候補者)|(?:システム|ツール|製品|技術|サービス)の採用|接受(?:了)?[^。]{0,16}(?:录用|offer)/u;
/** A Chinese negation before the verb in the phrase's clause ("我们无法向您发放offer", "决定不向您发放offer"). */
const NEGATION_BEFORE = /(?:无法|不能|未能|没有|不会|不予|不再|不向|暂不)[^，,。；;\n]{0,8}$|[不未]$/u;
/** A sentence on a condition or a request ("不採用の場合は", "경우", "如需取消"): a refusal or a cancellation there is none. */
const NOT_REFUSED = /の場合|合否にかかわらず|場合は|경우|원하시면|如果|的话|如需|恕不另行通知|不再?另行通知|希望/u;
/** A condition opened before a refusal in its sentence ("若未獲錄取，…", "如果未通过"): the refusal is only supposed. */
const CONDITION_OPENS = /若(?!干)|如果|倘若|假如/u;
/** Where a clause ends: its mark, and the last clause of a text before a phrase. */
const CLAUSE_MARKS = '、，,;；';
const CLAUSE_END = new RegExp(`[${CLAUSE_MARKS}]`, 'u');
const LAST_CLAUSE = new RegExp(`[${CLAUSE_MARKS}][^${CLAUSE_MARKS}]*$`, 'u');

/** Sentence ends: "。！？", a line, and ". " (Korean's full stop; not in a date, "2025. 12. 3."). */
const SENTENCE_END = /[。！？!?\n]|(?<!\d)\.(?=\s)(?!\s*\d{1,2}\.)/gu;

/** The offsets where the text's sentences end, found once per text. */
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((m) => m.index);
}

/** The bounds of the sentence around `at`: from the end before it to the first end at or after it. */
function sentenceAround(ends: readonly number[], textLength: number, at: number): [number, number] {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? (ends[lo - 1] ?? -1) + 1 : 0, lo < ends.length ? (ends[lo] ?? textLength) : textLength];
}

/** Is the offer or invitation at [at, at + length) unmade by its sentence (see the patterns above)? */
function unmade(concept: StageConcept, text: string, sentence: readonly [number, number], at: number, length: number): boolean {
  const before = text.slice(sentence[0], at);
  const after = text.slice(at + length, Math.max(sentence[1], at + length));
  const clause = text.slice(at, at + length) + after.slice(0, CLAUSE_END.exec(after)?.index ?? after.length);
  const whole = `${before}${text.slice(at, at + length)}${after}`;
  const clauseBefore = before.slice(before.search(LAST_CLAUSE) + 1);
  if (CONDITION_BEFORE.test(before) || NEGATION_AFTER.test(clause) || NEGATION_BEFORE.test(clauseBefore) || NOT_A_JOB_STEP.test(whole)) return true;
  return concept === 'invited' ? PAST_BEFORE.test(before) || PAST_AFTER.test(after) : NOT_AN_OFFER.test(whole);
}

const compile = (tables: readonly Table[]): readonly [StageConcept, RegExp][] =>
  tables.flatMap((table) => (Object.entries(table) as [StageConcept, RegExp][]).map(([concept, re]) => [concept, new RegExp(re.source, 'gu')] as [StageConcept, RegExp]));
const COMPILED = compile(TABLES);
const COMPILED_TRADITIONAL = compile([...TABLES, TAIWANESE]);

/**
 * The concepts the text states in these languages, each with the words that state it (as the phrase table gives).
 * `traditional`: the text is Chinese in traditional characters, already folded (hant.ts).
 */
export function cjkConcepts(text: string, traditional = false): Map<StageConcept, string[]> {
  const found = new Map<StageConcept, string[]>();
  if (!CJK.test(text)) return found;
  let ends: number[] | null = null;
  // A school's admissions mail ("碩士班推薦甄試", "招生"): its offers and invitations are a place's, not a job's.
  const school = ADMISSIONS.test(text) && !HIRING_CUE.test(text);
  for (const [concept, re] of traditional ? COMPILED_TRADITIONAL : COMPILED) {
    const positive = POSITIVE_CONCEPTS.has(concept);
    if (positive && school) continue;
    re.lastIndex = 0;
    for (const said of text.matchAll(re)) {
      if (positive || concept === 'rejected' || concept === 'closed') {
        const sentence = sentenceAround((ends ??= sentenceEnds(text)), text.length, said.index);
        const refusalUnmade = () => NOT_REFUSED.test(text.slice(sentence[0], sentence[1])) || CONDITION_OPENS.test(text.slice(sentence[0], said.index));
        if (positive ? unmade(concept, text, sentence, said.index, said[0].length) : refusalUnmade()) continue;
      }
      found.set(concept, [...(found.get(concept) ?? []), said[0]]);
      break;
    }
  }
  return found;
}

/**
 * Job talk in these languages, as JOB_EVIDENCE weighs it: a scout's or a headhunter's approach (2), and hiring words
 * (1). A bare "採用" is also "adoption", "지원" also "support", "募集" also a fund's subscription, "ご応募" a prize's entry:
 * each counts only in a hiring compound.
 */
export const CJK_APPROACH =
  /スカウト(?:メール|のご連絡|させていただ|をお送り|が届)|企業からスカウト|【スカウト】|ご経歴を拝見|ご経験を拝見|プロフィールを拝見|職務経歴(?:書)?を拝見|ポジションのご(?:提案|紹介)|포지션 ?제안|이직 ?제안|프로필을 보고[^.\n]{0,30}(?:포지션|채용|제안)|我是[^。，,\n]{0,6}猎头|猎头顾问|看到(?:了)?您的简历|看了您的简历|您是否(?:有)?(?:兴趣|意向)[^。？?\n]{0,20}(?:职位|岗位|机会|工作|加入|跳槽)|(?:职位|岗位|机会|跳槽)[^。？?\n]{0,20}您是否(?:有)?(?:兴趣|意向)|与您分享[^。\n]{0,12}(?:职涯|职业|工作|职位)机会|机会(?:仍然|依然|目前仍)开放|对[^。\n]{0,16}背景的人才[^。\n]{0,6}感兴趣/u;
export const CJK_JOB_WORDS =
  /求人|採用(?:担当|選考|情報|活動|試験|面接|予定|枠|チーム)|中途採用|新卒採用|選考|内々?定|录用|応募書類|応募職種|募集(?:職種|要項|ポジション)|職種|面接|채용|지원서|지원자|포지션|면접|전형|招聘|职位|职缺|岗位|应聘|应征|简历|履历|面试|甄试|到职|担任|月薪|年薪/u;
/** The reader applied: "「X」にご応募いただき", "포지션에 지원해 주셔서", "投递". */
export const CJK_APPLIED =
  /(?:求人|ポジション|職種|募集職種|選考|採用|」)[^。\n]{0,20}(?:ご応募|応募いただ)|ご応募いただいた(?:求人|職種|ポジション)|エントリーいただ|(?:포지션|직무|채용|공고|전형)[^.\n]{0,20}지원|投递|您的申请|您(?:所)?(?:应聘|应征)/u;
/** A job board's alert, from its automated mailbox: "新着求人", "추천 채용", "新职位推荐". */
export const CJK_ALERT = /新着求人|おすすめ求人(?:のお知らせ|情報)|求人のお知らせ|추천 ?(?:채용|공고)|新职位推荐|为您推荐(?:以下|\d+个)职位|每日职位推荐/u;
