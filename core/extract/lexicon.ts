// Word lists the extractor relies on. They describe e-mail and hiring conventions in general (mail providers,
// applicant-tracking systems, job-title vocabulary in EN/DE/FR/ES/IT) and deliberately contain no company or
// person names taken from any particular message.

import { foldKey } from './normalize';

/** Free-mail and ISP domains: a sender there says nothing about the employer. */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.es',
  'hotmail.it', 'live.com', 'live.co.uk', 'live.fr', 'msn.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de',
  'yahoo.es', 'yahoo.it', 'yahoo.co.in', 'yahoo.co.jp', 'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'gmx.com', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'web.de', 'freenet.de', 't-online.de', 'posteo.de',
  'mailbox.org', 'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'tutanota.com', 'tuta.io', 'zoho.com',
  'zohomail.com', 'yandex.com', 'yandex.ru', 'ya.ru', 'mail.ru', 'inbox.ru', 'bk.ru', 'list.ru', 'rambler.ru', 'qq.com',
  '163.com', '126.com', 'sina.com', 'sohu.com', 'naver.com', 'daum.net', 'hanmail.net', 'orange.fr', 'wanadoo.fr',
  'free.fr', 'laposte.net', 'sfr.fr', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'btinternet.com',
  'sky.com', 'virginmedia.com', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net',
  'charter.net', 'earthlink.net', 'optonline.net', 'telus.net', 'shaw.ca', 'rogers.com', 'bigpond.com', 'optusnet.com.au',
  'terra.com.br', 'uol.com.br', 'bol.com.br', 'rediffmail.com', 'fastmail.com', 'fastmail.fm', 'hey.com', 'mail.com',
  'email.com', 'seznam.cz', 'wp.pl', 'o2.pl', 'interia.pl', 'onet.pl', 'bluewin.ch', 'telenet.be', 'skynet.be',
  'ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'hushmail.com',
]);

/**
 * Applicant-tracking, scheduling and job-board senders: they relay mail for the employer, so their domain is never
 * the company. Matched against the end of the sender's domain.
 */
export const RELAY_DOMAINS: readonly string[] = [
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'myworkday.com', 'myworkdayjobs.com', 'workday.com',
  'smartrecruiters.com', 'ashbyhq.com', 'ashby.io', 'icims.com', 'taleo.net', 'oracle.com', 'oraclecloud.com',
  'successfactors.com', 'successfactors.eu', 'sapsf.com', 'jobvite.com', 'bamboohr.com', 'recruitee.com',
  'workable.com', 'workablemail.com', 'teamtailor.com', 'teamtailor-mail.com', 'personio.de', 'personio.com',
  'jazzhr.com', 'applytojob.com', 'breezy.hr', 'breezyhr.com', 'pinpointhq.com', 'rippling.com', 'homerun.co',
  'join.com', 'softgarden.io', 'softgarden.de', 'dvinci.de', 'rexx-systems.com', 'umantis.com', 'brassring.com',
  'avature.net', 'cornerstoneondemand.com', 'csod.com', 'paylocity.com', 'ultipro.com', 'adp.com', 'jobdiva.com',
  'bullhorn.com', 'gem.com', 'goodtime.io', 'calendly.com', 'modernhire.com', 'hirevue.com', 'hackerrank.com',
  'codility.com', 'coderpad.io', 'testgorilla.com', 'linkedin.com', 'indeed.com', 'indeedemail.com', 'glassdoor.com',
  'xing.com', 'stepstone.de', 'stepstone.com', 'monster.com', 'dice.com', 'ziprecruiter.com', 'hired.com',
  'wellfound.com', 'angel.co', 'otta.com', 'welcometothejungle.com', 'hellowork.com', 'infojobs.net', 'computrabajo.com',
  'docusign.net', 'docusign.com', 'zoom.us', 'google.com', 'microsoft.com',
];

/**
 * A mailbox's instruction not to reply, in every language read: in a mailbox's name ("no-reply@", "nao-responda@") or
 * in a display name ("USAJOBS [DO NOT REPLY]"). Words are separated by spaces here; a mailbox may join them with "-",
 * "_" or ".", or write them together.
 */
const NO_REPLY_PHRASES: readonly string[] = [
  'no reply', 'do not reply', 'dont reply', 'nao responda', 'não responda', 'ne pas repondre', 'ne pas répondre',
  'no responder', 'no responda', 'nicht antworten', 'niet beantwoorden', 'non rispondere', 'nie odpowiadaj',
];
/**
 * Words of automated mailboxes, in every language read: notifications, alerts, newsletters, invitations
 * ("notificaciones", "powiadomienia", "einladungen"). No person reads replies there.
 */
const AUTOMATED_MAILBOX_WORDS: readonly string[] = [
  'notifica', 'notifiche', 'benachrichtigung', 'meldingen', 'powiadomienia', 'alerts?', 'newsletters?',
  'invit(?:e|es|ations?)(?![a-z])', 'invitaciones', 'convites', 'einladungen', 'zaproszenia',
  // Notifications in Lithuanian, Latvian, Finnish, Estonian, Hungarian, Czech and Slovak, Slovenian, South Slavic,
  // Romanian, Turkish, Indonesian and Malay, Danish and Swedish ("pranesimai", "ilmoitukset", "ertesites").
  'pranesimai', 'pazinojumi', 'ilmoitukset', 'teavitused', 'ertesites', 'oznameni', 'oznamenia', 'upozornenia',
  'obvestila', 'obavijesti', 'obavestenja', 'notificari', 'bildirim', 'notifikasi', 'notifikationer', 'aviseringar',
];
/**
 * Shorter words of the same ("notiser", "varsler", "upozorneni"), read only as a whole part of a mailbox's name:
 * "avisos" is in "travisosullivan". Not "mailer", a surname ("nina.mailer@").
 */
const AUTOMATED_MAILBOX_PARTS: readonly string[] = [
  'notify', 'notiser', 'varsel', 'varsler', 'meddelanden', 'meddelelser', 'upozorneni', 'avisos',
  // Estonian "teated" (notices); "do not reply" in Lithuanian, Latvian, Finnish, Estonian, Czech and Slovak,
  // Hungarian, South Slavic, Romanian and Turkish, whole parts only ("ara-vasta", not "chiara.vastano").
  'teated', 'neatsakykite', 'neatbildet', 'ala[-_.]?vastaa', 'mitte[-_.]?vastata', 'ara[-_.]?vasta', 'neodpovidat',
  'neodpovedat', 'nevalaszolj', 'ne[-_.]?odgovaraj(?:te)?', 'nu[-_.]?raspunde(?:ti)?', 'yanitlamayin', 'cevaplamayin',
];
const phraseSource = (phrase: string, join: string) => phrase.split(' ').join(join);
/** A mailbox's name with the instruction ("no-reply", "nao_responda", "donotreply"; names/display.ts). */
export const NO_REPLY_MAILBOX = new RegExp(NO_REPLY_PHRASES.filter((p) => /^[a-z ]+$/.test(p)).map((p) => phraseSource(p, '[-_.]?')).join('|'));
/** A mailbox's name that says no one reads replies there: its instruction or an automated mailbox's word (index.ts). */
export const AUTOMATED_MAILBOX = new RegExp(
  `${NO_REPLY_MAILBOX.source}|${AUTOMATED_MAILBOX_WORDS.join('|')}|(?:^|[-_.+\\d])(?:${AUTOMATED_MAILBOX_PARTS.join('|')})(?=$|[-_.+\\d])`,
);
/** The same instruction in a display name ("DO NOT REPLY", "Ne pas répondre"), where it names no one (confidence.ts). */
export const NO_REPLY_LABEL = NO_REPLY_PHRASES.map((p) => phraseSource(p, '[- ]?')).join('|');

/** Code hosts whose notification mailboxes relay their members' comments (index.ts). */
export const CODE_HOSTS: ReadonlySet<string> = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);

/**
 * A name ending in a portal's or a platform's word ("ELiSe Praxisphasen-Portal", folded): read for organisation names
 * only, as an employer's domain may end so ("healthplatform.io").
 */
/** A platform's or a portal's word, in the languages read. */
export const PLATFORM_WORDS: readonly string[] = ['portal', 'platform', 'plattform', 'plateforme', 'plataforma', 'piattaforma'];
export const PLATFORM_NAME_SUFFIX = new RegExp(`(?:${PLATFORM_WORDS.join('|')})$`);
/**
 * A name of one word with "jobs" glued to its end ("Kreatørjob", "PyJobs", "URJOB", "Sommerjobber"): a job board's.
 * Not a name of more words ("Netto Studiejob", "Lidl Sommerjobs" name an employer's own student jobs), nor a domain
 * ("applejobs-mail.com" is Apple's careers mail).
 */
