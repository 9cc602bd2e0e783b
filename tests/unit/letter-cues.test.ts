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
    // Several days offered: none of them is "the" day.
    expect(readCues('Would Monday or Wednesday work for you?')).toEqual({});
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
});
