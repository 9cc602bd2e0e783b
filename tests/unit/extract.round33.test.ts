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

describe('what the Russian evidence must not read (review)', () => {
  it.each([
    ['a newsletter presenting an interview', 'Вектор', 'careers@vektor-soft.example', 'Новости компании', 'Добрый день!\n\nПредлагаем вашему вниманию интервью с руководителем отдела разработки о культуре команды.', 'other'],
    ["a coach's webinar on CVs that interested nobody", 'Мария Карпова', 'maria@karera-kouch.example', 'Почему ваше резюме не заинтересовало работодателя?', 'Здравствуйте!\n\nПриглашаю на бесплатный вебинар о том, как составить резюме. Начало в четверг в 19:00.', 'other'],
    ['an employer that did without a test task, and an invitation', 'Ирина Соколова', 'i.sokolova@kadry-plus.example', 'Вакансия аналитика данных', 'Добрый день, Олег!\n\nРаботодатель отказался от тестового задания. Приглашаем вас на собеседование в четверг в 11:00.', 'interview'],
    ["a recruiter's reply under a digest's subject", 'Ирина Соколова', 'i.sokolova@vektor-soft.example', 'Re: Новые вакансии для вас', 'Добрый день, Олег!\n\nВаше резюме нас заинтересовало. Приглашаем вас на собеседование на позицию аналитика данных в четверг в 11:00.', 'interview'],
  ])('%s', (_label, fromName, fromEmail, subject, body, kind) => {
    expect(extract({ fromName, fromEmail, subject, body }).kind).toBe(kind);
  });
});

describe("the company's spelling: brands that keep their 's (review)", () => {
  it.each([
    ['Store Recruiting', 'careers@levi.com', "Hi Sam,\n\nThank you for applying to Levi's. We would like to invite you to an interview for the Store Manager position on Monday at 10:00.\n\nRiley"],
    ["Levi's Careers", 'careers@levi.com', 'Hi Sam,\n\nWe would like to invite you to an interview for the Store Manager position on Monday at 10:00.\n\nRiley'],
  ])('%s <%s>', (fromName, fromEmail, body) => {
    const r = readRecruiter({ fromName, fromEmail, subject: 'Interview invitation', body });
    expect(r.company?.value).not.toBe('Levi');
  });

  it("cuts the department and the writer's full name after a Japanese company", () => {
    const body = '山本 様\n\n突然のご連絡失礼いたします。ご経歴を拝見し、ぜひ一度カジュアル面談のご案内をさせていただきたくご連絡いたしました。';
    const r = readRecruiter({ fromName: 'Kitesoft株式会社 採用担当 佐藤 太郎', fromEmail: 'saiyo@kitesoft.example', subject: 'カジュアル面談のご案内', body });
    expect(r.company?.value).toBe('Kitesoft株式会社');
  });
});
