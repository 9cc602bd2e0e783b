// Hand-written messages for the mechanisms of issue 14's twenty-sixth round (gathering round 32). Written for these
// tests: names, employers and wording are not taken from any fixture.
import { isJobBoardName } from '../../core/extract/lexicon';
import { scriptTitle } from '../../core/extract/script-role';
import { extract } from '../support/extract-message';

describe('job titles in Thai, Persian, Arabic and Hebrew mail (script-role.ts)', () => {
  it.each([
    // A position word glued to the word before, the title up to the next space (Thai).
    ['th', 'ผลการสมัครงาน', 'เรียน คุณมาลี\n\nขอบคุณที่สมัครงานในตำแหน่ง นักออกแบบกราฟิก กับบริษัท ทะเลคราม จำกัด\n\nฝ่ายบุคคล', 'นักออกแบบกราฟิก'],
    // A field line after an emoji (Thai).
    ['th', 'นัดสัมภาษณ์งาน', 'เรียน คุณมาลี\n\n📋 ตำแหน่ง: วิศวกรโยธา\n📅 วันที่: 12 มีนาคม\n\nฝ่ายบุคคล', 'วิศวกรโยธา'],
    // A Latin title after the Thai position word.
    ['th', 'ผลการสมัครงาน', 'เรียน คุณมาลี\n\nขอบคุณที่สมัครงานตำแหน่ง Data Engineer กับบริษัท ทะเลคราม จำกัด', 'Data Engineer'],
    // Persian quotes, the zero-width non-joiner kept inside the words.
    ['fa', 'دعوت به مصاحبه', 'سلام نگار عزیز،\n\nبرای فرصت شغلی «برنامه‌نویس اندروید» به مصاحبه دعوت می‌شوید.\n\nتیم منابع انسانی', 'برنامه‌نویس اندروید'],
    // Arabic: the title up to a preposition.
    ['ar', 'دعوة لمقابلة', 'عزيزتي سارة،\n\nيسعدنا دعوتك لمقابلة لوظيفة محاسبة رئيسية في شركة النخيل للتجارة.\n\nمع التحية', 'محاسبة رئيسية'],
    // Hebrew: a gender slash, the title in quotes.
    ['he', 'עדכון מועמדות', 'שלום רוני,\n\nקיבלנו את מועמדותך למשרת "מעצב/ת מוצר". נחזור אלייך בהקדם.\n\nצוות הגיוס', 'מעצב/ת מוצר'],
    // A subject's part that is a title by itself.
    ['fa', 'پیشنهاد شغلی — طراح رابط کاربری', 'سلام مینا،\n\nخوشحالیم که پیشنهاد همکاری را برایتان بفرستیم.\n\nبا احترام', 'طراح رابط کاربری'],
  ])('%s: reads the framed title (%s)', (_lang, subject, body, title) => {
    expect(scriptTitle(subject, body)).toBe(title);
    const r = extract({ fromName: 'HR', fromEmail: 'hr@talenthub.example', subject, body });
    expect(r.role).toBe(title);
  });

  it.each([
    // Two different titles in one frame: none.
    ['th', 'ตำแหน่งงานใหม่', 'ตำแหน่ง: นักบัญชี\nตำแหน่ง: วิศวกรไฟฟ้า'],
    // A generic job word alone ("officer", "employee", "expert", "manager") is no title.
    ['th', 'ผลการสมัคร', 'ขอบคุณที่สมัครงานในตำแหน่ง เจ้าหน้าที่ กับเรา'],
    ['ar', 'تحديث', 'شكراً لتقدمك لوظيفة موظف في شركتنا.'],
    ['fa', 'به‌روزرسانی', 'رزومه شما برای موقعیت «کارشناس» دریافت شد.'],
    ['he', 'עדכון', 'תודה על פנייתך למשרת "מנהל/ת".'],
    // Words that do not start on a job word ("the said position", "a vacant job", "other positions").
    ['th', 'ผลการสมัคร', 'เราไม่สามารถพิจารณาคุณเข้าทำงานในตำแหน่งดังกล่าวได้'],
    ['ar', 'فرص', 'لدينا وظيفة شاغرة جديدة قد تهمك.'],
    ['he', 'משרות', 'יש לנו תפקיד חדש ומעניין עבורך.'],
  ])('%s: reads no title where none is framed or the frame is ambiguous (%s)', (_lang, subject, body) => {
    expect(scriptTitle(subject, body)).toBeNull();
  });

  it.each([
    // Persian ends its clause on the verb, with no word between: an unquoted title would run on into it.
    ['fa', 'نتیجه درخواست', 'از درخواست شما برای موقعیت شغلی طراح گرافیک سپاسگزاریم.'],
    ['fa', 'نتیجه درخواست', 'درخواست شما برای سمت حسابدار ارشد پذیرفته نشد.'],
    // Hebrew "a key role", and a responsible role, are no titles.
    ['he', 'הזדמנות', 'אנחנו מחפשים אדם לתפקיד מפתח בצוות הפיתוח שלנו.'],
    ['he', 'הזדמנות', 'מדובר בתפקיד אחראי ומאתגר.'],
    // Arabic "an office job" (feminine adjective) and a run that goes on into the sentence.
    ['ar', 'فرصة', 'لدينا وظيفة إدارية جديدة تناسب خبرتك.'],
    // A subject that is a sentence starting with a job word ("the hiring manager invites you to an interview").
    ['ar', 'مدير التوظيف يدعوك لمقابلة', 'مرحباً سارة،\n\nنتطلع للقائك.'],
    ['he', 'מנהל הגיוס שלח לך הודעה', 'שלום רוני,\n\nיש לך הודעה חדשה.'],
  ])('%s: reads no title from a sentence (%s)', (_lang, subject, body) => {
    expect(scriptTitle(subject, body)).toBeNull();
  });

  it.each([
    // A Thai word of the sentence glued to the title ("our") is cut off.
    ['ตำแหน่งว่าง', 'เรากำลังมองหาคนในตำแหน่ง นักพัฒนาซอฟต์แวร์ของเรา', 'นักพัฒนาซอฟต์แวร์'],
    // A Hebrew title with Latin words keeps them.
    ['עדכון', 'תודה על מועמדותך למשרת מהנדס/ת DevOps.', 'מהנדס/ת DevOps'],
    // A Hebrew apostrophe inside a quoted title does not close it.
    ['עדכון', 'קיבלנו את מועמדותך למשרת "מפתח/ת ג\'וניור".', "מפתח/ת ג'וניור"],
  ])('reads the whole title and nothing of the sentence (%s)', (subject, body, title) => {
    expect(scriptTitle(subject, body)).toBe(title);
  });

  it("does not read the recruiter's own title from a field in the signature", () => {
    const body = 'عزيزتي سارة،\n\nنشكرك على اهتمامك بالانضمام إلينا.';
    const signature = '\n\nمع التحية،\nليلى حداد\nالمسمى الوظيفي: أخصائية توظيف أولى';
    expect(scriptTitle('شكراً لاهتمامك', body + signature, body)).toBeNull();
  });

  it('leaves other mail to the Latin reader', () => {
    expect(scriptTitle('Interview invitation', 'We would like to invite you to interview for the position of Data Engineer.')).toBeNull();
  });
});

