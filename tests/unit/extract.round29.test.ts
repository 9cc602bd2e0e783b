// Hand-written messages for the mechanisms of issue 14's twenty-third round (gathering round 29). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

/** A job board's notice that names the employer only in a labelled field. */
const boardNotice = (greeting: string, intro: string, field: string, sign: string) =>
  `${greeting}\n\n${intro}\n\n${field}\nDatum: 14.10.2026.\n\n${sign}`;

describe("an employer's field label in more languages names the employer, not the board that relays it", () => {
  it.each([
    ['Serbian', 'Zdravo Jelena,', 'Poslodavac Vas poziva na razgovor za posao: "Magacioner".', 'Ime poslodavca: Savska Trgovina d.o.o.', 'Savska Trgovina'],
    ['Croatian', 'Bok Ivana,', 'Poslodavac Vas poziva na razgovor za posao: "Skladištar".', 'Tvrtka: Jadranska Nabava d.o.o.', 'Jadranska Nabava'],
    ['Hungarian', 'Kedves Réka,', 'A munkáltató interjúra hívja Önt: "Raktáros".', 'Munkáltató: Tiszaparti Logisztika Kft.', 'Tiszaparti Logisztika Kft.'],
    ['Romanian', 'Bună ziua Ioana,', 'Angajatorul vă invită la un interviu pentru postul "Magaziner".', 'Angajator: Carpatina Distributie', 'Carpatina Distributie'],
    ['Finnish', 'Hei Aino,', 'Työnantaja kutsuu sinut haastatteluun tehtävään "Varastotyöntekijä".', 'Työnantaja: Pohjoisranta Logistiikka', 'Pohjoisranta Logistiikka'],
    ['Ukrainian', 'Вітаємо, Олено!', 'Роботодавець запрошує вас на співбесіду на вакансію «Комірник».', 'Роботодавець: Дніпровська Логістика', 'Дніпровська Логістика'],
    // Lines keep Turkish "İ" a capital when lower-cased (tokens.ts lowerKeepingOffsets).
    ['Turkish', 'Merhaba Elif,', 'İşveren sizi "Depo Sorumlusu" pozisyonu için mülakata davet ediyor.', 'İşveren: Karadeniz Lojistik', 'Karadeniz Lojistik'],
  ])('%s', (_language, greeting, intro, field, company) => {
    const r = extract({ fromName: 'Poslovi Board', fromEmail: 'no-reply@poslovi-board.example', subject: 'Interview', body: boardNotice(greeting, intro, field, 'Vaš tim Poslovi Board') });
    expect(r.company ?? r.suggestions?.company).toBe(company);
  });
});

describe('Central European legal forms end a name', () => {
  it('a capitalised form ending a sentence keeps no sentence dot', () => {
    const body = 'Kedves Réka,\n\nRaktáros pozíciójára interjúra hívjuk a Tiszaparti Logisztika Kft. Kérjük, erősítse meg az időpontot.\n\nÜdvözlettel,\nKovács Péter';
    const r = extract({ fromName: 'Kovács Péter', fromEmail: 'kovacs.peter@tiszaparti-logisztika.example', subject: 'Interjú meghívó', body });
    expect(r.company ?? r.suggestions?.company).toBe('Tiszaparti Logisztika Kft');
  });

  it.each([
    ['d.o.o.', 'Dunavska Mreža d.o.o.', 'Dunavska Mreža'],
    ['s.r.o.', 'Vltavská Data s.r.o.', 'Vltavská Data'],
    ['a.s.', 'Brněnské Strojírny a.s.', 'Brněnské Strojírny'],
  ])('%s', (_form, written, company) => {
    const body = `Hi Ana,\n\nWe would like to invite you to an interview for the Junior Developer position.\n\nCompany: ${written}\nDate: 14.10.2026\n\nBest regards,\nMarko Petrović`;
    const r = extract({ fromName: 'Jobs Board', fromEmail: 'no-reply@jobs-board.example', subject: 'Interview invitation', body });
    expect(r.company ?? r.suggestions?.company).toBe(company);
  });
});
