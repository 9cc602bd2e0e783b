// The stage concepts an Arabic, Persian, Hebrew or Thai message states. The word-anchored phrase table
// (phrase-table.ts) cannot read them well: Arabic and Hebrew join prepositions and articles to the word ("لمقابلة",
// "למשרת"), Persian joins suffixes with a zero-width non-joiner ("می‌شود"), and Thai writes no spaces between words.
// So, as for Japanese, Korean and Chinese (cjk-stage.ts), each concept is one pattern per language matched as a
// substring, written from knowledge of how hiring mail in these languages is phrased, each meant to state its concept
// and almost nothing else. An offer or an invitation is read with what comes before it in its clause: a negation or a
// condition there leaves it unmade; a refusal inside a condition ("if you are not selected") is none.

import { POSITIVE_CONCEPTS, type StageConcept } from './stage-phrases';

/** Is there Arabic or Persian, Hebrew or Thai script in the text? Then the tables below are read. */
export const SCRIPT = /[\u0600-\u06ff\u0590-\u05ff\u0e00-\u0e7f]/u;

type Table = Partial<Record<StageConcept, RegExp>>;

// Persian writes its suffixes after a zero-width non-joiner or a space or joined ("می‌شود", "می شود", "میشود").
const ZW = '[\\u200c ]?';

const ARABIC: Table = {
  // Another candidate chosen, not chosen or accepted, not going on with the application.
  rejected: new RegExp(
    [
      '(?:تم|وقع|قررنا) (?:اختيار|ال?مضي قدم[اًا]* مع) (?:مرشح|مرشحين|متقدم|متقدمين)[^.\\n،]{0,20}(?:آخر|آخرين|أخرى|اخرين)',
      'لم (?:يتم|يقع) (?:اختيارك|قبولك|قبول طلبك|ترشيحك|الاختيار عليك)',
      '(?:قررنا|نعتذر عن) عدم (?:المضي|الاستمرار|قبول|التقدم)',
      'لن (?:نتمكن|نستطيع) من (?:المضي|الاستمرار|التقدم)[^.\\n،]{0,12}(?:في )?(?:طلبك|ترشيحك)',
      'عدم قبول طلبك',
    ].join('|'),
    'u',
  ),
  // The interview cancelled, the post filled or closed.
  closed: /(?:تم|قد تم) (?:إلغاء|الغاء) (?:المقابلة|مقابلتك|الوظيفة)|(?:مقابلتك|المقابلة)[^.\n،]{0,40}(?:تم|قد تم) (?:إلغاؤها|الغاؤها)|تم شغل (?:الوظيفة|الشاغر|المنصب)|(?:تم )?(?:إغلاق|اغلاق) (?:باب التقديم|الوظيفة|الشاغر)/u,
  // An offer made now: "نقدم لك عرضاً لوظيفة", "عرض وظيفي", "يسعدنا إبلاغك بقبولك لوظيفة".
  offer: /عرض(?:اً|ا)? (?:وظيفي|وظيفيا|لوظيفة|عمل|للعمل)|(?:نقدم|تقديم) (?:لك|لكم) عرض|(?:إبلاغك|ابلاغك|نبلغك|إعلامك|اعلامك) (?:ب)?(?:قبولك|قبول طلبك)|تم قبولك (?:في|لوظيفة|للعمل|بوظيفة)|خطاب (?:العرض|عرض العمل|التعيين)/u,
  // Invited to an interview or a test, its date or its move: "دعوة لمقابلة شخصية", "يسعدنا دعوتك لإجراء مقابلة".
  invited: /(?:دعوة|دعوتك|دعوتكم|ندعوك|ندعوكم)[^.\n،]{0,24}(?:مقابلة|اختبار)|(?:مرحلة|موعد|تفاصيل) (?:المقابلة|الاختبار)|(?:إعادة|اعادة) جدولة (?:المقابلة|مقابلتك)/u,
  // The application received: "استلمنا طلبك", "تم استلام طلبك".
  received: /(?:استلمنا|تلقينا|تسلمنا) (?:طلبك|سيرتك الذاتية|طلب الترشح|طلب التوظيف)|تم (?:استلام|تلقي) (?:طلبك|سيرتك)|(?:تأكيد|تاكيد) استلام (?:طلب|الطلب)/u,
};