describe('automated mailboxes in more languages', () => {
  it.each([
    ['pranesimai@kurybostinklas.example', 'kurybostinklas'],
    ['ilmoitukset@tekijatori.example', 'tekijatori'],
    ['teated@loojaturg.example', 'loojaturg'],
    ['neatsakykite@kurybostinklas.example', 'kurybostinklas'],
  ])("a platform's own lower-case name on its notification mailbox (%s) is no employer", (fromEmail, name) => {
    const body = 'Sveiki, Ugnė,\n\nJūsų paraiška buvo peržiūrėta. Daugiau informacijos rasite savo paskyroje.';
    const r = extract({ fromName: name, fromEmail, subject: 'Paraiškos būsena', body });
    expect(r.company).toBeNull();
  });

  it.each([['chiara.vastano@lumeo.example', 'Chiara Vastano'], ['klara.vastag@lumeo.example', 'Klara Vastag'], ['antonis.zinas@lumeo.example', 'Antonis Zinas']])(
    "a person's own mailbox (%s) is no automated one",
    (fromEmail, fromName) => {
      const body = 'Hi Sam,\n\nThanks for your time today. We would like to invite you to a second interview for the Data Engineer role.';
      const r = extract({ fromName, fromEmail, subject: 'Second interview', body });
      expect(r.firstName).toBe(fromName.split(' ')[0]);
    },
  );

  it('a person at a company mailbox that is not automated keeps the company', () => {
    const body = 'Sveiki, Ugnė,\n\nKviečiame jus į pokalbį dėl Duomenų analitiko pozicijos.\n\nPagarbiai,\nRasa';
    const r = extract({ fromName: 'kurybostinklas', fromEmail: 'rasa@kurybostinklas.example', subject: 'Kvietimas į pokalbį', body });
    expect(r.company ?? r.suggestions?.company).toBe('Kurybostinklas');
  });
});