const JOB_BOARD_NAME = /^[\p{L}\p{N}.'-]*\p{L}(?:jobs?|jobb(?:er|ar)?)$/iu;
export function isJobBoardName(name: string): boolean {
  return JOB_BOARD_NAME.test(name.trim());
}

/**
 * Job boards, career portals and hiring apps not in RELAY_DOMAINS, told by the words of their name (the sender's
 * domain folded to letters, or an organisation in its display name): they relay offers, they do not hire. One
 * pattern for every language: job board, vacancies, career portal, employment portal.
 */
export const JOB_PLATFORM_PATTERN =
  /^jobs?(?!s?ite)|.apply$|^apply(?:to|for)|jobs?(?:board|portal|alert|center|centre|market|bank|finder|search|connect|hub|site|net|list)|vacanc|vacature|stellen(?:markt|boerse|borse|portal|angebote)|jobboerse|jobborse|emplois|empleab|bolsadetrabajo|bolsadeempleo|portaldeempleo|portaldevagas|vagas|offresdemploi|careerportal|karriereportal|talentportal|hiringplatform|recruitingplatform|portal(?:de|do|da)?(?:empleo|empleab|vagas|emploi|emplois|lavoro)|lavoro(?:portal)?$/;

/**
 * Labels of a sender's domain that name a service rather than the organisation ("…@teaching-jobs.service.gov.uk",
 * "…@mail.acme.com" is handled by taking the registrable name): skipped when a name stands before them.
 */
export const SERVICE_LABELS: ReadonlySet<string> = new Set([
  'service', 'services', 'mail', 'email', 'mailer', 'notify', 'notifications', 'app', 'apps', 'portal', 'online', 'web', 'system',
]);

/** Legal forms written into a domain label ("goa-gmbh", "acme-ag"): not part of the name. */
export const DOMAIN_LEGAL_PARTS: ReadonlySet<string> = new Set([
  'gmbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'sarlu', 'srl', 'spa', 'sl', 'bv', 'nv', 'ltd', 'llc', 'inc', 'corp', 'plc', 'ltda', 'ab', 'oy', 'as', 'aps',
]);

/** "The company" in the languages read: a template's "Compania mea" or a domain's "empresa" names no organisation. */
export const COMPANY_NOUNS: readonly string[] = [
  'company', 'compania', 'compañía', 'companhia', 'compagnie', 'empresa', 'firma', 'entreprise', 'société', 'unternehmen',
  'azienda', 'società', 'bedrijf', 'firmaet', 'företaget', 'selskabet', 'selskapet', 'şirket', 'spółka', 'společnost',
];

/**
 * Domain labels that are generic words, not a name ("company.com", "hrms.io", "careers.net", "myjobs.org"): the
 * prettified label is then no company at all.
 */
export const GENERIC_DOMAIN_KEYS: ReadonlySet<string> = new Set([
  'yourcompany', 'mycompany', 'thecompany', 'companyname', 'business', 'corp', 'corporate', 'enterprise',
  'organization', 'organisation', 'firm', 'employer', 'hr', 'hrms', 'hris', 'ats', 'recruit', 'recruiting',
  'recruitment', 'careers', 'career', 'hiring', 'jobs', 'job', 'mail', 'email', 'office', 'admin', 'domain',
  'website', 'site', 'web', 'app', 'portal', 'system', 'platform', 'test', 'demo', 'sample', 'example',
  ...COMPANY_NOUNS.map((w) => foldKey(w)),
]);

/** Words that make a mailbox (local part or display name) a shared inbox rather than a person. */
export const ROLE_MAILBOX_WORDS: ReadonlySet<string> = new Set([
  'careers', 'career', 'jobs', 'job', 'recruiting', 'recruitment', 'recruiter', 'recruiters', 'talent', 'talents', 'hr',
  'humanresources', 'noreply', 'no-reply', 'donotreply', 'do-not-reply', 'dontreply', 'reply', 'hiring', 'hire',
  'people', 'team', 'notifications', 'notification', 'notify', 'info', 'hello', 'contact', 'admin', 'support', 'office',
  'scheduling', 'schedule', 'interviews', 'interview', 'mailer', 'mail', 'bounce', 'bounces', 'news', 'newsletter',
  'alerts', 'alert', 'jobalerts', 'digest', 'apply', 'applications', 'application', 'candidates', 'candidate',
  'staffing', 'ta', 'talentacquisition', 'onboarding', 'system', 'automated', 'postmaster', 'rrhh', 'recursoshumanos',
  'empleo', 'empleos', 'trabajo', 'seleccion', 'selección', 'reclutamiento', 'recrutement', 'emploi', 'carrieres',
  'carrières', 'candidature', 'candidatures', 'rh', 'karriere', 'bewerbung', 'bewerbungen', 'personal', 'jobs-noreply',
  'lavoraconnoi', 'selezione', 'invitations', 'invites', 'calendar', 'updates', 'service', 'services', 'welcome',
]);

/** Prefixes stripped from a person's name. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'madam', 'herr', 'frau', 'm', 'mme', 'mlle',
  'monsieur', 'madame', 'sr', 'sra', 'srta', 'don', 'doña', 'lic', 'licda', 'ing', 'ingeniero', 'arq', 'dott', 'dott.ssa',
  'dottssa', 'sig', 'sig.ra', 'dipl', 'dipl.-ing', 'mag', 'univ', 'rev',
]);

/**
 * Academic and institutional offices written before a full name ("Provost Laura Whitcombe", "Dekan Lukas Roth"):
 * dropped only when a given and a family name follow. "Dean" is left out: it is as often a given name ("Dean Paul
 * Martin").
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'provost', 'chancellor', 'dekan', 'dekanin', 'rektor', 'rektorin', 'doyen', 'doyenne', 'recteur', 'rectrice', 'decano',
  'decana', 'reitor', 'reitora', 'rettore', 'rettrice', 'decaan', 'dziekan',
]);

/** Suffixes stripped from a person's name. */
export const DEGREES: ReadonlySet<string> = new Set([
  'phd', 'ph.d', 'ph.d.', 'md', 'mba', 'msc', 'ma', 'bsc', 'ba', 'meng', 'cpa', 'sphr', 'phr', 'shrm-cp', 'shrm-scp',
  'cipd', 'pmp', 'esq', 'jr', 'sr', 'ii', 'iii', 'iv', 'dipl.-ing',
]);

/** Lower-case words that can sit inside a person's name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'del', 'della', 'delle', 'der', 'den', 'di', 'da', 'das', 'dos', 'do', 'du', 'la', 'le', 'ten',
  'ter', 'y', 'i', 'bin', 'binti', 'al', 'el', 'zu', 'af', 'av', 'st', 'st.', 'e', 'mac',
]);

/**
 * Vietnamese family names. Vietnamese names are written family name first ("Nguyễn Văn An"); the given name a
 * letter should use is then the last word.
 */
export const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
  'truong', 'dinh', 'doan', 'lam', 'luong', 'mai', 'trinh', 'ta', 'cao', 'ha', 'quach', 'thai', 'la', 'chau', 'luu',
]);

/**
 * Legal forms ("GmbH", "S.A. de C.V."), as a regex source. A form written after a comma ("Acme, Inc.") is dropped from
 * a company name; one written without a comma ("Acme GmbH") is kept, as signatures write it.
 */
const LEGAL_FORM =
  "(?:inc\\.?|incorporated|l\\.?l\\.?c\\.?|llp|ltd\\.?|limited|plc|corp\\.?|corporation|co\\.|gmbh(?: & co\\.? kg)?|ag|kg|ug|se|e\\. ?v\\.|" +
  "s\\.a\\.s\\.?|sas|s\\.a\\.(?: de c\\.v\\.)?|s\\.?a\\.? de c\\.?v\\.?|sa|sarlu?|s\\.?à\\.?r\\.?l\\.?|s\\.l\\.|s\\.r\\.l\\.?|srl|s\\.p\\.a\\.?|spa|" +
  "b\\.v\\.?|bv|n\\.v\\.?|nv|ab|oy|oyj|a\\/s|asa|aps|pty\\.? ltd\\.?|pty|k\\.k\\.|sdn\\.? bhd\\.?|pvt\\.? ltd\\.?|pte\\.? ltd\\.?|ltda\\.?|" +
  // Central and Eastern Europe, as written after the name: Serbian, Croatian, Slovene and Bosnian, Czech and Slovak,
  // Polish, Hungarian, Estonian, Bulgarian in Latin letters (only forms no word of a sentence is written as; not
  // Lithuanian "UAB", written before the name, nor the spaced "s. r. o."). A form in lower case ("d.o.o.") is left
  // out of a name read from running text or a field, as the labels' alternates allow; a capitalised one ("Kft.") is
  // kept, as signatures write it.
  "d\\.o\\.o\\.?|s\\.r\\.o\\.?|a\\.s\\.|sp\\. z o\\.o\\.?|kft\\.?|zrt\\.?|nyrt\\.?|oü|eood|ood)";
/** A legal form at the end of a name, with the separator before it in group 1. */
export const TRAILING_LEGAL_FORM = new RegExp(`(,?)\\s+${LEGAL_FORM}$`, 'iu');
/** A legal form at the start of a string (the rest of a line after "Acme,"). */
export const LEADING_LEGAL_FORM = new RegExp(`^${LEGAL_FORM}(?=$|[\\s,;:!?)])`, 'iu');
/** A legal form as a word of running text ("… Atlas Textile SARL would like…"), not inside another word: a regex source. */
export const LEGAL_FORM_WORD = `(?<![\\p{L}\\p{M}\\p{N}.])${LEGAL_FORM}(?![\\p{L}\\p{M}\\p{N}])`;

