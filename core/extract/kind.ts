// What stage a message is at: an offer, an interview step, an outreach, or something else (rejections,
// acknowledgements, roles on hold, onboarding, job-alert digests, personal mail). Phrase lists in EN/DE/FR/ES/IT.

import type { RecruiterKind } from '../model';

const ALERT =
  /\bjob alerts?\b|\bjobs? (?:you may|you might|that may|we think you'?ll) (?:be interested in|like)\b|\brecommended (?:jobs|for you)\b|\bnew jobs? (?:for you|matching|that match)\b|\bjobs? matching your\b|\bbased on your (?:profile|search|preferences|saved search|job preferences)\b|\byour (?:daily|weekly) (?:digest|job|jobs|summary)\b|\bnewsletter\b|\bstellenangebote für sie\b|\bjobagent\b|\balertes? (?:e-?mail|emploi)\b|\boffres d'emploi (?:qui|pour vous|correspondant)\b|\bofertas de (?:empleo|trabajo) (?:para ti|que|recomendadas)\b|\bmanage (?:your )?(?:job )?alerts\b|\bview (?:this email|it|this message) in (?:your |a )?browser\b|\bsaved search\b|\bnew (?:positions|openings|roles) (?:posted|this week)\b/u;
const ALERT_SUBJECT = /\bjob alert|\bjobs? for you\b|\bnew jobs?\b|\bnewsletter\b|\bdigest\b|\bjobs? matching\b|\bjobs? you (?:may|might)\b|\brecommended jobs\b|\bstellenangebote\b|\boffres d'emploi\b|\bofertas de empleo\b/u;

const REJECT =
  /\bunfortunately,? (?:we|i|after|the|your|this|at this|there)\b.{0,160}?\b(?:not|another|other|unable|won't|no longer|decided|filled)\b|\bregret to (?:inform|let you know|tell you)\b|\b(?:not|won't|will not) be (?:moving|proceeding|progressing|taking) (?:forward|ahead|your application)|\bdecided (?:not to (?:move|proceed|progress|pursue|offer)|to (?:move|proceed|go) (?:forward|ahead) with (?:an)?other|to pursue other)\b|\b(?:move|moving|proceed|proceeding|go) (?:forward|ahead) with (?:an)?other (?:candidate|applicant)s?\b|\bother candidates? (?:whose|who)\b|\b(?:have|has) not been (?:selected|successful)\b|\bwere not (?:selected|successful)\b|\bunsuccessful\b|\bposition has (?:now )?been filled\b|\bfilled the (?:position|role)\b|\brescind(?:ed|ing)?\b|\bwithdraw(?:n|ing)? (?:the|our|your) offer\b|\bleider (?:müssen|können) wir ihnen\b|\bleider (?:haben wir uns|nicht)\b|\bfür (?:eine andere|einen anderen) (?:kandidat|bewerber)|\babsage\b|\bnicht (?:weiter )?berücksichtig|\bne (?:pourrons|pouvons) (?:donc )?pas (?:donner suite|retenir)|\bpas été retenue?\b|\bne pas donner suite\b|\bpas en mesure de (?:donner (?:une )?suite|retenir)|\bmalheureusement\b.{0,160}?\b(?:suite favorable|pas (?:été )?retenue?)|\bnous regrettons\b|\blamentablemente\b.{0,80}?\bno\b|\bno (?:has|ha) sido seleccionad[oa]\b|\bhemos decidido (?:continuar|seguir|avanzar) con otr|\bpurtroppo\b.{0,80}?\bnon\b|\bnon (?:è stata|sei stato|sei stata) selezionat|\bhelaas\b.{0,120}?\b(?:niet|andere)\b|\binfelizmente\b.{0,120}?\b(?:não|outr[oa]s?)\b/u;

const ONBOARD =
  /\baccept(?:ing|ed) (?:our|the|your|my) (?:job |formal |written )?offer\b|\bwelcome (?:to the team|aboard|on board)\b|\bnew hire orientation\b|\bpre-employment\b|\bonboarding (?:portal|documents|paperwork|process|steps|packet|forms)\b|\bbackground check\b.{0,300}?\b(?:onboarding|orientation)\b|\bwillkommen (?:im|an bord)\b|\bbienvenue (?:dans l'équipe|à bord)\b|\bbienvenid[oa] al equipo\b|\bbenvenut[oa] (?:nel team|a bordo)\b/u;

const HOLD =
  /\b(?:put|placed|is|been|now) on hold\b|\b(?:position|role|requisition|opening|search|vacancy) (?:has been|was|is) (?:closed|cancel+ed|withdrawn|paused|frozen)\b|\b(?:hiring|headcount) freeze\b|\b(?:position|role|job|opening|vacancy) (?:is )?no longer (?:available|open)\b|\bno longer (?:hiring|recruiting) for\b|\b(?:i|we) (?:need|have|had) to cancel\b|\b(?:i'm|i am|we're|we are) (?:sorry|afraid)\b.{0,80}?\bcancel|\binterview (?:has been|was) cancel+ed\b|\b(?:stelle|position) (?:ist|wurde) (?:bereits )?(?:besetzt|gestrichen)\b|\bposte (?:a été|est) pourvu\b|\bvacante (?:ha sido|fue) cubierta\b/u;
const RESCHEDULE = /\breschedul|\bnew (?:time|date|slot)\b|\bverschieben\b|\bverlegen\b|\breprogramar\b|\breporter\b|\bspostare\b/u;

const OFFER =
  /\b(?:formal|written|verbal|official|employment|conditional|final|signed) offer\b|\boffer (?:letter|of employment|package|details|paperwork|documents|expires)\b|\b(?:sent|send|extend(?:ed|ing)?|make|made|making|present|attached|attach|prepared|review|sign) (?:you )?(?:an|the|our|a|their|your) (?:formal |written |official )?offer\b|\b(?:pleased|happy|delighted|excited|thrilled) to (?:offer you|extend (?:you )?(?:an|the|this) offer)\b|\b(?:would like|want) to offer you (?:the|a|an)\b|\boffer you (?:the|a|an) (?:position|role|job|place)\b|\bcome back with (?:an|a) (?:formal )?offer\b|\bein angebot (?:für|zu|über)\b|\bangebot (?:für die|als|unterbreiten)\b|\bihr stellenangebot\b|\bvertragsangebot\b|\barbeitsvertrag\b|\bproposition d'embauche\b|\bpromesse d'embauche\b|\boffre d'embauche\b|\bofferta di assunzione\b|\bproposta di assunzione\b|\b(?:la|nuestra|tu|su) oferta (?:laboral|de trabajo|de empleo|formal)\b|\boferta formal\b|\bofrecer(?:le|te) (?:el|la) (?:puesto|posición|cargo|plaza)\b|\bcarta (?:oferta|de oferta)\b|\barbeidsovereenkomst\b|\bcontractvoorstel\b|\bproposta (?:de (?:emprego|trabalho|contratação)|formal)\b/u;
const OFFER_SUBJECT =
  /^offer\b|\boffer (?:letter|from|for|of employment|details)\b|\byour (?:job )?offer\b|\bstellenangebot als\b|\bvertragsangebot\b|\boferta laboral\b|\boffre d'embauche\b|\bproposta di assunzione\b|\bproposta de (?:emprego|trabalho)\b|\barbeidsovereenkomst\b/u;

const INTERVIEW_STRONG =
  /\binvit(?:e|ing|ation) (?:you )?(?:to|for) (?:a |an |the |your )?(?:\S+ ){0,3}?(?:interview|assessment)\b|\binterview (?:is|has been|was) (?:scheduled|confirmed|booked|moved|rescheduled)\b|\byour (?:\S+ )?interview\b|\bschedul(?:e|ing) (?:a|an|the|your) (?:\S+ ){0,2}?interview\b|\binterview (?:invitation|invite|schedule|slot|slots|confirmation|details|loop|panel)\b|\bnext (?:steps?|round) (?:in|of) (?:the|our) (?:interview|hiring|recruitment|recruiting) process\b|\b(?:first|second|third|final|next|technical|phone|video|onsite|on-site|panel) (?:round|interview)\b|\bphone screen(?:ing)?\b|\bscreening (?:call|interview)\b|\b(?:technical|coding|online) (?:test|assessment|challenge|exercise)\b|\bassessment (?:centre|center)\b|\btake-home\b|\bhackerrank\b|\bcodility\b|\bcoderpad\b|\bvorstellungsgespräch|\bbewerbungsgespräch|\bkennenlerngespräch|\bentretien\b|\bentrevista\b|\bcolloquio\b|\bcitación\b|\b(?:event|call|meeting|chat|screen|appointment) (?:has been|is|was) (?:scheduled|confirmed|booked)\b|\bsollicitatiegesprek|\bkennismakingsgesprek|\buitnodig(?:en|ing)\b.{0,60}?\bgesprek\b/u;
const BEFORE_INTERVIEW =
  /\bbefore (?:we |i )?(?:can )?(?:schedul\w*|set(?:ting)? up|arrang\w*|book\w*|mov\w* (?:forward|ahead) (?:to|with))? ?(?:an?|the|any|your) (?:\S+ )?interview\w*/gu;
const INTERVIEW_SUBJECT = /\binterview|\bvorstellungsgespräch|\bentretien|\bentrevista|\bcolloquio|\bsollicitatiegesprek|\bscreening\b|\bassessment\b/u;
const SCHEDULING =
  /\b(?:availability|available|schedule|scheduled|calendar invite|time slots?|zoom|google meet|microsoft teams|teams meeting|book a time|monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes)\b|\b\d{1,2}[:.]\d{2}\b/u;
/** Softer scheduling talk: it means an interview only after the reader applied ("an initial call next week"). */
const SCHEDULING_SOFT = /\b(?:calendly|my calendar|next week|this week|find (?:a )?time|(?:15|20|30|45|60) min(?:ute)?s?)\b/u;
const MEETING = /\b(?:chat|call|talk|meet|meeting|conversation|speak|gespräch|telefonat|appel|échange|llamada|charla|reunión|chiacchierata)\b/u;
const APPLIED =
  /\b(?:thanks?(?: you)? for (?:applying|your application)|your (?:recent )?application|you applied|applied for|after reviewing your (?:application|resume|cv)|ihre bewerbung|deine bewerbung|votre candidature|ta candidature|tu (?:postulación|aplicación|solicitud|candidatura)|su (?:postulación|solicitud|candidatura)|la tua candidatura|je sollicitatie|uw sollicitatie|sua candidatura)\b/u;
const APPLIED_SUBJECT = /\bapplication\b|\bbewerbung\b|\bsollicitatie\b|\bcandidature\b|\bpostulación\b|\bcandidatura\b/u;

const ACK =
  /\b(?:we have|we've|we) (?:successfully )?received your (?:application|cv|resume)\b|\bapplication (?:has been |was )?(?:received|submitted)\b|\bthank you for (?:your application|applying|submitting your application|taking the time to apply)\b|\bthanks for (?:your application|applying)\b|\bwir haben ihre bewerbung (?:erhalten|bekommen)\b|\beingangsbestätigung\b|\bnous avons bien reçu votre candidature\b|\bhemos recibido tu (?:solicitud|postulación|aplicación|candidatura)\b|\babbiamo ricevuto la tua candidatura\b/u;

// Outreach needs one clear sign ("opportunity", "your profile") or two weaker ones ("hiring" and "role").
const JOB_TALK_STRONG =
  /\b(?:opportunit|position\b|positions\b|vacanc|recruit|headhunt|your (?:profile|background|experience|resume|résumé|cv|skills)|resume\b|résumé|\bcv\b|stelle\b|stellenangebot|poste\b|puesto|vacante|oportunidad|opportunità|posizione|candidatura|bewerbung|profil\b|perfil\b|vacature|\bvaga\b|functie\b)/u;
/** Job-alert wording (as opposed to a general newsletter). */
const JOB_ALERT = /\bjob alerts?\b|\bjobs? (?:you may|you might|that may|for you|matching|that match)\b|\bnew jobs?\b|\brecommended jobs\b|\bjobagent\b|\bstellenangebote\b|\boffres d'emploi\b|\bofertas de (?:empleo|trabajo)\b/u;
const JOB_TALK = /\b(?:role|roles|job|jobs|hiring|candidate|career|opening|salary|compensation|relocation|emploi|empleo|lavoro)\b/gu;

export interface KindInput {
  /** Cleaned subject, lower case. */
  subject: string;
  /** The message text (own lines and any forwarded message), lower case. */
  text: string;
  /** The sender's mailbox local part, lower case. */
  localPart: string;
  /** A job title was found. */
  hasRole: boolean;
}

// Each pattern runs only when one of its key words occurs: a plain substring search is far cheaper than a regex scan.
const KEYS = {
  alert: ['alert', 'jobs', 'matching', 'weekly', 'daily', 'recommended', 'based on your', 'digest', 'newsletter', 'stellenangebote', 'jobagent', "offres d'emploi", 'ofertas de', 'browser', 'saved search', 'new positions', 'new openings', 'new roles'],
  reject: ['unfortunately', 'regret', 'not ', "won't", 'decided', 'other candidate', 'another candidate', 'other applicant', 'another applicant', 'selected', 'successful', 'filled', 'rescind', 'withdraw', 'leider', 'andere', 'absage', 'berücksichtig', 'pourrons', 'pouvons', 'retenu', 'donner suite', 'malheureusement', 'en mesure', 'regrettons', 'lamentablemente', 'seleccionad', 'hemos decidido', 'purtroppo', 'selezionat', 'helaas', 'infelizmente'],
  onboard: ['accept', 'welcome', 'orientation', 'pre-employment', 'onboarding', 'background check', 'willkommen', 'bienvenue', 'bienvenid', 'benvenut'],
  hold: ['hold', 'closed', 'cancel', 'withdrawn', 'paused', 'frozen', 'freeze', 'no longer', 'besetzt', 'gestrichen', 'pourvu', 'cubierta'],
  offer: ['offer', 'angebot', 'arbeitsvertrag', 'embauche', 'offerta', 'assunzione', 'oferta', 'ofrecer', 'carta', 'arbeidsovereenkomst', 'contractvoorstel', 'proposta'],
  interview: ['invit', 'interview', 'schedul', 'next step', 'next round', 'round', 'screen', 'test', 'assessment', 'challenge', 'exercise', 'take-home', 'hackerrank', 'codility', 'coderpad', 'gespräch', 'entretien', 'entrevista', 'colloquio', 'citación', 'gesprek', 'scheduled', 'confirmed', 'booked'],
  ack: ['received', 'submitted', 'thank you for', 'thanks for', 'bewerbung', 'eingangsbestätigung', 'reçu', 'recibido', 'ricevuto'],
} as const;

type Category = keyof typeof KEYS;
const CATEGORY_OF = new Map<string, Category[]>();
for (const [category, keys] of Object.entries(KEYS) as [Category, readonly string[]][]) {
  for (const key of keys) CATEGORY_OF.set(key, [...(CATEGORY_OF.get(key) ?? []), category]);
}
/** All key words in one alternation: a single scan finds which categories can match at all. */
const KEY_SCAN = new RegExp(
  [...CATEGORY_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gu',
);

function presentCategories(text: string): Set<Category> {
  const present = new Set<Category>();
  for (const m of text.matchAll(KEY_SCAN)) for (const c of CATEGORY_OF.get(m[0]) ?? []) present.add(c);
  return present;
}

/**
 * Why a message is `other` when it is not about one hiring process at all: an automated job-alert digest, a
 * newsletter, or mail with no job talk (personal mail). Such a message has no recruiter to answer.
 */
export type NonRecruiting = 'alert' | 'newsletter' | 'unrelated';

export interface Stage {
  kind: RecruiterKind;
  /** Set when the message is not part of a hiring process. */
  nonRecruiting: NonRecruiting | null;
}

/** Classify a message's hiring stage. */
export function classifyKind(input: KindInput): RecruiterKind {
  return classifyStage(input).kind;
}

/** Classify a message's hiring stage, telling apart the `other` messages that are not about hiring at all. */
export function classifyStage({ subject, text, localPart, hasRole }: KindInput): Stage {
  const all = `${subject}\n${text}`;
  const present = presentCategories(all);
  const matches = (category: Category, re: RegExp): boolean => present.has(category) && re.test(all);
  if (matches('alert', ALERT) || ALERT_SUBJECT.test(subject) || /alert|digest|newsletter/.test(localPart)) {
    const jobAlert = JOB_ALERT.test(all) || /alert|jobs/.test(localPart);
    return { kind: 'other', nonRecruiting: jobAlert ? 'alert' : 'newsletter' };
  }
  return classifyProcess(all, subject, text, hasRole, present);
}

function classifyProcess(all: string, subject: string, text: string, hasRole: boolean, present: Set<Category>): Stage {
  const matches = (category: Category, re: RegExp): boolean => present.has(category) && re.test(all);
  if (matches('reject', REJECT)) return { kind: 'other', nonRecruiting: null };
  if (matches('onboard', ONBOARD)) return { kind: 'other', nonRecruiting: null };
  if (matches('hold', HOLD) && !RESCHEDULE.test(all)) return { kind: 'other', nonRecruiting: null };
  if (matches('offer', OFFER) || OFFER_SUBJECT.test(subject)) return { kind: 'offer', nonRecruiting: null };
  const applied = APPLIED.test(text) || APPLIED_SUBJECT.test(subject);
  // "Before we schedule an interview, a few questions…" is still screening: no interview yet.
  const ahead = text.includes('before') ? text.replace(BEFORE_INTERVIEW, ' ') : text;
  if (
    (present.has('interview') && INTERVIEW_STRONG.test(`${subject}\n${ahead}`)) ||
    INTERVIEW_SUBJECT.test(subject) ||
    (ahead.includes('interview') && (applied || SCHEDULING.test(ahead))) ||
    (applied && (SCHEDULING.test(ahead) || SCHEDULING_SOFT.test(ahead)) && MEETING.test(ahead))
  ) {
    return { kind: 'interview', nonRecruiting: null };
  }
  if (matches('ack', ACK)) return { kind: 'other', nonRecruiting: null };
  if (hasRole || JOB_TALK_STRONG.test(all) || new Set(all.match(JOB_TALK)).size >= 2) return { kind: 'outreach', nonRecruiting: null };
  return { kind: 'other', nonRecruiting: 'unrelated' };
}
