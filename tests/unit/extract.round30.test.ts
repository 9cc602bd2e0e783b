// Hand-written messages for the mechanisms of issue 14's twenty-fourth round (gathering round 30). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

const mail = (subject: string, body: string, fromName = 'Ana Kovač', fromEmail = 'ana.kovac@savska-trgovina.example') => extract({ fromName, fromEmail, subject, body });

describe('the stage tables read Bosnian, Croatian and Serbian, Hungarian, Slovak, Bulgarian and Lithuanian', () => {
  it.each([
    ['Serbian, an interview scheduled', 'Razgovor za posao', 'Poštovana Jelena,\n\nposlodavac je zakazao razgovor za posao "Magacioner" u utorak u 10:00.\n\nSrdačno,\nAna', 'interview'],
    ['Croatian, an invitation', 'Poziv', 'Poštovani Ivane,\n\nzahvaljujemo na interesu za radno mjesto skladištara. Pozivamo vas na razgovor u ponedjeljak u 9 sati.\n\nLijep pozdrav,\nAna', 'interview'],
    ['Serbian Cyrillic, an invitation', 'Позив', 'Поштовани Марко,\n\nпозивамо вас на интервју за радно место магационера у среду у 11 часова.\n\nСрдачно,\nАна', 'interview'],
    ['Bosnian, an offer', 'Ponuda', 'Poštovani Emire,\n\nsa zadovoljstvom vam šaljemo ponudu za posao na poziciji vozača.\n\nSrdačan pozdrav,\nAna', 'offer'],
    ['Hungarian, an invitation', 'Meghívó', 'Kedves Réka!\n\nÖrömmel értesítjük, hogy szeretnénk meghívni egy személyes interjúra a raktáros pozícióra.\n\nÜdvözlettel,\nKovács Anna', 'interview'],
    ['Slovak, an invitation', 'Pozvánka', 'Dobrý deň, pán Novák,\n\npozývame vás na pohovor na pozíciu skladníka v piatok o 10:00.\n\nS pozdravom,\nAnna', 'interview'],
    ['Bulgarian, an offer', 'Предложение', 'Здравейте, Иване,\n\nс удоволствие ви изпращаме предложение за работа за длъжността складов работник.\n\nПоздрави,\nАна', 'offer'],
    ['Lithuanian, an invitation', 'Kvietimas', 'Laba diena, Jonai,\n\nkviečiame jus į darbo pokalbį dėl sandėlininko pareigų penktadienį 10 val.\n\nPagarbiai,\nAna', 'interview'],
  ])('%s is mail to decline', (_case, subject, body, kind) => {
    expect(mail(subject, body).kind).toBe(kind);
  });

  it.each([
    ['Serbian, a refusal', 'Odgovor', 'Poštovana Jelena,\n\nhvala na prijavi za radno mesto magacionera. Nažalost, niste izabrani za sledeći krug; odlučili smo se za drugog kandidata.\n\nSrdačno,\nAna'],
    ['Croatian, an acknowledgement', 'Prijava', 'Poštovani Ivane,\n\nzahvaljujemo na prijavi za radno mjesto skladištara. Primili smo vašu prijavu i javit ćemo vam se.\n\nLijep pozdrav,\nAna'],
    ['Hungarian, a refusal', 'Visszajelzés', 'Kedves Réka!\n\nKöszönjük a jelentkezését a raktáros pozícióra. Sajnálattal értesítjük, hogy nem került kiválasztásra.\n\nÜdvözlettel,\nKovács Anna'],
    ['Slovak, a refusal', 'Odpoveď', 'Dobrý deň, pán Novák,\n\nďakujeme za váš záujem o pozíciu skladníka. Vybrali sme iného kandidáta.\n\nS pozdravom,\nAnna'],
    ['Bulgarian, an acknowledgement', 'Кандидатура', 'Здравейте, Иване,\n\nблагодарим ви за кандидатурата за длъжността складов работник. Получихме вашата кандидатура.\n\nПоздрави,\nАна'],
    ['Lithuanian, a refusal', 'Atsakymas', 'Laba diena, Jonai,\n\ndėkojame už jūsų paraišką sandėlininko pareigoms. Deja, pasirinkome kitą kandidatą.\n\nPagarbiai,\nAna'],
    // A condition ("if you are not chosen") states nothing: the acknowledgement stays one.
    ['Serbian, a condition', 'Prijava', 'Poštovana Jelena,\n\nhvala na prijavi za radno mesto magacionera. Ukoliko niste izabrani, javićemo vam se mejlom.\n\nSrdačno,\nAna'],
  ])('%s is nothing to decline', (_case, subject, body) => {
    expect(mail(subject, body).kind).toBe('other');
  });

  it('a conversation in Russian is no job interview ("разговор" is read as one only in Serbian Latin)', () => {
    const body = 'Здравствуйте, Ирина!\n\nПриглашаем вас на разговор о нашем новом тарифе: ваша позиция по этому вопросу нам важна.\n\nС уважением,\nАнна';
    expect(mail('Тариф', body, 'Анна Смирнова', 'anna@tarif-example.ru').kind).toBe('other');
  });

  it('an invitation with nothing about a job in it counts for no one (a Serbian radio interview)', () => {
    const body = 'Poštovana Jelena,\n\npozivamo vas na intervju u našoj emisiji u utorak: zanima nas vaše mišljenje o novom zakonu.\n\nSrdačno,\nAna';
    expect(mail('Emisija', body, 'Radio Sava', 'redakcija@radio-sava.example').kind).toBe('other');
  });
});

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
