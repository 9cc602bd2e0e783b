// Hand-written messages for the mechanisms of issue 14's twenty-seventh round (gathering round 33). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { readRecruiter } from '../../core/extract';
import { extract } from '../support/extract-message';

describe('Russian: relayed refusals, vacancy digests, a profile that interested a company, a proposed interview', () => {
  it.each([
    ['a job board relays an employer refusal', 'Работа.Сайт', 'noreply@rabota-sait.example', 'Ответ по вакансии «Аналитик данных»', 'К сожалению, работодатель ООО «Северный Мост» отказал вам по вакансии Аналитик данных.', 'other'],
    ['a digest of new vacancies', 'Работа.Сайт', 'noreply@rabota-sait.example', 'Новые вакансии для вас: Аналитик данных', 'Компания «Северный Мост»: Аналитик данных ( https://rabota-sait.example/vacancy/5512 )\nКомпания «Вектор»: Младший аналитик ( https://rabota-sait.example/vacancy/5513 )', 'other'],
    ['a company interested in the profile', 'Ирина Соколова', 'i.sokolova@vektor-soft.example', 'Аналитик данных в Вектор', 'Здравствуйте, Олег! Команда «Вектор» заинтересовалась вашим профилем. Будем рады обсудить с вами роль аналитика данных и условия.', 'outreach'],
    ['an interview proposed after the CV', 'Ирина Соколова', 'i.sokolova@vektor-soft.example', 'Позиция аналитика данных', 'Добрый день! Ваше резюме заинтересовало команду. Предлагаем собеседование в четверг в 11:00. Удобно ли вам?', 'interview'],
  ])('%s', (_label, fromName, fromEmail, subject, body, kind) => {
    expect(extract({ fromName, fromEmail, subject, body }).kind).toBe(kind);
  });
});

describe("the company's spelling", () => {
  it("a possessive after the sender's own name is the name's case, not its spelling", () => {
    const body = "Chris,\n\nThanks for your note after the talk on Harrowgate's trading desk. We shall arrange for you to come over for an interview next week.\n\nDana";
    const r = readRecruiter({ fromName: 'Dana Whitfield', fromEmail: 'dana.whitfield@harrowgate.com', subject: 'Re: Analyst openings', body });
    expect(r.company?.value).toBe('Harrowgate');
  });

  it("keeps an 's the domain spells too (McDonald's at mcdonalds.com)", () => {
    const body = "Hi Sam,\n\nThank you for applying to McDonald's. We would like to invite you to an interview for the Shift Manager position on Monday at 10:00.\n\nRiley";
    const r = readRecruiter({ fromName: 'Riley Moss', fromEmail: 'riley.moss@mcdonalds.com', subject: 'Interview invitation', body });
    expect(r.company?.value).toBe("McDonald's");
  });

  it('cuts a Japanese hiring department and the writer after it from a From name', () => {
    const body = '山本 様\n\n突然のご連絡失礼いたします。Kitesoft株式会社の採用担当です。ご経歴を拝見し、ぜひ一度カジュアル面談のご案内をさせていただきたくご連絡いたしました。';
    const r = readRecruiter({ fromName: 'Kitesoft株式会社 採用担当 佐藤', fromEmail: 'saiyo@kitesoft.example', subject: 'カジュアル面談のご案内', body });
    expect(r.company?.value).toBe('Kitesoft株式会社');
  });
});

describe('Turkish: a quoted title before its position word, and a cancelled interview', () => {
  const from = { fromName: 'Kuzeyrüzgarı İnsan Kaynakları', fromEmail: 'ik@kuzeyruzgari.example' };

  it('reads the title quoted before "pozisyonu"', () => {
    const body = 'Merhaba Elif,\n\nKuzeyrüzgarı Enerji A.Ş. bünyesindeki "Satın Alma Uzmanı" pozisyonu başvurunuz için sizi mülakata davet ediyoruz.\n\nTarih: 12.02.2027 14:00\n\nSaygılarımızla,\nKuzeyrüzgarı Enerji A.Ş. İnsan Kaynakları';
    expect(extract({ ...from, subject: 'Mülakat daveti', body }).role).toBe('Satın Alma Uzmanı');
  });

  it('reads no title from quotes that hold no job word', () => {
    const body = 'Merhaba Elif,\n\n"Yeni Başlangıçlar" pozisyonumuz hakkında bilgi almak için bizi arayabilirsiniz.\n\nSaygılarımızla,\nKuzeyrüzgarı Enerji A.Ş. İnsan Kaynakları';
    expect(extract({ ...from, subject: 'Bilgilendirme', body }).role).toBeNull();
  });

  it('a cancelled interview is nothing to decline', () => {
    const body = 'Merhaba Elif,\n\n"Satın Alma Uzmanı" pozisyonu için 20.02.2027 tarihinde planlanan mülakatınız iptal edilmiştir. Yeni bir zaman planlanırsa size ayrıca bilgi verilecektir.\n\nSaygılarımızla,\nKuzeyrüzgarı Enerji A.Ş. İnsan Kaynakları';
    expect(extract({ ...from, subject: 'Mülakat iptali', body }).kind).toBe('other');
  });
});
