// The stage concepts a Thai message states. Thai writes no spaces between words, so the word-anchored phrase table
// (phrase-table.ts) cannot read it: as for Japanese, Korean and Chinese (cjk-stage.ts), each concept is one pattern,
// matched as a substring, written from knowledge of how Thai HR departments and job boards phrase their mail. Thai
// negates before the verb ("ไม่ผ่านการคัดเลือก", "ยังไม่สามารถ"): an offer or an invitation with "ไม่" just before it,
// or on a condition ("หาก", "ถ้า") earlier in its line, is not made.

import { THAI } from './company/thai';
import type { StageConcept } from './stage-phrases';

export { THAI };

const TABLE: Partial<Record<StageConcept, RegExp>> = {
  // Another applicant chosen, not selected, the application not taken further, regret at having to tell.
  rejected:
    /เลือกผู้สมัคร(?:ท่าน|คน)?อื่น|ไม่ผ่านการ(?:พิจารณา)?คัดเลือก|ไม่ได้รับการคัดเลือก|ยังไม่สามารถ(?:ดำเนินการ|พิจารณา)ต่อ|(?:ขออภัย|เสียใจ)ที่ต้องแจ้ง|ไม่สอดคล้องกับตำแหน่ง|คุณสมบัติ(?:ของ(?:คุณ|ท่าน))?ยังไม่ตรง/u,
  // An interview cancelled, applications closed, the post filled.
  closed: /ยกเลิก(?:การ)?(?:นัด(?:หมาย)?)?(?:การ)?สัมภาษณ์|ปิดรับสมัคร(?:แล้ว|งาน)|ได้ผู้สมัครครบ(?:แล้ว|ตามจำนวน)/u,
  // An offer of employment made or followed up: "ข้อเสนอการจ้างงาน", "ข้อเสนองาน", "เสนอตำแหน่ง", "เสนอให้คุณเข้าร่วมงาน".
  offer: /ข้อเสนอ(?:การ)?จ้างงาน|ข้อเสนองาน|เสนอตำแหน่ง|เสนอให้(?:คุณ|ท่าน)(?:เข้า)?ร่วมงาน/u,
  // Invited to an interview, an interview's appointment or details, chosen for one.
  invited:
    /เชิญ(?:คุณ|ท่าน)?(?:เข้า)?(?:ร่วม)?(?:รับ)?(?:การ)?สัมภาษณ์|นัด(?:หมาย)?(?:การ)?สัมภาษณ์|รายละเอียดการ(?:นัดหมาย)?สัมภาษณ์|วันสัมภาษณ์|ได้รับเลือกให้เข้า(?:รับ)?(?:การ)?สัมภาษณ์/u,
  // The application received, thanks for applying.
  received: /ได้รับใบสมัคร|ขอบคุณที่(?:ส่ง)?(?:ใบ)?สมัคร|สมัครงานสำเร็จ|ยืนยันการสมัคร/u,
  // Welcomed as a new employee: the first day, onboarding.
  hired: /ยินดีต้อนรับ(?:คุณ|ท่าน)?(?:เข้าสู่|สู่)(?:การเป็น)?(?:ส่วนหนึ่ง|ครอบครัว|ทีม)|วันแรกของการทำงาน|ปฐมนิเทศพนักงานใหม่/u,
  // Still reviewing.
  status: /อยู่ระหว่าง(?:การ)?(?:พิจารณา|ตรวจสอบ)|กำลัง(?:พิจารณา|ตรวจสอบ)(?:ใบสมัคร|ข้อมูล)/u,
};

/** A negation just before an offer or an invitation, or a condition earlier in its line: it is not made. */
const NEGATED = /(?:ไม่|ยังไม่|มิได้)(?:ได้)?(?:รับ)?$/u;
const CONDITION = /(?:หาก|ถ้า|กรณีที่|ในกรณี)[^\n]*$/u;
const POSITIVE: ReadonlySet<StageConcept> = new Set(['offer', 'invited']);
const COMPILED = (Object.entries(TABLE) as [StageConcept, RegExp][]).map(([concept, re]) => [concept, new RegExp(re.source, 'gu')] as const);

/** The concepts a Thai text states, each with the words that state it (as the phrase table gives). */
export function thaiConcepts(text: string): Map<StageConcept, string[]> {
  const found = new Map<StageConcept, string[]>();
  if (!THAI.test(text)) return found;
  for (const [concept, re] of COMPILED) {
    re.lastIndex = 0;
    for (const said of text.matchAll(re)) {
      if (POSITIVE.has(concept)) {
        const before = text.slice(Math.max(0, said.index - 40), said.index);
        if (NEGATED.test(before) || CONDITION.test(before)) continue;
      }
      found.set(concept, [...(found.get(concept) ?? []), said[0]]);
      break;
    }
  }
  return found;
}

/** Thai job talk, as JOB_EVIDENCE weighs it: hiring words (a job position, applying for a job, an HR department). */
export const THAI_JOB_WORDS = /ตำแหน่งงาน|ในตำแหน่ง|สำหรับตำแหน่ง|สมัครงาน|ใบสมัคร|ฝ่ายบุคคล|ฝ่ายทรัพยากรบุคคล|สรรหา|การจ้างงาน|ร่วมงานกับ/u;
/** A first approach: the sender saw the reader's profile, is looking for someone, an opportunity to work together. */
export const THAI_APPROACH = /(?:ได้)?เห็นประวัติของ(?:คุณ|ท่าน)|กำลังมองหา(?:ผู้|บุคคล|คน)|โอกาสร่วมงาน|สนใจร่วมพูดคุย|มีตำแหน่ง[^\n]{0,40}เปิดรับ/u;
/** The reader applied: "ท่านได้สมัครงาน", "ใบสมัครของคุณ", "การสมัครงานของท่าน". */
export const THAI_APPLIED = /(?:คุณ|ท่าน)ได้สมัคร(?:งาน)?|ใบสมัครของ(?:คุณ|ท่าน)|การสมัคร(?:งาน)?ของ(?:คุณ|ท่าน)/u;
