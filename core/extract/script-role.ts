// A job title in Thai, Persian, Arabic or Hebrew mail. These scripts write no capitals, so the Latin title reader
// (role.ts) finds none. As in cjk-role.ts, a title is read only where the mail frames it: a position's field ("ตำแหน่ง:
// X", "المسمى الوظيفي: X"), a position word with the title quoted after it ("موقعیت شغلی «X»", "למשרת 'X'"), a
// position word with the title after it up to a clause's end ("لوظيفة X في …", "ตำแหน่ง X กับบริษัท …"), or a subject's
// part that is a title by itself ("پیشنهاد شغلی — X"). These languages put the job word first ("เจ้าหน้าที่…",
// "مشرف …", "کارشناس …", "רכז/ת …"): every title must start on a job word of its language, or be a Latin title ending
// on one ("ตำแหน่ง Digital Marketing Executive"), and a job word too generic alone ("พนักงาน", "موظف", "کارشناس",
// "מנהל/ת") needs words after it. When one frame gives two titles, none is read (frames.ts).

import { THAI } from './company/thai';
import { type FrameReading, firstFramed, onlyTitle } from './frames';
import { isRoleHead } from './lexicon';

const ARABIC = /\p{Script=Arabic}/u;
const HEBREW = /\p{Script=Hebrew}/u;

/**
 * Letters folded alike for the tables below: Arabic and Persian yeh and kaf, hamza seats, taa marbuta and the
 * vowel marks; Persian's zero-width non-joiner dropped ("توسعه‌دهنده" as "توسعهدهنده").
 */
function fold(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u200C\u200D\u0640]/gu, '')
    .replace(/[يى]/gu, 'ی')
    .replace(/ك/gu, 'ک')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ؤ/gu, 'و')
    .replace(/ئ/gu, 'ی')
    .replace(/ة/gu, 'ه');
}

/** Thai job words a title starts with (Thai writes a title's words without spaces: matched as its start). */
const TH_HEADS = [
  'เจ้าหน้าที่', 'นัก', 'วิศวกร', 'ช่าง', 'หัวหน้า', 'ผู้จัดการ', 'ผู้ช่วย', 'พนักงาน', 'ผู้อำนวยการ', 'ครู', 'อาจารย์',
  'พยาบาล', 'โปรแกรมเมอร์', 'ผู้ประสานงาน', 'ที่ปรึกษา', 'ผู้เชี่ยวชาญ', 'เลขานุการ', 'ผู้ดูแล', 'ผู้ควบคุม', 'ผู้แทน',
  'ตัวแทน', 'ล่าม', 'ผู้บริหาร', 'ผู้ตรวจสอบ', 'ผู้ออกแบบ', 'ผู้พัฒนา', 'ผู้สอน', 'แพทย์', 'เภสัชกร', 'สถาปนิก',
  'บรรณารักษ์', 'เสมียน', 'แคชเชียร์', 'บาริสต้า', 'พ่อครัว', 'ดีไซเนอร์', 'กราฟิก', 'ผู้ฝึกสอน', 'ผู้แปล',
];
/** Thai job words too generic to be a title alone ("เจ้าหน้าที่" is "officer", "พนักงาน" "employee"). */
const TH_GENERIC = new Set(['เจ้าหน้าที่', 'นัก', 'พนักงาน', 'ผู้ช่วย', 'หัวหน้า', 'ผู้จัดการ', 'ช่าง', 'ผู้ดูแล', 'ผู้บริหาร']);

