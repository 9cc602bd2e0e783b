// Hand-written messages for the mechanisms of issue 14's eleventh round (gathering rounds 16 and 17). Written for
// these tests: names, employers and wording are not taken from any fixture.
import { extract, fromHiringTeam } from '../support/extract-message';
import { foldKey } from '../../core/extract/normalize';
import { subjectTitle } from '../../core/extract/role';

describe('a company noun before a name names the position’s employer', () => {
  it.each([
    ['Teste técnico da empresa: Ribeira Dados', 'Olá Marta,\n\nSegue o desafio da vaga Analista de Dados.\n\nAbraços,\nEquipe Vagalume', 'Ribeira Dados'],
    ['Novidades da sua candidatura', 'Olá Marta,\n\nA vaga Analista de Dados na empresa Ribeira Dados recebeu o seu currículo.\n\nEquipe Vagalume', 'Ribeira Dados'],
    ['Tu candidatura', 'Hola Marta,\n\nHemos recibido tu perfil. El puesto de Analista en la empresa Grupo Tejera sigue abierto.\n\nEquipo Vagalume', 'Grupo Tejera'],
    ['Deine Bewerbung', 'Hallo Marta,\n\ndeine Bewerbung als Analystin bei der Firma Kranich Logistik ist eingegangen.\n\nDein Vagalume-Team', 'Kranich Logistik'],
  ])('a job board writing under its own name: %s', (subject, body, company) => {
    const r = extract({ fromName: 'Vagalume', fromEmail: 'contato@vagalume-vagas.example', subject, body });
    expect(r.company).toBe(company);
  });

  it('the sender’s own company, named after the noun, stays the sender’s', () => {
    const r = extract({
      fromName: 'Ribeira Dados',
      fromEmail: 'rh@ribeiradados.example',
      subject: 'Entrevista',
      body: 'Olá Marta,\n\nGostaríamos de convidá-la para uma entrevista na empresa Ribeira Dados.\n\nRH Ribeira Dados',
    });
    expect(r.company).toBe('Ribeira Dados');
  });

  it.each([
    ['Juliana Costa', 'juliana.costa@nuvemtech.example', 'Oportunidade: Desenvolvedor Backend', 'Olá Pedro,\n\nVi seu perfil no LinkedIn e sua experiência na empresa Itaú Unibanco me chamou atenção. Estamos contratando um Desenvolvedor Backend.\n\nJuliana Costa\nNuvemTech', 'NuvemTech'],
    ['Jana Weber', 'jana.weber@kranich-logistik.example', 'Teamleiter Lager', 'Hallo Herr Brandt,\n\nich habe gesehen, dass Sie seit fünf Jahren bei der Firma Dachser tätig sind. Wir suchen einen Teamleiter Lager.\n\nJana Weber\nKranich Logistik', 'Kranich Logistik'],
    ['Jana Weber', 'jana.weber@kranich-logistik.example', 'Teamleiter Lager', 'Hallo Herr Brandt,\n\nich habe gesehen, dass Sie in Ihrer aktuellen Position bei der Firma Dachser tätig sind. Wir suchen einen Teamleiter Lager.\n\nJana Weber\nKranich Logistik', 'Kranich Logistik'],
  ])('the reader’s own employer after the noun is not the position’s: %s', (fromName, fromEmail, subject, body, company) => {
    expect(extract({ fromName, fromEmail, subject, body }).company).toBe(company);
  });

  it('the sender’s own agency after the noun is not the employer', () => {
    const r = extract({ fromName: 'Marta Ruiz', fromEmail: 'marta.ruiz@gmail.com', subject: 'Vacante de Contable', body: 'Hola Pedro,\n\nSoy Marta, consultora de la empresa Hays. Tengo una vacante de Contable para un cliente en Sevilla.\n\nMarta' });
    expect(r.company).not.toBe('Hays');
  });
});

