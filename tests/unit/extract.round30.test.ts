// Hand-written messages for the mechanisms of issue 14's twenty-fourth round (gathering round 30). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { thaiCompany } from '../../core/extract/company/thai';
import { extract } from '../support/extract-message';

describe("an agency that describes its client's company without naming it, or names who retained it, is not the employer", () => {
  const sign = '\n\nBest,\nMorgan Pryce\nHollowell Group';
  it.each([
    ['one of my clients', 'Hi Sam,\n\nOne of my fintech clients is hiring a Platform Engineer. Fully remote. Interested?'],
    ['the role is at a firm', 'Hi Sam,\n\nI have a Platform Engineer role for you. The role is at a logistics firm in Leeds, fully remote. Interested?'],
  ])('%s: no company is stated', (_case, body) => {
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@hollowell.example', subject: 'Platform Engineer', body: body + sign });
    expect(r.company).toBeNull();
    expect(r.suggestions?.company ?? '').not.toMatch(/Hollowell/);
  });

  it('retained by a named employer: that employer', () => {
    const body = "Hi Sam,\n\nI'm Morgan at Hollowell Partners, retained by Quillmere Analytics for a Staff Data Engineer. Open to a chat?" + sign;
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@hollowell.example', subject: 'Staff Data Engineer', body });
    expect(r.company ?? r.suggestions?.company).toBe('Quillmere Analytics');
  });

  it.each([
    ['a company car', 'The role is full-time with a company car and a pension.'],
    ['a brand new team', 'The role is with a brand new team in Leeds.'],
    ['ideal for someone from a fintech', 'This role is ideal for someone who has worked for a fintech.'],
    ['experience at a bank', 'The position is open to anyone who has experience at a bank.'],
    ['a privacy notice', 'Your data will be retained by Quillmere Analytics Ltd for twelve months.'],
  ])("an in-house recruiter's words about %s leave the own company the employer", (_case, sentence) => {
    const body = `Hi Sam,\n\nWe are hiring a Platform Engineer at Quillmere Analytics. ${sentence} Interested?\n\nBest,\nMorgan Pryce\nTalent Partner, Quillmere Analytics`;
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@quillmere.example', subject: 'Platform Engineer', body });
    expect(r.company ?? r.suggestions?.company).toMatch(/^Quillmere Analytics/);
  });

  it("an in-house recruiter's own company stays the employer", () => {
    const body = 'Hi Sam,\n\nWe are hiring a Platform Engineer at Quillmere Analytics. The role is fully remote. Interested?\n\nBest,\nMorgan Pryce\nTalent Partner, Quillmere Analytics';
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@quillmere.example', subject: 'Platform Engineer', body });
    expect(r.company ?? r.suggestions?.company).toBe('Quillmere Analytics');
  });
});

describe('"via" in more languages: the service that relays the mail is not the employer', () => {
  it.each([
    ['Romanian', 'Lumen Studio prin Joburi Creative', 'no-reply@joburicreative.example'],
    ['Polish', 'Lumen Studio przez Praca Portal', 'no-reply@pracaportal.example'],
    ['Italian', 'Lumen Studio tramite Lavora Ora', 'no-reply@lavoraora.example'],
  ])('%s', (_language, fromName, fromEmail) => {
    const body = 'Hello Sam,\n\nLumen Studio has invited you to an interview for the Motion Designer role on Tuesday at 10:00.\n\nThe team';
    const r = extract({ fromName, fromEmail, subject: 'Interview invitation: Motion Designer', body });
    expect(r.company ?? r.suggestions?.company ?? '').not.toMatch(/Joburi|Praca|Lavora/);
  });

  it.each([
    ['a surname', 'Yaw Preko (Acme)', 'Yaw'],
    ['a given name', 'Khun Prin Suparat', 'Khun'],
    ['a Hokkien surname before a team', 'Mei Ling Qua | Talent', 'Mei Ling'],
  ])('a word that is also %s is no "via" on its own: the name is not cut before it', (_case, fromName, cut) => {
    const body = 'Hello Sam,\n\nI would like to invite you to an interview for the Motion Designer role on Tuesday at 10:00.\n\nBest regards';
    const r = extract({ fromName, fromEmail: 'recruiting@lumen-studio.example', subject: 'Interview invitation: Motion Designer', body });
    expect(r.fullName ?? r.suggestions?.fullName ?? '').not.toBe(cut);
  });
});

describe('a Thai company named by its legal form', () => {
  const body = (company: string) =>
    `เรียน คุณสมชาย\n\nขอบคุณที่สมัครงานในตำแหน่ง นักบัญชี กับ ${company} บริษัทฯ ขอเชิญท่านเข้ารับการสัมภาษณ์ในวันพุธที่ 8 กรกฎาคม เวลา 10.00 น.\n\nขอแสดงความนับถือ\nฝ่ายทรัพยากรบุคคล`;
  it('a limited company, relayed by a job board under its own name', () => {
    const r = extract({ fromName: 'บริษัท ทองนภา เทรดดิ้ง จำกัด ผ่าน JobsDee', fromEmail: 'noreply@jobsdee.example', subject: 'นัดสัมภาษณ์งาน', body: body('บริษัท ทองนภา เทรดดิ้ง จำกัด') });
    expect(r.company).toBe('บริษัท ทองนภา เทรดดิ้ง จำกัด');
  });

  it('a public company limited keeps "(มหาชน)"', () => {
    const r = extract({ fromName: 'ฝ่ายบุคคล', fromEmail: 'hr@thongnapha.example', subject: 'นัดสัมภาษณ์งาน', body: body('บริษัท ทองนภา โฮลดิ้ง จำกัด (มหาชน)') });
    expect(r.company ?? r.suggestions?.company).toBe('บริษัท ทองนภา โฮลดิ้ง จำกัด (มหาชน)');
  });

  it("an agency's own Thai name is not the employer", () => {
    const agencyBody = 'เรียน คุณสมชาย\n\nลูกค้าของเรากำลังมองหานักบัญชี สนใจไหมครับ\n\nขอแสดงความนับถือ\nบริษัท จัดหางาน ทองนภา จำกัด';
    const r = extract({ fromName: 'Somsak', fromEmail: 'somsak@thongnapha.example', subject: 'ตำแหน่งงาน', body: agencyBody });
    expect(r.company).toBeNull();
  });

  it.each([
    ['"the company" and "no limit"', 'บริษัทฯ รับสมัครพนักงานหลายอัตรา เพศไม่จำกัด'],
    ['"our company has limited seats"', 'บริษัทของเรามีที่นั่งจำกัด'],
  ])('%s name no company', (_case, sentence) => {
    expect(thaiCompany('', '', [sentence])).toBeNull();
  });
});
