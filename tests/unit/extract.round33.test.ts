// Hand-written messages for the mechanisms of issue 14's twenty-seventh round (gathering round 33). Written for these
// tests: names, employers and wording are not taken from any fixture.
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
