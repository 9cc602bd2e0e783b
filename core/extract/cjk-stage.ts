// The stage concepts a Japanese, Korean or Chinese message states. These languages write no spaces between words (or,
// in Korean, between a word and its particles), so the word-anchored phrase table (phrase-table.ts) cannot read them:
// here each concept is one pattern per language, matched as a substring. Written from knowledge of how Japanese,
// Korean and Chinese recruiting mail is phrased (the set phrases of 選考 mail, 채용 mail and 招聘 mail), not fitted to
// any collection of messages. A negation in these languages follows the verb, so each phrase that could be negated
// carries its own continuation ("ご案内できません" is no invitation: 案内(?!でき) ).

import type { StageConcept } from './stage-phrases';

/** Is there Japanese kana, a Chinese character or Korean hangul in the text? Then the table below is read. */
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

type Table = Partial<Record<StageConcept, RegExp>>;

const JAPANESE: Table = {
  // Not selected: "ご縁がなかった", "ご期待に添えない結果", "見送らせていただく", "採用を見合わせる", "不採用".
  rejected:
    /ご縁が(?:なかった|なく|ございませんでした)|(?:ご期待|ご希望|貴意)に(?:添え|沿え|そえ|添い|沿い|そい)(?:ない|ず|かね)|見送(?:らせて|りとさせて|ることと|る結果|りとなり|りの結果)|採用を見合わせ|不採用|お見送り/u,
  // A post filled or closed: "募集を終了", "充足".
  closed: /募集(?:を|は)終了|充足(?:いた)?しました|募集を締め切/u,
  // Offered the job: "内定のご連絡", "内定を出させていただきます", "採用が決定", "採用させていただくことになりました".
  // Not "内定者" (those who already hold one) nor "内定承諾" (accepted: what follows is onboarding).
  offer: /内定(?!者|承諾|辞退)(?:の|を|と|通知|が|に)|採用(?:が|を)?決定(?:いた|し)|採用させていただくこと/u,
  // Invited to an interview or a step: "面接のご案内", "面接にお越しください", "一次面接", "面接日程のご連絡",
  // "カジュアル面談のご案内"; not a past interview ("面接にお越しいただき", thanks for coming).
  invited:
    /面接(?:の|日程の?|日時の?)(?:ご)?(?:案内|連絡|調整|設定)(?!でき)|面接(?:に|へ)(?:お越しください|お越しいただきたく|お越しいただければ|ご招待|進んでいただきたく|お進みいただ)|(?:一次|二次|三次|最終|役員)面接(?:の|を|に|へ|は)|面接を(?:実施|行い|設定|お願い)(?!でき)|(?:カジュアル)?面談(?:の|日程の?)(?:ご)?(?:案内|調整)|適性検査(?:の|を)(?:ご)?(?:案内|受検)/u,
  // An application received: "ご応募いただきありがとうございます", "応募を受け付けました".
  received: /(?:ご応募|ご応募いただき|ご応募いただきまして)(?:、)?(?:誠に)?ありがとうございま|応募を受け付け|応募受付の|エントリーいただき(?:、)?(?:誠に)?ありがとう/u,
  // The offer accepted, onboarding: "内定をご承諾いただき", "入社手続きのご案内".
  hired: /内定(?:を)?ご?承諾(?:いただき|くださり)|入社手続き|入社前研修|入社式のご案内/u,
  // A reference check: "リファレンスチェック".
  reference: /リファレンスチェック/u,
};

const KOREAN: Table = {
  rejected: /아쉽게도|안타깝게도|불합격|함께하기 어렵|함께하지 못하|함께할 수 없|모시지 못하|모시기 어렵|합격하지 못|다음 기회에/u,
  closed: /채용이 (?:마감|종료)|모집이 (?:마감|종료)/u,
  // "최종 합격" (final acceptance) and an offer of employment; not a document-stage pass ("서류 합격"), which leads to
  // an interview.
  offer: /최종 ?합격(?!자 발표 예정)|입사를 제안|처우 ?협의|오퍼 ?레터|채용 ?확정/u,
  invited: /면접(?:에)? ?(?:안내|초대|일정)(?!은 추후)|(?:1차|2차|3차|최종|실무|임원) ?면접(?:을|이|에|은|\s)|면접을 (?:진행|요청)|코딩 ?테스트 ?안내|과제 ?안내/u,
  received: /지원해 ?주셔서 (?:진심으로 )?감사|지원서(?:가)? (?:정상적으로 )?접수|지원 ?완료/u,
  hired: /입사를 (?:진심으로 )?환영|첫 출근/u,
};