describe('a profile presented to an employer', () => {
  it('names the employer and is a status update, nothing to decline', () => {
    const r = extract({
      fromName: 'Cordel Seleção',
      fromEmail: 'contato@cordel-selecao.example',
      subject: 'Seu perfil avançou',
      body: 'Olá Bruno,\n\nBoa notícia: seu perfil foi apresentado a Fundição Serra Alta para a vaga "Comprador Pleno". Assim que houver retorno, entraremos em contato.\n\nCordel Seleção',
    });
    expect(r.company).toBe('Fundição Serra Alta');
    expect(r.kind).toBe('other');
  });

  it('in English', () => {
    const r = extract({ fromName: 'Maya Lund', fromEmail: 'maya@quarry-talent.example', subject: 'Quick update', body: 'Hi Bruno,\n\nGreat news: your CV has been submitted to Harbourline for the Platform Engineer role. I will let you know what they say.\n\nMaya' });
    expect(r.kind).toBe('other');
    // An agency's client the mail names: offered to the user (stated or suggested), never the agency's own name.
    expect(r.company ?? r.suggestions?.company).toBe('Harbourline');
  });
});

describe('a quoted title after a position word', () => {
  it.each([
    ['You have been offered the job “Forklift driver for Harbourline”! Confirm it within 18 hours.', 'Forklift driver for Harbourline'],
    ["This time the job 'Kitchen Assistant at Quayside' went to another applicant.", 'Kitchen Assistant'],
  ])('%s', (line, role) => {
    const r = fromHiringTeam('Your job', `Hi Sam,\n\n${line}\n\nNorthwind Hiring Team`);
    expect(r.role).toBe(role);
  });

  it('in Norwegian guillemets', () => {
    const r = extract({
      fromName: 'Fjellpost',
      fromEmail: 'varsel@fjellpost-jobb.example',
      subject: 'Oppdatering',
      body: 'Søknaden din på «Lagermedarbeider natt» er flyttet til intervju. Arbeidsgiveren tar kontakt for å avtale tid.',
    });
    expect(r.role).toBe('Lagermedarbeider natt');
    expect(r.kind).toBe('interview');
  });

  it.each([
    ['Acme Cloud', 'no-reply@acmecloud.example', 'Your role in Orion has changed', 'You have been assigned the role "Project Admin" in the workspace Orion.'],
    ['Jenkins', 'jenkins@ci.acme.example', 'Build failed in Jenkins', 'The job "Nightly Deploy" failed at stage Test.\nSee the jobs dashboard for details.'],
    ['Bol', 'service@bol.example', 'Nieuwe functie in de app', 'De functie "Later betalen" is nu beschikbaar in de app.'],
  ])('a quoted name without a job word is no title, and no approach: %s', (fromName, fromEmail, subject, body) => {
    const r = extract({ fromName, fromEmail, subject, body });
    expect(r.role).toBeNull();
    expect(r.kind).toBe('other');
  });

  it('the reader’s own quoted role is not the one the mail is about', () => {
    const r = extract({ fromName: 'Jane Miller', fromEmail: 'jane@acme-robotics.example', subject: 'Staff Engineer at Acme Robotics', body: 'Hi Sam,\n\nYour current role "Tech Lead" at Globex caught my eye. We are hiring a Staff Engineer for our platform team.\n\nJane' });
    expect(r.role).not.toBe('Tech Lead');
  });
});

describe('a title cut by a hard-wrapped line is read whole', () => {
  it('over the line break, before its anchor', () => {
    const r = fromHiringTeam(
      'Update about your application',
      'Hi Tom,\n\nThank you for your interest in the Senior Quality Assurance Engineer\nrole at Northwind. The position has been filled.\n\nNorthwind Hiring Team',
    );
    expect(r.role).toBe('Senior Quality Assurance Engineer');
  });


});