/** Words that mark a name as an organisation rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'inc', 'llc', 'ltd', 'gmbh', 'ag', 'corp', 'corporation', 'company', 'co', 'group', 'groupe', 'grupo', 'gruppe',
  'cooperative', 'cooperativa', 'cooperativo', 'coopérative', 'genossenschaft', 'coöperatie', 'spółdzielnia',
  'architecture', 'architects', 'architekten', 'architectes', 'arquitectura', 'arquitetura', 'architetti',
  'holding', 'holdings', 'games', 'studio', 'studios', 'labs', 'lab', 'technologies', 'technology', 'tech', 'systems',
  'solutions', 'software', 'insurance', 'bank', 'health', 'healthcare', 'medical', 'robotics', 'logistics', 'logistik',
  'consulting', 'partners', 'capital', 'ventures', 'media', 'digital', 'university', 'universität', 'université',
  'universidad', 'college', 'school', 'hospital', 'clinic', 'center', 'centre', 'foundation', 'agency', 'services',
  'international', 'global', 'network', 'networks', 'industries', 'foods', 'energy', 'energia', 'energie', 'énergie', 'energía', 'motors', 'airlines', 'analytics',
  'pharma', 'pharmaceuticals', 'biotech', 'fintech', 'medtech', 'edtech', 'therapeutics', 'biosciences', 'bio', 'ai', 'data', 'cloud', 'security', 'finance',
  'financial', 'payments', 'supply', 'realty', 'properties', 'associates', 'advisors', 'advisory', 'management',
  'marketing', 'communications', 'telecom', 'mobile', 'apps', 'interactive', 'entertainment', 'publishing', 'press',
  'institute', 'institut', 'gouv', 'gov', 'ministry', 'council', 'authority', 'museum', 'hotel', 'hotels', 'resorts',
  'stores', 'retail', 'markets', 'brands', 'automotive', 'aerospace', 'engineering', 'manufacturing', 'construction',
  'sa', 'sas', 'srl', 'spa', 'bv', 'nv', 'plc', 'ab', 'oy', 'se', 'kg', 'ug', 'pty', 'llp', 'lp',
  // Kinds of business and institution that name an employer in every language read ("Boulangeries Maréchal",
  // "Stadtwerke Kaltenbach", "Bakkerij De Korenschoof", "Pharmacie Vallon"): never a person's first word.
  ...[
    'bakery', 'bakeries', 'pharmacy', 'brewery', 'dental', 'restaurant', 'restaurants', 'cafe', 'café', 'salon',
    'learning', 'education', 'academy', 'akademie', 'académie', 'academia', 'training',
    'bäckerei', 'metzgerei', 'apotheke', 'klinikum', 'klinik', 'krankenhaus', 'praxis', 'kanzlei', 'stadtwerke',
    'sparkasse', 'volksbank', 'autohaus', 'brauerei', 'spedition', 'pflegedienst', 'hochschule', 'lehrstuhl',
    'forschungsgruppe', 'arbeitsgruppe', 'fakultät', 'verlag', 'versicherung', 'versicherungen', 'werke', 'bau',
    'boulangerie', 'boulangeries', 'pâtisserie', 'pharmacie', 'clinique', 'cabinet', 'garage', 'hôtel', 'librairie',
    'lycée', 'école', 'laboratoire', 'laboratoires', 'atelier', 'ateliers', 'boucherie', 'société', 'établissements',
    'assurances', 'banque', 'transports', 'faculté',
    'panadería', 'farmacia', 'clínica', 'colegio', 'escuela', 'taller', 'talleres', 'restaurante', 'laboratorio',
    'laboratorios', 'despacho', 'bufete', 'transportes', 'construcciones', 'distribuciones', 'seguros', 'banco',
    'facultad', 'universidade', 'padaria', 'farmácia', 'escola', 'construtora', 'lojas', 'transportadora',
    'distribuidora', 'constructora', 'inmobiliaria', 'imobiliária', 'editora', 'comercializadora',
    'bakkerij', 'apotheek', 'ziekenhuis', 'kliniek', 'praktijk', 'hogeschool', 'universiteit', 'stichting',
    'zorggroep', 'installatietechniek',
    // Sectors in Portuguese, Spanish, French and Italian ("Lótus Finanças", "Jade Logística").
    'finanças', 'finanzas', 'logística', 'logistica', 'logistique', 'tecnologia', 'tecnología', 'soluções', 'soluciones',
    'serviços', 'servicios', 'consultoria', 'consultoría', 'engenharia', 'ingeniería', 'investimentos', 'inversiones',
    'sistemas', 'alimentos',
    'panificio', 'ospedale', 'scuola', 'università', 'officina', 'ristorante', 'albergo', 'gruppo',
    // Danish, Norwegian and Swedish kinds of business ("Amiri Bygg", "Skärgårdens Bevakning", "Nordvakt Säkerhet").
    'bygg', 'byg', 'säkerhet', 'sikkerhet', 'sikkerhed', 'bevakning', 'vakt', 'fastigheter', 'eiendom', 'ejendomme',
    'entreprenad', 'entreprenør', 'rådgivning', 'tandvård', 'tannlege',
    // Places to eat and stay, named for their kind ("Brasserie du Vieux-Port", "Trattoria Da Gino").
    'brasserie', 'bistro', 'bistrot', 'trattoria', 'osteria', 'pizzeria', 'taverna', 'cafetería', 'cervecería',
    'auberge', 'gasthaus', 'gasthof', 'pension',
    // Technology, solutions and services in the other languages ("Porto Ágil Tecnologia", "Soluciones Andinas").
    'technologie', 'technologien', 'tecnología', 'tecnologías', 'tecnologia', 'tecnologias', 'tecnologie', 'technologia',
    'lösungen', 'soluciones', 'soluções', 'soluzioni', 'oplossingen', 'rozwiązania', 'servicios', 'serviços', 'servizi',
    'dienstleistungen', 'usługi',
  ],
]);

/** An office in every language read ("Biuro Personalne", "Büro der Geschäftsführung"): never a person. */
export const OFFICE_WORDS: readonly string[] = ['office', 'bureau', 'büro', 'oficina', 'escritório', 'kantoor', 'biuro', 'kontor'];

/** The words that bring bad news, in every language read (a regret, not an apology: "sorry" is too common). */
export const REGRET_WORDS: readonly string[] = [
  'unfortunately', 'regrettably', 'sadly', 'leider', 'bedauerlicherweise', 'malheureusement', 'lamentablemente',
  'desafortunadamente', 'infelizmente', 'purtroppo', 'sfortunatamente', 'helaas', 'niestety', 'tyvärr', 'desværre',
  'dessverre',
];

/** Possessives of the first person plural, in every language read ("our", "unser", "notre", "vores"…). */
export const OUR_WORDS: readonly string[] = [
  'our', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'notre', 'nos', 'nuestra', 'nuestro', 'nuestras',
  'nuestros', 'nostra', 'nostro', 'nostri', 'nostre', 'onze', 'ons', 'nossa', 'nosso', 'nossas', 'nossos', 'nasza', 'nasz',
  'naszej', 'naszego', 'naszym', 'vores', 'vår', 'vårt', 'våre', 'våra',
];

/**
 * Careers, jobs and recruiting words of the other languages read ("Acme Empleo", "Fisimal Lavoro"): a department of an
 * organisation, never a person. Words that are also surnames ("Carreras", "Carriere", "Stellen") are left out.
 */
const CAREERS_WORDS_ABROAD = [
  'carrières', 'carreiras', 'vagas', 'empleo', 'lavoro', 'recrutamento', 'reclutamiento', 'selezione', 'werving', 'vacatures',
  // Romanian and Turkish hiring departments ("Recrutare", "Resurse Umane", "İnsan Kaynakları"): the second word of a
  // pair; its first ("Resurse", "İnsan") goes only with it (DEPARTMENT_PAIRS), being a name's word elsewhere.
  'recrutare', 'umane', 'kaynakları', 'kaynaklari',
  // Its Turkish abbreviation, written with the dotted capital ("Demirtaş Otomotiv İK": lower case, "i" with a combining
  // dot). Not "IK": Swedish sports clubs end on it ("Västerås IK"), and "Ik" is a given name.
  'i\u0307k',
  // Careers in Turkish, Polish, Czech and Swedish ("TechStart Kariyer", "Allegro Kariera"). Not "Carrière" or
  // "Carreras", which are surnames too.
  'kariyer', 'kariera', 'kariéra', 'karriär',
];

/**
 * Two-word departments whose first word is cut only before the second ("Resurse Umane", "İnsan Kaynakları"; "Insan"
 * is also a given name, "Global Resurse" a company). "İ" lower-cases to "i" and a combining dot.
 */
export const DEPARTMENT_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ['umane', ['resurse']],
  // A personnel service or department named before or after the organisation ("Service RH CloudSoft", "Dpto. RRHH
  // Acme"): only with "RH" or "RRHH" after them, as "Service" and "Departamento" alone name companies too.
  ['rh', ['service', 'département', 'departement', 'pôle', 'équipe', 'equipe']],
  ['rrhh', ['departamento', 'dpto', 'dpto.', 'área', 'area', 'equipo']],
  ['kaynakları', ['insan', '\u0069\u0307nsan']],
  // Vietnamese recruitment and personnel before the name ("Tuyển dụng Sông Lam Food", "Nhân sự Hoa Sen").
  ['dụng', ['tuyển']],
  ['sự', ['nhân']],
  ['kaynaklari', ['insan', '\u0069\u0307nsan']],
  // Turkish recruitment ("İşe Alım"), before a team's word ("KovanEats İşe Alım Ekibi").
  ['alım', ['işe', '\u0069\u0307şe']],
  ['alim', ['ise', 'işe', '\u0069\u0307şe']],
]);