const CHINESE: Table = {
  rejected: /很遗憾|遗憾地通知|很抱歉.{0,20}(?:未能|不能|无法)|未能通过|未通过|匹配度不(?:够|高)|暂不考虑|暂(?:时)?没有合适|未被录用|不予录用|不太匹配/u,
  closed: /职位已(?:关闭|招满)|招聘已结束/u,
  offer: /录用通知|录取通知|正式录用|拟录用|恭喜您(?:被|获得)录用|(?:向您)?发放offer/u,
  invited: /面试邀请|邀请您(?:参加|来)(?:[\p{Script=Han}]{0,6})?面试|面试(?:时间|安排|地点)(?:[:：]|为|是|定于)|(?:初|复|终|一|二|三)面(?:安排|时间|邀请)|参加面试|笔试(?:邀请|安排)/u,
  received: /感谢您(?:的)?投递|感谢您(?:对我们|对我司)?的?(?:申请|应聘)|已收到您的(?:简历|申请)|简历已收到/u,
};

const TABLES: readonly Table[] = [JAPANESE, KOREAN, CHINESE];

/**
 * A sentence on a condition or for some readers only: "書類選考を通過された方には、面接のご案内をお送りします" (to those
 * who pass), "서류 합격자에 한해 면접 일정을 안내" (only to those who pass), "如果通过筛选，我们将通知您参加面试" (if).
 * An invitation or an offer in it is promised to someone, not made to the reader.
 */
const CONDITIONAL =
  /(?:方|者)(?:のみ|には|に限り|にのみ)|場合(?:は|には|のみ|に限り)|次第|合格者|에 ?한(?:해|하여)|경우에?만?|합격하신 분|통과하신 분|합격자|如果|若您|如您|的话|通过(?:筛选|初筛|简历筛选|初试)后|符合要求|另行通知/u;
/** Where a sentence ends in these languages (and a line). */
const SENTENCE_END = /[。！？!?\n]/u;
const POSITIVE: ReadonlySet<StageConcept> = new Set(['invited', 'offer', 'hired']);

function sentenceAt(text: string, at: number, length: number): string {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = at + length;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  return text.slice(from, to);
}

/** The concepts the text states in these languages, each with the words that state it (as the phrase table gives). */
export function cjkConcepts(text: string): Map<StageConcept, string[]> {
  const found = new Map<StageConcept, string[]>();
  if (!CJK.test(text)) return found;
  for (const table of TABLES) {
    for (const [concept, re] of Object.entries(table) as [StageConcept, RegExp][]) {
      const all = new RegExp(re.source, 'gu');
      for (const said of text.matchAll(all)) {
        if (POSITIVE.has(concept) && CONDITIONAL.test(sentenceAt(text, said.index, said[0].length))) continue;
        found.set(concept, [...(found.get(concept) ?? []), said[0]]);
        break;
      }
    }
  }
  return found;
}

/** Job talk in these languages, as JOB_EVIDENCE weighs it: a headhunter's or a scout's approach, and hiring words. */
export const CJK_APPROACH =
  /スカウト|ご経歴を拝見|ご経験を拝見|プロフィールを拝見|職務経歴(?:書)?を拝見|ポジションのご(?:提案|紹介)|お話を伺いたく|포지션 ?제안|채용 ?제안|이직 ?제안|커피챗|프로필을 보고|猎头|看到(?:了)?您的简历|看了您的简历|您是否(?:有)?(?:兴趣|意向)/u;
export const CJK_JOB_WORDS = /求人|採用|選考|応募|募集|職種|面接|채용|지원|포지션|면접|招聘|职位|岗位|应聘|简历|面试/u;
/** The reader applied: "ご応募いただき", "지원해 주셔서", "投递". */
export const CJK_APPLIED = /ご応募|応募いただ|エントリーいただ|지원해 ?주셔서|지원하신|投递|您的申请|您应聘/u;
/** A job board's alert: "新着求人", "おすすめ求人", "추천 채용", "职位推荐". */
export const CJK_ALERT = /新着求人|おすすめ(?:の)?求人|求人のお知らせ|추천 ?(?:채용|공고)|新职位推荐|职位推荐/u;