describe('a subject that opens with a verb of hiring', () => {
  it('drops the verb: "Searching for …"', () => {
    const r = extract({ fromName: 'Pia Kovač', fromEmail: 'pia.kovac@brightmill.example', subject: '(Remote) Searching for Backend Developers', body: 'Hi,\n\nWe have openings for backend developers. Interested?\n\nPia' });
    expect(r.role).not.toMatch(/^Searching/);
  });

  it.each([
    ['(Remote) Searching for Backend Developers', 'Backend Developers'],
    ['Now Hiring: Barista', 'Barista'],
    ['Next steps – Recruiting Coordinator', 'Recruiting Coordinator'],
  ])('subjectTitle(%s)', (subject, title) => {
    expect(subjectTitle(subject)).toBe(title);
  });
});

it('a long title before "chez" still names the position’s employer', () => {
  const r = extract({
    fromName: 'Tremplin Emploi',
    fromEmail: 'notifications@tremplin-emploi.example',
    subject: 'Mise à jour de candidature',
    body: 'Bonjour Léa,\n\nVotre candidature pour le poste de Chef de projet marketing digital chez Maison Orvel a retenu l’attention. Un entretien a été programmé.\n\nTremplin Emploi',
  });
  expect(r.company).toBe('Maison Orvel');
});

describe('names written in other scripts', () => {
  it('a Latin word glued to Japanese text is no company', () => {
    const r = extract({
      fromName: '株式会社Hoshi Agent',
      fromEmail: 'info@hoshi-agent.example',
      subject: '【株式会社Hoshi Agent】ご応募ありがとうございます（書類選考のご案内）',
      body: '山田 花子 様\n\nこの度はご応募いただき、誠にありがとうございます。\n株式会社Hoshi Agentでございます。\n書類選考の結果は改めてご連絡いたします。',
    });
    expect(r.company ?? '').not.toMatch(/[】（]|Agentで/u);
  });

  it('Russian and Ukrainian letters fold to their Latin spelling', () => {
    expect(foldKey('ТашСтройИнвест')).toBe('tashstroyinvest');
    expect(foldKey('Меблі Плюс')).toBe('mebliplyus');
  });

  it('a Russian legal form and quotes are cut from the name, matched to the domain', () => {
    const r = extract({
      fromName: 'ООО «Северный Ветер»',
      fromEmail: 'hr@severnyyveter.example',
      subject: 'Приглашение на собеседование',
      body: 'Здравствуйте!\n\nПриглашаем вас на собеседование на вакансию «Инженер-конструктор» в четверг в 11:00.\n\nООО «Северный Ветер»',
    });
    expect(r.company).toBe('Северный Ветер');
    expect(r.kind).toBe('interview');
  });
});