/**
 * Words that are never part of a person's name in a signature or display name: the hiring side's common nouns
 * ("Employer", "Recruiter"), offices and departments, public bodies, in every language the extractor reads.
 */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'employer', 'employeur', 'arbeitgeber', 'empleador', 'empregador', 'werkgever', 'datore', 'recruiter', 'recruteur',
  'recruteuse', 'reclutador', 'reclutadora', 'recrutador', 'selezionatore', 'management', 'administration',
  'administración', 'administração', 'direction', 'direktion', 'direzione', 'directie', 'dirección', 'directorate',
  'personnel', 'personeelszaken', 'personeelsdienst', 'personalabteilung', 'personalwesen', 'personalbüro',
  'recursos', 'humanos', 'ressources', 'humaines', 'risorse', 'umane', 'rrhh', 'hr', 'rh', 'gemeente', 'stadt',
  'stadtverwaltung', 'commune', 'mairie', 'ayuntamiento', 'municipio', 'prefeitura', 'comune', 'council', 'ministry',
  'ministerio', 'ministère', 'ministerium', 'department', 'departamento', 'département', 'abteilung', 'afdeling',
  'team', 'équipe', 'equipe', 'equipo', 'ekibi', 'candidate', 'candidat', 'kandidat', 'candidato', 'applicant', 'sir', 'madam',
  'admissions', 'secretariat', 'secrétariat', 'sekretariat', 'secretaría', 'secretaria', 'segreteria', 'secretariaat',
  'recruitment', 'recruiting', 'careers',
  // Czech recruitment ("Vektra Data – nábor").
  'nábor',
  // The organisers signing ("Outreachy Organizers").
  'organizers', 'organisers', 'organisateurs', 'organizadores', 'organisatoren', 'organizzatori',
  'committee', 'comité', 'comitato', 'kommission', 'commissie', 'panel', 'jury', 'board', 'signatory', 'authorized',
  'authorised', 'registrar', 'customer', 'desk', 'cell', 'placement', 'undefined', 'null', 'unknown', 'noreply',
  'bot', 'assistant', 'scheduler', 'schedulers', 'notifications', 'system', 'webmaster', 'postmaster',
  // An automated reply named for what it does ("Resume Acknowledgment", "Application Confirmation").
  'resume', 'résumé', 'acknowledgment', 'acknowledgement', 'confirmation', 'application', 'applications',
  // A team and its work in the other languages ("Time de Recrutamento", "Équipe recrutement").
  'time', 'selección', 'seleção', 'selectie', 'talento', 'karriere', 'emploi',
  ...OFFICE_WORDS, 'personalne',
  // Danish, Norwegian and Swedish recruiting and HR ("Havnestyrelsen – Rekruttering", "HR-avdelningen").
  'rekruttering', 'rekrutering', 'rekrytering', 'personaleafdeling', 'personalavdelning', 'personalavdeling', 'hr-afdelingen',
  'hr-avdelingen', 'hr-avdelningen',
  // Polish and Italian teams ("Zespół Rekrutacji", "Dział Kadr", "Ufficio Personale", "Squadra HR").
  'zespół', 'zespol', 'rekrutacji', 'rekrutacja', 'dział', 'kadr', 'ufficio', 'squadra', 'equipa', 'recrutamento',
  // Bosnian, Croatian, Serbian and Slovenian recruiting and HR ("Konkursi – zapošljavanje", "Kadrovska služba"),
  // Hungarian, Slovak, Estonian, Latvian and Lithuanian ones ("Toborzás", "Personálne oddelenie", "Personaliosakond",
  // "Personāla atlase", "Personalo skyrius").
  'zapošljavanje', 'zaposlenje', 'zaposlovanje', 'konkursi', 'konkurs', 'natječaj', 'natječaji', 'ljudski', 'resursi',
  'kadrovska', 'kadrovski', 'kadrovi', 'toborzás', 'personálne', 'personaliosakond', 'värbamine', 'personāla',
  'atlase', 'personalo', 'atranka',
  // A link's label in Vietnamese, an imperative ("Xem Cơ Hội Khác", see other openings; "Nhấn vào đây").
  'xem', 'nhấn', 'bấm',
  ...CAREERS_WORDS_ABROAD,
]);

/** Public bodies' words: a name with one is an organisation's ("Gemeente Waterland", "Stadt Linz"). */
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'gemeente', 'stadt', 'stadtverwaltung', 'commune', 'mairie', 'ayuntamiento', 'municipio', 'prefeitura', 'comune',
  'council', 'ministry', 'ministerio', 'ministère', 'ministerium', 'provincie', 'provincia', 'landkreis', 'région',
]);

/** Does a word (lower case) name an organisation, an office or a platform ("Portal", "Group", "Rekrutacja")? */
export function isOrganisationWord(word: string): boolean {
  return ORG_WORDS.has(word) || NOT_PERSON_WORDS.has(word) || DEPARTMENT_WORDS.has(word) || PLATFORM_NAME_SUFFIX.test(word);
}

/** Is a word of a name an organisation word ("Group", "GmbH", "Bakkerij"), whatever its case or a trailing dot ("Inc.")? */
export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Does a name read as an organisation's: a legal form, an organisation word or a public body's word? */
export function isOrganisationName(name: string): boolean {
  if (TRAILING_LEGAL_FORM.test(name)) return true;
  return name
    .toLowerCase()
    .split(/[\s,.]+/)
    .some((w) => PUBLIC_BODY_WORDS.has(w) || (ORG_WORDS.has(w) && w.length > 3));
}

/** Pronouns and possessives, capitalised where they start a sentence's next part ("… Acme and I'm", "… und Ihr Interesse"). */
export const CAPITAL_PERSONAL: ReadonlySet<string> = new Set([
  'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'sie', 'ihnen', 'wir', 'uns', 'unser', 'unsere', 'vous', 'votre', 'vos',
  'nous', 'usted', 'ustedes', 'su', 'sus', 'we', 'you', 'your', 'our', 'i',
]);

/**
 * Capitalised pronouns and articles: they start the rest of a sentence, not a name's or a title's next word ("… und Ihr
 * Interesse", "… at Acme The team").
 */
export const CAPITAL_PRONOUNS: ReadonlySet<string> = new Set([
  ...CAPITAL_PERSONAL,
  'the', 'a', 'an', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'le', 'la', 'les', 'el', 'los', 'las', 'un', 'una', 'une',
]);

