import { readCues } from '../../core/letter/cues';
import { composeLetter } from '../../core/letter/render';

describe('readCues', () => {
  test('a proposed interview day, a person and a team are read when the words are plain', () => {
    expect(readCues('Hi Alex,\n\nWould Tuesday at 10am work for a first interview? You would meet Sarah Chen from the Platform team.')).toEqual({
      slotDay: 2,
      person: 'Sarah Chen',
      team: 'Platform',
    });
    expect(readCues('Thanks for speaking with me on Thursday. We are happy to offer you the role.')).toEqual({ metDay: 4 });
    expect(readCues('Hätten Sie am Mittwoch Zeit für ein Gespräch? Unser Daten-Team freut sich.')).toEqual({ slotDay: 3, team: 'Daten' });
    expect(readCues('Merci pour notre échange de lundi.')).toEqual({ metDay: 1 });
  });

  test('nothing unsure is read', () => {
    // Several days offered: none of them is "the" day (the letter only speaks of them in the plural).
    expect(readCues('Would Monday or Wednesday work for you?')).toEqual({ severalSlots: true });
    // A weekday with no interview or conversation around it.
    expect(readCues('Our office is closed on Friday.')).toEqual({});
    expect(readCues('Please reply to the Hiring team.')).toEqual({});
    expect(readCues('')).toEqual({});
  });

  test('Spanish address follows the recruiter, and only when one form is used', () => {
    expect(readCues('Le escribo porque su perfil encaja con el puesto.').address).toBe('formal');
    expect(readCues('Te escribo porque tu perfil encaja con el puesto.').address).toBe('informal');
    expect(readCues('Hola, ¿qué tal?').address).toBeUndefined();
  });

  test('the letter names what was read, and reads naturally without it', () => {
    const compose = (cues: object | null) =>
      composeLetter({
        sender: { name: 'Alex', signature: '', keepInTouch: '' },
        recruiter: { firstName: 'Priya', fullName: null, role: 'Data Engineer', company: 'Acme', cues: cues as never },
        choice: { stage: 'interview', tone: 'warm', reason: 'scheduling', keepDoorOpen: true },
      }).text;
    expect(compose(readCues('You would meet Sarah Chen on Tuesday.'))).toContain("I'm sorry to miss the chance to meet Sarah Chen.");
    expect(compose(null)).not.toMatch(/Sarah|Tuesday/);
  });

  test('a title before a surname tells a gender, and the letter uses it only for the recruiter', () => {
    const body = 'Sehr geehrter Herr Morgan,\n\nwir laden Sie gern ein.\n\nMit freundlichen Grüßen\nFrau Dr. Priya Raman';
    expect(readCues(body).titled).toEqual([
      { gender: 'male', surname: 'Morgan' },
      { gender: 'female', surname: 'Raman' },
    ]);
    const greeting = (cues: object | null, fullName: string | null = 'Priya Raman') =>
      composeLetter({
        sender: { name: 'Alex Morgan', signature: '', keepInTouch: '' },
        recruiter: { firstName: fullName ? 'Priya' : null, fullName, role: null, company: 'Acme', cues: cues as never },
        choice: { stage: 'offer', tone: 'formal', reason: 'timing', keepDoorOpen: true, language: 'de' },
      }).text.split('\n', 1)[0];
    expect(greeting(readCues(body))).toBe('Sehr geehrte Frau Raman,');
    // "Herr Morgan" is the user: a recruiter whose title the thread does not give is greeted by full name.
    expect(greeting(readCues('Sehr geehrter Herr Morgan,'))).toBe('Guten Tag Priya Raman,');
    expect(greeting(null)).toBe('Guten Tag Priya Raman,');
    expect(greeting(readCues(body), null)).toMatch(/^(?:Sehr geehrte Damen und Herren|Guten Tag),$/);
  });

  test('an interview letter regrets what it misses after the decision, and names the proposed slots in their number', () => {
    const compose = (body: string, language: 'en' | 'de' | 'fr' | 'es' = 'en') =>
      composeLetter({
        sender: { name: 'Alex', signature: '', keepInTouch: '' },
        recruiter: { firstName: 'Priya', fullName: null, role: 'Data Engineer', company: 'Acme', cues: readCues(body) },
        choice: { stage: 'interview', tone: 'warm', reason: 'scheduling', keepDoorOpen: true, language },
      }).text;
    const text = compose('Could you do Tuesday? You would meet Sarah Chen.');
    expect(text.indexOf('sorry to miss')).toBeGreaterThan(text.indexOf('withdraw'));
    expect(text).toMatch(/the proposed date included/);
    expect(text).not.toMatch(/dates/);
    const several = compose('Would Monday or Wednesday work for you?');
    expect(several).toMatch(/several (?:slots|dates)/);
    expect(several).toMatch(/the proposed dates included/);
    expect(compose('Hätten Sie am Montag oder Mittwoch Zeit?', 'de')).toMatch(/einschließlich der vorgeschlagenen Termine/);
    expect(compose('Hätten Sie am Montag Zeit?', 'de')).toMatch(/einschließlich des vorgeschlagenen Termins/);
    // Nothing proposed: nothing said about dates, only the full calendar.
    expect(compose('Hello!')).toMatch(/weeks, (?:so|and) I/);
    expect(compose('Hola', 'es')).not.toMatch(/fechas?\b/);
  });
});
