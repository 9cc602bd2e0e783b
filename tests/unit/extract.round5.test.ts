// Hand-written messages for the mechanisms of issue 14's fifth round. None is copied from a fixture.
import { extract } from '../support/extract-message';

const stageOf = (subject: string, body: string) => extract({ fromName: 'Northwind Hiring Team', fromEmail: 'jobs@northwind-example.com', subject, body });

describe('the stage-phrase table reads every language alike', () => {
  it.each([
    ['Offerta di lavoro', 'Gentile Marco,\n\nvorremmo offrirti la posizione di Tecnico di Laboratorio. In allegato trovi la nostra proposta.', 'offer'],
    ['Proposta', 'Olá Ana,\n\nTemos o prazer de lhe oferecer a vaga de Analista de Dados.', 'offer'],
    ['Bonne nouvelle', 'Bonjour Kevin,\n\nNous avons le plaisir de retenir votre candidature pour le poste de magasinier.', 'offer'],
    ['Next step', 'Dear Priya,\n\nYou are now a step closer to joining us. We invite you to complete our online aptitude test within 72 hours.', 'interview'],
    ['Aggiornamento', 'Gentile Luca,\n\nti informiamo che la posizione è stata chiusa e il processo di selezione si è concluso.', 'other'],
  ])('%s: %s', (subject, body, kind) => {
    expect(stageOf(subject, body).kind).toBe(kind);
  });

  it('a phrase inside a conditional clause states nothing', () => {
    const r = stageOf(
      'Einladung zum Vorstellungsgespräch',
      'Sehr geehrter Herr Brandt,\n\nwir laden Sie zu einem Vorstellungsgespräch ein. Falls Sie Ihre Bewerbung nicht weiter verfolgen möchten, geben Sie uns bitte Bescheid.',
    );
    expect(r.kind).toBe('interview');
  });
});

describe('the employer a notification names', () => {
  it('a "Company:" field names the employer under a platform that writes in its own name', () => {
    const r = extract({
      fromName: 'Jobsy',
      fromEmail: 'notifications@jobsy-mail.example',
      subject: 'Booking confirmed: your interview',
      body: 'Dear Sam,\n\nYour interview is confirmed.\n\nCompany: Tallow & Pine Pty Ltd\nPosition title: Store Manager\nDate: 14/04\n\nThe Jobsy Team',
    });
    expect(r.company).toBe('Tallow & Pine Pty Ltd');
  });

  it('"X has extended an offer", written by a platform, names X', () => {
    const r = extract({
      fromName: 'Jobsy',
      fromEmail: 'notifications@jobsy-mail.example',
      subject: 'Job offer received',
      body: 'Hi Sam,\n\nCongratulations! Harbor Analytics has extended an offer for the Data Analyst position.\n\nThe Jobsy Team',
    });
    expect(r.company).toBe('Harbor Analytics');
  });

  it('a legal form\'s dot ends the name before the next sentence', () => {
    const r = extract({
      fromName: 'Recruiting Team',
      fromEmail: 'recruiting@bigdatacorp.example',
      subject: 'Update on your application',
      body: 'Thank you for your interest in the Analyst role at BigData Corp. After careful consideration, we have decided to move forward with other candidates.',
    });
    expect(r.company).toBe('BigData Corp');
  });

  it('the domain may spell the name\'s words in another order, or its ampersand out', () => {
    const reversed = extract({
      fromName: 'Corina Bühler',
      fromEmail: 'c.buehler@lenzerheide-bergbahnen.example',
      subject: 'Einladung',
      body: 'Guten Tag Frau Marti,\n\ngerne laden wir Sie zu einem Gespräch ein.\n\nFreundliche Grüsse\nCorina Bühler\nBergbahnen Lenzerheide AG',
    });
    expect(reversed.company).toBe('Bergbahnen Lenzerheide AG');
    const ampersand = extract({
      fromName: 'Tallow & Pine Recruiting',
      fromEmail: 'jobs@tallowandpine.example',
      subject: 'Your interview with Tallow & Pine',
      body: 'Dear Sam,\n\nwe would like to invite you to an interview on Monday at 10:00.\n\nTallow & Pine',
    });
    expect(ampersand.company).toBe('Tallow & Pine');
  });

  it('the employer the reader applied to, in German, and never the reader\'s own employer', () => {
    const applied = extract({
      fromName: 'Svenja Kötter',
      fromEmail: 's.koetter@koetter-personal.example',
      subject: 'Bewerbung eingegangen',
      body: 'Hallo Deniz,\n\nvielen Dank für Ihre Bewerbung bei Brinkhoff Service GmbH. Bitte buchen Sie jetzt Ihren Termin für das Bewerbungsgespräch.\n\nSvenja Kötter',
    });
    expect(applied.company).toBe('Brinkhoff Service GmbH');
    const own = extract({
      fromName: 'Svenja Kötter',
      fromEmail: 's.koetter@gmail.com',
      subject: 'Ihre Erfahrung',
      body: 'Hallo Deniz,\n\nIhre Stelle bei Brinkhoff Service GmbH klingt spannend. Wir suchen einen Projektleiter.\n\nSvenja Kötter',
    });
    expect(own.company).not.toBe('Brinkhoff Service GmbH');
  });
});