const PERSIAN: Table = {
  // Unfortunately the reader cannot be accepted; another candidate chosen; the request not accepted.
  rejected: new RegExp(
    [
      `امکان (?:پذیرش|همکاری|استخدام)[^.\\n]{0,40}(?:فراهم نیست|فراهم نمی|فراهم نشد|وجود ندارد|میسر نیست|میسر نمی|نمی${ZW}باشد)`,
      '(?:کاندید|کاندیدا|متقاضی|گزینه)(?:ی|ای|های|ان)? (?:دیگری|دیگر) (?:را )?(?:انتخاب|برگزیده)',
      '(?:درخواست|رزومه) شما (?:پذیرفته|تایید|تأیید) نشد',
    ].join('|'),
    'u',
  ),
  closed: /(?:موقعیت|فرصت) شغلی[^.\n]{0,30}(?:تکمیل|بسته|لغو) (?:شد|گردید)|(?:مصاحبه|جلسه)[^.\n]{0,30}لغو (?:شد|گردید)/u,
  // An offer: "پیشنهاد همکاری", "پذیرش نهایی", "نامه پیشنهاد".
  offer: /پیشنهاد (?:همکاری|شغلی|استخدام)|پذیرش نهایی|نامه (?:پیشنهاد|استخدام)|(?:قرارداد|تاریخ) شروع (?:همکاری|به کار)/u,
  // Invited to an interview, a test or a meeting: "دعوت به جلسه مصاحبه", "از شما جهت شرکت در … دعوت می‌شود".
  invited: new RegExp(
    [
      'دعوت (?:به|برای|جهت)[^.\\n]{0,30}(?:مصاحبه|آزمون)',
      `(?:مصاحبه|آزمون)[^.\\n]{0,60}دعوت (?:می${ZW}شود|به عمل می${ZW}آید|می${ZW}کنیم)`,
      '(?:زمان|تاریخ|جلسه) مصاحبه',
    ].join('|'),
    'u',
  ),
  received: /(?:رزومه|درخواست)(?: شما)?[^.\n]{0,40}(?:دریافت|ثبت) (?:شد|گردید)|دریافت رزومه/u,
};

const HEBREW: Table = {
  // Unfortunately not going on; another candidate chosen; the candidacy rejected.
  rejected: /לצערנו[^.\n]{0,60}(?:לא |אין )|הוחלט (?:שלא|לא) להתקדם|נבחר(?:ה)? מועמד(?:ת)? אחר|מועמדות(?:ך|כם)? (?:נדחתה|לא התקבלה)|עודכן ל-?נדחה/u,
  closed: /המשרה (?:אוישה|נסגרה|בוטלה)|(?:הראיון|הריאיון|הפגישה)[^.\n]{0,20}(?:בוטל|בוטלה)/u,
  offer: /הצעת (?:עבודה|העסקה)|(?:שמחים|שמחה|שמח) להציע ל(?:ך|כם)|התקבלת (?:לעבודה|לתפקיד|למשרה)/u,
  invited: /(?:מזמינים|מזמינה|מזמין|להזמין)(?: אות(?:ך|כם))? ל(?:ראיון|ריאיון|מבחן|פגישת היכרות|שיחת היכרות)|זימון ל(?:ראיון|ריאיון|מבחן)/u,
  received: /קיבלנו את (?:מועמדות|קורות החיים|פנייתך|בקשתך)|מועמדות(?:ך|כם)?[^.\n]{0,40}(?:התקבלה|נקלטה)/u,
};

const THAI: Table = {
  // Not selected, another applicant chosen, the company reserves its consideration of the reader this time.
  rejected: /ไม่ผ่านการ(?:พิจารณา)?คัดเลือก|ไม่ได้รับการคัดเลือก|เลือกผู้สมัคร(?:ท่าน|คน)?อื่น|ขอสงวนสิทธิ์ในการพิจารณา(?:ท่าน|คุณ)|ยังไม่สามารถรับ(?:ท่าน|คุณ)/u,
  closed: /(?:ยกเลิก|งด)(?:การ)?(?:นัด)?สัมภาษณ์|ปิดรับสมัคร(?:แล้ว)?|ได้ผู้สมัครครบ/u,
  // An offer: "ข้อเสนองาน", "ยื่นข้อเสนอการจ้างงาน", "ผ่านการพิจารณาคัดเลือก" (not a first screening's "เบื้องต้น").
  offer: /ข้อเสนอ(?:การ)?(?:จ้าง)?งาน|เสนอตำแหน่ง|ยื่นข้อเสนอ|ผ่านการ(?:พิจารณา)?คัดเลือก(?!เบื้องต้น|รอบแรก|เอกสาร|ใบสมัคร)|รับ(?:ท่าน|คุณ)เข้าทำงาน/u,
  // Invited to an interview or a test, its appointment or its new date.
  invited: /เชิญ(?:คุณ|ท่าน)?(?:เข้า(?:ร่วม|รับ)?)?(?:การ)?สัมภาษณ์|ขอเชิญ[^\n]{0,40}(?:สัมภาษณ์|ทดสอบ|สอบ)|นัด(?:หมาย)?(?:การ)?สัมภาษณ์|วันสัมภาษณ์|เปลี่ยนแปลงวัน(?:และเวลา)?(?:นัด)?(?:หมาย)?สัมภาษณ์/u,
  received: /ได้รับใบสมัคร(?:ของ(?:คุณ|ท่าน))?|ยืนยันการสมัคร(?:งาน)?|สมัครงานสำเร็จ/u,
};

