// How sure the extractor is of each field, in one place: a base weight per source (where the value was read) and
// cues on the value's shape that lower it. A letter states a value only at STATE_AT or above; below, the popup
// offers it as a suggestion. A wrong fact in a letter costs the user more than a missing one.

import type { CompanySource } from './company/choice';
import { DEPARTMENT_WORDS, GREETING_PATTERN, LOWER_CAMEL, NOT_PERSON_WORDS, NO_REPLY_LABEL, OUR_WORDS, TRAILING_LEGAL_FORM, isOrganisationName, isRoleHead } from './lexicon';

/** The confidence from which a letter states a value. */
export const STATE_AT = 0.7;

export type NameSource = 'display' | 'stated' | 'signature' | 'address';
export type RoleSource = 'cjk' | 'script' | 'body-strong' | 'subject' | 'forwarded-subject' | 'body-medium' | 'body-weak';

/** Base confidence of each source, per field. */
const SOURCE_WEIGHT: {
  name: Record<NameSource, number>;
  role: Record<RoleSource, number>;
  company: Record<CompanySource, number>;
} = {
  // The From header's person, a person the body presents, the signer, a "jane.doe@" mailbox.
  name: { display: 0.9, stated: 0.9, signature: 0.85, address: 0.6 },
  // "the position of X" / "our X role"; the subject; "looking for a X"; a capitalised run ending in a job word.
  // A Japanese, Korean or Chinese title from a field, or framed by quotes or a position word and ending on a job word;
  // a Thai, Persian, Arabic or Hebrew one so framed and starting on one.
  role: { cjk: 0.85, script: 0.85, 'body-strong': 0.9, subject: 0.8, 'forwarded-subject': 0.75, 'body-medium': 0.6, 'body-weak': 0.4 },
  company: {
    // Named where the sender's domain confirms it (display name, signature / the text's phrasing / any mention).
    'domain-named': 0.95,
    'domain-stated': 0.9,
    'domain-web': 0.85,
    'domain-mentioned': 0.75,
    // Only the prettified domain, the message never naming it: a suggestion. On mail read for the first time (the
    // development parts of batches b8–b13, before any tuning on them) a letter would have stated it 10 times and
    // been right once: the domain is as often an agency's, a platform's, a parent's or a mail service's.
    'domain-label': 0.6,
    // The same, split before a suffix companies often glue on ("Happy Tech" for happytech): the spelling is a guess.
    'domain-split': 0.65,
    // A university's or public body's domain is an abbreviation or a service's name ("ucl", "prism"): a suggestion.
    'domain-institution': 0.55,
    // Named by the text without the domain's backing, an agency's client, a free-mail sender's employer.
    named: 0.6,
    client: 0.75,
    // A Japanese, Korean or Chinese name written with its legal form ("株式会社X", "X 주식회사", "X有限公司"), where nothing
    // else delimits names, or given as the sender's organisation before its department ("X 人資部").
    'legal-form': 0.9,
    // The employer of the position a relaying sender (job board, scheduler) writes about.
    relayed: 0.75,
    stated: 0.75,
  },
};

/** A cue on a value's shape: when `test` holds, the confidence is multiplied by `factor`. */
interface Cue {
  test: RegExp | ((value: string) => boolean);
  factor: number;
}

const matches = (cue: Cue, value: string) => (typeof cue.test === 'function' ? cue.test(value) : cue.test.test(value));