/** Persian job words a title starts with (folded). */
const FA_HEADS = [
  'کارشناس', 'کارآموز', 'مدیر', 'توسعهدهنده', 'برنامهنویس', 'طراح', 'تحلیلگر', 'مهندس', 'حسابدار', 'مسیول', 'مسوول',
  'سرپرست', 'کارمند', 'متخصص', 'پشتیبان', 'نماینده', 'مشاور', 'دستیار', 'منشی', 'اپراتور', 'تکنسین', 'معلم', 'مربی',
  'مترجم', 'بازاریاب', 'فروشنده', 'ویراستار', 'نویسنده', 'کارپرداز', 'انباردار', 'راننده', 'پرستار', 'پزشک', 'داروساز',
  'معمار', 'مدرس', 'تدوینگر', 'گرافیست', 'کارگر', 'تکنیسین', 'سرپرستار',
].map(fold);
/** Arabic job words a title starts with (folded; a feminine form in -ة reads alike). */
const AR_HEADS = [
  'أخصائي', 'اختصاصي', 'مشرف', 'منسق', 'مدرب', 'محاسب', 'محلل', 'معلم', 'مهندس', 'مدير', 'مطور', 'مصمم', 'مساعد',
  'موظف', 'ممثل', 'مستشار', 'فني', 'سكرتير', 'مسؤول', 'رئيس', 'كاتب', 'باحث', 'مبرمج', 'ممرض', 'طبيب', 'صيدلي', 'مندوب',
  'أمين', 'مراقب', 'مترجم', 'خبير', 'مسوق', 'محرر', 'مدقق', 'إداري', 'مختص', 'أستاذ', 'محاضر', 'سائق', 'طاهي',
].map(fold);
/**
 * Hebrew job words a title starts with (their feminine forms in -ת, -ית or -ה, and "/ת" for both, read alike). Not
 * "אחראי" (responsible), as often the adjective of a role ("תפקיד אחראי ומאתגר").
 */
const HE_HEADS = [
  'מנהל', 'נציג', 'רכז', 'מפתח', 'מהנדס', 'מתכנת', 'מעצב', 'אנליסט', 'יועץ', 'עוזר', 'מזכיר', 'מורה', 'ראש',
  'טכנאי', 'חשב', 'מנהלן', 'מתאם', 'עובד', 'מוקדן', 'מדריך', 'מפקח', 'מנתח', 'מלצר', 'טבח', 'נהג', 'אחות', 'רופא',
  'רוקח', 'ספרן', 'חוקר', 'כותב', 'עורך', 'מגייס', 'מתרגם', 'איש', 'אשת', 'סטודנט', 'מתמחה', 'גרפיקאי', 'בודק',
];
/** The Arabic and Persian job words together: the two languages share a script, and a word is looked up in both. */
const AR_FA_HEADS = [...AR_HEADS, ...FA_HEADS];
/** Job words of these languages too generic to be a title alone (folded). */
const GENERIC_ALONE = new Set([...['کارشناس', 'مدیر', 'کارمند', 'متخصص', 'مسیول', 'موظف', 'أخصائي', 'مساعد', 'فني', 'إداري', 'مسؤول', 'رئيس'].map(fold), 'מנהל', 'עובד', 'ראש', 'איש', 'אשת']);
/** Arabic job words that are adjectives too: their feminine form agrees with "وظيفة" ("وظيفة إدارية", an office job). */
const AR_ADJECTIVE_HEADS = new Set(['إداري', 'فني', 'مساعد'].map(fold));
/** Thai words that end a title glued to it: "of", "with", "for", "and", "which", "in order to", "by" ("นักพัฒนาของเรา"). */
const TH_AFTER_TITLE = /ของ|กับ|ให้|และ|ซึ่ง|เพื่อ|โดย/u;

/** Words that end a title: a preposition, a conjunction, an auxiliary, a company's word (folded). */
const STOP_WORDS = new Set([
  ...['في', 'قد', 'لدى', 'مع', 'من', 'إلى', 'على', 'عن', 'التي', 'الذي', 'ضمن', 'تم', 'لقد', 'هذه', 'هذا', 'بعد', 'حيث', 'لدينا', 'و', 'أو', 'بتاريخ', 'لديكم', 'عبر'].map(fold),
  ...['در', 'را', 'به', 'برای', 'با', 'رو', 'که', 'از', 'و', 'این', 'دریافت', 'است', 'شد', 'بود', 'هستید', 'یا'].map(fold),
  'של', 'עם', 'אצל', 'עודכן', 'התקבלה', 'נסגרה', 'נדחתה', 'אשר', 'זו', 'זה', 'או', 'ב', 'ל', 'ו',
]);
/** A word that starts a company's name or a place in the sentence after the title ("بشركة", "شرکت", "בחברת"). */
const COMPANY_WORD = new RegExp(`^(?:[لب]?${fold('شركة')}|[لب]?${fold('مجموعة')}|${fold('شرکت')}|${fold('سازمان')}|[בלה]?חבר(?:ת|ה)|[בלה]?ארגון)`, 'u');

