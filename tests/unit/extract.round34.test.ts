// Hand-written messages for the mechanisms of issue 14's twenty-eighth round (gathering round 34). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe("a network member's From name", () => {
  it('a given name and an initial relayed by a network is no company', () => {
    const body = "Bonjour Léa,\n\nJe suis Claire, responsable du recrutement chez Brindille Conseil. Votre profil a retenu mon attention pour un poste de Cheffe de projet.\n\nÊtes-vous disponible pour un échange cette semaine ?\n\nClaire V.";
    const r = extract({ fromName: 'Claire V. via Réseaupro', fromEmail: 'inmail@reseaupro.example', subject: 'Claire V. vous a envoyé un message', body });
    expect(r.company).toBe('Brindille Conseil');
  });
});