/** Countries, regions and big cities, in every language read: never the employer ("a role in Germany" read as "Germany"). */
const PLACE_NAMES = [
  'us', 'usa', 'uk', 'eu', 'emea', 'apac', 'latam', 'europe', 'europa', 'asia', 'africa', 'america', 'north america',
  'south america', 'united states', 'estados unidos', 'états-unis', 'vereinigte staaten', 'stati uniti',
  'united kingdom', 'reino unido', 'royaume-uni', 'regno unito', 'verenigd koninkrijk', 'großbritannien',
  'germany', 'deutschland', 'allemagne', 'alemania', 'alemanha', 'germania', 'duitsland', 'niemcy',
  'france', 'frankreich', 'francia', 'frança', 'frankrijk', 'francja',
  'spain', 'españa', 'spanien', 'espagne', 'espanha', 'spagna', 'spanje', 'hiszpania',
  'italy', 'italia', 'italien', 'italie', 'itália', 'italië', 'włochy',
  'portugal', 'portogallo', 'portugalia',
  'netherlands', 'nederland', 'niederlande', 'pays-bas', 'países bajos', 'países baixos', 'paesi bassi', 'holanda', 'holandia',
  'belgium', 'belgien', 'belgique', 'bélgica', 'belgio', 'belgië', 'belgia',
  'switzerland', 'schweiz', 'suisse', 'suiza', 'suíça', 'svizzera', 'zwitserland', 'szwajcaria',
  'austria', 'österreich', 'autriche', 'áustria', 'oostenrijk',
  'ireland', 'irland', 'irlande', 'irlanda', 'ierland',
  'poland', 'polska', 'polen', 'pologne', 'polonia', 'polónia',
  'denmark', 'danmark', 'dänemark', 'danemark', 'dinamarca', 'danimarca', 'denemarken', 'dania',
  'sweden', 'sverige', 'schweden', 'suède', 'suecia', 'suécia', 'svezia', 'zweden', 'szwecja',
  'norway', 'norge', 'norwegen', 'norvège', 'noruega', 'norvegia', 'noorwegen', 'norwegia',
  'canada', 'kanada', 'canadá', 'australia', 'australien', 'australie', 'austrália', 'india', 'indien', 'inde', 'índia',
  'singapore', 'singapur', 'singapour', 'japan', 'japón', 'japon', 'japão', 'giappone', 'china', 'chine', 'cina',
  'brazil', 'brasil', 'brasilien', 'brésil', 'brasile', 'mexico', 'méxico', 'mexiko', 'mexique', 'messico',
  'london', 'londres', 'londra', 'berlin', 'berlino', 'paris', 'parigi', 'madrid', 'amsterdam', 'munich', 'münchen',
  'munique', 'monaco di baviera', 'new york', 'nueva york', 'san francisco', 'remote',
  // More big cities a job post names in a tag or a heading ("[São Paulo] Desenvolvedor Front-End"); not those that
  // also name a big employer alone ("Zurich").
  'são paulo', 'sao paulo', 'rio de janeiro', 'mexico city', 'ciudad de méxico', 'buenos aires', 'bogotá', 'bogota',
  'toronto', 'vancouver', 'montreal', 'montréal', 'sydney', 'melbourne', 'tokyo', 'hong kong', 'dubai', 'bangalore',
  'bengaluru', 'mumbai', 'delhi', 'new delhi', 'hyderabad', 'pune', 'chennai', 'barcelona', 'milan', 'milano', 'rome',
  'roma', 'vienna', 'wien', 'dublin', 'lisbon', 'lisboa', 'warsaw', 'warszawa', 'prague', 'praha',
  'stockholm', 'copenhagen', 'københavn', 'oslo', 'helsinki', 'brussels', 'bruxelles', 'brussel', 'hamburg',
  'frankfurt', 'chicago', 'boston', 'seattle', 'los angeles', 'shanghai', 'beijing', 'seoul', 'jakarta', 'manila',
  'cairo', 'lagos', 'nairobi', 'istanbul', 'tel aviv',
];
/** Job boards, assessment and scheduling platforms, ATSs: they relay mail, they do not hire ("Indeed Nederland" too). */
const PLATFORMS = new RegExp(
  `^(?:linkedin|indeed|glassdoor|monster|stepstone|xing|welcome to the jungle|hackerrank|codility|coderpad|codesignal|testgorilla|hirevue|greenhouse|lever|workday|smartrecruiters|ashby|jobvite|icims|taleo|bamboohr|personio|recruitee|teamtailor|workable|calendly|zoom|google|microsoft teams|docusign|hellosign|angellist|wellfound|otta|hired|dice|ziprecruiter|jobteaser|infojobs|apec|pôle emploi|france travail|usajobs)(?:\\s+(?:${PLACE_NAMES.join('|')}))?$`,
  'iu',
);
const PLACES = new RegExp(`^(?:the )?(?:${PLACE_NAMES.join('|')})$`, 'iu');
/**
 * Words of money and funding ("Series B", "Seed"), greetings, a subject's status labels ("Updated:"), a way of working
 * ("[Remoto]"), a mailbox's
 * instruction ("USAJOBS [DO NOT REPLY]") and a possessive's phrase ("Our Agency", "Notre Société") are not company names.
 */
