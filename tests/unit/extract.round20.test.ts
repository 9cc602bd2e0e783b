// Hand-written messages for the mechanisms of issue 14's fourteenth round (gathering round 20). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe("the reader's own interview set for a day or a time is a job's", () => {
  it.each([
    ['a reminder with a date and a time', 'Reminder: panel interview', 'This is a reminder about your panel interview scheduled on 14-03-2027 at 10:30 to 11:15 at Orchard Lane Bakeries.', 'interview'],
    ['a Dutch confirmation', 'Bevestiging', 'Beste Daan,\n\nHierbij bevestigen we je interview op dinsdag om 09:30. Tot dan!', 'interview'],
    ['a time to book for an interview call', 'Re: your test project', 'Hi Mira,\n\nThis looks good! Please book a convenient time for an interview call at https://cal.example/orchard.\n\nTeo', 'interview'],
  ])('%s', (_label, subject, body, kind) => {
    expect(extract({ fromName: 'Orchard Lane', fromEmail: 'team@orchardlane.example', subject, body }).kind).toBe(kind);
  });

  it.each([
    ['advice on interviews with a date', 'Webinar', 'Improve your interview skills at our free webinar on 14-03-2027 at 18:00. Seats are limited.'],
    ['a press interview mentioned without the reader', 'Podcast news', 'The interview with our founder aired on Tuesday at 10:00. Listen again on our site.'],
  ])('not: %s', (_label, subject, body) => {
    expect(extract({ fromName: 'Podlane', fromEmail: 'news@podlane.example', subject, body }).kind).toBe('other');
  });
});

describe('a company name keeps the word tidying cut when the domain spells it whole', () => {
  it('keeps a leading article the domain spells', () => {
    const r = extract({
      fromName: 'The Copper Kettle',
      fromEmail: 'careers@thecopperkettle.example.com',
      subject: 'Your interview with The Copper Kettle',
      body: 'Hi Sam,\n\nThank you for applying to The Copper Kettle. We would like to invite you to an interview on Monday at 10:00.\n\nThe Copper Kettle',
    });
    expect(r.company).toBe('The Copper Kettle');
  });

  it('drops the article the domain does not spell', () => {
    const r = extract({
      fromName: 'The Copper Kettle',
      fromEmail: 'careers@copperkettle.example.com',
      subject: 'Your interview with The Copper Kettle',
      body: 'Hi Sam,\n\nThank you for applying to The Copper Kettle. We would like to invite you to an interview on Monday at 10:00.\n\nThe Copper Kettle',
    });
    expect(r.company).toBe('Copper Kettle');
  });
});