describe('stage phrases of this round', () => {
  it.each([
    ['You have been offered the position of Line Cook. Please confirm by Friday.', 'offer'],
    ['Please log in to accept or decline the offer for the Line Cook position.', 'offer'],
  ])('%s → %s', (body, kind) => {
    expect(fromHiringTeam('Your application', `Hi Sam,\n\n${body}\n\nNorthwind Hiring Team`).kind).toBe(kind);
  });

  it.each([
    ['Thanks for your interest. This time the job was given to someone else.', 'rejection'],
    ['We are pausing the recruitment process for this site until the autumn.', 'closed'],
  ])('nothing to decline: %s', (body, reason) => {
    const r = fromHiringTeam('Update', `Hi Sam,\n\n${body}\n\nNorthwind Hiring Team`);
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe(reason);
  });

  it.each([
    ['I came across your profile. My client had paused hiring for most of last year but is now growing again and looking for a Senior Backend Engineer. Would you be open to a quick chat?', 'outreach'],
  ])('no false reading: %s', (body, kind) => {
    const r = extract({ fromName: 'Jane Miller', fromEmail: 'jane@talentbridge-recruit.example', subject: 'Senior Backend Engineer opportunity', body: `Hi Sam,\n\n${body}\n\nJane` });
    expect(r.kind).toBe(kind);
  });

  it('a place on a degree programme is no job offer', () => {
    const r = extract({ fromName: 'Admissions Office', fromEmail: 'admissions@uni-example.ac.uk', subject: 'Your application', body: 'Dear Sam,\n\nThank you for your application. You have been offered a place on the MSc Data Science programme starting in September.\n\nAdmissions Office' });
    expect(r.kind).toBe('other');
  });

  it("“you've been offered” is read too", () => {
    expect(fromHiringTeam('Your application', "Hi Sam,\n\nYou've been offered the position of Line Cook. Please confirm by Friday.\n\nNorthwind Hiring Team").kind).toBe('offer');
  });

  it('the reader may withdraw an offer: no rescinded offer', () => {
    const r = fromHiringTeam('Your offer', 'Hi Sam,\n\nYour application has been approved. Open your dashboard to accept or withdraw the offer.\n\nNorthwind Hiring Team');
    expect(r.kind).toBe('offer');
  });

  it('an employer that withdraws the offer has rescinded it', () => {
    const r = fromHiringTeam('Your offer', 'Hi Sam,\n\nWe regret that we have to withdraw the offer we made last week.\n\nNorthwind Hiring Team');
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe('rejection');
  });

  it.each([
    ['Nouvelles offres qui vous correspondent', 'Bonjour,\n\nDéveloppeur Full Stack — Nantes\n\nVoir l’offre'],
    ['Nuevas ofertas para ti', 'Hola,\n\nAnalista de datos — Madrid\n\nVer oferta'],
  ])('a job alert in another language: %s', (subject, body) => {
    const r = extract({ fromName: 'Tremplin Emploi', fromEmail: 'notifications@tremplin-emploi.example', subject, body });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe('alert');
  });

  it.each([
    ['Parabéns! Você se inscreveu na vaga!', 'Olá Ana,\n\nRecebemos seu interesse na oportunidade: Analista de Suporte (https://vagalume-vagas.example/vaga/123). Em breve a empresa responsável entrará em contato com você!', 'acknowledgement'],
    ['Sua candidatura', 'Olá Ana,\n\nAgradecemos a participação. Optamos por seguir com candidatos com mais experiência em redes.', 'rejection'],
  ])('Portuguese: %s', (subject, body, reason) => {
    const r = extract({ fromName: 'Vagalume', fromEmail: 'contato@vagalume-vagas.example', subject, body });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe(reason);
  });
});

