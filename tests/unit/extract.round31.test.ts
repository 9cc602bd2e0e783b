// Hand-written messages for the mechanisms of issue 14's twenty-fifth round (gathering round 31). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { scriptConcepts } from '../../core/extract/script-stage';
import { extract } from '../support/extract-message';

describe('Arabic, Persian, Hebrew and Thai hiring mail is read by its own stage table', () => {
  const from = { fromName: 'Recruiting', fromEmail: 'jobs@qamar-example.com' };
  it.each([
    ['Arabic invitation', 'دعوة لمقابلة', 'مرحباً سلمى،\nيسعدنا دعوتك لإجراء مقابلة شخصية يوم الأحد الساعة 11 صباحاً لوظيفة محاسب أول.\nفريق التوظيف', 'interview'],
    ['Arabic offer', 'عرض وظيفي', 'مرحباً سلمى،\nيسعدنا أن نقدم لك عرضاً لوظيفة محاسب أول في شركة القمر. الراتب 9000 ريال.\nفريق التوظيف', 'offer'],
    ['Persian invitation', 'دعوت به مصاحبه', 'سلام آقای رضایی،\nپس از بررسی رزومه شما برای فرصت شغلی «حسابدار»، از شما جهت شرکت در جلسه مصاحبه دعوت می‌شود.\nواحد منابع انسانی', 'interview'],
    ['Hebrew invitation', 'זימון לראיון', 'שלום דנה,\nבהמשך למועמדותך למשרת רכזת גיוס, אנו מזמינים אותך לראיון עבודה ביום שלישי בשעה 10:00.\nצוות הגיוס', 'interview'],
    ['Thai invitation', 'เชิญสัมภาษณ์งาน', 'เรียน คุณสมศรี\nตามที่ท่านได้สมัครงานในตำแหน่ง นักบัญชี บริษัทขอเชิญท่านเข้ารับการสัมภาษณ์ ในวันจันทร์ เวลา 10.00 น.\nฝ่ายบุคคล', 'interview'],
    ['Thai offer', 'แจ้งผลการคัดเลือก', 'เรียน คุณสมศรี\nตามที่ท่านได้สมัครงานในตำแหน่ง นักบัญชี และได้เข้ารับการสัมภาษณ์แล้ว บริษัทยินดีแจ้งว่าท่านผ่านการพิจารณาคัดเลือก วันเริ่มงาน 1 มีนาคม\nฝ่ายบุคคล', 'offer'],
  ])('%s: a stage to decline', (_case, subject, body, kind) => {
    expect(extract({ ...from, subject, body }).kind).toBe(kind);
  });

  it.each([
    ['Arabic rejection', 'شكراً لاهتمامك', 'مرحباً سلمى،\nشكراً لتقدمك لوظيفة محاسب أول. للأسف، تم اختيار مرشح آخر لهذه الوظيفة.\nفريق التوظيف'],
    ['Persian rejection', 'نتیجه بررسی', 'سلام آقای رضایی،\nاز شرکت شما در فرآیند استخدام سپاسگزاریم. متاسفانه در حال حاضر امکان همکاری با شما فراهم نیست.\nواحد منابع انسانی'],
    ['Hebrew rejection', 'עדכון מועמדות', 'שלום דנה,\nתודה על מועמדותך למשרת רכזת גיוס. לצערנו החלטנו לא להתקדם בשלב זה.\nצוות הגיוס'],
    ['Thai rejection', 'ผลการพิจารณาใบสมัคร', 'เรียน คุณสมศรี\nขอบคุณที่สมัครงานตำแหน่ง นักบัญชี บริษัทเสียใจที่ต้องแจ้งว่าท่านไม่ผ่านการคัดเลือกในครั้งนี้\nฝ่ายบุคคล'],
    ['Thai acknowledgement with a conditional interview', 'ยืนยันการสมัครงาน', 'เรียน คุณสมศรี\nเราได้รับใบสมัครของคุณเรียบร้อยแล้ว หากท่านผ่านการพิจารณา ทางบริษัทจะติดต่อเพื่อนัดสัมภาษณ์\nฝ่ายบุคคล'],
    ['Arabic invitation that is refused', 'تحديث طلبك', 'مرحباً سلمى،\nشكراً لتقدمك لوظيفة محاسب أول. نعتذر، لن نتمكن من دعوتك لمقابلة في هذه المرحلة.\nفريق التوظيف'],
    ['Arabic press interview, no job', 'دعوة', 'مرحباً سلمى،\nيسعدنا دعوتك لمقابلة تلفزيونية في برنامجنا الأسبوعي عن الكتب الجديدة.\nفريق البرنامج'],
  ])('%s: nothing to decline', (_case, subject, body) => {
    expect(extract({ fromName: 'Qamar Team', fromEmail: 'team@qamar-example.com', subject, body }).kind).toBe('other');
  });

  it('a refusal inside a condition is none, in every script read', () => {
    expect(scriptConcepts('إذا لم يتم اختيارك سنحتفظ بسيرتك الذاتية').has('rejected')).toBe(false);
    expect(scriptConcepts('หากท่านไม่ผ่านการคัดเลือก บริษัทจะเก็บใบสมัครไว้').has('rejected')).toBe(false);
    expect(scriptConcepts('לצערנו לא נוכל להמשיך').has('rejected')).toBe(true);
  });

  it('reads nothing in text without these scripts', () => {
    expect(scriptConcepts('We would like to invite you to an interview.').size).toBe(0);
  });
});