/** A position word, and where its title may follow; Thai glues it to the word before ("ในตำแหน่ง"). */
const TH_POSITION = 'ตำแหน่ง(?:งาน)?';
const AR_POSITION = '(?<![\\p{L}\\p{M}])(?:لل|[لب]|ال)?(?:وظيفة|وظيفه|منصب)(?![\\p{L}\\p{M}])|المسمى الوظيفي';
const FA_POSITION = '(?<![\\p{L}\\p{M}])(?:موقعیت(?:[ \\u200C]شغلی)?|سمت|عنوان[ \\u200C]شغلی|جایگاه(?:[ \\u200C]شغلی)?|فرصت[ \\u200C]شغلی)(?![\\p{L}\\p{M}])';
const HE_POSITION = '(?<![\\p{L}\\p{M}])(?:[לבה]|לה|בה)?(?:משרת|משרה|תפקיד)(?![\\p{L}\\p{M}])';
const POSITION = `(?:${TH_POSITION}|${AR_POSITION}|${FA_POSITION}|${HE_POSITION})`;

/** A position's field at a line's start, maybe after a bullet or an emoji ("ตำแหน่ง: X", "• المسمى الوظيفي: X", "שם המשרה: X"), its value to the line's end. */
const FIELD_LINE = new RegExp(`^[^\\p{L}\\p{N}\\n]{0,6}(?:שם )?${POSITION}[ \\t]*[:：][ \\t]*([^\\n]{2,80})$`, 'gmu');
/**
 * A position word with its title in quotes after it, each opening quote with its own closing one: an apostrophe
 * and a double quote are Hebrew letters' marks too ("ג'וניור", "מנכ"ל"), so they close only a title they opened.
 */
const QUOTED = new RegExp(`${POSITION}[ \\t]*[:：]?[ \\t]*(?:«([^«»\\n]{2,60})»|[“„]([^“”„\\n]{2,60})”|"([^"\\n]{2,60})"|[‘']([^'‘’\\n]{2,60})['’]|״([^״\\n]{2,60})״)`, 'gu');
/** A position word followed by a space and its title, to the line's end (cut at the clause's end below). */
const RUN = new RegExp(`${POSITION}[ \\t]+(?![«“"'‘„״:：])([^\\n]{2,120})`, 'gu');
/** Where a title's run ends: a dash or a bar between spaces, a sentence's mark, a bracket. */
const RUN_END = /[ \t]+[-–—|][ \t]+|[.,;!?؟،؛()[\]{}:：]/u;

/** Persian's own letters (Arabic has none of them): Persian puts its verb last, so a title there runs on into it. */
const PERSIAN = /[پچژگیک]/u;

/**
 * The title from the start of a run: the clause's first words up to a stop word or a company's word, at most
 * MAX_RUN_WORDS of them. Thai's first word, cut where a glued word of the sentence starts. None in Persian, whose
 * verb ends the clause with no word between ("طراح گرافیک سپاسگزاریم"): a Persian title is read from quotes, a field
 * or the subject only.
 */