describe('Russian, Ukrainian, Romanian, Turkish, Greek and Indonesian phrase tables', () => {
  const hr = (subject: string, body: string) => extract({ fromName: 'HR', fromEmail: 'hr@kestrel-works.example', subject, body });

  it.each([
    ['Собеседование', 'Здравствуйте, Анна!\n\nПриглашаем вас на собеседование на позицию менеджера по продажам во вторник в 10:00.', 'interview'],
    ['Співбесіда', 'Добрий день, Олено!\n\nЗапрошуємо вас на співбесіду на посаду бухгалтера в середу.', 'interview'],
    ['Ofertă de angajare', 'Bună ziua,\n\nVă oferim postul de contabil începând cu 1 martie. Vă rugăm să confirmați.', 'offer'],
    ['Mülakat daveti', 'Sayın Ayşe Hanım,\n\nMuhasebe Uzmanı pozisyonu için sizi mülakata davet etmek istiyoruz.', 'interview'],
    ['Συνέντευξη', 'Αγαπητή Μαρία,\n\nΘα θέλαμε να σας προσκαλέσουμε σε συνέντευξη για τη θέση του λογιστή.', 'interview'],
  ])('%s', (subject, body, kind) => {
    expect(hr(subject, body).kind).toBe(kind);
  });

  it.each([
    ['Ваш отклик', 'Здравствуйте, Анна!\n\nК сожалению, мы не можем пригласить вас на собеседование по вакансии менеджера.', 'rejection'],
    ['Ваш отклик', 'Здравствуйте, Анна!\n\nСпасибо за отклик на вакансию менеджера. Мы получили ваше резюме.', 'acknowledgement'],
    ['Başvurunuz', 'Sayın Ayşe Hanım,\n\nMuhasebe Uzmanı pozisyonu için sizi mülakata davet edemiyoruz.', 'rejection'],
    ['Lamaran Anda', 'Halo Budi,\n\nMohon maaf, lamaran Anda tidak lolos seleksi tahap berikutnya.', 'rejection'],
  ])('nothing to decline, for a reason it names: %s', (subject, body, reason) => {
    const r = hr(subject, body);
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe(reason);
  });

  it.each([
    ['ru', 'Ваш отклик на вакансию', 'Спасибо за отклик на вакансию менеджера по продажам. К сожалению, мы не сможем пригласить вас на собеседование.'],
    ['uk', 'Ваш відгук', 'Дякуємо за інтерес до вакансії бухгалтера. На жаль, ми не зможемо запросити вас на співбесіду.'],
    ['ro', 'Candidatura dumneavoastră', 'Vă mulțumim pentru interesul acordat postului de contabil. Din păcate, nu putem să vă invităm la interviu.'],
    ['id', 'Lamaran Anda', 'Terima kasih atas minat Anda pada posisi Staf Akuntansi. Mohon maaf, kami belum bisa mengundang Anda ke tahap wawancara.'],
    ['el', 'Η αίτησή σας', 'Ευχαριστούμε για το ενδιαφέρον σας για τη θέση του λογιστή. Δυστυχώς δεν μπορούμε να σας προσκαλέσουμε σε συνέντευξη.'],
  ])('a negation before an invitation refuses it (%s)', (_lang, subject, body) => {
    expect(hr(subject, `${body}\n\nHR`).kind).toBe('other');
  });

  it.each([
    ['Оля', 'olya@mail.ru', 'Суббота', 'Привет, Маша!\n\nБыло бы интересно встретиться в субботу.\n\nОля'],
    ['Оксана', 'oksana@ukr.net', 'Вихідні', 'Чи цікаво тобі піти в кіно в суботу?'],
    ['Озон', 'news@ozon.ru', 'Отзыв', 'В заказе 3 позиции. Ваш опыт важен для нас: оцените покупку.'],
    ['Parohia Sf. Nicolae', 'parohia@sfnicolae.ro', 'Programul din Postul Paștelui', 'Vă trimitem programul slujbelor din postul Paștelui. Experiența dumneavoastră de rugăciune contează.'],
    ['Shopee', 'info@shopee.co.id', 'Lengkapi profil Anda', 'Lengkapi profil Anda untuk mendapatkan voucher.'],
    ['Garanti BBVA', 'bilgi@garantibbva.com.tr', 'Kredi başvurunuz', 'Kredi başvurunuz için sizi en yakın şubemizde görüşmeye davet ediyoruz.'],
    ['Radio Athina', 'newsroom@radioathina.gr', 'Πρόσκληση', 'Θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη στην πρωινή εκπομπή για να μας πείτε τη θέση σας για το νέο νομοσχέδιο.'],
    ['Радио Город', 'news@radiogorod.ru', 'Эфир', 'Приглашаем вас на интервью в утренний эфир, чтобы рассказать о вашей позиции по новому закону.'],
    ['Glowskin', 'marketing@glowskin.co.id', 'Penawaran Kerja Sama Endorsement', 'Kami tertarik dengan profil Anda dan ingin mengirimkan penawaran kerja sama endorsement.'],
  ])('everyday mail gets no button: %s', (fromName, fromEmail, subject, body) => {
    expect(extract({ fromName, fromEmail, subject, body }).kind).toBe('other');
  });

  it.each([
    ['Ирина Козлова', 'irina.kozlova@hrpoint.example', 'Вакансия бухгалтера', 'Добрый день! Хочу сделать вам предложение о работе: наш клиент ищет бухгалтера. Интересно ли вам обсудить эту вакансию?'],
    ['Petr Svoboda', 'petr.svoboda@talentis.example', 'Java Developer', 'Dobrý den, mám pro Vás zajímavou nabídku na pozici Java Developer v Praze. Měl byste zájem o krátký hovor?'],
  ])('a cold approach is no offer: %s', (fromName, fromEmail, subject, body) => {
    expect(extract({ fromName, fromEmail, subject, body }).kind).not.toBe('offer');
  });

  it.each([
    ['Juliana Costa', 'juliana.costa@nuvemtech.example', 'Nova vaga para você: Desenvolvedor Backend', 'Olá Pedro,\n\nVi seu perfil e acho que você combina com a vaga. Teria interesse em conversar?\n\nJuliana'],
    ['Lucía Gómez', 'lucia.gomez@datafinca.example', 'Nueva oferta que encaja con tu perfil: Analista de Datos', 'Hola Pedro,\n\nHe visto tu perfil. ¿Te interesaría hablar sobre esta oportunidad?\n\nLucía'],
  ])('a recruiter’s singular subject is no job alert: %s', (fromName, fromEmail, subject, body) => {
    expect(extract({ fromName, fromEmail, subject, body }).kind).toBe('outreach');
  });

  it('Dutch "nu" (now) is no negation', () => {
    const r = extract({ fromName: 'Lisa de Vries', fromEmail: 'lisa@talentlink.example', subject: 'Functie Data Analist', body: 'Hoi Sam,\n\nIk had je vorige week benaderd voor de functie van Data Analist bij onze klant. De vacature is nu niet meer open.\n\nLisa' });
    expect(r.kind).toBe('other');
  });

  it.each([
    ['Turkish capital İ in a job word', 'Ege Yapı', 'info@egeyapi.example', 'Davet', 'Sayın Ayşe Hanım,\n\nİşe Alım Ekibi olarak sizi görüşmeye davet ediyoruz.', 'interview', undefined],
    ['Romanian cedilla letters', 'Resurse Umane', 'hr@kestrel-works.example', 'Poziţia', 'Bună ziua,\n\nVă mulţumim pentru interesul acordat. Poziţia a fost ocupată.', 'other', 'closed'],
    ['Romanian without marks', 'Resurse Umane', 'hr@kestrel-works.example', 'Candidatura', 'Buna ziua,\n\nVa multumim pentru candidatura. Din pacate nu ati fost selectat pentru postul de contabil.', 'other', 'rejection'],
    ['Greek capitals', 'HR', 'hr@kestrel-works.example', 'ΠΡΟΣΚΛΗΣΗ ΣΕ ΣΥΝΕΝΤΕΥΞΗ', 'Αγαπητή Μαρία,\n\nΓια τη θέση του λογιστή, θα χαρούμε να σας δούμε την Τρίτη.', 'interview', undefined],
  ])('%s', (_what, fromName, fromEmail, subject, body, kind, reason) => {
    const r = extract({ fromName, fromEmail, subject, body });
    expect(r.kind).toBe(kind);
    expect(r.nothingToDecline).toBe(reason);
  });

  it('a negation inside a Russian phrase’s gap keeps it from counting, and the same phrase without it counts', () => {
    expect(hr('Ваше резюме', 'Здравствуйте!\n\nВаше резюме мы посмотрели. Приглашаем вас на не собеседование, а на день открытых дверей.').kind).not.toBe('interview');
    expect(hr('Ваше резюме', 'Здравствуйте!\n\nВаше резюме мы посмотрели. Приглашаем вас на собеседование во вторник.').kind).toBe('interview');
  });

  it.each([
    ['ru', 'Ваше резюме', 'Здравствуйте!\n\nВаше резюме мы посмотрели. Мы не приглашаем вас на собеседование на эту вакансию.'],
    ['id', 'Lamaran Anda', 'Halo Budi,\n\nTerima kasih atas lamaran Anda. Kami tidak mengundang Anda ke tahap wawancara untuk lowongan ini.'],
  ])('a negation just before an invitation the tables do not write out refuses it (%s)', (_lang, subject, body) => {
    expect(hr(subject, body).kind).toBe('other');
  });

  it.each([
    ['nl', 'Bedankt voor je sollicitatie op de vacature Data Analist. Aarzel niet om een gesprek in te plannen via de link.'],
    ['sv', 'Tack för din ansökan till tjänsten som ekonom. Tveka inte att boka en tid för intervju via länken.'],
  ])('"don’t hesitate" is no refusal (%s)', (_lang, body) => {
    expect(hr('Sollicitatie', body).kind).toBe('interview');
  });

  it('a Russian condition keeps its invitation from counting', () => {
    const r = hr('Ваш отклик', 'Здравствуйте!\n\nСпасибо за отклик на вакансию бухгалтера. В случае положительного решения мы направим вам приглашение на собеседование.');
    expect(r.kind).toBe('other');
  });

  it.each([
    ['Lenka Dvořáková', 'lenka@kestrel-works.example', 'Vaše přihláška', 'Děkujeme za Vaši přihlášku na pozici Účetní. Bohužel Vás nemůžeme pozvat na osobní pohovor, protože jsme vybrali uchazeče s delší praxí.'],
    ['HR', 'hr@kestrel-works.example', 'Η αίτησή σας', 'Ευχαριστούμε για το ενδιαφέρον σας για τη θέση του λογιστή. Δυστυχώς δεν είμαστε σε θέση να σας καλέσουμε σε συνέντευξη αυτή τη φορά.'],
  ])('a refusal written with a negated verb is no invitation: %s', (fromName, fromEmail, subject, body) => {
    expect(extract({ fromName, fromEmail, subject, body }).kind).toBe('other');
  });

  it.each([
    ["Nous sommes ravis de vous accueillir lundi au poste de chargée de projet. N'oubliez pas votre contrat signé.", 'fr'],
    ['Estamos encantados de que empieces el lunes en el puesto de Analista de Datos. No olvides el contrato firmado y tu DNI.', 'es'],
  ])('onboarding with "don’t forget" has nothing to decline: %s', (body) => {
    expect(fromHiringTeam('Bienvenue', `Bonjour,\n\n${body}\n\nRH`).kind).toBe('other');
  });

  it.each([
    ['InfoJobs', 'noreply@infojobs.example', 'Nueva oferta para ti: Analista de Datos en Madrid'],
    ['Tremplin Emploi', 'notifications@tremplin-emploi.example', 'Nouvelle offre qui vous correspond - Tremplin Emploi'],
  ])('a job board’s singular alert from its automated mailbox: %s', (fromName, fromEmail, subject) => {
    const r = extract({ fromName, fromEmail, subject, body: 'Hola,\n\nAnalista de Datos — Madrid. Postúlate hoy.\n\nVer oferta' });
    expect(r.kind).toBe('other');
    expect(r.nothingToDecline).toBe('alert');
  });

  it.each([
    ['my client has paused hiring for this position until Q3. I will reach out when it reopens.', 'other'],
    ['We are pausing recruitment for the Senior Backend Engineer role for now.', 'other'],
  ])('paused hiring for a position: %s', (body, kind) => {
    expect(extract({ fromName: 'Jane Miller', fromEmail: 'jane@talentbridge-recruit.example', subject: 'Update', body: `Hi Sam,\n\n${body}\n\nJane` }).kind).toBe(kind);
  });

  it('a profile forwarded to a person names no company', () => {
    const r = fromHiringTeam('Update', 'Hi Sam,\n\nYour CV has been forwarded to Marcus Hale, our CTO, who will be in touch.\n\nNorthwind Hiring Team');
    expect(r.company).not.toBe('Marcus Hale');
  });

  it('"your new role" in quotes is the one offered', () => {
    const r = fromHiringTeam('Your offer', 'Hi Sam,\n\nWe are delighted to offer you your new role "Warehouse Supervisor" starting on 1 March.\n\nNorthwind Hiring Team');
    expect(r.role).toBe('Warehouse Supervisor');
  });
});
