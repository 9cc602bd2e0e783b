// Hand-written messages for the mechanisms of issue 14's twenty-fifth round (gathering round 31). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('what is not an employer or a person, read after round 31', () => {
  it.each([
    ['cetra.example', 'Cetra'],
    ['1et.example', '1ET'],
  ])('a clock time or a time zone is no company (%s)', (domain, company) => {
    const body = 'Interview booked\n\nThursday, March 4 · 14:00 - 14:45 (Central European Time - Vienna)\n\nJoin with the link below.\n\nLena Auer';
    const r = extract({ fromName: 'Lena Auer', fromEmail: `lena.auer@${domain}`, subject: 'Interview booked: Data Engineer @ Thu Mar 4 14:00 - 14:45 (CET)', body });
    expect(r.company ?? r.suggestions?.company).toBe(company);
  });

  it.each([['Greenwich Mean Time'], ['CENTRAL EUROPEAN TIME'], ['Pacific Standard Time']])('"%s" is no company, where "Prime Time" is one', (zone) => {
    const sign = (org: string) => `Hi Sam,\n\nWe would like to invite you to an interview for the Producer role next week. Which day suits you?\n\nBest,\nLena Auer\nTalent Partner\n${org}`;
    const zoned = extract({ fromName: 'Lena Auer', fromEmail: 'lena.auer@gmail.com', subject: 'Producer interview', body: sign(zone) });
    expect(zoned.company ?? zoned.suggestions?.company ?? '').not.toMatch(/time$/i);
    const prime = extract({ fromName: 'Lena Auer', fromEmail: 'lena.auer@gmail.com', subject: 'Producer interview', body: sign('Prime Time') });
    expect(prime.company ?? prime.suggestions?.company).toBe('Prime Time');
  });

  it('a Vietnamese recruiting department before the name is cut off', () => {
    const body = 'Xin chào Minh,\n\nCảm ơn bạn đã ứng tuyển vào vị trí Kế toán viên. Chúng tôi đã nhận được hồ sơ của bạn.\n\nTrân trọng,\nĐội ngũ tuyển dụng';
    const r = extract({ fromName: 'Tuyển dụng Hoa Sen Foods', fromEmail: 'tuyendung@hoasenfoods.example', subject: 'Cảm ơn bạn đã ứng tuyển', body });
    expect(r.company ?? r.suggestions?.company).toBe('Hoa Sen Foods');
  });

  it("an agency's own two-letter name, its recruiting word stripped, is no client", () => {
    const body = 'Hello Dana,\n\nThank you for your application for the Logistics Coordinator role. The position has now been filled.\n\nBest,\nThe KV Recruiting team';
    const r = extract({ fromName: 'KV Recruiting', fromEmail: 'no-reply@kv-recruiting.example', subject: 'Your application', body });
    expect(r.company).toBeNull();
    expect(r.suggestions?.company ?? null).not.toBe('KV');
  });

  it.each([
    ['Konkursi – zapošljavanje', 'konkursi@brdo-gradnja.example'],
    ['Zaposlovanje', 'zaposlovanje@brdo-gradnja.example'],
    ['Toborzás', 'toborzas@brdo-gradnja.example'],
  ])('a recruiting team\'s label in the From name ("%s") gives no first name', (fromName, fromEmail) => {
    const body = 'Poštovani,\n\nPozvani ste na intervju 14. 3. u 10:30. Molimo potvrdite dolazak.\n\nLijep pozdrav';
    const r = extract({ fromName, fromEmail, subject: 'Poziv na intervju', body });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName ?? null).toBeNull();
  });
});
