// Hand-written messages for the mechanisms of issue 14's twenty-fourth round (gathering round 30). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe("an agency that describes its client's company without naming it, or names who retained it, is not the employer", () => {
  const sign = '\n\nBest,\nMorgan Pryce\nHollowell Group';
  it.each([
    ['one of my clients', 'Hi Sam,\n\nOne of my fintech clients is hiring a Platform Engineer. Fully remote. Interested?'],
    ['the role is at a firm', 'Hi Sam,\n\nI have a Platform Engineer role for you. The role is fully remote and based at a logistics firm in Leeds. Interested?'],
  ])('%s: no company is stated', (_case, body) => {
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@hollowell.example', subject: 'Platform Engineer', body: body + sign });
    expect(r.company).toBeNull();
  });

  it('retained by a named employer: that employer', () => {
    const body = "Hi Sam,\n\nI'm Morgan at Hollowell Partners, retained by Quillmere Analytics for a Staff Data Engineer. Open to a chat?" + sign;
    const r = extract({ fromName: 'Morgan Pryce', fromEmail: 'morgan.pryce@hollowell.example', subject: 'Staff Data Engineer', body });
    expect(r.company ?? r.suggestions?.company).toBe('Quillmere Analytics');
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
    expect(r.company ?? r.suggestions?.company ?? null).not.toMatch(/Joburi|Praca|Lavora/);
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
    const agencyBody = 'เรียน คุณสมชาย\n\nลูกค้าของเรา (our client) กำลังมองหานักบัญชี สนใจไหมครับ\n\nขอแสดงความนับถือ\nบริษัท จัดหางาน ทองนภา จำกัด';
    const r = extract({ fromName: 'Somsak', fromEmail: 'somsak@thongnapha-recruit.example', subject: 'ตำแหน่งงาน', body: `${agencyBody}\nI am recruiting for my client.` });
    expect(r.company).toBeNull();
  });
});