/** A word of CAPITAL_PRONOUNS (or of `set`), contracted or not ("I'm", "We're", "You’ve"). */
export function isCapitalPronoun(word: string, set: ReadonlySet<string> = CAPITAL_PRONOUNS): boolean {
  return set.has(word.toLowerCase().replace(/['’].*$/u, ''));
}

/** Trailing words that turn a company name into a department ("Acme Recruiting"): stripped. */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set([
  // A team in Turkish, in its possessive form after a department ("İK Ekibi", "İşe Alım Ekibi").
  'ekibi',
  'recruiting', 'recruitment', 'careers', 'career', 'talent', 'team', 'hr', 'jobs', 'hiring', 'scheduling',
  'engineering', 'acquisition', 'people', 'notifications', 'rrhh', 'recrutement', 'karriere', 'personal',
  'interviews', 'interview', 'coordination', 'ops', 'rh', 'personeelszaken', 'personalabteilung', 'personalwesen',
  'organizers', 'organisers',
  // Graduate hiring ("Northfield Graduate Recruitment"); not "Campus" or "Early", which are also surnames.
  'graduate', 'graduates',
  // Talent in the other languages ("Grupo Cordillera Talento", "Talentos Porto").
  'talento', 'talentos', 'talenti', 'talente',
  // Admissions in English, Danish, Norwegian and Swedish ("Teach For America Admissions", "Navet Opptak").
  'admissions', 'opptak', 'optagelse', 'antagning',
  ...CAREERS_WORDS_ABROAD,
]);

/**
 * Words after "Application" that make it a field of work ("Application Development Manager", "Application Support
 * Engineer"), not the reader's application: an application subject and a title's prefix both read it so.
 */
export const APPLICATION_FIELD = String.raw`(?:development|developer|developers|support|security|engineer|engineering|architect|analyst|manager|administrator|specialist|consultant|programmer|owner|services?|lead)(?![\p{L}])`;

/**
 * A region's office after a company's name ("Cloudflare APAC", "Acme EMEA") is the company's unit, not part of its
 * name. Only ever cut from the end of a longer name: some are also given names or companies' own names elsewhere.
 */
export const REGION_SUFFIXES: ReadonlySet<string> = new Set(['apac', 'emea', 'latam', 'americas', 'nordics', 'benelux']);
/** Regions' codes that are also words or names ("Mena", "Dach"): a unit only in capitals ("Acme MENA", "Acme DACH"). */
const REGION_CODES: ReadonlySet<string> = new Set(['MENA', 'DACH', 'ANZ', 'APJ', 'US', 'USA', 'UK']);

/** Is a word as written a region's office after a company's name (REGION_SUFFIXES in any case, REGION_CODES in capitals)? */
export function isRegionSuffix(word: string): boolean {
  return REGION_SUFFIXES.has(word.toLowerCase()) || REGION_CODES.has(word);
}

/**
 * US states' and Canadian provinces' postal codes, as written in an address or after a city ("Dallas, TX"): a place,
 * never an employer's whole name.
 */
export const STATE_CODES: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '),
);

/** Domain or company words that mark a staffing agency (the sender is not the employer). */
export const AGENCY_DOMAIN_PATTERN =
  /recruit|talent|staffing|manpower|headhunt|resourcing|personnel|executivesearch|searchgroup|searchpartners|searchassociates|searchfirm|placements?\b|jobsagency|hrsolutions|interim|zeitarbeit|personalberatung|personaldienst|personal$|reclutamiento|seleccion|selezione|recrutement|cabinet|rekryter|rekrutter|bemanning|werving|uitzend/;
/** Weaker agency hints in a domain; they need a third-person description of the employer to count. */
export const WEAK_AGENCY_DOMAIN_PATTERN = /partners|consult|associates|advisors|advisory|search|group|people|careers|hire|jobs/;

/**
 * Job-title head words: a title contains one of these ("Senior Software Engineer", "Werkstudent Data Analytics",
 * "Ingeniero de Soporte"). Lower case.
 */
const ROLE_HEADS: ReadonlySet<string> = new Set([
  // English
  'engineer', 'engineers', 'developer', 'developers', 'programmer', 'manager', 'analyst', 'designer', 'scientist',
  'intern', 'internship', 'lead', 'director', 'architect', 'consultant', 'specialist', 'administrator',
  'coordinator', 'officer', 'associate', 'assistant', 'accountant', 'nurse', 'technician', 'representative', 'rep',
  'executive', 'advisor', 'adviser', 'strategist', 'writer', 'editor', 'researcher', 'sre', 'devops', 'head', 'vp',
  'president', 'chief', 'recruiter', 'sourcer', 'tester', 'marketer', 'teacher', 'lawyer', 'counsel', 'paralegal',
  'attorney', 'clerk', 'agent', 'operator', 'supervisor', 'trainee', 'apprentice', 'fellow', 'postdoc', 'professor',
  'lecturer', 'physician', 'pharmacist', 'therapist', 'electrician', 'mechanic', 'driver', 'chef', 'cook', 'cashier',
  'planner', 'buyer', 'controller', 'auditor', 'economist', 'statistician', 'actuary', 'underwriter', 'translator',
  'illustrator', 'photographer', 'producer', 'artist', 'animator', 'tutor', 'coach', 'generalist', 'expert', 'owner',
  'master', 'partner', 'principal', 'steward', 'receptionist', 'secretary', 'bookkeeper', 'estimator', 'surveyor',
  'inspector', 'machinist', 'welder', 'technologist', 'hygienist', 'dentist', 'veterinarian', 'paramedic', 'caregiver',
  'instructor', 'librarian', 'curator', 'copywriter', 'dba', 'webmaster', 'swe', 'sde',
  'biologist', 'physicist', 'geologist', 'psychologist', 'optometrist', 'radiographer', 'sonographer',
  'midwife', 'bartender', 'waiter', 'waitress', 'housekeeper',
  // German (full words; compounds are caught by GERMAN_HEAD_SUFFIXES)
  'werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'praktikum', 'trainee', 'azubi', 'auszubildender',
  'auszubildende', 'ausbildung', 'fachkraft', 'kaufmann', 'kauffrau', 'leitung', 'disponent', 'disponentin', 'begleiter', 'begleiterin',
  'alltagsbegleitung', 'pflegekraft', 'verkäufer', 'verkäuferin', 'doktorand', 'doktorandin', 'oberarzt',
  'oberärztin', 'assistenzarzt', 'assistenzärztin', 'facharzt', 'fachärztin', 'elektroniker', 'elektronikerin',
  'mediengestalter', 'mediengestalterin',
  // French
  'ingénieur', 'ingénieure', 'ingenieur', 'développeur', 'développeuse', 'developpeur', 'chef', 'cheffe', 'responsable',
  'chargé', 'chargée', 'analyste', 'consultante', 'stagiaire', 'stage', 'directeur', 'directrice', 'architecte',
  'technicien', 'technicienne', 'gestionnaire', 'comptable', 'assistante', 'alternant', 'alternante', 'alternance',
  'formateur', 'formatrice', 'ouvrier', 'ouvrière', 'employé', 'employée', 'animateur', 'animatrice', 'agente',
  'commercial', 'commerciale', 'juriste', 'infirmier', 'infirmière', 'concepteur', 'conceptrice', 'administrateur',
  'administratrice', 'coordinateur', 'coordinatrice', 'rédacteur', 'rédactrice', 'chercheur', 'chercheuse',
  'conseiller', 'conseillère', 'vendeur', 'vendeuse', 'opérateur', 'opératrice', 'acheteur', 'acheteuse',
  'enseignant', 'enseignante', 'professeur', 'professeure', 'éducateur', 'éducatrice',
  // Spanish
  'ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora', 'gerente', 'analista', 'diseñador', 'diseñadora',
  'consultor', 'consultora', 'jefe', 'jefa', 'directora', 'arquitecto', 'arquitecta', 'auxiliar', 'asistente',
  'especialista', 'coordinador', 'coordinadora', 'técnico', 'técnica', 'practicante', 'becario', 'becaria', 'contador',
  'contadora', 'administrador', 'administradora', 'programador', 'programadora', 'ejecutivo', 'ejecutiva', 'vendedor',
  'vendedora', 'enfermero', 'enfermera', 'abogado', 'abogada', 'líder', 'pasante', 'supervisora', 'científico',
  'científica', 'asesor', 'asesora', 'operario', 'operaria', 'analistas', 'docente', 'profesor', 'profesora', 'maestro',
  'maestra', 'educador', 'educadora',
  // Italian
  'sviluppatore', 'sviluppatrice', 'ingegnere', 'responsabile', 'consulente', 'progettista', 'tecnico',
  'programmatore', 'programmatrice', 'stagista', 'impiegato', 'impiegata', 'addetto', 'addetta', 'insegnante',
  'professore', 'professoressa', 'educatore', 'educatrice',
  // Portuguese
  'engenheiro', 'engenheira', 'desenvolvedor', 'desenvolvedora', 'estagiário', 'estagiária', 'estagiario',
  'estagiaria', 'coordenador', 'coordenadora', 'assistente', 'analistas', 'programadora', 'gestor', 'gestora',
  // Dutch (compounds are caught by GERMAN_HEAD_SUFFIXES)
  'orderpicker', 'chauffeur', 'magazijnmedewerker', 'medewerker', 'medewerkster', 'recepcionista', 'atendente', 'vendedora', 'ontwikkelaar', 'adviseur', 'beheerder', 'stagiair', 'teamleider', 'projectleider',
  'verpleegkundige', 'monteur', 'docent', 'verkoper', 'leidinggevende', 'analist', 'coördinator',
  // Danish, Norwegian and Swedish (compounds are caught by GERMAN_HEAD_SUFFIXES)
  'medarbejder', 'medarbeider', 'medarbetare', 'konsulent', 'konsult', 'ledare', 'tekniker', 'ingeniør',
  'ingenjör', 'udvikler', 'utvikler', 'utvecklare', 'sælger', 'selger', 'säljare', 'rådgiver', 'rådgivare', 'barista',
  'koordinator', 'elektriker', 'sygeplejerske', 'sykepleier', 'sjuksköterska', 'lærer', 'lärare', 'pædagog', 'pedagog',
  'revisor', 'økonom', 'ekonom', 'bogholder', 'chauffør', 'chaufför', 'sjåfør', 'kock', 'kok', 'kokk', 'servitør', 'servitris', 'beredare',
  'elev', 'lærling', 'lärling',
  // Polish
  'specjalista', 'specjalistka', 'programista', 'programistka', 'kierownik', 'kierowniczka', 'inżynier', 'analityk',
  'analityczka', 'księgowy', 'księgowa', 'asystent', 'asystentka', 'magazynier', 'kelner', 'kelnerka', 'sprzedawca',
  'sprzedawczyni', 'konsultant', 'konsultantka', 'koordynator', 'koordynatorka', 'przedstawiciel',
  'przedstawicielka', 'pracownik', 'pracowniczka', 'kierowca', 'menedżer', 'stażysta', 'stażystka', 'praktykant',
  'praktykantka', 'nauczyciel', 'nauczycielka', 'pielęgniarka', 'pielęgniarz', 'testerka',
  // Czech (not the words that are also everyday ones: účetní, vedoucí, operátor, technik, analytik, lektor)
  'konzultantka', 'specialista', 'specialistka', 'vývojář', 'vývojářka', 'programátor', 'programátorka', 'inženýr',
  'inženýrka', 'analytička', 'manažer', 'manažerka', 'asistentka', 'referent', 'referentka', 'operátorka', 'řidič', 'řidička', 'prodavač', 'prodavačka',
  'skladník', 'koordinátor', 'koordinátorka', 'ředitel', 'ředitelka', 'učitel', 'učitelka',
  // Romanian (not the words that are also everyday ones: contabil, reprezentant, programator; "analist", "specialist"
  // and "operator" stand above)
  'inginer', 'dezvoltator', 'asistent', 'tehnician', 'șofer', 'şofer', 'vânzător', 'arhitect',
  // Turkish (with the compound's possessive ending: "Saha Mühendisi", "Satın Alma Uzmanı")
  'mühendis', 'mühendisi', 'uzman', 'uzmanı', 'yönetici', 'yöneticisi', 'müdür', 'müdürü', 'geliştirici',
  'geliştiricisi', 'analisti', 'şef', 'şefi', 'mimar', 'mimarı', 'teknisyen', 'teknisyeni', 'muhasebeci',
  'muhasebecisi', 'operatör', 'operatörü', 'sorumlusu', 'asistan', 'asistanı', 'danışman', 'danışmanı', 'stajyer',
  'tasarımcı', 'tasarımcısı', 'temsilci', 'temsilcisi', 'koordinatör', 'koordinatörü', 'şoför', 'şoförü',
  'öğretmen', 'öğretmeni', 'hemşire', 'hemşiresi',
  // Indonesian
  'manajer', 'pengembang', 'analis', 'insinyur', 'teknisi', 'kasir', 'konsultan', 'asisten', 'spesialis', 'sopir',
  'pengemudi', 'desainer', 'akuntan',
  // Greek (not the words that are also everyday ones: οδηγός, υπεύθυνος, τεχνικός, βοηθός)
  'μηχανικός', 'υπάλληλος', 'προγραμματιστής', 'αναλυτής', 'διευθυντής', 'σύμβουλος', 'λογιστής', 'πωλητής', 'συντονιστής', 'στέλεχος', 'ασκούμενος',
  // Russian (not the words that are also everyday ones: оператор, мастер, директор, руководитель, водитель; nor
  // рекрутер, the sender's own title)
  'разработчик', 'программист', 'инженер', 'аналитик', 'менеджер', 'дизайнер', 'бухгалтер', 'специалист', 'тестировщик',
  'администратор', 'консультант', 'ассистент', 'стажер', 'стажёр', 'маркетолог', 'архитектор', 'логист',
  'экономист', 'юрист', 'технолог', 'агроном', 'кассир', 'продавец', 'координатор', 'секретарь', 'преподаватель',
  // Ukrainian (not the words that are also everyday ones: оператор, майстер, директор, керівник, водій)
  'розробник', 'програміст', 'інженер', 'аналітик', 'спеціаліст', 'тестувальник', 'адміністратор', 'асистент',
  'стажист', 'архітектор', 'логіст', 'економіст', 'касир', 'продавець', 'секретар', 'викладач', 'фахівець', 'фахівчиня',
  'розробниця', 'програмістка', 'дизайнерка', 'менеджерка', 'аналітикиня',
]);

/** Heads that open a title in French, Spanish and Italian; the words after them belong to it ("ingeniero de soporte"). */
export const HEAD_INITIAL: ReadonlySet<string> = new Set([
  'ingénieur', 'ingénieure', 'ingenieur', 'développeur', 'développeuse', 'developpeur', 'chef', 'cheffe', 'responsable', 'chargé',
  'chargée', 'analyste', 'consultant', 'consultante', 'stagiaire', 'directeur', 'directrice', 'architecte', 'technicien',
  'technicienne', 'gestionnaire', 'assistant', 'assistante', 'alternant', 'alternante', 'commercial', 'commerciale',
  'conseiller', 'conseillère', 'administrateur', 'administratrice', 'coordinateur', 'coordinatrice', 'chercheur',
  'chercheuse', 'ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora', 'gerente', 'analista', 'diseñador',
  'diseñadora', 'consultor', 'consultora', 'jefe', 'jefa', 'director', 'directora', 'arquitecto', 'arquitecta',
  'auxiliar', 'asistente', 'especialista', 'coordinador', 'coordinadora', 'técnico', 'técnica', 'practicante',
  'becario', 'becaria', 'contador', 'contadora', 'administrador', 'administradora', 'programador', 'programadora',
  'ejecutivo', 'ejecutiva', 'líder', 'asesor', 'asesora', 'sviluppatore', 'sviluppatrice', 'ingegnere', 'consulente',
  'progettista', 'tecnico', 'programmatore', 'programmatrice', 'stagista', 'impiegato', 'impiegata', 'addetto',
  'addetta', 'werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'engenheiro', 'engenheira', 'desenvolvedor',
  'desenvolvedora', 'estagiário', 'estagiária', 'coordenador', 'coordenadora', 'gestor', 'gestora', 'medewerker',
  'medewerkster', 'agent', 'agente', 'ouvrier', 'ouvrière', 'vendeur', 'vendeuse', 'employé', 'employée', 'opérateur',
  'opératrice', 'formateur', 'formatrice', 'animateur', 'animatrice', 'comptable', 'préparateur', 'préparatrice',
  'magasinier', 'magasinière', 'serveur', 'serveuse', 'cuisinier', 'cuisinière', 'encadrant', 'encadrante',
]);

/** German compounds end in a head word ("Softwareentwickler", "Projektmanagerin"). */
const GERMAN_HEAD_SUFFIXES: readonly string[] = [
  'entwickler', 'entwicklerin', 'ingenieur', 'ingenieurin', 'manager', 'managerin', 'berater', 'beraterin', 'leiter',
  'leiterin', 'leider', 'referent', 'referentin', 'werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'analyst',
  'analystin', 'architekt', 'architektin', 'designer', 'designerin', 'assistent', 'assistentin', 'sachbearbeiter',
  'sachbearbeiterin', 'spezialist', 'spezialistin', 'koordinator', 'koordinatorin', 'techniker', 'technikerin',
  'administrator', 'administratorin', 'mitarbeiter', 'mitarbeiterin', 'informatiker', 'informatikerin',
  'wissenschaftler', 'wissenschaftlerin', 'kaufmann', 'kauffrau', 'buchhalter', 'buchhalterin', 'pfleger', 'pflegerin',
  'fachkraft', 'lehrer', 'lehrerin', 'programmierer', 'programmiererin', 'consultant', 'engineer', 'developer',
  'scientist', 'controller', 'controllerin', 'redakteur', 'redakteurin', 'elektriker', 'elektrikerin', 'mechaniker',
  'mechanikerin', 'verkäufer', 'verkäuferin', 'trainee', 'volontär', 'volontärin', 'zeichner', 'zeichnerin',
  'assistenz', 'fachangestellte', 'fachangestellter', 'helfer', 'helferin', 'erzieher', 'erzieherin', 'fahrer',
  'fahrerin', 'monteurin', 'planer', 'planerin', 'disponentin', 'therapeut', 'therapeutin',
  // Dutch compounds ("softwareontwikkelaar", "projectleider", "werkvoorbereider")
  'medewerker', 'ontwikkelaar', 'adviseur', 'beheerder', 'leider', 'monteur', 'analist', 'voorbereider', 'verkoper',
  'consulent', 'verpleegkundige', 'planner', 'uitvoerder', 'coördinator', 'coordinator',
  // Danish, Norwegian and Swedish compounds ("kundeservicemedarbejder", "projektledare", "salgskonsulent")
  'medarbejder', 'medarbeider', 'medarbetare', 'konsulent', 'ledare', 'tekniker', 'ingeniør', 'ingenjör', 'udvikler',
  'utvikler', 'utvecklare', 'sælger', 'selger', 'säljare', 'rådgiver', 'rådgivare',
];

/**
 * Managers' compounds in Danish, Norwegian and Swedish ("prosjektleder", "avdelingsleder", "butikschef"): these endings
 * count only after a first part of four letters or more, never alone ("leder efter" is "looking for") and never after a
 * verb's particle ("indleder", "henleder") or a kind of leather ("Kunstleder", "Echtleder").
 */
const COMPOUND_ONLY_SUFFIXES: readonly string[] = ['leder', 'chef'];
const NOT_A_COMPOUND_HEAD = /^(?:ind|hen|inn|til|tilbage|videre|kunst|echt|wild|glatt|rind|rinds|kalb|kalbs|lack|nappa|spalt|voll|kunstig|ekte)$/;

/** Connector words allowed inside a job title ("Director of Operations", "Ingeniero de Soporte"). */
export const TITLE_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', '&', 'for', 'de', 'del', 'la', 'las', 'los', 'el', 'des', 'du', 'en', 'et', 'y', 'e', 'di', 'für', 'im',
  'und', 'in', 'à', 'a', 'd', '/', '-', '–', '—', '+',
  // Polish "ds." (do spraw, "for": "Specjalista ds. Kadr").
  'ds.',
]);

