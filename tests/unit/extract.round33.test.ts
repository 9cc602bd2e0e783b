// Hand-written messages for the mechanisms of issue 14's twenty-seventh round (gathering round 33). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('Estonian, Hungarian, Serbian and Croatian, Slovenian, Lithuanian, Latvian and Romanian in the stage table', () => {
  // Each refusal also names a past invitation ("your acceptance of our invitation to an interview"), so without the
  // table's refusals it would read as an interview; each acknowledgement is read as one, never as an approach.
  it.each([
    ['et', 'an invitation', 'Kutse töövestlusele', 'Tere, Liis!\n\nTäname Sind kandideerimast tarkvaraarendaja ametikohale. Kutsume Sind töövestlusele neljapäeval kell 14.00.', 'interview'],
    ['et', 'an offer', 'Tööpakkumine', 'Tere, Liis!\n\nTäname meeldivate vestluste eest. Soovime Sulle pakkuda analüütiku ametikohta meie meeskonnas alates 1. veebruarist.', 'offer'],
    ['et', 'a refusal', 'Konkursi tagasiside', 'Tere, Liis!\n\nTäname, et võtsid vastu meie kutse töövestlusele. Kahjuks langes valik seekord teise kandidaadi kasuks.', 'other'],
    ['et', 'an acknowledgement', 'Kandideerimise kinnitus', 'Tere, Liis!\n\nSaime Sinu kandideerimisavalduse kätte. Võtame Sinuga ühendust pärast konkursi tähtaega.', 'other'],
    ['hu', 'an invitation', 'Meghívás állásinterjúra', 'Kedves Anna!\n\nKöszönjük jelentkezését a pénzügyi elemző pozícióra. Szeretnénk meghívni egy személyes állásinterjúra jövő kedden 10 órakor.', 'interview'],
    ['hu', 'a refusal', 'Visszajelzés', 'Kedves Anna!\n\nKöszönjük, hogy elfogadta meghívásunkat az állásinterjúra. Sajnálattal értesítjük, hogy más jelölt mellett döntöttünk.', 'other'],
    ['hu', 'an acknowledgement', 'Jelentkezés visszaigazolása', 'Kedves Anna!\n\nKöszönjük jelentkezését! Jelentkezését megkaptuk, hamarosan felvesszük Önnel a kapcsolatot.', 'other'],
    ['sh', 'an invitation', 'Poziv na razgovor za posao', 'Poštovana Ana,\n\nHvala što ste se prijavili za poziciju računovođe. Pozvani ste na razgovor u utorak u 10 sati.', 'interview'],
    ['sh', 'a refusal', 'Odgovor na prijavu', 'Poštovana Ana,\n\nHvala što ste se prijavili. Razgovor je bio zakazan za ponedjeljak i održan je. Nažalost, odlučili smo se za drugog kandidata.', 'other'],
    ['sh', 'an acknowledgement', 'Prijava za posao', 'Poštovana Ana,\n\nHvala na prijavi za posao administratora. Vaša prijava je zaprimljena.', 'other'],
    ['sl', 'an invitation', 'Vabilo na razgovor', 'Pozdravljeni, Maja,\n\nHvala za vašo prijavo na delovno mesto knjigovodje. Vabimo vas na razgovor v sredo ob 9. uri.', 'interview'],
    ['sl', 'a refusal', 'Vaša prijava', 'Pozdravljeni, Maja,\n\nHvala, ker ste se odzvali na vabilo na razgovor za delovno mesto knjigovodje. Žal niste bili izbrani.', 'other'],
    ['lt', 'an invitation', 'Kvietimas į pokalbį', 'Sveiki, Ieva,\n\nDėkojame už jūsų paraišką į buhalterio pareigas. Kviečiame jus į pokalbį ketvirtadienį 10 val.', 'interview'],
    ['lt', 'a refusal', 'Atrankos rezultatai', 'Sveiki, Ieva,\n\nDėkojame, kad priėmėte kvietimą į pokalbį dėl buhalterio pareigų. Deja, šį kartą pasirinkome kitą kandidatą.', 'other'],
    ['lv', 'an invitation', 'Uzaicinājums uz interviju', 'Labdien, Anna,\n\nPaldies par Jūsu pieteikumu grāmatveža vakancei. Aicinām Jūs uz darba interviju otrdien plkst. 10.', 'interview'],
    ['lv', 'a refusal', 'Jūsu pieteikums', 'Labdien, Anna,\n\nPaldies, ka pieņēmāt uzaicinājumu uz interviju grāmatveža vakancei. Diemžēl Jūsu pieteikums ir noraidīts.', 'other'],
    ['ro', 'an invitation', 'Programare interviu', 'Bună ziua, Ioana,\n\nAm analizat aplicația dumneavoastră pentru postul de contabil și am dori să programăm un interviu joi la ora 10.', 'interview'],
    ['ro', 'a moved interview', 'Interviu', 'Bună ziua, Ioana,\n\nVă informăm că interviul pentru postul de contabil la firma noastră a fost reprogramat. Noua dată: 24 noiembrie, ora 14.', 'interview'],
  ])('%s: %s', (_lang, _label, subject, body, kind) => {
    expect(extract({ fromName: 'Personal', fromEmail: 'personal@pohjatuul.example', subject, body }).kind).toBe(kind);
  });

  it.each([
    ['et', 'Raamatu esitlus', 'Tere!\n\nKutsume Sind vestlusele meie uue raamatu esitlusel reedel.'],
    ['hu', 'Beszélgetés', 'Kedves Anna!\n\nMeghívjuk egy beszélgetésre a könyvtár új kiállításáról csütörtökön.'],
    ['sh', 'Sastanak', 'Zdravo Ana,\n\nSastanak stanara je zakazan za četvrtak u 18 sati.'],
  ])('%s: an invitation that is not about a job is none', (_lang, subject, body) => {
    expect(extract({ fromName: 'Klubi', fromEmail: 'info@kogukond.example', subject, body }).kind).toBe('other');
  });
});

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