const TABLES: readonly Table[] = [ARABIC, PERSIAN, HEBREW, THAI];

/**
 * A condition before a phrase in its clause: Arabic "إذا / إن / في حال", Persian "اگر / در صورت / چنانچه", Hebrew
 * "אם / במידה ו", Thai "หาก / ถ้า / กรณีที่" (Thai separates clauses by spaces, so its condition is read to the line's
 * start). What is said on a condition may not happen: an offer, an invitation or a refusal there is none.
 */
const CONDITION_BEFORE = /(?:^|[\s،])(?:إذا|اذا|في حال|اگر|در صورت|چنانچه|אם|במידה ו)(?:[\s،][^\s،]+){0,6}[\s،]*$|(?:หาก|ถ้า|กรณีที่|ในกรณี)[^\n]{0,60}$/u;
/** A negation right before an offer or an invitation: Arabic "لم / لن / لا / عدم", Hebrew "לא", Thai "ไม่". */
const NEGATION_BEFORE = /(?:^|[\s،])(?:لم|لن|لا|عدم|לא)(?:[\s،][^\s،]+){0,2}[\s،]*$|ไม่[^\s]{0,8}$/u;
/** What ends a clause before a phrase: a full stop, a line, Arabic and Persian commas and semicolons. */
const CLAUSE_BREAK = /[.!?\n،؛;,]/gu;

function unmade(concept: StageConcept, text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + 1;
  const clause = before.slice(start);
  return CONDITION_BEFORE.test(clause) || (POSITIVE_CONCEPTS.has(concept) && NEGATION_BEFORE.test(clause));
}

const COMPILED: readonly [StageConcept, RegExp][] = TABLES.flatMap((table) =>
  (Object.entries(table) as [StageConcept, RegExp][]).map(([concept, re]) => [concept, new RegExp(re.source, 'gu')] as [StageConcept, RegExp]),
);

/** The concepts the text states in these languages, each with the words that state it (as the phrase table gives). */
export function scriptConcepts(text: string): Map<StageConcept, string[]> {
  const found = new Map<StageConcept, string[]>();
  if (!SCRIPT.test(text)) return found;
  for (const [concept, re] of COMPILED) {
    re.lastIndex = 0;
    for (const said of text.matchAll(re)) {
      if ((POSITIVE_CONCEPTS.has(concept) || concept === 'rejected' || concept === 'closed') && unmade(concept, text, said.index)) continue;
      found.set(concept, [...(found.get(concept) ?? []), said[0]]);
      break;
    }
  }
  return found;
}

/**
 * Hiring words in these languages (weight 1 in JOB_EVIDENCE): a job or a vacancy, an application or a CV, a job
 * interview, recruitment. Not a bare interview ("مقابلة", "مصاحبه", "ראיון", "สัมภาษณ์" are the press's too).
 */
export const SCRIPT_JOB_WORDS =
  /وظيف|الشاغر|طلب التوظيف|سيرتك الذاتية|مقابلة (?:شخصية|وظيفية|عمل)|فرصت شغلی|موقعیت شغلی|استخدام|رزومه|مصاحبه (?:شغلی|کاری|تخصصی|فنی|حضوری)|משרה|למשרת|המשרה|מועמדות|קורות חיים|ראיון עבודה|สมัครงาน|ใบสมัคร|ผู้สมัคร|สัมภาษณ์งาน|ตำแหน่งงาน|ฝ่ายบุคคล|ทรัพยากรบุคคล/u;
/** The reader applied: "تقدمك لوظيفة", "رزومه شما برای", "מועמדותך למשרת", "ท่านได้สมัครงาน". */
export const SCRIPT_APPLIED =
  /(?:تقدمك|تقديمك|ترشحك) (?:لوظيفة|للوظيفة|على وظيفة|لشغل)|طلبك (?:لوظيفة|للوظيفة)|(?:رزومه|درخواست) شما برای|מועמדות(?:ך|כם) (?:למשרת|לתפקיד|למשרה)|(?:ท่าน|คุณ)ได้สมัครงาน|การสมัครงานของ(?:ท่าน|คุณ)|ใบสมัครของ(?:ท่าน|คุณ)/u;