/** Words a title never ends in and is trimmed of ("Senior Engineer Opportunity", "Data Analyst Interview"). */
export const TITLE_TRIM_WORDS: ReadonlySet<string> = new Set([
  'role', 'position', 'opportunity', 'opportunities', 'job', 'opening', 'vacancy', 'remote', 'hybrid', 'onsite',
  'on-site', 'contract', 'full-time', 'part-time', 'permanent', 'temporary', 'interview', 'interviews', 'schedule',
  'invitation', 'invite', 'update', 'application', 'offer', 'confirmed', 'confirmation', 'reminder', 'req', 'stelle',
  'position', 'poste', 'puesto', 'cargo', 'vacante', 'posizione', 'ruolo', 'new', 'urgent', 'hiring', 'opening',
  'openings', 'wanted', 'needed', 'need', 'at', 'in', 'for', 'of', 'and', '&', 'de', 'en', 'y', 'et', 'di', '-', '–', '—', '/',
  '|', 'the', 'a', 'an', 'our', 'your',
  // The position's word in Russian and Ukrainian ("Позиция Engineering Manager").
  'позиция', 'вакансия', 'должность', 'позиція', 'вакансія', 'посада',
  // The opportunity's word in the other languages read ("Opportunité Senior Developer", "Vaga Analista de Dados").
  'opportunité', 'oportunidad', 'oportunidade', 'opportunità', 'vaga', 'vacature',
  // The position's word in Turkish, written after the title ("Java Geliştirici Pozisyonu"), and in Indonesian, before
  // it ("Posisi Staff Admin"): a title is trimmed of these at either end.
  'pozisyonu', 'pozisyon', 'posisi',
]);

