// Hand-written messages for the mechanisms of issue 14's twenty-eighth round (gathering round 34): Arabic, Persian,
// Hebrew and Thai stage phrases. Written for these tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

type Row = [label: string, fromName: string, fromEmail: string, subject: string, body: string, kind: string];
const read = (_label: string, fromName: string, fromEmail: string, subject: string, body: string, kind: string) => {
  expect(extract({ fromName, fromEmail, subject, body }).kind).toBe(kind);
};

describe('Arabic: invitations, offers, refusals, acknowledgements, cancellations', () => {
  it.each<Row>([
    ['an invitation to a job interview', 'سارة القحطاني', 'sara@rimal-tech.example', 'مقابلة عمل', 'مرحباً يوسف،\nيسرنا دعوتك لإجراء مقابلة لوظيفة مهندس برمجيات يوم الأربعاء الساعة العاشرة صباحاً.\nمع التحية', 'interview'],
    ['an offer for a post', 'سارة القحطاني', 'sara@rimal-tech.example', 'تهانينا', 'عزيزي يوسف،\nيسعدنا أن نقدم لك عرضاً وظيفياً لشغل وظيفة مهندس برمجيات في شركة رمال التقنية.\nمع التحية', 'offer'],
    ['another candidate chosen', 'سارة القحطاني', 'sara@rimal-tech.example', 'بخصوص طلبك', 'عزيزي يوسف،\nشكراً لاهتمامك بوظيفة مهندس برمجيات. للأسف، تم اختيار مرشح آخر لهذه الوظيفة.\nمع التحية', 'other'],
    ['the application received', 'شركة رمال التقنية', 'jobs@rimal-tech.example', 'تم استلام طلبك', 'عزيزي يوسف،\nتم استلام طلبك لوظيفة مهندس برمجيات وهو قيد المراجعة الآن.', 'other'],
    ['an interview cancelled', 'سارة القحطاني', 'sara@rimal-tech.example', 'تحديث', 'عزيزي يوسف،\nنأسف لإبلاغك بأنه تم إلغاء المقابلة لوظيفة مهندس برمجيات.', 'other'],
    ["a shop's special offer", 'متجر النخيل', 'news@nakheel-store.example', 'عرض خاص لك', 'عميلنا العزيز،\nيسعدنا أن نقدم لك عرضاً خاصاً بخصم ٣٠٪ على طلبك القادم.', 'other'],
    ['an invitation to a webinar', 'أكاديمية المستقبل', 'events@mustaqbal.example', 'دعوة', 'يسعدنا دعوتك لحضور ندوة عبر الإنترنت عن الذكاء الاصطناعي يوم الخميس.', 'other'],
  ])('%s', read);
});

describe('Persian: invitations, offers, refusals, acknowledgements', () => {
  it.each<Row>([
    ['an invitation to an interview', 'تیم استخدام نوآوران', 'jobs@noavaran.example', 'دعوت به مصاحبه', 'سلام مریم عزیز،\nبرای موقعیت شغلی «توسعه‌دهنده وب» به مصاحبه دعوت می‌شوید.\nزمان: شنبه ساعت ۱۰', 'interview'],
    ['a job offer', 'تیم استخدام نوآوران', 'jobs@noavaran.example', 'پیشنهاد شغلی', 'سلام مریم عزیز،\nخوشحالیم که پیشنهاد شغلی موقعیت «توسعه‌دهنده وب» را برای شما ارسال کنیم.', 'offer'],
    ['another candidate', 'تیم استخدام نوآوران', 'jobs@noavaran.example', 'نتیجه درخواست', 'سلام مریم عزیز،\nاز درخواست شما برای موقعیت شغلی «توسعه‌دهنده وب» سپاسگزاریم. در این مرحله با کاندیدای دیگری ادامه می‌دهیم.', 'other'],
    ['the CV received', 'تیم استخدام نوآوران', 'jobs@noavaran.example', 'رزومه شما دریافت شد', 'سلام مریم عزیز،\nرزومه شما برای موقعیت شغلی «توسعه‌دهنده وب» دریافت شد.', 'other'],
  ])('%s', read);
});

describe('Hebrew: acknowledgements and a closed post stay without a button', () => {
  it.each<Row>([
    ['the candidacy received', 'צוות גיוס', 'jobs@ofek-tech.example', 'מועמדותך התקבלה', 'שלום דנה,\nקיבלנו את מועמדותך למשרת מפתח/ת Backend. נחזור אלייך בהקדם.', 'other'],
    ['the post closed', 'צוות גיוס', 'jobs@ofek-tech.example', 'עדכון', 'שלום דנה,\nתודה על מועמדותך. לצערנו, המשרה נסגרה.', 'other'],
    ['an invitation to an interview', 'רונית לוי', 'ronit@ofek-tech.example', 'הזמנה לראיון עבודה', 'שלום דנה,\nנשמח לזמן אותך לראיון עבודה למשרת מפתח/ת Backend ביום שלישי בשעה 10:00.', 'interview'],
  ])('%s', read);
});

describe('Thai: invitations, offers, refusals, acknowledgements', () => {
  it.each<Row>([
    ['an invitation to an interview', 'ฝ่ายบุคคล บริษัท ทองฟ้า จำกัด', 'hr@thongfah.example', 'เชิญสัมภาษณ์งาน', 'เรียนคุณสมชาย\nบริษัทขอเชิญคุณเข้ารับการสัมภาษณ์ในตำแหน่ง นักพัฒนาซอฟต์แวร์ วันที่ 3 มีนาคม เวลา 10:00 น.', 'interview'],
    ['an offer of employment', 'ฝ่ายบุคคล บริษัท ทองฟ้า จำกัด', 'hr@thongfah.example', 'ข้อเสนอการจ้างงาน', 'เรียนคุณสมชาย\nบริษัทมีความยินดีเสนอให้คุณเข้าร่วมงานในตำแหน่ง นักพัฒนาซอฟต์แวร์', 'offer'],
    ['another applicant chosen', 'ฝ่ายบุคคล บริษัท ทองฟ้า จำกัด', 'hr@thongfah.example', 'ผลการพิจารณาใบสมัคร', 'เรียนคุณสมชาย\nขอบคุณที่สนใจสมัครงานในตำแหน่ง นักพัฒนาซอฟต์แวร์ ในครั้งนี้เราเลือกผู้สมัครท่านอื่น', 'other'],
    ['the application received', 'ฝ่ายบุคคล บริษัท ทองฟ้า จำกัด', 'hr@thongfah.example', 'ได้รับใบสมัครแล้ว', 'เรียนคุณสมชาย\nเราได้รับใบสมัครของคุณสำหรับตำแหน่ง นักพัฒนาซอฟต์แวร์ เรียบร้อยแล้ว', 'other'],
    ['an interview on a condition', 'ฝ่ายบุคคล บริษัท ทองฟ้า จำกัด', 'hr@thongfah.example', 'ได้รับใบสมัครแล้ว', 'เรียนคุณสมชาย\nขอบคุณที่ส่งใบสมัคร หากผ่านการคัดเลือก เราจะนัดสัมภาษณ์ภายหลัง', 'other'],
  ])('%s', read);
});