const NOT_COMPANY = new RegExp(String.raw`^(?:example|sample|company name|(?:company|société|societe|empresa|firma|unternehmen|azienda|bedrijf|organi[sz]ation|employer|client|startup)\s+\p{Lu}$|\p{Lu}\s+(?:company|corp|inc|ltd)$|series [a-f]|seed|pre-seed|ipo|hi|hello|dear|hey|hallo|bonjour|hola|ciao|olá|team|thanks|regards|best|cheers|(?:updated?|rescheduled|reminder|confirmed|confirmation|cancel+ed|invitation|action required|urgent)$|(?:anywhere|everywhere|worldwide|overseas|abroad|home|nowhere)$|(?:remote|remoto|remota|hybrid|híbrido|hibrido|hybride|presencial|on-?site|télétravail)$|(?:${NO_REPLY_LABEL})$|(?:het|die|der|das|les|los|las|gli)$|(?:cdi|cdd|intérim|interim|alternance|full[- ]time|part[- ]time|vollzeit|teilzeit|freelance|tiempo completo|medio tiempo|jornada completa|tempo integral|meio período|tempo pieno|voltijd|deeltijd|b2b|uop)$)\b`, 'iu');

/** A template's placeholder for the employer ("NOME DA EMPRESA", "NOM DE LA SOCIÉTÉ"), the whole name. */
const PLACEHOLDER_COMPANY = /^(?:nome da (?:sua )?empresa|nombre de (?:la |tu |su )?empresa|nom de (?:l'|la |votre )?(?:entreprise|société)|firmenname|name of (?:the |your )?company|your company name|nazwa firmy)$/iu;

/** "Our Agency", "Notre Société": a possessive before a common noun of business names no company. */
const OUR_COMPANY = new RegExp(
  `^(?:${[...OUR_WORDS, 'your', 'my', 'their', 'votre', 'ihre', 'ihr', 'vostra', 'jullie', 'sua', 'seu'].join('|')})\\s+(?:agency|company|firm|team|client|organi[sz]ation|business|employer|société|entreprise|agence|empresa|agencia|unternehmen|firma|agentur|azienda|agenzia|bedrijf|organisatie|cliente|klient|firmy)$`,
  'iu',
);
/** The same in Romanian, whose possessive follows the noun ("Compania mea", "Firma noastră"; not "Echipa Ta", a brand). */
const OUR_COMPANY_AFTER = /^(?:compania|firma|societatea|agenția|agenţia|agentia|echipa|organizația|organizaţia|organizatia)\s+(?:mea|noastră|noastra)$/iu;

/** An institution's word last in a name ("… Teacher Training Consortium", "… Nursing Academy"): an organisation's. */
const INSTITUTION_LAST = /\s(?:consortium|academy|university|college|school|trust|council|ministry|foundation|institute|hospital|group)$/iu;

/** A role that ends on a step or a product of the hiring process (SHAPE_CUES.role). */
function processEnding(value: string): boolean {
  const m = /^(.*\S)\s+(stage|screening|joining|approved|platform|project|referrals?|openings|requirements|vacancies|postings?)$/iu.exec(value);
  if (!m) return false;
  const [, before = '', last = ''] = m;
  if (/[,;:|–—-]/u.test(before) || /^(?:head|director|vp|chief|lead|manager)\s+of\s/iu.test(value)) return false;
  // "Stage" is also French for an internship: only a process's stage counts.
  return last.toLowerCase() !== 'stage' || /(?:next|first|second|third|final|interview|selection|hiring)$/iu.test(before);
}

/** Cues that lower confidence, per field. */
const SHAPE_CUES: { name: Cue[]; role: Cue[]; company: Cue[] } = {
  name: [
    // Placeholder and junk display names: "undefined", "--help", "test".
    { test: /^(?:undefined|null|nan|none|test|admin|user|unknown|noreply|no-reply|anonymous|-.*)$/iu, factor: 0 },
    { test: (v) => v.length < 2, factor: 0 },
    // A brand's or a programme's capitals before lower case ("GSoC", "JPMorgan"): no person's first name. Not Dutch
    // "IJ", one letter written as two ("IJsbrand").
    { test: /^(?!IJ\p{Ll})\p{Lu}{2,}\p{Ll}/u, factor: 0 },
    // A greeting read as a name ("Olá Marcos"), or a team or office ("PRiSM Admissions", "Research Opportunities").
    { test: (v) => GREETING_PATTERN.test(v) || /^(?:buenos|bom|beste|liebe|lieber)(?=[\s,!]|$)/iu.test(v), factor: 0 },
    { test: /\s(?:admissions?|opportunities|careers|jobs|team|office|department|recruitment|recruiting|talent|services|support|hr|rh)$/iu, factor: 0 },
    // A Danish, Norwegian or Swedish team or department in its definite form ("Rekrutteringsteamet", "HR-avdelningen").
    { test: /(?:teamet|teamen|afdelingen|avdelingen|avdelningen)(?:\s|$)/iu, factor: 0 },
    // A department's word at the end ("Copenhagen Sales") is as often a surname ("Maria Sales"): a suggestion.
    { test: /\s(?:sales|operations)$/iu, factor: 0.5 },
    // An organisation or an office signing ("Softlab SARLU", "Gemeente Waterland Personeelszaken", "Employer"): a
    // legal form, an organisation word or a common noun of the hiring side is never part of a person's name.
    { test: (v) => isOrganisationName(v) || v.toLowerCase().split(/[\s,.]+/).some((w) => NOT_PERSON_WORDS.has(w)), factor: 0 },
  ],
  role: [
    // Link remnants, code marks, brackets and quotes: the title ran into its surroundings.
    { test: /https?:|www\.|\.com\b|[`<>[\]{}|"]/u, factor: 0.3 },
    // A parenthetical aside ("(which is fully remote)"), not a short qualifier ("(Payments)", "(m/w/d)" is cut earlier).
    { test: /\([^()]*\s[^()]*\s[^()]*\)|\([^()]*$|^[^()]*\)/u, factor: 0.6 },
    // A title is a few words; a long run has caught part of the sentence.
    { test: (v) => v.split(' ').length > 6, factor: 0.6 },
    // A bare generic head ("Developer", "Manager") is as often the sentence's word as the job's title.
    { test: /^(?:developer|manager|engineer|consultant|analyst|designer|lead|director|specialist|associate|assistant|head|partner|executive|officer|coordinator|administrator|agent|chef|responsable|assistante?|technicien(?:ne)?|ingénieure?|analyste|développeur|développeuse|consultante?|gestionnaire|conseill(?:er|ère)|leiter(?:in)?|mitarbeiter(?:in)?|referent(?:in)?|entwickler(?:in)?|berater(?:in)?|ingenieur(?:in)?|jefe|técnico|analista|gerente|coordinador(?:a)?|desarrollador(?:a)?|consultor(?:a)?|ingeniero|ingeniera|desenvolvedor(?:a)?|engenheir[oa]|medewerker|adviseur|ontwikkelaar|responsabile|tecnico|sviluppatore|consulente|ingegnere|programista|analityk|specjalista|kierownik|inżynier)$/iu, factor: 0.6 },
    // An event is no job ("Summer Internship Dinner", "Graduate Open Day", "Careers Fair"); "Head of Workshop" is one.
    { test: /(?<!\sof)(?<!\sof the)\s(?:dinner|lunch|breakfast|reception|webinar|workshop|fair|meetup|open day|open house|info session|information session|party|gala)$/iu, factor: 0 },
    // An organisation's name ends no job ("Preston Teacher Training Consortium", "Riverside Nursing Academy"): its
    // institution word or its legal form, capitalised, is the last word ("Recepcionista de spa" is a job). A head's
    // complement is a job's ("Head of Secondary School", "Director of the Institute").
    { test: (v) => !/\sof\s/iu.test(v) && (INSTITUTION_LAST.test(v) || (TRAILING_LEGAL_FORM.test(v) && /\s\p{Lu}[^\s]*$/u.test(v))), factor: 0 },
    // A document ends no job ("Internship Offer Letter", "Technical Interview Invitation").
    { test: /\s(?:letter|offer|invitation|confirmation|notification|reminder)$/iu, factor: 0 },
    // A step, a product or a list of the hiring process ends no job ("Next Stage", "Sales Director Referrals",
    // "Recruiter Screening", "Recruiter AI Platform", "Internship Joining", "Instructor Application Has Been
    // Approved"). Not a title's qualifier after a comma or a dash ("Senior Software Engineer - Platform", "Analyst,
    // Sanctions Screening", French "… - Stage", an internship), nor a head's complement ("Head of Data Platform").
    { test: processEnding, factor: 0 },
    // A sentence's verb before the title ("Be an Associate", "Become a Mentor").
    { test: /^(?:be|become)\s+(?:an?|the)\s/iu, factor: 0.3 },
    // A time or a date is no title ("2:00 PM" read off a schedule line).
    { test: /^[\d\s:.\/-]+(?:am|pm|h|uhr)?$/iu, factor: 0 },
    // A lone plural head ("Engineers", "Entwickler" is its own plural and stays) names a team, not the reader's job.
    { test: (v) => !v.includes(' ') && /s$/iu.test(v) && isRoleHead(v.slice(0, -1)), factor: 0.3 },
    // Starts with a lower-case word (a title in a letter is capitalised), or ends on a function word.
    { test: /^\p{Ll}/u, factor: 0.85 },
    { test: /\s(?:and|or|of|for|in|at|the|a|an|to|with|und|oder|de|du|des|la|le|el|en|et|y|e|o|van|voor|di|da)$/iu, factor: 0.5 },
    // Ends on an auxiliary verb ("Coordinador de Bodega ha"): the title ran into its sentence.
    { test: /\s(?:has|have|is|was|ha|han|hat|ist|wurde|es|fue|foi|é|è|heeft|wordt|został[oa]?)$/iu, factor: 0.5 },
    // An interview or a test is a step, not a job ("Entrevista Técnica", "Technical Interview"); "Interview
    // Coordinator" and "Risk Assessment Analyst" are jobs.
    { test: /(?:^|\s)(?:entrevista|entretien|vorstellungsgespräch|gespräch|colloquio|sollicitatiegesprek|rozmowa|prueba)(?:\s|$)|\s(?:interview|assessment)$|^(?:interview|assessment)$/iu, factor: 0 },
    // A programme is not a job ("CTE Internship Program", "Graduate Programme"), unless a job word opens it ("Gerente
    // de Programa", "Head of Programme"); nor is a technical test ("Teste Técnico", "Desafio Prático").
    { test: (v) => /\s(?:program|programme|programm|programa|programma)$/iu.test(v) && !isRoleHead((v.split(/\s+/)[0] ?? '').toLowerCase()), factor: 0 },
    { test: /^(?:teste|test|prova|desafio)\s+(?:técnic[oa]|tecnic[oa]|technique|pratique|prátic[oa]|pratic[oa])$/iu, factor: 0 },
    // An application subject's prefix left in ("Application: X", "Bewerbung als X").
    { test: /^(?:application|applying|bewerbung|candidature|candidatura|postulación|sollicitatie|re|fwd?|aw|wg)\b/iu, factor: 0.3 },
    { test: /\d{3,}/u, factor: 0.6 },
    // A verb inside the run ("Ejecutiva de Cobranza está listo", "Data Analyst is now"): the title ran into its
    // sentence.
    { test: /\s(?:is|are|was|est|ist|está|están|estão|es|sera|será|sono|è|zijn|wordt)\s/iu, factor: 0.5 },
    // The process named before the title ("Processo de Analista de Planejamento", "Process for Data Analyst").
    { test: /^(?:processo|proceso|process|processus|procedura|recruitment|recrutement|reclutamiento|recrutamento|selection|selección|seleção)\s+(?:de|do|da|del|for|of|di|pour|per|para)\s/iu, factor: 0.3 },
    // A word of the surrounding sentence: pronouns and sentence adverbs never occur in a job title.
    { test: /(?:^|\s)(?:we|you|your|our|i|wir|ihnen|ihre?|sie|uns|leider|daher|nous|vous|votre|notre|nosotros|usted|su|tu|noi|voi|wij|jij|u|uw|je|nós|você|seu|sua)(?=\s|$)/iu, factor: 0.3 },
  ],
  company: [
    { test: PLATFORMS, factor: 0 },
    { test: PLACES, factor: 0 },
    { test: NOT_COMPANY, factor: 0 },
    { test: PLACEHOLDER_COMPANY, factor: 0 },
    { test: OUR_COMPANY, factor: 0 },
    { test: OUR_COMPANY_AFTER, factor: 0 },
    // A department's word alone ("Recrutamento" from itsector-recrutamento.pt, "Careers") names no organisation.
    { test: (v) => !v.includes(' ') && DEPARTMENT_WORDS.has(v.toLowerCase()), factor: 0 },
    // Lower case is doubtful, unless it is a brand's lower camel case ("oCode", "iMMAP", "eBay").
    { test: (v) => /^\p{Ll}/u.test(v) && !LOWER_CAMEL.test(v), factor: 0.7 },
    { test: (v) => v.split(' ').length > 5, factor: 0.6 },
    // One long capitalised run is usually a domain's words run together ("Hotelvilladovale").
    { test: /^\p{Lu}\p{Ll}{9,}$/u, factor: 0.8 },
    { test: /[@/\\<>[\]{}|`"]|https?:/u, factor: 0.3 },
    // An event where people meet employers ("LSU Spring Career Fair", "Berlin Tech Summit") is not one of them.
    { test: /(?:^|\s)(?:fair|expo|conference|summit|meetup|hackathon|webinar|messe|feria|foire|kongress|congress|congreso|congrès|bootcamp|veletrh|targi|beurs|fiera|feira|mässa|jobbmesse|jobmesse)$/iu, factor: 0 },
    // A hiring tool's name ("VNTG ATS", "Interview Scheduler") is no employer's.
    { test: /\s(?:ats|scheduler)$/iu, factor: 0 },
    // A name cut before its end ("Selección de" from "Selección de Personal"): it ends on a connector.
    { test: /\s(?:de|del|des|du|of|and|und|y|et|e|&|van|von|der|di|da|do|dos)$/iu, factor: 0 },
  ],
};

/**
 * Cues on the message around a company value, not its shape. An automated sender (a no-reply mailbox) whose name
 * the text never writes may be the app that sent the mail rather than the employer ("Recroute" <noreply@recroute.app>
 * with "Your interview is scheduled"): the domain's name alone is then a suggestion.
 */
export const COMPANY_CONTEXT = { automatedUnnamed: 0.7 } as const;

/**
 * Cues on the message around a name. A lone first name under automated mail (a no-reply mailbox) is as often an
 * app's or a team's persona ("Gennie", "Max from Hireflow") as a person who will read the reply: a suggestion. So is
 * a From name on automated mail that the text never writes: on mail read for the first time (development parts of
 * rounds 5, 6, 9 and 10, before any tuning on them) From names on automated mail were right 3 times in 7, those of
 * other mailboxes 156 times in 168.
 * A name that no list knows (names/given-names.ts: neither its given name nor its family name), that the mailbox
 * does not spell and that no job title follows in the signature is as often an organisation signing where a person
 * would ("Copenhagen Sales", "Outreachy Organizers") as a person: a suggestion, whatever else repeats it. On the
 * development parts of rounds 9 to 12 read at their merge (16 batches, before any tuning on them), 20 of the 119
 * names stated were wrong; 17 of those 20 and 2 of the 99 right ones had a given name no list knew.
 */
export const NAME_CONTEXT = { automatedFirstOnly: 0.8, automatedUnwritten: 0.75, unknownGiven: 0.6 } as const;

type FieldKind = keyof typeof SHAPE_CUES;

/** The confidence in a value read from a source: the source's weight times every shape cue that applies. */
export function confidence<F extends FieldKind>(field: F, source: keyof (typeof SOURCE_WEIGHT)[F], value: string): number {
  let c = (SOURCE_WEIGHT[field] as Record<string, number>)[source as string] ?? 0;
  for (const cue of SHAPE_CUES[field]) if (matches(cue, value)) c *= cue.factor;
  return c;
}