/** Lines that close a message and precede the signature (matched on the whole line, lower case). */
export const SIGN_OFF_PATTERN = new RegExp(
  '^(?:[-–—]+\\s*)?(?:' +
    [
      'best', 'best regards', 'best wishes', 'kind regards', 'kindest regards', 'warm regards', 'warmest regards',
      'regards', 'many regards', 'with regards', 'with best regards', 'with kind regards', 'warmly', 'warm wishes',
      'thanks', 'thanks again', 'thanks so much', 'many thanks', 'thank you', 'thank you again', 'thank you so much',
      'thx', 'cheers', 'sincerely', 'sincerely yours', 'yours sincerely', 'yours truly', 'yours faithfully', 'yours',
      'all the best', 'all best', 'talk soon', 'speak soon', 'looking forward', 'have a great day', 'have a great week',
      'have a nice day', 'take care', 'cordially', 'respectfully', 'apologies again', 'with thanks', 'with appreciation',
      'mahalo', 'ciao', 'mit freundlichen grüßen', 'mit freundlichen grüssen', 'mit freundlichem gruß',
      'freundliche grüße', 'freundliche grüsse', 'viele grüße', 'viele grüsse', 'beste grüße', 'beste grüsse',
      'liebe grüße', 'herzliche grüße', 'schöne grüße', 'grüße', 'gruß', 'lg', 'vg', 'mfg', 'cordialement',
      'bien cordialement', 'très cordialement', 'bien à vous', 'salutations', 'meilleures salutations',
      'sincères salutations', 'merci', 'merci beaucoup', 'à bientôt', 'bonne journée', 'saludos', 'saludos cordiales',
      'un saludo', 'un cordial saludo', 'atentamente', 'cordialmente', 'un abrazo', 'gracias', 'muchas gracias',
      'quedo atento', 'quedo atenta', 'distinti saluti', 'cordiali saluti', 'saluti', 'grazie', 'grazie mille', 'a presto',
      'un saluto', 'buona giornata', 'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet',
      'hartelijke groet', 'groeten', 'groetjes', 'abraços', 'abraço', 'atenciosamente', 'att', 'obrigado', 'obrigada',
      'um abraço', 'cumprimentos', 'saudações',
      // Polish, Danish, Norwegian and Swedish.
      'z poważaniem', 'pozdrawiam', 'pozdrawiamy', 'serdecznie pozdrawiam', 'serdecznie pozdrawiamy', 'pozdrawiam serdecznie',
      'pozdrawiamy serdecznie', 'z pozdrowieniami', 'z wyrazami szacunku', 'med venlig hilsen', 'venlig hilsen',
      'venlige hilsner', 'bedste hilsner', 'de bedste hilsner', 'med vennlig hilsen', 'vennlig hilsen', 'beste hilsen',
      'hilsen', 'mvh', 'med vänlig hälsning', 'med vänliga hälsningar', 'vänliga hälsningar', 'vänlig hälsning',
      'hälsningar',
      // Czech.
      's pozdravem', 's přátelským pozdravem', 'se srdečným pozdravem', 's úctou', 'děkuji', 'děkujeme', 'díky',
      // Russian, Ukrainian, Turkish and Romanian: closings only; a thanks ("Спасибо!", "Teşekkürler!") or a wish ("İyi
      // çalışmalar") opens body lines as often.
      'с уважением', 'с наилучшими пожеланиями', 'всего доброго', 'всего хорошего', 'всего наилучшего', 'з повагою',
      'з найкращими побажаннями', 'всього найкращого', 'всього доброго', 'saygılarımla', 'saygılarımızla', 'saygılar',
      'cu stimă', 'cu stima', 'cu respect', 'toate cele bune', 'cu bine',
    ].join('|') +
    ')[\\s,.!]*$',
  'iu',
);

/**
 * Greetings as words of a name-like string ("Hei Sindre Haugland", "Kære Lone"): Danish, Norwegian, Swedish, Dutch and
 * Polish ones. A greeting word is never a name.
 */
const GREETING_WORDS = ['hei', 'hej', 'hoi', 'kære', 'kjære', 'kära', 'käre', 'bästa', 'hallå', 'witam', 'cześć', 'szanowny', 'szanowna', 'szanowni'];

/** Greeting words that open a message; the name after them is the recipient's, never the recruiter's. */
export const GREETING_PATTERN = new RegExp(
  `^(?:hi|hii|hiya|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|aloha|hallo|moin|servus|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|bonjour|bonsoir|salut|coucou|cher|chère|hola|estimad[oa]s?|buen(?:os|as) (?:días|tardes|noches)|querid[oa]|ciao|buongiorno|buonasera|salve|gentile|gentilissim[oa]|caro|cara|beste(?!\\s+gr)|geachte|olá|ola|prezad[oa]|oi|${GREETING_WORDS.join('|')}|dzień dobry|dobrý den|vážen[áý]|ahoj)(?![\\p{L}])`,
  'iu',
);

const DAYS_AND_MONTHS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi',
  'dimanche', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'mon', 'tue', 'wed', 'thu',
  'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/**
 * The calendar's short words that are also syllables of Vietnamese names ("Lê Thu Trang", "Tue"): after the family name
 * of a name written family name first they are names (names/person.ts).
 */
export const SHORT_CALENDAR_WORDS: ReadonlySet<string> = new Set(['thu', 'tue']);

/** A brand written in lower camel case ("oCode", "iMMAP", "eBay"): a name, though it starts in lower case. */
export const LOWER_CAMEL = /^\p{Ll}{1,2}\p{Lu}/u;

/** Words of time, never inside a job title ("Interview Tomorrow for Product Designer"). Lower case. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...DAYS_AND_MONTHS.filter((w) => w !== 'may' && w !== 'mar'),
  'today', 'tomorrow', 'tonight', 'yesterday', 'heute', 'morgen', 'demain', "aujourd'hui", 'mañana', 'hoy', 'domani',
  'oggi', 'vandaag', 'amanhã', 'hoje', 'reminder', 'erinnerung', 'rappel', 'recordatorio', 'lembrete', 'herinnering',
]);

/**
 * Words that open a sentence before a comma ("Unfortunately, the hiring manager…", "Again, thank you…"), in every
 * language read: a capitalised word there is no name.
 */
const SENTENCE_ADVERBS = [
  ...REGRET_WORDS, 'fortunately', 'again', 'however', 'finally', 'meanwhile', 'additionally', 'therefore', 'otherwise',
  'hopefully', 'currently', 'recently', 'instead', 'nevertheless', 'once', 'jedoch', 'außerdem', 'allerdings', 'deshalb',
  'übrigens', 'cependant', 'toutefois', 'néanmoins', 'également', 'además', 'asimismo', 'contudo', 'entretanto',
  'tuttavia', 'inoltre', 'bovendien', 'jednak', 'ponadto',
];

/** Months that are also given names ("Jan Novak", "April Reyes", "June Park"): names only beside a known family name. */
export const CALENDAR_GIVEN_NAMES: ReadonlySet<string> = new Set(['jan', 'april', 'may', 'june', 'august']);

/** Capitalised words that are never (part of) a person's name. Lower case. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ROLE_MAILBOX_WORDS, ...ORG_WORDS, ...DAYS_AND_MONTHS, ...DEPARTMENT_WORDS, ...SENTENCE_ADVERBS, ...GREETING_WORDS,
  'the', 'at', 'via', 'from', 'and', 'of', 'for', 'with', 'by', 'on', 'in', 'to', 'a', 'our', 'your', 'my',
  'hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'you', 'best', 'regards', 'cheers', 'sincerely', 'warm', 'kind',
  'please', 'sorry', 'happy', 'excited', 'glad', 'pleased', 'looking', 'just', 'here', 'writing', 'reaching', 'also',
  'sent', 'subject', 'date', 'cc', 're', 'fwd', 'fw', 'aw', 'wg', 'mobile', 'phone', 'tel', 'cell', 'fax', 'email',
  'e-mail', 'mail', 'www', 'web', 'website', 'linkedin', 'twitter', 'github', 'address', 'human', 'resources',
  'acquisition', 'coordinator', 'scheduling', 'equipo', 'equipe', 'crew', 'portal', 'trabalhe', 'conosco', 'recursos', 'humanos', 'équipe', "l'équipe", 'l’équipe',
  'recrutement', 'personalabteilung', 'ihr', 'ihre', 'das', 'die', 'der', 'mit', 'freundlichen', 'grüßen', 'saludos',
  'cordiales', 'cordialement', 'merci', 'gracias', 'grazie', 'unsubscribe', 'confidential', 'disclaimer', 'privacy',
  'powered', 'view', 'click', 'join', 'meeting', 'zoom', 'teams', 'google', 'microsoft', 'remote', 'hybrid', 'ceo',
  'cto', 'coo', 'cfo', 'founder', 'co-founder', 'cofounder', 'hiring', 'manager', 'recruiter', 'sourcer', 'senior',
  'junior', 'lead', 'director', 'head', 'vp', 'president', 'partner', 'principal', 'staff', 'technical', 'talent',
  'interviewer', 'candidate', 'position', 'role', 'job', 'offer', 'opportunity', 'update', 'next', 'steps', 'new',
  // A form's field labels, alone on a line when a table is flattened to text ("Vaga" / "Garçom", "Empresa" / "X").
  'vaga', 'empresa', 'vacante', 'puesto', 'posizione', 'ruolo', 'annuncio', 'functie', 'vacature', 'poste', 'employer',
  'company', 'arbeitgeber', 'employeur', 'werkgever',
  'thank-you', 'welcome', 'congratulations', 'question', 'questions', 'regarding', 'apologies', 'note', 'ps', 'p.s.',
  'inbox', 'yes', 'no', 'ok', 'okay', 'today', 'tomorrow', 'week', 'weekend', 'morning', 'afternoon', 'evening',
  'everyone', 'all', 'team', 'folks', 'there', 'sir', 'madam', 'this', 'that', 'it', 'we', 'i', 'he', 'she', 'they',
  'us', 'them', 'am', 'is', 'are', 'was', 'be', 'will', 'would', 'can', 'could', 'should', 'let', 'if', 'so', 'but',
  'or', 'not', 'as', 'any', 'some', 'more', 'info', 'information', 'details', 'attached', 'attachment', 'image',
  'about', 'do', 'share', 'sign', 'review', 'document', 'documents', 'event', 'host', 'invitee', 'location', 'reply',
  'docusign', 'hellosign', 'adobe', 'calendly', 'greenhouse', 'workday', 'indeed', 'glassdoor', 'hackerrank',
  'goodtime', 'smartrecruiters', 'ashby', 'lever', 'notification', 'reminder', 'confirmed', 'invitation',
]);

const GERMAN_SUFFIX_SET: ReadonlySet<string> = new Set(GERMAN_HEAD_SUFFIXES);
const GERMAN_SUFFIX_LENGTHS: readonly number[] = [...new Set(GERMAN_HEAD_SUFFIXES.map((s) => s.length))];
const EDGE_PUNCTUATION = /^[^\p{L}]+|[^\p{L}]+$/gu;
/** Gender endings written after a word with a slash or in brackets ("seleccionado/a", "aprovado(a)", "Bewerber/in"). */
const GENDER_SUFFIXES = 'a|as|o|os|e|es|in|innen';
/** Such an ending, in every language read; the phrase tables read it as part of its word. */
export const GENDER_ENDING = `(?:/(?:${GENDER_SUFFIXES})|\\((?:${GENDER_SUFFIXES})\\))`;
/** The same at a token's end, whose closing bracket the tokenizer may have cut off ("Programador(a"). */
const GENDER_FORM = new RegExp(`(?:/(?:${GENDER_SUFFIXES})|\\((?:${GENDER_SUFFIXES})\\)?)[^\\p{L}]*$`, 'u');
const headCache = new Map<string, boolean>();

