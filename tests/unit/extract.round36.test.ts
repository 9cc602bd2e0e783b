// Hand-written messages for the mechanisms of issue 14's thirtieth round (gathering round 36). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { extract } from '../support/extract-message';

describe('a way of working or a template placeholder names no employer', () => {
  it.each([
    ['[Remote] Data Engineer @ Lumenfold', 'Lumenfold'],
    ['[Remoto] Desenvolvedor Android @ Quintal Digital', 'Quintal Digital'],
  ])('%s', (subject, company) => {
    const body = 'Olá pessoal,\n\nEstamos contratando! Envie seu currículo para vagas@example.com.\n\nAbraços';
    const r = extract({ fromName: 'Marta Quental', fromEmail: 'notifications@github.com', subject, body });
    expect([r.company, r.suggestions?.company ?? null]).not.toContain('Remoto');
    expect([r.company, r.suggestions?.company ?? null]).not.toContain('Remote');
  });
  it.each(['NOME DA EMPRESA', 'NOMBRE DE LA EMPRESA', 'NOM DE L\'ENTREPRISE'])('"%s"', (placeholder) => {
    const body = `Hi all,\n\nWe are hiring a Backend Developer (Java). Apply via the form.\n\nExemplo: [São Paulo] Back-End Developer @ ${placeholder}`;
    const r = extract({ fromName: 'Marta Quental', fromEmail: 'notifications@github.com', subject: `Backend Developer @ ${placeholder}`, body });
    expect(r.company).toBeNull();
    expect(r.suggestions?.company ?? null).toBeNull();
  });
});

describe('a company the mail writes only after initials is offered, not stated', () => {
  const body = (name: string) => `Olá Marta,\n\nAgradecemos a sua candidatura à vaga de Técnico de Obra na ${name}. Entraremos em contacto consigo em breve.\n\nCom os melhores cumprimentos,\nA Equipa de Recrutamento ${name}`;
  it.each(['A. L. Quaresma', 'A.L. Quaresma'])('"%s"', (name) => {
    const r = extract({ fromName: '', fromEmail: 'recrutamento@alquaresma.example', subject: `Candidatura recebida - ${name}`, body: body(name) });
    expect(r.company).toBeNull();
  });
  it('a name the mail also writes without them stays stated', () => {
    const r = extract({ fromName: '', fromEmail: 'recrutamento@quaresma.example', subject: 'Candidatura recebida - Quaresma', body: body('Quaresma') });
    expect(r.company).toBe('Quaresma');
  });
});