describe('organisations that are no person and boards that are no employer, read after round 32', () => {
  it.each([['Lótus Finanças'], ['Jade Logística'], ['Marea Soluciones']])('"%s" in the From name gives no first name', (fromName) => {
    const body = `Olá Rita,\n\nGostaríamos de marcar uma entrevista técnica com o time de dados da ${fromName}. Escolha um horário no link do convite.`;
    const r = extract({ fromName, fromEmail: 'no-reply@gupy.com.br', subject: `Convite para entrevista — Analista de Dados na ${fromName}`, body });
    expect(r.firstName).toBeNull();
  });

  it('a link\'s label in Vietnamese above the sign-off is no name', () => {
    const body = 'Chào Minh,\n\nChúng tôi rất tiếc phải thông báo rằng hồ sơ của bạn chưa phù hợp với vị trí này.\n\nXem Việc Làm Khác\n\nTrân trọng,\nCông ty Cổ phần Sen Vàng';
    const r = extract({ fromName: '', fromEmail: 'no-reply@vieclam.example', subject: 'Thông báo kết quả ứng tuyển', body });
    expect(r.firstName).toBeNull();
    expect(r.suggestions?.firstName ?? null).toBeNull();
  });

  it.each([['Kreatørjob'], ['Sommerjobber'], ['DevJobs']])('a board named with "jobs" glued to a word ("%s") is no employer, a company\'s own careers domain is', (board) => {
    const body = `Hej Sara,\n\nDu er blevet inviteret til at arbejde på "Vinterlys". Åbn opgaven for at se tilbuddet.\n\nSe tilbuddet ( https://${board.toLowerCase()}.example/opgaver/41 )`;
    const r = extract({ fromName: board, fromEmail: `besked@${board.toLowerCase()}.example`, subject: 'Du har et nyt tilbud til Vinterlys', body });
    expect(r.company).toBeNull();
    const own = extract({
      fromName: 'Vindrose Rekruttering',
      fromEmail: 'rekruttering@vindrose-job.dk',
      subject: 'Samtale om stillingen som Lagermedarbejder',
      body: 'Hej Mette,\n\nVi vil gerne invitere dig til en samtale om stillingen som Lagermedarbejder.\n\nMed venlig hilsen\nRekrutteringsteamet\nVindrose',
    });
    expect(own.company ?? own.suggestions?.company).toBe('Vindrose');
  });

  it.each([
    ['Netto Studiejob', 'rekruttering@netto.dk'],
    ['Lidl Sommerjobs', 'jobs@lidl.de'],
  ])("an employer's own student or summer jobs (\"%s\") stay the employer's", (fromName, fromEmail) => {
    const body = 'Hej Sara,\n\nTak for din ansøgning. Vi vil gerne invitere dig til en samtale om stillingen som Butiksmedarbejder.\n\nMed venlig hilsen';
    const r = extract({ fromName, fromEmail, subject: 'Invitation til samtale', body });
    expect(r.company ?? r.suggestions?.company).toBe(fromName);
  });

  it.each([
    ['Kreatørjob', true],
    ['PyJobs', true],
    ['URJOB', true],
    ['Sommerjobber', true],
    ['Netto Studiejob', false],
    ['Jobs', false],
    ['applejobs-mail.com', false],
  ])('"%s" is a job board\'s name: %s', (name, board) => {
    expect(isJobBoardName(name)).toBe(board);
  });
});