/** A word as the head lists read it: lower case, no edge punctuation, a gender star or colon form read as its stem. */
function headForm(word: string): string {
  let w = word.toLowerCase();
  if (!/^\p{L}.*\p{L}$/su.test(w)) w = w.replace(EDGE_PUNCTUATION, '');
  // A gender star, colon or underscore form ("Mitarbeiter*in", "Doktorand:in", "Wissenschaftliche*r") reads as its stem.
  return /[*:_](?:in|innen|r|e|n)$/u.test(w) ? w.replace(/[*:_](?:in|innen|r|e|n)$/u, '') : w;
}

/** Does `w` (in head form) end in a job word after a first part of its own ("softwareentwickler", "prosjektleder")? */
function endsInHead(w: string): boolean {
  if (w.length < 8) return false;
  for (const n of GERMAN_SUFFIX_LENGTHS) {
    if (w.length > n + 2 && GERMAN_SUFFIX_SET.has(w.slice(w.length - n))) return true;
  }
  return COMPOUND_ONLY_SUFFIXES.some((suffix) => {
    const first = w.slice(0, w.length - suffix.length);
    return w.endsWith(suffix) && first.length >= 4 && !NOT_A_COMPOUND_HEAD.test(first);
  });
}

function computeRoleHead(word: string): boolean {
  // A slash or bracket gender form ("Desarrollador/a", "Programador(a)", "Praktikant/in") counts only when its stem is
  // in the head list itself: read through the German compound suffixes ("Programmkoordinator/in") it lowered the frozen
  // roles.
  const low = word.toLowerCase();
  const gendered = GENDER_FORM.exec(low);
  if (gendered) return ROLE_HEADS.has(low.slice(0, gendered.index).replace(EDGE_PUNCTUATION, ''));
  const w = headForm(word);
  if (w.length === 0) return false;
  return ROLE_HEADS.has(w) || GERMAN_SUFFIX_SET.has(w) || endsInHead(w);
}

/**
 * A compound whose last part is a job word and whose first part says of what ("Dataingenjör", "Lagermedarbeider",
 * "Softwareentwickler*in"): a title by itself, where a bare head ("Entwickler", "Developer") is not.
 */
export function isCompoundTitle(word: string): boolean {
  const w = headForm(word);
  return !ROLE_HEADS.has(w) && !GERMAN_SUFFIX_SET.has(w) && endsInHead(w);
}

/** Is `word` a job-title head word (any supported language)? */
export function isRoleHead(word: string): boolean {
  let known = headCache.get(word);
  if (known === undefined) {
    known = word.length <= 40 && computeRoleHead(word);
    // A bounded memo: the same few hundred words recur across lines and messages.
    if (headCache.size >= 4096) headCache.clear();
    headCache.set(word, known);
  }
  return known;
}

/**
 * An organisation interested in the reader's profile, in every language read ("Firma X jest zainteresowana Twoim
 * profilem", "X interessiert sich für Ihr Profil"): job evidence (kind.ts) and, after a name, that name's employer
 * in a platform's mail (company/candidates.ts TURNS_TO_READER).
 */
export const PROFILE_INTEREST =
  /\b(?:is|are) interested in your (?:profile|background|experience)\b|(?<![\p{L}])(?:jest|są) zainteresowan\p{L}* (?:twoim|twoją|pana|pani) (?:profil|kandydatur)|\binteressiert sich für (?:ihr|dein) profil|(?<![\p{L}])(?:est|sont) intéressée?s? par (?:votre|ton) profil|\b(?:está|esta) interesad[ao] en (?:tu|su) perfil|\bis geïnteresseerd in (?:je|jouw|uw) profiel|(?<![\p{L}])(?:è|e') interessat[ao] al (?:tuo|suo) profilo|\b(?:está|esta) interessad[ao] n[oa] (?:seu|teu) perfil/u;

/**
 * Hiring words in Chinese, Japanese and Korean ("採用", "招聘", "人資", "채용"), wherever they stand in a name: a
 * department's or a job board's ("キャリア採用", "智联招聘"), never an organisation's or a person's name. (인사, HR in
 * Korean, also starts names: "인사이트랩".)
 */
export const CJK_HIRING_WORDS = /採用|招聘|招募|人事|人[资資]|担当|擔當|채용/u;

/** A position's field labels, in the languages read ("Position: X", "Vaga: X"): regex source, lower or any case. */
export const ROLE_FIELD_LABELS =
  '(?:position|job title|vacancy|functie|vacature|vaga|cargo|puesto|vacante|poste|stelle|posizione|annuncio|ruolo|stanowisko|stilling|tjänst|tehtävä|função|funcao|vị trí (?:ứng tuyển|tuyển dụng)|posisi|pozisyon|вакансия|позиция|должность|вакансія|позиція|посада)';
/**
 * An employer's field labels, in the languages read ("Company: X", "Arbeitgeber: X", "Ime poslodavca: X",
 * "Работодатель: X"): regex source, lower case as lines keep it (tokens.ts lowerKeepingOffsets), where Turkish "İ"
 * stays a capital, hence "[iİ]".
 */
export const COMPANY_FIELD_LABELS =
  '(?:company name|company|employer|hiring company|organi[sz]ation|unternehmen|firma|arbeitgeber|entreprise|société|employeur|empresa|empleador|azienda|società|datore di lavoro|bedrijf|werkgever|organisatie|pracodawca|nazwa firmy|empregador|organização|arbeidsgiver|arbejdsgiver|arbetsgivare|bedrift|virksomhed|företag|zaměstnavatel|společnost|' +
  // Slovak, Slovene, Serbian, Croatian and Bosnian, Hungarian, Romanian, Finnish, Estonian, Lithuanian, Latvian.
  'zamestnávateľ|spoločnosť|delodajalec|podjetje|(?:ime |naziv )?poslodavca|poslodavac|послодавац|kompanija|компанија|preduzeće|tvrtka|munkáltató|cégnév|cég|angajator|numele companiei|companie|compania|työnantaja|yritys|tööandja|ettevõte|darbdavys|įmonės pavadinimas|įmonė|darba devējs|uzņēmums|' +
  // Turkish, Indonesian and Malay, Russian, Ukrainian, Bulgarian, Greek (with and without accents, as capitals lose
  // them). Not Vietnamese "công ty": it starts a company's name as well ("Công ty Cổ phần …").
  '[iİ]şveren|ş[iİ]rket(?: adı)?|(?:nama )?perusahaan|syarikat|majikan|работодатель|название компании|компания|роботодавець|назва компанії|компанія|работодател|εταιρ(?:ε|)[ιί]α|εργοδότης|εργοδοτης)';
const FIELD_LABEL_ALONE = new RegExp(`^\\s*(?:${ROLE_FIELD_LABELS}|${COMPANY_FIELD_LABELS})\\s*(:?)\\s*$`, 'iu');

/** A label line above a value is short: longer lines are not read as labels. */
const MAX_LABEL_LINE = 40;

/**
 * A form's field written as a table flattened to text: its label alone on a line ("Vaga", "Empresa:") and its value
 * on the next. Which label stands above the value line `li` (read from each line's `key`: as written, or lower case),
 * if that value may be read as its: the label line is short, the value is no label itself ("Position" / "Company" /
 * "Location" is a header row), and the label ends in a colon or sits among other labels two lines away (a form's
 * fields, not a footer's menu: "Company" / "About Us" / "Careers").
 */
export function fieldLabelAbove(lines: readonly { text: string; lower: string }[], li: number, key: 'text' | 'lower'): string | null {
  const at = li - 1;
  const above = lines[at];
  if (!above || above.text.length > MAX_LABEL_LINE) return null;
  const read = (i: number) => lines[i]?.[key] ?? '';
  const label = FIELD_LABEL_ALONE.exec(read(at));
  const value = read(li);
  if (!label || value.trim() === '' || value.length > 60 || FIELD_LABEL_ALONE.test(value)) return null;
  const inForm = label[1] === ':' || FIELD_LABEL_ALONE.test(read(at - 2)) || FIELD_LABEL_ALONE.test(read(at + 2));
  return inForm ? read(at).trim().replace(/\s*:$/, '') : null;
}