function cutRun(run: string): string {
  const clause = (run.split(RUN_END)[0] ?? '').trim();
  if (THAI.test(clause.charAt(0))) {
    const word = clause.split(/\s/u)[0] ?? '';
    const head = TH_HEADS.find((h) => word.startsWith(h)) ?? '';
    const after = TH_AFTER_TITLE.exec(word.slice(head.length));
    return after ? word.slice(0, head.length + after.index) : word;
  }
  // A Latin title after the position word: its words up to the first letter of another script.
  if (/^[A-Za-z]/u.test(clause)) return (/^[A-Za-z0-9&/+#.' -]+/u.exec(clause)?.[0] ?? '').trim();
  if (PERSIAN.test(clause)) return '';
  const words: string[] = [];
  for (const word of clause.split(/\s+/u)) {
    const folded = fold(word);
    if (STOP_WORDS.has(folded) || COMPANY_WORD.test(folded)) break;
    words.push(word);
  }
  return words.length > MAX_RUN_WORDS ? '' : words.join(' ');
}
/** A run longer than this has caught the sentence ("إدارية جديدة تناسب خبرتك"). */
const MAX_RUN_WORDS = 4;
/** A subject's part longer than this is a sentence ("مدير التوظيف يدعوك لمقابلة", the hiring manager invites you). */
const MAX_SUBJECT_WORDS = 3;

function tidy(raw: string): string {
  return raw.replace(/^[\s"'“”«»‘’„״]+|[\s"'“”«»‘’„״]+$/gu, '').replace(/\s+/gu, ' ');
}

/** A Hebrew word without its gender slash ("רכז/ת" is "רכז"). */
const unslashed = (word: string) => word.replace(/\/[\p{Script=Hebrew}]{1,3}$/u, '');

/** Whether a word is one of the heads, or a head's feminine or gender-slashed form. */
function startsOnHead(word: string): string | null {
  if (THAI.test(word)) {
    const head = TH_HEADS.find((h) => word.startsWith(h));
    if (head === undefined) return null;
    return word === head && TH_GENERIC.has(head) ? null : head;
  }
  if (HEBREW.test(word)) {
    const w = unslashed(word);
    return HE_HEADS.find((h) => w === h || w === `${h}ת` || w === `${h}ית` || w === `${h}ה`) ?? null;
  }
  const w = fold(word);
  return AR_FA_HEADS.find((h) => w === h || (w === `${h}ه` && !AR_ADJECTIVE_HEADS.has(h))) ?? null;
}

/**
 * A title of one to six words that starts on a job word of its language (not a generic one alone), or a Latin title
 * ending on a job word; nothing of a link, a number, a placeholder, an address or a stop word.
 */
function plausibleTitle(title: string): boolean {
  if (title.length < 2 || title.length > 60 || /[\d@{}<>]|https?:/u.test(title)) return false;
  const words = title.split(' ');
  if (words.length > 6) return false;
  if (/^[A-Za-z]/u.test(title)) return /^[A-Z]/u.test(title) && words.every((w) => /^[A-Za-z&/+#.'-]+$/u.test(w)) && isRoleHead((words[words.length - 1] ?? '').toLowerCase());
  if (!THAI.test(title) && !ARABIC.test(title) && !HEBREW.test(title)) return false;
  if (words.some((w) => STOP_WORDS.has(fold(w)) || COMPANY_WORD.test(fold(w)))) return false;
  const head = startsOnHead(words[0] ?? '');
  if (head === null) return false;
  const alone = words.length === 1 && !THAI.test(title);
  return !(alone && GENERIC_ALONE.has(HEBREW.test(head) ? head : fold(head)));
}

/** A subject's parts, between dashes, bars, colons and brackets. */
const SUBJECT_PARTS = /[ \t]+[-–—|][ \t]+|[:：[\]【】]|!/u;

/** Hebrew "key" after "role" ("תפקיד מפתח", a key role) is the idiom, not "developer". */
const HE_KEY_ROLE = /תפקיד\s*[:：]?\s*["'״]?$/u;

/**
 * The job title a Thai, Persian, Arabic or Hebrew mail frames, or null (none, or two different ones in one frame).
 * Fields are read only before the signature (`beforeSignature`), where the recruiter's own title is not.
 */
export function scriptTitle(subject: string, body: string, beforeSignature = body): string | null {
  if (![THAI, ARABIC, HEBREW].some((s) => s.test(subject) || s.test(body))) return null;
  const text = `${subject}\n${body.slice(0, 6_000)}`;
  // Each match's value is its one group that matched (QUOTED has one per kind of quote).
  const found = (re: RegExp, from: string, cut: (value: string) => string) =>
    onlyTitle(
      [...from.matchAll(re)]
        .map((m) => ({ whole: m[0], value: m.slice(1).find((g) => g !== undefined) ?? '' }))
        .filter(({ whole, value }) => !(/^מפתח(?:\s|$)/u.test(value) && HE_KEY_ROLE.test(whole.slice(0, whole.indexOf('מפתח')))))
        .map(({ value }) => tidy(cut(value)))
        .filter((t) => t !== '' && plausibleTitle(t)),
    );
  return firstFramed([
    () => found(FIELD_LINE, `${subject}\n${beforeSignature.slice(0, 6_000)}`, cutRun),
    () => found(QUOTED, text, (v) => v),
    () => found(RUN, text, cutRun),
    () => onlyTitle(subject.split(SUBJECT_PARTS).map(tidy).filter((t) => t !== '' && !/^[A-Za-z]/u.test(t) && t.split(' ').length <= MAX_SUBJECT_WORDS && plausibleTitle(t))),
  ] satisfies (() => FrameReading)[]);
}
