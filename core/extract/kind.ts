// What stage a message is at: an offer, an interview step, an outreach, or something else (rejections,
// acknowledgements, roles on hold, onboarding, job-alert digests, personal mail). Phrase lists in EN/DE/FR/ES/PT/NL/IT.

import type { NothingToDecline, RecruiterKind } from '../model';
import { APPLICATION_FIELD, PROFILE_INTEREST, REGRET_WORDS } from './lexicon';
import { once } from './once';
import { phraseFinder } from './phrase-table';
import { CJK, CJK_ALERT, CJK_APPLIED, CJK_APPROACH, CJK_JOB_WORDS, cjkConcepts } from './cjk-stage';
import { foldTraditional, isTraditionalChinese } from './hant';
import { isRoleMailbox } from './names/display';
import { POSITIVE_CONCEPTS, STAGE_PHRASES, type StageConcept } from './stage-phrases';

/**
 * A conditional clause, to the next punctuation (100 characters at most): what it says may not happen ("falls Sie
 * Ihre Bewerbung nicht weiter verfolgen möchten", "if you are not selected"). The concept table's phrases found inside
 * one do not count, but an acknowledgement's. A concessive "even if / auch wenn" is no condition.
 */
const CONDITIONAL_CLAUSE =
  /(?<![\p{L}])(?<!(?:even|auch|même|selbst) )(?:if|unless|should you|in case|falls|wenn|sofern|si (?:vous|tu|votre|ton|ta|nous|on|usted|tienes|tiene|no)|au cas où|en caso de(?: que)?|caso (?:você|seja|não)|se (?:você|lei|sei|tu|o senhor|a senhora|non)|qualora|in caso di|nel caso|als (?:je|jij|u|we|wij)|indien|mocht|jeśli|jeżeli|gdyby|если|в случае|при условии|якщо|у разі|dacă|daca|în cazul în care|in cazul in care|eğer|εάν|σε περίπτωση|jika|apabila|pokud|jestliže|v případě|nếu|jos|mikäli)(?![\p{L}])[^.,;:!?\n]{0,100}/gu;

/**
 * A negation in the last three words before a place, in the same clause ("we cannot invite you", "не сможем
 * пригласить вас", "belum bisa mengundang Anda", "δεν μπορούμε να σας προσκαλέσουμε"): an invitation or an offer
 * phrase there states the opposite. (Dutch, Danish and Swedish "nu" is "now", so Romanian "nu" is not among them:
 * the Romanian refusals are written out in the table.)
 */
const NEGATED_BEFORE =
  /(?<![\p{L}])(?:not|never|cannot|can't|won't|unable|nicht|kein\p{L}*|pas|jamais|nunca|não|niet|geen|nie|ikke|inte|nemůž\p{L}*|nemohu|не|ні|δεν|tidak|belum|bukan|(?<!hàng )không|chưa|emme)(?![\p{L}])(?:[^\S\n]+[^\s.,;:!?]+){0,2}[^\S\n]*$/u;
/** "Don't hesitate to…", "n'oubliez pas…": a negation of the idiom, not of what follows. */
const IDIOM_NEGATED = /(?:hesitat|hésit|esit|dud|aarzel|tvek|wahaj|zöger|forget|oubli|olvid|esquec|esqueç|vergess|glem)\p{L}*/u;

function negatedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 48), at);
  return NEGATED_BEFORE.test(before) && !IDIOM_NEGATED.test(before);
}

/** The stage concepts a text states, from the per-language phrase tables (stage-phrases.ts). */
const statedConcepts = phraseFinder(STAGE_PHRASES);

/** The table reads a message's opening: what it is for is said there (and a long tail of legal text costs time). */
const TABLE_READS = 6_000;
/**
 * The words for an interview itself, in the table's words (folded as INTERVIEW_STEP says), in every language read: a
 * regex source. INTERVIEW_PROPER reads them alone (not a test or a next stage), INTERVIEW_STEP with the other steps.
 */
const INTERVIEW_WORDS =
  String.raw`interview|superdays?(?![\p{L}])|entrevista|entretien|colloquio|\p{L}*gespräch|\p{L}*gesprek|rozmow|\p{L}*intervju|jobsamtal|ansættelsessamtal|pohovor|собеседован|интервью|співбесід|інтерв|interviu|mülakat|görüsme|συνεντευξη|wawancara|phỏng vấn|\p{L}*haastattelu`;
const CJK_INTERVIEW_WORDS = '面接|面试|면접|인터뷰';
const INTERVIEW_PROPER = new RegExp(`(?<![\\p{L}])(?:${INTERVIEW_WORDS})|${CJK_INTERVIEW_WORDS}`, 'u');
/**
 * An invitation to one of these is to an interview step; to anything else (a call, a meeting) it may be a first approach.
 * Tested on the table's words, whose letters are folded (phrase-table.ts foldLetters): "dinamica", "συνεντευξη",
 * "görüsme" (a Turkish meeting counts only where the mail speaks of a job: a bank's invitation does not).
 */
const INTERVIEW_STEP = new RegExp(
  `(?<![\\p{L}])(?:${INTERVIEW_WORDS}|tests?(?![\\p{L}])|online-test|prueba|prova|assessment|évaluation|evaluación|avaliação|valutazione|épreuve|dinamica|probe|proef|trial|essai|kennenlern|kennismak|exercise|challenge|aptitude|screening call|zadani|etap|étape|fase|next (?:stage|round|step)|shortlist|тестов|bài kiểm tra)|${CJK_INTERVIEW_WORDS}|適性検査|笔试|(?:채용|사전|실무) ?과제|코딩 ?테스트`,
  'u',
);

const ALERT =
  /\bjob alerts?\b|\bjobs? (?:you may|you might|that may|we think you'?ll) (?:be interested in|like)\b|\brecommended (?:jobs|for you)\b|\bnew jobs? (?:for you|matching|that match)\b|\bjobs? matching your\b|\bbased on your (?:profile|search|preferences|saved search|job preferences)\b|\byour (?:daily|weekly) (?:digest|job|jobs|summary)\b|\bnewsletter\b|\bstellenangebote für sie\b|\bjobagent\b|\balertes? (?:e-?mail|emploi)\b|\boffres d'emploi (?:qui|pour vous|correspondant)\b|\bofertas de (?:empleo|trabajo) (?:para ti|que|recomendadas)\b|\bmanage (?:your )?(?:job )?alerts\b|\bview (?:this email|it|this message) in (?:your |a )?browser\b|\bsaved search\b|\bnew (?:positions|openings|roles) (?:posted|this week)\b|\bnew jobs? (?:added|posted) (?:to|on|this)\b/u;
/**
 * New jobs put to the reader in the other languages read, in the plural ("Nouvelles offres qui vous correspondent",
 * "Nuevas ofertas para ti"); a recruiter's own subject names one ("Nueva oferta que encaja con tu perfil").
 */
const NEW_JOBS_FOR_YOU =
  /\bnouvelles offres (?:d'emploi )?(?:qui (?:vous )?correspond|pour vous)|\bnuevas ofertas (?:de (?:empleo|trabajo) )?(?:que|para ti)\b|\bnovas vagas (?:que|para você)|\bneue (?:jobs|stellen(?:angebote)?) (?:für|die)\b|\bnuove offerte (?:di lavoro )?(?:per te|in linea)|\bnieuwe vacatures (?:voor|die)\b/u;
/**
 * The same in the singular ("Nueva oferta para ti"): a job board's alert from its automated mailbox, a recruiter's own
 * subject otherwise. Russian and Ukrainian digests ("Новые вакансии для вас") are read here too, from an automated
 * mailbox only: a recruiter's reply keeps the digest's subject ("Re: Новые вакансии для вас").
 */
const NEW_JOB_FOR_YOU =
  /\bnouvelle offre (?:d'emploi )?(?:qui (?:vous )?correspond|pour vous)|\bnueva oferta (?:de (?:empleo|trabajo) )?(?:que|para ti)\b|\bnova vaga (?:que|para você)|\bneuer job (?:für|der)\b|\bnuova offerta (?:di lavoro )?(?:per te|in linea)|\bnieuwe vacature (?:voor|die)\b|(?<![\p{L}])(?:новые|подходящие) вакансии (?:для вас|по вашему)|(?<![\p{L}])нові вакансії для вас/u;
/**
 * A job board's alert sender, in words of its own: lexicon.ts AUTOMATED_MAILBOX also holds invitations and every
 * no-reply form, whose mailboxes carry recruiters' own approaches too ("invitations@" of a professional network).
 */
const ALERT_MAILBOX = /no-?reply|notifica|notification|^notis(?:er)?$|alert|mailer|newsletter|^info$|^news$/;
/**
 * One job recommended to the reader ("Nova vaga recomendada", "Er staat een passende vacature open"): from an automated
 * mailbox, a job board's alert; a recruiter writes the same to one person.
 */
const RECOMMENDED_JOB =
  /\brecommended (?:job|role|position|opening|vacancy)\b|\b(?:we(?:'ve| have)? found|there is|there's) an? (?:new |matching )?(?:job|role|position|opening|vacancy|shift) (?:for you|that (?:may|might|could) (?:suit|interest|be))|\bvaga recomendada\b|\bencontramos uma vaga\b|\bvaga que pode (?:ser|te) |\bpassende vacature\b|\bvacature bij (?:jou|u) in de buurt\b|\bpassende stelle\b|\bstelle,? die zu (?:dir|ihnen) passt\b|\boffre recommandée\b|\bune offre (?:qui pourrait vous intéresser|faite pour vous)\b|\boferta recomendada\b|\bhemos encontrado una oferta\b|\bdu har blivit matchad\b|\bmatchad mot\b/u;
const ALERT_SUBJECT = /\bjob alert|\bjob board\b|\bjobs for you\b|\bnew jobs?\b(?! (?:offer|opportunity|invitation)\b)|\bnewsletter\b|\bdigest\b|\bjobs? matching\b|\bjobs? you (?:may|might)\b|\brecommended jobs\b|\bstellenangebote\b|\boffres d'emploi\b|\bofertas de empleo\b/u;

/** One job put to the reader in a subject ("Job for you: Data Analyst"), an alert's from a shared mailbox (classifyStage). */
const JOB_FOR_YOU_SUBJECT = /\bjob for you\b/u;

const REJECT =
  /\bunfortunately,? (?:we|i|after|the|your|this|at this|there)\b.{0,160}?\b(?:not|another|other|unable|won't|no longer|decided|filled)\b|\bregret to (?:inform|let you know|tell you)\b|\b(?:not|won't|will not) be (?:moving|proceeding|progressing|taking) (?:forward|ahead|your application)|\bdecided (?:not to (?:move|proceed|progress|pursue|offer)|to (?:move|proceed|go) (?:forward|ahead) with (?:an)?other|to pursue other)\b|\b(?:chosen|chose|decided|elected|opted) to (?:pursue|move forward with|proceed with|go with|hire|offer the (?:position|role) to) (?:an)?other\b|\b(?:move|moving|proceed|proceeding|go) (?:forward|ahead) with (?:an)?other (?:candidate|applicant)s?\b|\b(?:with|hire|selected|chosen|chose) (?:a )?(?:different|more (?:suitable|qualified|experienced)) (?:candidate|applicant)s?\b|\bno (?:current )?(?:openings|positions|vacancies|roles)(?: available)? (?:that|which) (?:are |is )?(?:a )?(?:match|suit|fit)|\bother candidates? (?:whose|who)\b|\b(?:have|has) not been (?:selected|successful)\b|\bwere not (?:selected|successful)\b|\bunsuccessful\b|\bposition has (?:now )?been filled\b|\bfilled the (?:position|role)\b|(?<!\b(?:may|might|could|can|right to|not) )(?<!\b(?:if|unless|should)\b[^.!?\n]{0,120})\brescind(?:ed|ing)?\b|(?<!\bor )(?<!\b(?:may|might|could|can|right to|not) )(?<!\b(?:if|unless|should)\b[^.!?\n]{0,120})\bwithdraw(?:n|ing)? (?:the|our|your) offer\b|\bleider (?:müssen|können) wir ihnen\b|\bleider (?:haben wir uns|nicht)\b|\bfür (?:eine andere|einen anderen) (?:kandidat|bewerber)|\babsage\b|\bnicht (?:weiter )?berücksichtig|\bne (?:pourrons|pouvons) (?:donc )?pas (?:donner suite|retenir)|\bpas été retenue?\b|\bne pas donner suite\b|\bpas en mesure de (?:donner (?:une )?suite|retenir)|\bmalheureusement\b.{0,160}?\b(?:suite favorable|pas (?:été )?retenue?)|\bnous regrettons\b|\blamentablemente\b.{0,80}?\bno\b|\bno (?:has|ha) sido seleccionad[oa]\b|\bhemos decidido (?:continuar|seguir|avanzar) con otr|\bpurtroppo\b.{0,80}?\bnon\b|\bnon (?:è stat[oa]|sei stat[oa]) selezionat|\bhelaas\b.{0,120}?\b(?:niet|andere)\b|\binfelizmente\b.{0,120}?\b(?:não|outr[oa]s?)\b|\b(?:stelle|position) (?:\S+ ){0,3}(?:besetzt|vergeben)\b|\bnicht (?:mehr |weiter )?(?:berücksichtig|in betracht)|\bmit anderen (?:kandidat|bewerber)|\benttäuschen\b|\botras candidaturas\b|\bsiento comunicar|\bbanco de talentos\b|\bnon ha scelto\b|\bti auguriamo (?:il meglio|buona fortuna|ogni)|\bpas pu aboutir\b|\bcandidature déclinée\b|\bmotif de refus\b|\bniet (?:verder|door)gaan met\b|\bandere kandida|\b(?:position|role|job|post) has been (?:offered|given) to (?:an|another|someone)\b|\b(?:did not|didn't|failed to) (?:pass|reach the (?:minimum|required|passing))\b|\bstatus: failed\b|\bfür (?:eine?n? )?(?:andere|anderen|weitere) (?:\S+ ){0,2}?(?:kandidat|bewerber)\w* entschieden\b|\bnão (?:foi|fomos) (?:selecionad|aprovad)|\b(?:decided|chosen|chose|elected) (?:not to|to go in a different direction|to pass on (?:you|your))\b|\bgo(?:ing)? in a different direction\b|\b(?:unable|not able) to (?:offer you|move forward with your|progress your|proceed with your)\b|\b(?:will|would) not be (?:offering|extending|inviting|progressing|advancing) you\b|\bnot (?:be )?(?:selected|shortlisted) for (?:an? |the )?(?:interview|next (?:round|stage)|position|role)\b|\b(?:have|'ve) closed (?:the|this) (?:position|role|vacancy|opening)\b|\bpursue (?:other|another|different) candidates?\b|\bnicht in die engere auswahl\b|\banderweitig besetzt\b|\bkeine positive rückmeldung\b|\b(?:gegen|nicht für) (?:sie|ihre bewerbung|dich|deine bewerbung) entschieden\b|\b(?:werden|können) (?:ihre|deine) bewerbung (?:leider )?nicht (?:weiter )?verfolgen\b|\bihnen (?:keine|leider keine) (?:zusage|positive)\b|\bnicht mehr im rennen\b|\bne correspond(?:ait)? pas (?:à|aux|au)(?![\p{L}]).{0,80}?\b(?:poste|profil|attentes|besoins|recherch)|\b(?:retenu|choisi|privilégié) (?:une autre candidature|d'autres candidatures|un autre (?:candidat|profil)|d'autres profils)\b|\bne (?:pas )?(?:pouvoir|pouvons|pourrons) (?:pas )?(?:retenir|poursuivre)\b|\bne (?:sommes|serons) pas en mesure de (?:vous proposer|poursuivre|retenir|donner suite)\b|\bpas (?:été )?sélectionnée?(?![\p{L}])|\bréponse (?:négative|défavorable)\b|\bno (?:continuar|seguir(?:emos)?|avanzar(?:emos)?) (?:adelante )?con tu (?:candidatura|postulación|proceso)\b|\b(?:hemos )?(?:optado|decidido) por (?:otr[oa]s? (?:candidat|perfil)|continuar con otr)|\btu perfil no (?:se ajusta|encaja|coincide)\b|\bsu perfil no (?:se ajusta|encaja|coincide)\b|\ben esta ocasión no\b|\bno (?:has|ha) (?:resultado seleccionad|sido elegid)|\boptamos por (?:seguir|prosseguir|continuar) com outr|\b(?:seu|teu) perfil não\b|\bnão (?:seguiremos|vamos seguir|prosseguiremos) com (?:a sua|sua|tua) candidatura\b|\bnão foi (?:possível|desta vez)\b.{0,80}?\b(?:candidatura|vaga|processo)|\bgekozen voor (?:een )?andere (?:kandida|sollicitant)|\bniet (?:uit)?nodigen\b|\bafwijzing\b|\bniet (?:door|verder) (?:in|met) (?:de|het) (?:procedure|proces|sollicitatie)|\bnon (?:proseguire|procedere) con (?:la tua|la sua) candidatura\b|\b(?:scelto|deciso di procedere con) (?:altri|un altro) (?:candidat|profil)|\bauswahl (?:ist )?(?:\S+ ){0,2}?(?:anders|nicht zu ihren gunsten) ausgefallen\b|\banders entschieden\b|(?<![\p{L}])(?:desværre|dessverre|tyvärr)(?![\p{L}]).{0,160}?(?<![\p{L}])(?:ikke|ikkje|inte)(?![\p{L}])|\bbeklager at (?:måtte|matte) meddele\b|\b(?:twoja|pana|pani|pańska) (?:kandydatura|aplikacja|rekrutacja)\b[^.!?\n]{0,80}?(?<!\bnie )została odrzucona/u;

const ONBOARD =
  /\baccept(?:ing|ed) (?:our|the|your|my) (?:job |formal |written )?offer\b|\bwelcome (?:to the team|aboard|on board)\b|\bnew hire orientation\b|\bpre-employment\b|\bonboarding (?:portal|documents|paperwork|process|steps|packet|forms)\b|\bbackground check\b.{0,300}?\b(?:onboarding|orientation)\b|\bwillkommen (?:im|an bord)\b|\bbienvenue (?:dans l'équipe|à bord)\b|\bbienvenid[oa] al equipo\b|\bbenvenut[oa] (?:nel team|a bordo)\b/u;

/**
 * Bad news in one sentence: a regret word (lexicon REGRET_WORDS) and, in the same sentence, a negation or an ending
 * ("Unfortunately we will not…", "Leider wurde das Gespräch abgesagt"). A regret alone may be about a wrong link.
 */
const REGRET = new RegExp(
  `\\b(?:${REGRET_WORDS.join('|')})(?![\\p{L}])[^.!?\\n]{0,160}?\\b(?:not|no longer|cannot|can't|won't|unable|cancel\\p{L}*|ends?|ended|closed|filled|nicht|kein\\p{L}*|abgesagt|pas|plus|ne|no|non|niet|geen|nie|não|nenhum\\p{L}*|ikke|inte|ikkje|annul\\p{L}*)(?![\\p{L}])`,
  'u',
);

/** The reader has accepted an offer: what follows is onboarding, whatever else the mail says. */
const ACCEPTED = /\baccept(?:ing|ed) (?:our|the|your|my) (?:job |formal |written )?offer\b|\bsigned (?:offer|contract)\b|\bfirst day\b/u;

/** A referee asked about someone else's work: the reader is not the candidate. */
const REFERENCE =
  /\breference requests?\b|\b(?:listed|named|gave|given|put) you (?:down )?as (?:a |their |his |her |one of (?:their|his|her) )?(?:references?|referees?)\b|\bas (?:their|his|her|one of (?:their|his|her)) (?:references?|referees?)\b|\b(?:ajouté|désigné|indiqué)e? comme référente?(?![\p{L}])|\bdemande de référence(?![\p{L}])|\breferenzauskunft\b|\bals referenz (?:angegeben|genannt)\b|\b(?:indicad[oa]|puest[oa]|nombrad[oa]|incluid[oa])(?: a usted| a ti)? como referencia\b|\b(?:indicou|indicado|indicada)(?: você)? como referência(?![\p{L}])|\bals referentie (?:opgegeven|genoemd)\b|\b(?:indicat[oa]|nominat[oa]) come referente\b/u;

/** The reader already declined the offer: the mail only takes note of it. */
const DECLINED =
  /\b(?:you(?: have|'ve)? declined|your decision to decline) (?:our|the|this) offer\b|\b(?:sie|du) (?:\S+ ){0,8}?(?:angebot|stelle) (?:\S+ ){0,6}?abgelehnt (?:haben|hast)\b|\bvous avez décliné(?![\p{L}])|\bhas rechazado (?:nuestra|la) oferta\b|\bvocê recusou\b|\bje (?:hebt )?(?:ons )?aanbod (?:hebt )?afgewezen\b/u;

/** A subject that announces the offer's withdrawal ("Withdrawal of Offer Letter for …", "Offer rescinded"). */
const WITHDRAWN_SUBJECT = /^(?:re: )?(?:withdrawal|rescission|revocation) of (?:the |your |our )?(?:job |employment )?offer\b|\boffer (?:withdrawn|rescinded|revoked)\b/u;

const HOLD =
  /\b(?:put|placed|is|been|now) on hold\b|\b(?:position|role|requisition|opening|search|vacancy) (?:has been|was|is) (?:closed|cancel+ed|withdrawn|paused|frozen)\b|\b(?:hiring|headcount) freeze\b|\b(?:position|role|job|opening|vacancy) (?:is )?no longer (?:available|open)\b|\bno longer (?:hiring|recruiting) for\b|\b(?:i|we) (?:need|have|had) to cancel\b|\b(?:i'm|i am|we're|we are) (?:sorry|afraid)\b.{0,80}?\bcancel|\binterview (?:has been|was) cancel+ed\b|\b(?:stelle|position) (?:ist|wurde) (?:bereits )?(?:besetzt|gestrichen)\b|\bposte (?:a été|est) pourvu\b|\bvacante (?:ha sido|fue) cubierta\b|\bqueda aplazada\b|\ben attente\b|\best gelée?\b|\bon hold\b|\b(?:search|position|role|requisition|recruitment|hiring|process|vacancy|opening)s? (?:is |are |has been |have been |was |were )?(?:put |placed )?on (?:a )?(?:temporary |brief |short )hold\b|\bin de wacht\b|\bin sospeso\b|\binterview (?:\S+ ){1,8}(?:has been|was|is) cancel+ed\b|\bmüssen wir (?:\S+ ){0,6}?(?:interview|gespräch|termin) (?:\S+ ){0,6}?absagen\b|\b(?:interview|gespräch|termin) (?:\S+ ){0,6}?(?:wurde|ist) (?:leider )?abgesagt\b|\binterview abgesagt\b|\bentretien (?:\S+ ){0,6}?(?:a été|est) annulé(?![\p{L}])|\bentrevista (?:\S+ ){0,6}?(?:ha sido|fue|queda) cancelada\b/u;
// A new date means the interview goes on; a promise to talk about one ("will reach out to discuss rescheduling") does not.
const RESCHEDULE = /(?<!(?:discuss(?:ing)?|about|regarding|on) (?:the |a )?(?:possible |possibly )?)\breschedul|\bnew (?:time|date|slot)\b|\bverschieben\b|\bverlegen\b|\breprogramar\b|\breporter\b|\bspostare\b/u;
/**
 * Rescheduling left to the reader ("please contact HR to reschedule", "if you wish to reschedule"): the employer
 * cancelled and sets no new date, so the interview does not go on.
 */
const READER_RESCHEDULES = /\b(?:contact|reach out to|get in touch with|write to)\b[^.\n]{0,60}?\bto reschedul\w*|\bif you(?: would like| wish| want|'d like) to reschedul\w*/gu;

/** An offer made to the reader ("Bewerbung … angenommen" not across a "nicht" or "kein": "kann nicht angenommen werden" refuses). */
const OFFER =
  /\b(?:formal|written|verbal|official|employment|conditional|final|signed) offer\b|\boffer (?:letter|of employment|package|details|paperwork|documents|expires)\b|\b(?:sent|send|extend(?:ed|ing)?|make|made|making|present|attached|attach|prepared|review|sign) (?:you )?(?:an|the|our|a|their|your) (?:formal |written |official )?offer\b|\b(?:pleased|happy|delighted|excited|thrilled) to (?:offer you|extend (?:you )?(?:an|the|this) offer)\b|\b(?:would like|want) to offer you (?:the|a|an)\b|\boffer you (?:the|a|an) (?:position|role|job|place)\b|\bconfirm your acceptance of (?:this|the|our) offer\b|\byou have been selected (?:to (?:join|undergo|fill)|for the (?:position|role|internship|placement|post))\b|\bcome back with (?:an|a) (?:formal )?offer\b|\bein angebot (?:für|zu|über)\b|\bformelles angebot\b|\b(?:ihnen|dir) (?:\S+ ){1,6}?anbieten (?:möchten|können|wollen|dürfen)\b|\bangebot (?:für die|als|unterbreiten)\b|\bihr stellenangebot\b|\bvertragsangebot\b|\barbeitsvertrag\b|\bproposition d'embauche\b|\bpromesse d'embauche\b|\boffre d'embauche\b|\bofferta di assunzione\b|\bproposta di assunzione\b|\b(?:la|nuestra|tu|su) oferta (?:laboral|de trabajo|de empleo|formal)\b|\boferta formal\b|\bofrecer(?:le|te) (?:el|la) (?:puesto|posición|cargo|plaza)\b|\bcarta (?:oferta|de oferta)\b|\barbeidsovereenkomst\b|\bcontractvoorstel\b|\bproposta (?:de (?:emprego|trabalho|contratação)|formal)\b|\b(?:ons|het|dit|je|jouw) aanbod\b|\bcandidature a été acceptée\b|\bplaisir de vous accueillir au poste\b|\b(?:preparing|finali[sz]ing|(?:move|moving) forward with|proceed(?:ing)? with) (?:you )?(?:an|the|a|your) (?:formal |written |official |job )?offer\b|\bemployment contract\b|\bcontract signing\b|\bsign (?:your|the) (?:employment )?contract\b|\bvertragsunterlagen\b|\bfoi aprovad[oa]\b(?! n[ao] (?:etapa|fase)| nesta (?:etapa|fase)| para a (?:próxima|segunda))|\bcontrato (?:será enviado|de trabalho)\b|\b(?<!\b(?:if|once|should|when) you (?:have )?)(?:got|been|were) selected for (?:this|the|a) (?:\S+ )?(?:position|role|post|internship|job)\b|\b(?:joining|appointment) letter\b|\bde vous (?:faire|adresser) (?:cette|notre) (?:offre|proposition)(?![\p{L}])|\bnous (?:avons le plaisir|sommes heureux|sommes ravis) de vous proposer le poste\b|\bvous avez été sélectionnée? comme(?![\p{L}])|\bformaliz\w* (?:a |nossa )?proposta\b|\baanbod doen\b|\bbewerbung (?:(?!nicht |kein\p{L}* )\S+ ){0,3}?angenommen\b|\b(?:du|sie) (?:für die (?:position|stelle)|als) (?:\S+ ){0,10}?angenommen (?:wurdest|wurden)\b|\b(?:would|'d|we) (?:like|love|want) to hire you\b|\b(?:decided|happy|pleased|delighted) to hire you\b/u;
/** An offer the reader has from another employer ("du har fått ett jobberbjudande på annat håll"): none made here. */
const OFFER_ELSEWHERE =
  /\b(?:erbjudande|jobberbjudande|anställningserbjudande) (?:\S+ ){0,3}?(?:på annat håll|från en annan arbetsgivare|hos en annan arbetsgivare|från ett annat företag)\b|\boffer elsewhere\b|\b(?:an|another|the) offer (?:from|with) (?:another|a different) (?:company|employer)\b/u;
/** The post given to someone else, the reader not chosen: a refusal, unless the mail offers the post to the reader after all. */
const OTHER_CHOSEN =
  /\b(?:position|role|post|job|offer|vacancy) (?:\S+ ){0,6}?(?:offered (?:to|and accepted by)|accepted by|filled by) (?:an|another|other|a different) (?:candidate|applicant)s?\b|\b(?:you|your) (?:\S+ ){0,3}?not being (?:selected|successful)\b|\b(?:regarding|about) (?:your )?not being (?:selected|successful)\b/u;
/** The reader put forward to an employer ("you have been submitted to X"): a status update, unless a step is proposed. */
const SUBMITTED_TO = /\b(?:you|your (?:profile|cv|resume|candidacy)) (?:have|has) (?:now )?been (?:submitted|presented|put forward) (?:to|for) (?!(?:an?|the|our) (?:\S+ )?(?:interview|call|assessment|test|meeting|chat)\b)/u;
/** An offer made to the reader, not one promised to whoever is chosen ("extend an offer to the successful candidate"). */
const OFFER_TO_READER = /\boffer you\b|\byour (?:job |formal |written |official )?offer\b|\b(?:an|the|a|our) (?:job |formal |written |official )?offer (?:for|to) you\b/u;

const OFFER_SUBJECT =
  /^offer\b|^zusage\b|\boffer (?:letter|from|for|of employment|details)\b|\byour (?:job )?offer\b|\bstellenangebot als\b|\bvertragsangebot\b|\boferta laboral\b|\boffre d'embauche\b|\bproposta di assunzione\b|\bproposta de (?:emprego|trabalho)\b|\barbeidsovereenkomst\b|^aanbod\b/u;

const INTERVIEW_STRONG =
  /\binvit(?:e|ing|ation) (?:you )?(?:to|for) (?:a |an |the |your )?(?:\S+ ){0,4}?(?:interview|assessment)\b|\b(?:selected|invited|asked) to (?:complete|take|sit) (?:the|an?|our) (?:\S+ ){0,5}?(?:assessment|test)\b|\b(?:complete|answer|attempt|take) (?:a minimum of |at least |your |the following |these |our )(?!skill)(?:\S+ ){0,2}?assessments\b|\bwritten interview\b|\b(?:assignment|exercise|task)(?:,? (?:that|which))? (?:is )?(?:a |an )?(?:as )?part of (?:our|the) (?:interview|hiring|recruitment|selection) process\b|\binterview (?:is|has been|was) (?:scheduled|confirmed|booked|moved|rescheduled)\b|\byour (?:\S+ )?interview\b|\bschedul(?:e|ing) (?:a|an|the|your) (?:\S+ ){0,2}?interview\b|\binterview (?:invitation|invite|schedule|slot|slots|confirmation|details|loop|panel)\b|\bnext (?:steps?|round) (?:in|of) (?:the|our) (?:interview|hiring|recruitment|recruiting) process\b|\b(?:first|second|third|final|next|technical|phone|video|onsite|on-site|panel) (?:round|interview)\b|\bphone screen(?:ing)?\b|\bscreening (?:call|interview)\b|\b(?:technical|coding|online) (?:test|assessment|challenge|exercise)\b|\bassessment (?:centre|center)\b|\btake-home\b|\bhackerrank\b|\bcodility\b|\bcoderpad\b|\bvorstellungsgespräch|\bbewerbungsgespräch|\bkennenlerngespräch|\bentretien\b|\bentrevista\b|\bcolloquio\b|\bcitación\b|\b(?:event|call|meeting|chat|screen|appointment) (?:has been|is|was) (?:scheduled|confirmed|booked)\b|\bsollicitatiegesprek|\bkennismakingsgesprek|\buitnodig(?:en|ing)\b.{0,60}?\bgesprek\b|\bnodig\w* (?:\S+ ){0,3}uit voor (?:\S+ ){0,3}\S*gesprek|\bvervolggesprek|\blade\w* (?:\S+ ){0,8}?(?:kennenlernen|gespräch|interview)\b|\bconvid\w* (?:\S+ ){0,3}?(?:para|a) (?:\S+ ){0,3}?(?:fase|etapa|entrevista)\b|\b(?:próxima|siguiente|segunda|terceira|tercera|nova|nueva) (?:fase|etapa) (?:do|del) (?:nosso |nuestro )?processo?\b|\b(?:prochaine|deuxième|nouvelle) étape (?:du|de notre) (?:processus|recrutement)\b|\beinladung (?:zu|zum) (?:\S+ ){0,2}(?:interview|gespräch|kennenlernen)|\bvereinbarten termin\b|\bmeeloopdag\b|\bproefdag\b|\bprobearbeit\w*|\bschnuppertag\b|\bjournée d'(?:essai|immersion)\b|\bjornada de prueba\b|\bdia de experiência\b|\bjob(?:b)?samtale\b|\b(?:jobb|anställnings)intervju\w*|\bintervju(?:et|en|er)? (?:med|hos|på|for|för|den|i)(?![\p{L}])|\b(?:invitere|invitera|inviterer|bjuda in|bjude inn|indbyde|inbjudan|invitasjon|invitation) (?:\S+ ){0,5}?(?:intervju|samtal|samtale)|\b(?:träffa dig|møte deg|møde dig) (?:\S+ ){0,3}?(?:intervju|samtal|samtale)/u;
const BEFORE_INTERVIEW =
  /\bbefore (?:we |i )?(?:can )?(?:schedul\w*|set(?:ting)? up|arrang\w*|book\w*|mov\w* (?:forward|ahead) (?:to|with))? ?(?:an?|the|any|your) (?:\S+ )?interview\w*/gu;
/** Interview steps no other kind of mail talks about. */
const HIRING_TEST =
  /\bvorstellungsgespräch|\bbewerbungsgespräch|\bkennenlerngespräch|\bsollicitatiegesprek|\b(?:online|technical|coding) (?:test|assessment|challenge)\b|\bphone screen|\bhackerrank\b|\bcodility\b|\bcoderpad\b|\btake-home\b|\bassessment (?:centre|center)\b|\bnext step\b/u;
/**
 * An interview on a condition: "whether … an interview", or a sentence's "if" clause with the interview or the next
 * stage in its main clause ("If your experience is a fit, you will be contacted for an interview", "If your application
 * is shortlisted, we will be in touch to arrange the next stage"). Taken out before reading interviews.
 */
const CONDITIONAL_INTERVIEW =
  /\b(?:if|whether|should|of(?= (?:je|jij|u|we|wij|er|het|hij|zij|ze) )|ob|si|se) (?:\S+ ){0,5}?(?:interview|\S*gesprek|\S*gespräch|entretien|entrevista|colloquio)\w*(?: \S+){0,3}|\b(?:if|should|falls|sofern|si|se|indien|jeśli|jeżeli) [^.!?\n]{8,200}?, (?:you|we|someone|a member|our|wir|sie|nous|vous|on|nos|le|lo|la|wij|u|ty|pan|pani)\b[^.!?\n]{0,30}?(?:will|'ll|shall|may|werden|wird|melden|contacter\p{L}*|recontacter\p{L}*|contactar\p{L}*|contattar\p{L}*|entraremos|nemen|nodigen)\b[^.!?\n]{0,120}?(?:interview|\S*gesprek|\S*gespräch|entretien|entrevista|colloquio|rozmow|next (?:stage|step|round))\S*|\bif your (?:\S+ )?(?:experience|background|profile|skills|skill set|qualifications|application|cv|resume) (?:\S+ ){0,4}?(?:match|matches|fit|fits|aligns?|meets?)\b[^.!?\n]{0,200}?(?:interview|next (?:stage|step|round))\S*|(?<![\p{L}])(?:en cas d'intérêt|bei (?:gegenseitigem )?interesse|en caso de interés|caso haja interesse|in caso di interesse),?(?: \S+){0,2}? (?:nous|wir|nos|nós|entraremos|contactaremos|ci)(?![\p{L}])[^.!?\n]{0,150}?(?:entretien|gespräch|entrevista|colloquio)\S*|(?<![\p{L}])(?:bei positiver (?:vorauswahl|bewertung|rückmeldung)|caso (?:aprovad[oa]|selecionad[oa])|if (?:successful|shortlisted|selected))(?![\p{L}])[^.!?\n]{0,150}?(?:gespräch|entrevista|interview|entretien)\S*/gu;
/**
 * A promise to write later about the next step ("our team will … contact you regarding the next stage", "you will
 * be invited to an interview with a manager", "vous serez prochainement invité(e)", "você recebe o convite em até 2
 * dias") asks nothing of the reader yet: its sentence is left out where the mail is read for a request. One table for
 * every language read.
 */
const PROMISED_STEP = new RegExp(
  [
    "\\b(?:we|i|our (?:\\S+ )?team|the (?:\\S+ )?team|they|someone|a recruiter)(?: will| shall|['’]ll) (?:\\S+ ){0,8}?(?:contact|get back to|be in touch with|reach out to|update|inform|notify) you (?:shortly |soon |promptly |again |directly |by email |via email )?(?:regarding|about|concerning|on|with|as to|of) (?:the |any |possible |potential )?next (?:stage|steps?|round)\\b",
    "\\byou(?: will|'ll) (?:soon |shortly |then )?(?:be invited|receive (?:an?|the|your) (?:\\S+ )?invitation)\\b",
    "\\b(?:the )?next steps?(?: and (?:\\S+ ){1,3})? will be (?:shared|sent|communicated) (?:with|to) you\\b",
    "\\bvous serez (?:prochainement |bientôt |ensuite )?(?:invitée?|invité\\(e\\)|convoquée?|convoqué\\(e\\))",
    "\\bvous recevrez (?:prochainement |bientôt )?(?:une|l'|votre) (?:\\S+ )?(?:invitation|convocation)",
    "\\b(?:sie|du) (?:erhalten|erhältst) (?:in kürze |demnächst |zeitnah |bald )?(?:eine|die|ihre|deine) (?:\\S+ )?einladung",
    "\\b(?:recibirás|recibirá) (?:pronto |en breve |próximamente )?(?:una|la) (?:\\S+ )?(?:invitación|convocatoria)",
    "\\b(?:você|voce) (?:receberá|recebera|recebe|vai receber) (?:o|um) (?:\\S+ )?convite",
    "\\bem breve entraremos em contato\\b",
  ].map((p) => `${p}[^.!?:;\\n]*`).join('|'),
  'gu',
);
/**
 * The reader has passed a step ("you have advanced to the next stage", "você avançou para a próxima etapa",
 * "votre entretien RH … est concluant", "seu perfil foi aprovado na etapa"): news of progress, not yet an invitation.
 */
const PROGRESS = new RegExp(
  [
    "\\b(?:you have|you've) (?:advanced|progressed|moved forward|moved on|passed) (?:to|into|through) the next (?:stage|step|round)\\b",
    "\\b(?:você|voce) (?:avançou|passou) para a (?:próxima|proxima) etapa\\b",
    "\\bfoi aprovad[oa](?:\\([oa]\\))? na etapa\\b",
    "\\best concluante?\\b",
    "\\b(?:has pasado|pasaste|avanzaste|has avanzado) a la (?:siguiente|próxima) (?:fase|etapa)\\b",
    "\\b(?:sie haben|du hast) (?:die )?(?:erste|nächste) (?:runde|stufe|hürde) (?:erfolgreich )?(?:bestanden|gemeistert|genommen)\\b",
  ].join('|'),
  'gu',
);

/** Where the sentence holding position `at` starts: just after the last . ! ? or line break before it. */
function sentenceStart(text: string, at: number): number {
  return Math.max(text.lastIndexOf('.', at), text.lastIndexOf('!', at), text.lastIndexOf('?', at), text.lastIndexOf('\n', at)) + 1;
}

/** The text without each sentence in which the pattern (global) matches; a sentence ends at . ! ? or a line break. */
function withoutSentences(text: string, re: RegExp): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(re)) {
    if (m.index < from) continue;
    const start = Math.max(from, sentenceStart(text, m.index));
    let end = m.index + m[0].length;
    while (end < text.length && !/[.!?\n]/.test(text.charAt(end))) end++;
    out += `${text.slice(from, start)} `;
    from = end;
  }
  return out + text.slice(from);
}
const INTERVIEW_SUBJECT = /\binterview|\bgesprek\b|\bvervolggesprek|\beinladung\b|\buitnodiging\b|\bvorstellungsgespräch|\bentretien|\bentrevista|\bcolloquio|\bsollicitatiegesprek|\bscreening\b|\bassessment\b|\bintervju|\binbjudan\b|\bzaproszenie\b/u;
const SCHEDULING =
  /\b(?:availability|available|schedule|scheduled|calendar invite|time slots?|zoom|google meet|microsoft teams|teams meeting|book a time|monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes)\b|\b\d{1,2}[:.]\d{2}\b/u;
/** Softer scheduling talk: it means an interview only after the reader applied ("an initial call next week"). */
const SCHEDULING_SOFT = /\b(?:calendly|my calendar|next week|this week|find (?:a )?time|(?:15|20|30|45|60) min(?:ute)?s?)\b/u;
const MEETING = /\b(?:chat|call|talk|meet|meeting|conversation|speak|gespräch|telefonat|appel|échange|llamada|charla|reunión|chiacchierata)\b/u;
const APPLIED =
  /\b(?:thanks?(?: you)? for (?:applying|your application)|your (?:recent |submitted |online |job |initial |earlier |previous |internship )?application|you applied|applied for|after reviewing your (?:application|resume|cv)|ihre bewerbung|deine bewerbung|votre candidature|ta candidature|tu (?:postulación|aplicación|solicitud|candidatura)|su (?:postulación|solicitud|candidatura)|la tua candidatura|je sollicitatie|uw sollicitatie|sua candidatura|(?:je|uw) aanmelding|(?:ihrer|deiner) bewerbung|(?:sich|haben) (?:\S+ ){0,3}?beworben|(?:réception|reçu) (?:de |votre )*candidature|postulaste|(?:recebemos|enviar|enviou) (?:o )?seu (?:cv|currículo)|sua inscrição|(?:nosso|do) processo seletivo|candidatura (?:per|para|pour)|la sua candidatura|aplikacj\p{L}* na (?:stanowisko|ofert\p{L}*)|(?:twoja|pana|pani) (?:aplikacja|kandydatura)|(?:din|deres) (?:ansøgning|søknad|ansökan)|søknaden (?:din|deres))\b|(?<![\p{L}])(?:ваш(?:е|у)? (?:отклик|резюме|кандидатур\p{L}*)|ваш відгук на (?:вакансі|посад)\p{L}*|вашу кандидатуру)(?![\p{L}])|(?<![\p{L}])(?:candidatura dumneavoastră|candidatura dumneavoastra|lamaran anda|(?:bạn|anh|chị|em) đã ứng tuyển|(?:đơn|hồ sơ) ứng tuyển của (?:bạn|anh|chị|em)|hakemuksesi|hakemuksestasi|hakemuksenne|hakemuksestanne)(?![\p{L}])/u;
/** The reader's application named in the subject; not "Application" as a field of work ("Application Development Manager"). */
const APPLIED_SUBJECT = new RegExp(
  String.raw`\bapplication\b(?! ${APPLICATION_FIELD})|\bbewerbung\b|\bsollicitatie\b|\bcandidature\b|\bpostulación\b|\bcandidatura\b|\bsolicitud de (?:empleo|trabajo)\b|\b(?:su|tu) solicitud (?:para|al|a la) (?:el )?(?:puesto|cargo|empleo|vacante|posición)\b`,
  'u',
);

const ACK =
  /\breceived your (?:application|cv|resume|candidacy)\b|\bwithdraw(?:al of)? (?:your|my) application\b|\bconfirming your withdrawal\b|\bapplication (?:has been |was )?(?:received|submitted)\b|\bthank you for (?:your application|applying|submitting your application|taking the time to apply)\b|\bthanks for (?:your application|applying)\b|\bwir haben ihre bewerbung (?:erhalten|bekommen)\b|\beingangsbestätigung\b|\bnous avons bien reçu votre candidature\b|\bhemos recibido tu (?:solicitud|postulación|aplicación|candidatura)\b|\babbiamo ricevuto la tua candidatura\b|\baver ricevuto la tua candidatura\b|\bbewerbung (?:\S+ ){0,12}?erhalten\b|\brecebemos (?:a |o )?(?:sua|seu|tua|teu) (?:candidatura|currículo|inscrição)\b|\binscrição confirmada\b|\bbedankt voor je sollicitatie\b|\bin goede orde ontvangen\b|\bcandidatura ricevuta\b/u;

// Outreach needs one clear sign ("opportunity", "your profile") or two weaker ones ("hiring" and "role").
const JOB_TALK_STRONG =
  /\b(?:opportunit|position\b|positions\b|vacanc|recruit|headhunt|your (?:profile|background|experience|resume|résumé|cv|skills)|resume\b|résumé|\bcv\b|stelle\b|stellenangebot|poste\b|puesto|vacante|oportunidad|opportunità|posizione|candidatura|bewerbung|profil\b|perfil\b|vacature|\bvaga\b|functie\b)/u;
/** Job-alert wording (as opposed to a general newsletter). */
const JOB_ALERT = /\bjob alerts?\b|\bjobs? (?:you may|you might|that may|for you|matching|that match)\b|\bnew jobs?\b|\brecommended jobs\b|\bjobagent\b|\bstellenangebote\b|\boffres d'emploi\b|\bofertas de (?:empleo|trabajo)\b/u;
const JOB_TALK = /\b(?:role|roles|job|jobs|hiring|candidate|career|opening|salary|compensation|relocation|emploi|empleo|lavoro)\b/gu;

interface KindInput {
  /** Cleaned subject, lower case. */
  subject: string;
  /** The message text (own lines and any forwarded message), lower case. */
  text: string;
  /** The sender's mailbox local part, lower case. */
  localPart: string;
  /** A job title was found (confidently). */
  hasRole: boolean;
  /** The subject carried `[tags]` (mailing lists tag every subject; recruiters rarely do). */
  tagged?: boolean;
  /** The sender writes from a free-mail address. */
  publicSender?: boolean;
  /** The sender's domain, lower case ("acme-careers.com"). */
  senderDomain?: string;
}

/** An invitation to apply, unless to a card, a scholarship, a prize or a course ("te invita a postular a la Beca"). */
const INVITED_TO_APPLY =
  /(?:\b(?:te|le) invita a postular|(?<![\p{L}])vous invite à postuler|\bconvida (?:você |te )?a (?:se )?candidatar|\binvites? you to apply\b|\bnodigt (?:je|u) uit om te solliciteren|\bti invita a candidarti)(?![^.\n]{0,40}(?<![\p{L}])(?:cards?|beca|becas|bolsa|bolsas|scholarships?|prizes?|prix|premio|prémio|fellowships?|concurso|webinar|curso|courses?)(?![\p{L}]))/u;

/** The sender's own workplace, in the languages the rules read ("in my company", "na empresa onde trabalho"). */
const MY_COMPANY = String.raw`(?:in|at) my (?:company|firm|workplace)|(?:company|firm) (?:where|that) i work|dans (?:mon entreprise|ma société|l'entreprise où je travaille|la société où je travaille)|(?:en|de) mi empresa|empresa (?:donde|en la que) trabajo|(?:na|da) minha empresa|empresa (?:onde|em que) trabalho|nella mia azienda|azienda (?:dove|in cui) lavoro|in meinem unternehmen|(?:in|bei) meiner firma|(?:in|bij) mijn bedrijf|bedrijf waar ik werk`;
/**
 * A job on offer in the same languages, in words no workplace chatter uses ("job opening", "offre d'emploi", "vagas de
 * emprego", "Stellenangebot"; not "job", "role", "postes" or "Stellen" alone).
 */
const JOB_NOUN = String.raw`job (?:openings?|offers?|opportunit(?:y|ies)|vacanc(?:y|ies))|open (?:positions|roles)|offres? d'emploi|ofertas? de (?:empleo|trabajo|emprego)|vagas? de emprego|offert[ae] di lavoro|stellenangebote?|offene stellen|vacatures?`;
/** Words every MY_COMPANY phrase holds: REFERRAL is tried only where one of them is. */
const REFERRAL_KEYS = ['my company', 'my firm', 'my workplace', 'i work', 'mon ', 'ma soci', 'je travaille', 'mi empresa', 'trabajo', 'minha', 'trabalho', 'mia azienda', 'lavoro', 'meine', 'mijn', 'ik werk'];
/** A friend's referral: a job and the sender's own workplace in one sentence. */
const REFERRAL = new RegExp(String.raw`(?<![\p{L}])(?:(?:${JOB_NOUN})(?![\p{L}-])[^.!?\n]{0,80}?(?<![\p{L}])(?:${MY_COMPANY})|(?:${MY_COMPANY})(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:${JOB_NOUN}))(?![\p{L}-])`, 'u');

/**
 * Evidence that a message speaks to the reader about a job: cues and weights, in one table for every language read.
 * A message is outreach from OUTREACH_AT; interview wording counts as an interview only with some of this evidence.
 */
const JOB_EVIDENCE: readonly [{ test(text: string): boolean }, number][] = [
  // Someone read the reader's profile.
  [/\b(?:came across|found|saw|viewed|reviewed|read|impressed (?:by|with)|looked at) your (?:\S+ )?(?:profile|background|resume|résumé|cv|experience|work|portfolio|github)\b/u, 2],
  [/\byour (?:profile|background|resume|résumé|cv|skill ?set|skills|experience)\b|\b(?:ihr|dein) (?:profil|werdegang|lebenslauf)\b|\b(?:votre|ton) (?:profil|parcours|cv)\b|\b(?:tu|su) (?:perfil|trayectoria|cv)\b|\b(?:il tuo|suo) (?:profilo|cv)\b|\b(?:je|uw) (?:profiel|cv)\b|\b(?:o seu|seu|teu) (?:perfil|currículo)\b|\b(?:twój|twoje|pana|pani) (?:profil|cv|doświadczenie)\b/u, 1.5],
  // Asked whether the reader is open to something.
  [/\b(?:would|might|could) you be (?:interested|open)\b|\bare you (?:open|interested|looking|considering|available)\b|\binterested in (?:exploring|discussing|learning|hearing|talking|a (?:new |potential )?(?:role|position|opportunity|job|challenge))|\bopen to (?:new |a )?(?:opportunit|role|position|conversation|chat|offers)|\bhätten sie interesse\b|(?<![\p{L}])seriez-vous intéressée?(?![\p{L}])|\b(?:te|le) interesaría\b|\bsaresti interessat|\bzou je interesse\b|\bteria interesse\b|\botwart\p{L}* na zmian\p{L}*/u, 2],
  // The same question in more words and languages, and working with the sender: either is not enough alone (a shop
  // asks "sei interessato ai nuovi sconti?"), with a second cue it is.
  [/\bwären sie (?:offen|interessiert)\b|(?<![\p{L}])(?:êtes-vous|vous seriez) intéressée?(?![\p{L}])|\b(?:te|le) interesaria\b|\b(?:estás|está|estarías|estaría) interesad[oa]\b|\b(?:sei|sarebbe) interessat|\b(?:heb je|heeft u) interesse\b|\bsta je open\b|\b(?:tem|terias|tens) interesse\b|\b(?:está|estaria) interessad[oa]\b|\bbył(?:by|aby|byś|abyś) (?:pan |pani )?(?:zainteresowan|otwart)\p{L}*|\b(?:jest pan|jest pani|jesteś) (?:zainteresowan|otwart)\p{L}*/u, 1],
  [/\b(?:trabajar|colaborar) con nosotros\b|\btravailler (?:avec|chez) nous\b|\blavorare con noi\b|\btrabalhar (?:conosco|connosco)\b|\bbei uns (?:zu )?arbeiten\b|\bwerken bij ons\b|\bpracować (?:z nami|u nas)(?![\p{L}])/u, 1],
  // The sender hires or recruits.
  [/\b(?:we are|we're|i am|i'm|currently|actively|company is|team is|they are|they're) (?:\S+ )?(?:hiring|recruiting|looking for an?|seeking an?|searching for an?)\b|\bwir suchen\b|\bsuchen wir\b|\bich suche\b|\bnous recherchons\b|\bje (?:recherche|cherche)\b|\bestamos (?:buscando|contratando|procurando)\b|\bestoy buscando\b|\bbuscamos\b|\bprocuramos\b|\bestou (?:à procura|procurando)\b|\bstiamo cercando\b|\bsto cercando\b|\bcerchiamo\b|\bwe zijn op zoek\b|\bik ben op zoek\b|\bzoeken (?:wij|we)\b|\b(?:szukamy|poszukujemy|poszukuj[eę]|szukam|rekrutujemy|zatrudnimy)(?![\p{L}])|\bpropozycj\p{L}* (?:pracy|zatrudnienia)/u, 1.5],
  [/\b(?:i'm|i am|as) an? (?:\S+ )?(?:recruiter|sourcer|headhunter|talent (?:partner|acquisition|scout))\b|\b(?:on behalf of|working with|partnering with|recruiting for) (?:my|our|an?) (?:\S+ )?client\b|\bmy client\b|\bmein(?:em)? kunden?\b|\bnotre client\b|\bnuestro cliente\b|\bil mio cliente\b|\bmijn klant\b|\bjestem (?:\S+ )?rekruter\p{L}*|\b(?:mój|nasz|naszego|mojego|dla) klient\p{L}*|\bprojekt\p{L}* rekrutacyjn\p{L}*/u, 2],
  // An opportunity or role put to the reader.
  [/\b(?:i|we)(?: have| have got|'ve got| currently have) an? (?:\S+ ){0,3}?(?:role|position|opening|opportunity|vacancy) (?:open|available|for (?:a|an))\b/u, 2],
  [/\byou(?:'d| would) be (?:great|perfect) at\b|\b(?:an?|this|the|our|new|exciting|great) (?:\S+ ){0,3}?(?:role|position|opportunity|opening|vacancy|job) (?:at|with|for|in|on|that|which|i|we|you|might|may|could|would)\b|\b(?:the|potential|open|current|exciting|new) (?:\S+ ){0,2}?(?:opportunities|positions|openings|vacancies) (?:at|with)\b|\b(?:eine|die|diese) (?:\S+ )?(?:stelle|position|herausforderung|vakanz)\b|\b(?:une|cette|le|ce) (?:\S+ )?(?:opportunité|poste|mission)\b|\b(?:una|esta|el|la|este) (?:\S+ )?(?:oportunidad|vacante|posición|puesto)\b|\b(?:un'|questa |la )(?:\S+ )?(?:opportunità|posizione)\b|\b(?:een|deze) (?:\S+ )?(?:vacature|functie|kans)\b|\b(?:uma|esta|a) (?:\S+ )?(?:oportunidade|vaga|posição)\b/u, 1],
  [/\b(?:an?|new|this|the) (?:\S+ )?(?:opportunit\w*|role|position|search) (?:i'm|i am|we're|we are|i've been|we've been) (?:working on|recruiting for|hiring for|filling|handling)\b|\bconsider (?:a|an|this|the|my|our) (?:new |different )?(?:opportunit|role|position|move|career)|\b(?:our|my) client\b|\b(?:i'm|i am|we're|we are) (?:working|partnering|recruiting) (?:with|for) an? |\bsociet[àa] finale\b|\bcliente final\b|\bclient final\b/u, 2],
  [/\b(?:your|the|il|tuo|suo|ihr|ihren|votre|tu|su|je|uw|seu|o) (?:updated |latest )?(?:cv|resume|résumé|lebenslauf|curriculum)\b|\b(?:what|things) (?:we're|we are|i'm|i am) (?:working on|doing|building)\b|\b(?:opportunità|opportunité|oportunidad|oportunidade|gelegenheit|kans)\b/u, 1],
  [/\b(?:ihr|dein|euer|für das|für ihr|für dein) interesse\b|\binteresse an\b|\bintérêt pour\b|\binterés (?:en|por)\b|\binteresse (?:per|em|in)\b|\bje interesse\b/u, 1],
  [/\bnotice period\b|\bkündigungsfrist\b|\bpréavis\b|\bpreaviso\b|\bopzegtermijn\b|\breschedul|\bverschieben\b|\breprogramar\b|\bspostare\b/u, 1],
  [/\b(?:know|refer|recommend) (?:anyone|someone|somebody)\b|\b(?:a|quick|short|brief|\d{2}[- ]min(?:ute)?) (?:call|chat)\b|\b(?:connect|chat|talk|call) (?:for )?(?:\d{1,2}|ten|fifteen|twenty) ?min(?:ute)?s?\b|\b(?:\d{1,2}|ten|fifteen|twenty|a few) min(?:ute)?s? to (?:talk|chat|connect|speak)\b|\blet's (?:chat|talk|connect)\b|\buna (?:breve |rápida |corta )?llamada (?:de \d{1,2}|rápida|breve|corta)\b|\bun (?:court |bref |petit )?(?:appel|échange) (?:de \d{1,2}|rapide)\b|\bein (?:kurzes )?(?:telefonat|gespräch) (?:von \d{1,2}|\d{1,2})\b|\bkurzes (?:telefonat|gespräch)\b|\buna (?:breve |rapida )?chiamata (?:di \d{1,2}|veloce|breve)\b|\been (?:kort |korte )?(?:gesprek|belletje|call) van \d{1,2}\b|\buma (?:breve |rápida )?(?:chamada|conversa) (?:de \d{1,2}|rápida)\b|\bkrótk\p{L}* rozmow|\bcareer (?:move|opportunit|step)\b|\bcompensation|\bsalary\b|\bbase pay\b|\bequity\b|\brelocation\b|\bgehalt\b|\bsalaire\b|\bsalario\b|\bstipendio\b|\bsalaris\b/u, 1],
  // Danish, Norwegian and Swedish: the profile, an open position, a question of interest, a short talk.
  [/\b(?:din|dit|ditt|deres) (?:profil|cv|erfaring|erfarenhet|bakgrunn|baggrund|bakgrund)(?![\p{L}])/u, 1.5],
  [/\b(?:ledig|ledige|ledigt) (?:stilling|tjänst|job|jobb)|-(?:stilling|stillingen|rolle|rollen|roll|tjänst|tjänsten)(?![\p{L}])|\bvi (?:søger|søker|söker|rekrutterer|rekryterar)(?![\p{L}])/u, 1.5],
  [/\b(?:ville|vil|skulle|er|är) du (?:være |vara )?(?:åben|åpen|öppen|interesseret|interessert|intresserad)|\binteressert i å høre|\bkort (?:snak|prat|samtale|samtal)(?![\p{L}])|\d{1,2}-minuters samtal/u, 2],
  [/\b(?:din|deres) (?:ansøgning|søknad|ansökan)(?![\p{L}])/u, 2],
  // A job interview by its own name, and "the position (as)" in Danish, Norwegian, Swedish and Polish.
  [/\b(?:rozmow\p{L}* kwalifikacyjn|jobsamtal|jobbintervju|anställningsintervju)/u, 2],
  [/\b(?:stillingen|tjänsten|na stanowisko|stanowisku)(?![\p{L}])/u, 1],
  // Russian and Ukrainian: the reader's CV or work experience, a vacancy or post, an interview, the sender searching for
  // someone, a question of interest, the reader's response to a vacancy, a vacancy put to the reader.
  [/(?<![\p{L}])(?:ваш(?:е|его|им)? (?:резюме|опыт\p{L}* работы)|ваш(?:а|у|ей|ої|ій)? кандидатур\p{L}*|ваше резюме|ваш(?:ого)? досвід\p{L}* роботи)(?![\p{L}])/u, 1.5],
  [/(?<![\p{L}])(?:ваканси\p{L}*|вакансі\p{L}*|должност\p{L}*|посад(?:а|и|і|у|ою|ам|ами|ах)?)(?![\p{L}])/u, 1],
  [/(?<![\p{L}])(?:собеседовани\p{L}*|співбесід\p{L}*)/u, 1],
  [/(?<![\p{L}])(?:(?:в поиске|ищем|подбираем) (?:\p{L}+ )?(?:кандидат|специалист|сотрудник|инженер|менеджер|разработчик)\p{L}*|шукаємо (?:\p{L}+ )?(?:кандидат|спеціаліст|працівник|фахівц)\p{L}*|рекрутер\p{L}*|хедхантер\p{L}*|(?:веду|ведёт|ведет|веде) (?:поиск|пошук)(?= [a-z]))(?![\p{L}])/u, 1.5],
  [/(?<![\p{L}])(?:интересн\p{L}* ли вам (?:\p{L}+ )?(?:ваканси|позици|предложени|работ)|рассматриваете ли вы (?:\p{L}+ )?(?:предложени|ваканси|смену работ)|чи цікав\p{L}* (?:вам|тобі) (?:\p{L}+ )?(?:ваканс|посад|пропозиц|робот)|чи розглядаєте (?:\p{L}+ )?(?:пропозиц|ваканс))/u, 2],
  [/(?<![\p{L}])(?:ваш отклик|откликнул\p{L}*|ваш відгук на (?:вакансі|посад)\p{L}*|відгукнул\p{L}*)/u, 2],
  // A profile or CV that caught an organisation's interest ("Ваше резюме нас заинтересовало", "заинтересовались вашим
  // профилем"): a first approach's sign, as PROFILE_INTEREST is in the other languages read.
  [/(?<![\p{L}])(?:(?:ваше резюме|ваш профиль|ваш опыт|ваша кандидатура) (?:(?!не )\p{L}+ )?заинтересова\p{L}*|(?<!не )заинтересова\p{L}* (?:\p{L}+ )?(?:вашим|вашей) (?:резюме|профил\p{L}*|опыт\p{L}*|кандидатур\p{L}*))(?![\p{L}])/u, 2],
  [/(?<![\p{L}])(?:рассмотреть (?:нашу |эту |данную )?ваканси\p{L}*|розглянути (?:нашу |цю )?вакансі\p{L}*)/u, 1.5],
  // Romanian, Turkish, Greek and Indonesian: the reader's CV or application, and the job words (a Greek "θέση" only as
  // a job's: "είμαστε στην ευχάριστη θέση" is "we are pleased"; no press conference).
  [/(?<![\p{L}])(?:cv-ul (?:dumneavoastră|dumneavoastra|tău|tau|dvs)|özgeçmiş\p{L}*|cv anda|pengalaman kerja|βιογραφικό σας)(?![\p{L}])/u, 1.5],
  [/(?<![\p{L}])(?:candidatura (?:dumneavoastră|dumneavoastra|ta|dvs)|lamaran anda|υποψηφιότητ[άα] σας)(?![\p{L}])/u, 2],
  // Not "başvurunuz" or "αίτησή σας" (any application, a loan's too), nor the words for an interview that the press
  // gives too ("interviu", "συνέντευξη", "wawancara").
  [/(?<![\p{L}])(?:poziți\p{L}*|poziţi\p{L}*|pozitia|angajare|pozisyonu(?:na)? için|açık pozisyon\p{L}*|iş ilan\p{L}*|mülakat\p{L}*|işe alım\p{L}*|θέση εργασίας|για τη θέση(?! σας)(?! μας)|κεν\p{L}* θέσ\p{L}*|προσλήψ\p{L}*|lowongan|rekrutmen|magang)(?![\p{L}])/u, 1],
  // Vietnamese and Finnish: the reader's application, and the job words (a position applied or recruited for, a job
  // interview, recruitment). Not "hồ sơ của bạn" or "hakemuksesi" alone (any file or application, a loan's too), nor
  // a bare "phỏng vấn", "vị trí" or "haastattelu" (a press interview, a location).
  [/(?<![\p{L}])(?:(?:bạn|anh|chị|em) đã ứng tuyển|đơn ứng tuyển|hồ sơ ứng tuyển)(?![\p{L}])/u, 2],
  [/(?<![\p{L}])(?:vị trí (?:ứng tuyển|tuyển dụng)|phỏng vấn vị trí|cho vị trí|nhận việc|buổi phỏng vấn|vòng phỏng vấn|tuyển dụng|nhà tuyển dụng|hồ sơ của (?:bạn|anh|chị|em)|työpaik\p{L}*|tehtävään|työhaastattelu\p{L}*|haastatteluun|haastattelukutsu\p{L}*|rekrytointi\p{L}*|hakemuksesi|hakemuksestasi|hakemuksenne|hakemuksestanne)(?![\p{L}])/u, 1],
  // An organisation interested in the reader's profile, in every language read (a job board relays such mail for an
  // employer: "Firma X jest zainteresowana Twoim profilem").
  [PROFILE_INTEREST, 2],
  // An invitation to apply, unless to a card, a scholarship, a prize or a course ("te invita a postular a la Beca").
  [INVITED_TO_APPLY, 2],
  // A friend's referral: a job at the company where the sender works ("une offre d'emploi incroyable … dans mon
  // entreprise", "vagas de emprego na empresa onde trabalho"), the job and the company in one sentence.
  [{ test: (text: string) => REFERRAL_KEYS.some((k) => text.includes(k)) && REFERRAL.test(text) }, 2],
  // Paid work put to the reader outside a payroll, asked of the reader ("do you do freelance work?", "are you available
  // for hire", "hire you to build…"), not the sender's own ("available for freelance projects" in a signature).
  [/\b(?:do|would|could|will) you (?:do|take on|be (?:available|open|interested) (?:for|in|to))? ?(?:any |some )?(?:freelance|contract|custom|consulting) (?:work|projects?|gigs?)\b|\bare you (?:available|open) (?:for|to) (?:hire|freelance|contract|custom|consulting)\b|\b(?:hire|pay) you to (?:build|develop|design|write|make|create|implement|work on)\b/u, 2],
  // The hiring process itself.
  [/\b(?:your|the) (?:application|candidacy)\b|\bapplied for\b|\bthe hiring (?:process|team|manager)\b|\binterview process\b|\brecruit(?:ment|ing) process\b|\b(?:ihre|deine) bewerbung\b|\b(?:votre|ta) candidature\b|\b(?:tu|su) (?:candidatura|postulación|solicitud)\b|\bla (?:tua|sua) candidatura\b|\b(?:je|uw) sollicitatie\b|\bsua candidatura\b|\b(?:twoja|pana|pani) (?:aplikacja|kandydatura)\b|\baplikacj\p{L}* na (?:stanowisko|ofert)|\bproces\w* rekrutacyjn/u, 2],
];
const OUTREACH_AT = 2;
/** The mailbox and domain of a professional network's member-to-member message ("inmail-hit-reply@linkedin.com"). */
const NETWORK_MESSAGE_MAILBOX = /^inmail(?:-hit-reply)?$/;
const NETWORK_DOMAIN = /(?:^|\.)linkedin\.com$/;
const NETWORK_MESSAGE_WEIGHT = 1;
const INTERVIEW_EVIDENCE_AT = 1;

/**
 * Signs that a mail is about a new job without being an approach in itself: a sender whose mailbox or domain is
 * named for hiring ("careers@", "rekrytering@", "…jobs-mail…"), or words that name a job interview or an offer of
 * employment, or an employment contract that is not being renewed. They let the concept table's invitations and offers
 * count, as job evidence does, but add nothing towards outreach: such senders and words write acknowledgements and
 * refusals as often. A hiring sender is read by whole words ("jobson@", "stellenbosch", "wettbewerb" are none).
 * (Letting such mail open only the table's invitations to an interview step was tried and taken out: it lowered the
 * frozen stage by one.)
 */
/** Mailbox and domain words, whole or as the start of a word ("recruiting", "karriereportal"). */
const HIRING_SENDER_START =
  /^(?:career|karriere|recruit|recrut|rekryt|rekrut|hiring|talent|bewerb|stellenangebot|stellenmarkt|stellenportal|emploi|empleo|vagas|vacature|werkenbij|kariera|rrhh|seleccion|selezione|lavoro|praca|nabor|jobb|saiyo|jinji|zhaopin)/;
/** Job words that only count whole or at the end of a word ("jobs", "inclusiojobs", "jobb"; not "jobson"). */
const HIRING_SENDER_END = /(?:^|[a-z])(?:jobs?|jobb|jobbs)$/;
const EMPLOYMENT_WORDS =
  /\b(?:job interview|entretien d'embauche|entrevista (?:de trabajo|laboral|de emprego)|colloquio (?:di lavoro|conoscitivo)|offer of employment|employment offer)\b|\b(?:vorstellungsgespräch|bewerbungsgespräch|sollicitatiegesprek|pohovor|anställningserbjudande|jobbtilbud|jobtilbud|stillingstilbud|ansættelsestilbud)/u;
/** An employment contract's words; they count unless the contract is the reader's own, being renewed or extended. */
const CONTRACT_WORDS =
  /\b(?:employment (?:contract|agreement)|contrat de travail|contrato de trabajo|contrato de trabalho|contratto di lavoro|arbeidsovereenkomst)\b|\b(?:arbeitsvertrag|anställning|ansettelse|ansættelse|arbeidskontrakt|anställningsavtal|pracovní smlouv|umow\p{L}* o pracę)/u;
const RENEWAL =
  /\b(?:renewal|renew|extension|extend) (?:of )?(?:your|the) (?:\S+ )?(?:contract|employment)|\bverlängerung|\bförläng|\bforleng|\bforlæng|\bprolongation\b|\brenovación\b|\bprorroga|\brinnovo\b|\bverlenging\b|\bprzedłużeni/u;

/** Is the sender's mailbox or domain named for hiring? Its words are read whole ("jobson@" is no job mailbox). */
function hiringSender(localPart: string, domain: string): boolean {
  const words = [...localPart.split(/[._+-]+/), ...domain.split(/[.-]+/)];
  return words.some((w) => w.length >= 3 && (HIRING_SENDER_START.test(w) || HIRING_SENDER_END.test(w)));
}

/** How much the message speaks to the reader about a job (sum of JOB_EVIDENCE cues, each counted once). */
function jobEvidence(all: string, hasRole: boolean, tagged: boolean, subject = '', cjk = false): number {
  let score = hasRole ? 1.5 : 0;
  for (const [re, weight] of JOB_EVIDENCE) if (re.test(all)) score += weight;
  if (JOB_TALK_STRONG.test(all)) score += 1;
  // Japanese, Korean and Chinese: a scout's or a headhunter's approach, and the hiring words (cjk-stage.ts), read only
  // where such text is.
  if (cjk) score += (CJK_APPROACH.test(all) ? 2 : 0) + (CJK_JOB_WORDS.test(all) ? 1 : 0);
  // A subject about a role ("Re: Data Engineer role").
  if (/\b(?:role|position|opportunity|job|vacancy|stelle|poste|puesto|rol|vacature|functie|vaga|posizione|ruolo|stanowisk\p{L}*)\b/u.test(subject)) score += 0.5;
  if (new Set(all.match(JOB_TALK)).size >= 2) score += 0.5;
  // Mailing lists tag every subject; a recruiter's tag names the company and comes with plenty of job talk. Japanese,
  // Korean and Chinese recruiting mail tags its subjects as a rule ("【株式会社X】", "[X 채용]").
  if (tagged && !CJK.test(subject)) score -= 1.5;
  return score;
}

// Each pattern runs only when one of its key words occurs: a plain substring search is far cheaper than a regex scan.
const KEYS = {
  alert: ['alert', 'jobs', 'matching', 'weekly', 'daily', 'recommended', 'based on your', 'digest', 'newsletter', 'stellenangebote', 'jobagent', "offres d'emploi", 'ofertas de', 'browser', 'saved search', 'new positions', 'new openings', 'new roles'],
  reject: ['odrzucon', 'desværre', 'dessverre', 'tyvärr', 'beklager at', 'different', 'more suitable', 'more qualified', 'more experienced', 'no openings', 'no positions', 'no vacancies', 'no roles', 'no current', 'besetzt', 'vergeben', 'nicht', 'mit anderen', 'enttäuschen', 'otras candidaturas', 'siento', 'banco de talentos', 'non ha scelto', 'auguriamo', 'aboutir', 'déclinée', 'refus', 'niet', 'andere kandida', 'chosen', 'chose', 'elected', 'opted', 'unfortunately', 'regret', 'not ', "won't", 'decided', 'other candidate', 'another candidate', 'other applicant', 'another applicant', 'selected', 'successful', 'filled', 'rescind', 'withdraw', 'leider', 'andere', 'absage', 'berücksichtig', 'pourrons', 'pouvons', 'retenu', 'donner suite', 'malheureusement', 'en mesure', 'regrettons', 'lamentablemente', 'seleccionad', 'hemos decidido', 'purtroppo', 'selezionat', 'helaas', 'infelizmente', 'has been offered', 'has been given', 'did not', "didn't", 'failed', 'entschieden', 'não foi', 'não fomos', 'direction', 'pass', 'unable', 'not able', 'not be', 'shortlisted', 'have filled', 'have closed', "'ve filled", "'ve closed", 'right fit', 'strong enough', 'best fit', 'pursue', 'engere', 'anderweitig', 'positive rückmeldung', 'verfolgen', 'keine zusage', 'leider keine', 'rennen', 'correspond', 'choisi', 'privilégié', 'pouvoir', 'mesure', 'sélectionn', 'négative', 'défavorable', 'continuar', 'seguir', 'avanzar', 'optado', 'decidido', 'perfil no', 'esta ocasión', 'elegid', 'optamos', 'perfil não', 'prosseguir', 'gekozen', 'nodigen', 'afwijzing', 'niet door', 'niet verder', 'proseguire', 'procedere', 'scelto', 'ausgefallen', 'anders entschieden'],
  onboard: ['accept', 'welcome', 'orientation', 'pre-employment', 'onboarding', 'background check', 'willkommen', 'bienvenue', 'bienvenid', 'benvenut'],
  hold: ['aplazada', 'attente', 'gelé', 'wacht', 'sospeso', 'hold', 'closed', 'cancel', 'withdrawn', 'paused', 'frozen', 'freeze', 'no longer', 'besetzt', 'gestrichen', 'pourvu', 'cubierta', 'absagen', 'abgesagt', 'annul', 'cancelad'],
  offer: ['formelles angebot', 'anbieten', 'contract', 'vertragsunterlagen', 'aprovad', 'contrato', 'aanbod', 'acceptée', 'accueillir', 'selected', 'offer', 'angebot', 'arbeitsvertrag', 'embauche', 'offerta', 'assunzione', 'oferta', 'ofrecer', 'carta', 'arbeidsovereenkomst', 'contractvoorstel', 'proposta', 'joining letter', 'appointment letter', 'vous faire', 'vous proposer', 'vous adresser', 'sélectionné', 'formaliz', 'angenommen', 'hire you'],
  interview: ['samtal', 'intervju', 'fase', 'etapa', 'étape', 'convid', 'nodig', 'gesprek', 'lade', 'einladung', 'termin', 'invit', 'interview', 'schedul', 'next step', 'next round', 'round', 'screen', 'test', 'assessment', 'challenge', 'exercise', 'take-home', 'hackerrank', 'codility', 'coderpad', 'gespräch', 'entretien', 'entrevista', 'colloquio', 'citación', 'scheduled', 'confirmed', 'booked', 'meeloopdag', 'proefdag', 'probearbeit', 'schnuppertag', "journée d'", 'jornada de prueba', 'dia de experiência'],
  ack: ['erhalten', 'recebemos', 'inscrição', 'bedankt', 'ontvangen', 'ricevut', 'received', 'submitted', 'thank you for', 'thanks for', 'bewerbung', 'eingangsbestätigung', 'reçu', 'recibido', 'ricevuto'],
  reference: ['referen', 'referee', 'référen', 'referên', 'referans'],
  declined: ['declin', 'abgelehnt', 'déclin', 'rechazado', 'recusou', 'afgewezen'],
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

export type { NothingToDecline } from '../model';

/** Which of the classifier's rules decided (`npm run accuracy -- --by-source` weighs each on development data). */
export type StageRule =
  | 'alert'
  | 'rejection'
  | 'reference'
  | 'renewal'
  | 'declined'
  | 'onboarding'
  | 'closed'
  | 'status-update'
  | 'after-interview'
  | 'offer'
  | 'interview-strong'
  | 'cold-call'
  | 'cold-offer'
  | 'interview-weak'
  | 'regret'
  | 'split-call'
  | 'acknowledgement'
  | 'applied-invited'
  | 'applied-update'
  | 'job-evidence'
  | 'progress'
  | 'not-a-job'
  | 'no-job-talk'
  | 'learned';

export interface StageReading {
  kind: RecruiterKind;
  /** Stages the evidence also points to (then `kind` is the one whose letter claims least). */
  alternatives: RecruiterKind[];
  /** With kind `other`: why. */
  nothingToDecline?: NothingToDecline;
  rule: StageRule;
}

const other = (why: NothingToDecline, rule: StageRule): StageReading => ({ kind: 'other', alternatives: [], nothingToDecline: why, rule });
const stage = (kind: RecruiterKind, rule: StageRule, alternatives: RecruiterKind[] = []): StageReading => ({ kind, alternatives, rule });

/** After an interview: thanks for it, a status update or a delay, with no new step (no offer, no next interview). */
const STATUS_UPDATE =
  /\b(?:thank(?:s| you)(?: again)? for (?:taking the time to )?(?:interview(?:ing)?|meeting|coming in|speaking|talking)|it was (?:a pleasure|great|nice) (?:meeting|speaking|talking))\b.{0,600}?\b(?:update|delay|taking longer|still (?:reviewing|considering|completing)|completing interviews|final decision|under consideration)\b|\b(?:delay|delays) in (?:our|the) (?:hiring|recruit\w*|selection) (?:process|timeline)\b|\b(?:application|candidacy) is still under (?:consideration|review)\b|\b(?:still|currently|actively) (?:reviewing|interviewing) (?:additional|other|more|remaining|all) (?:\S+ )?(?:applications|candidates|applicants|prospects)\b|\bstill reviewing (?:applications|candidates|applicants)\b|\b(?:you are|you're) (?:still )?being considered\b|\b(?:your|votre|ihr|tu|su|seu) (?:application |candidature |bewerbungs)?(?:status|statut|estado) (?:has been|a été|wurde|ha sido|foi) (?:updated|changed|mis à jour|aktualisiert|geändert|actualizado|atualizado)\b|\bwe'll be in touch (?:in|within) the next\b/su;
/**
 * An invitation to browse, to apply or to send an application ("we invite you to visit our website", "you are invited
 * to submit your application"): no step in the process. A visit to an office or a booking page is one.
 */
const ELSEWHERE =
  "(?! (?:(?:you|all (?:candidates|applicants)) )?to (?:visit(?! (?:our|the) (?:office|offices|premises|studio|site|campus|headquarters|clinic|store|restaurant)\\b)(?! (?:\\S+ ){0,2}(?:booking|scheduling) page)|view|explore|browse|check out|follow|apply|reapply|re-apply|join our (?:talent|newsletter|mailing|community)|subscribe|read|learn more|register|keep an eye|continue (?:to )?(?:check|visit|apply|follow)|(?:submit|send|complete) (?:your |an? )?(?:application|cv|resume)))";
/** Asked to pick a time or invited to something: after an application, the next step of the process. */
const FORWARD = new RegExp(
  String.raw`\b(?:invit(?:e|es|ing|ation|ed)${ELSEWHERE}|einladung|einladen|lade[nt]? (?:ich |wir )?(?:sie|dich)|convid\w*|uitnodig\w*|(?:your|ihre|deine|vos|tus|sus|suas|je|uw) (?:availability|verfügbarkeit|disponibilités|disponibilidad|disponibilidades|disponibilidade|beschikbaarheid)|termin (?:\S+ ){0,4}?(?:buchen|aus(?:wählen)?)(?![\p{L}])|(?:book|pick|choose|select) (?:a |your )?(?:time|slot)|prenota\w*|agendar|réserve[rz]? (?:un|votre) créneau|(?:would|'d) like to (?:speak|talk|meet|chat|set up|arrange|schedule)|set up (?:a|an) (?:call|time|meeting|chat)|(?:are|would) you (?:be )?available|next (?:round|stage)|(?:gerne|gern) (?:[\p{L}\d-]+ ){0,6}?kennenlernen|aimerions (?:vous rencontrer|échanger)|nos gustar[íi]a (?:conocerte|conocerle|hablar)|gostar[íi]amos de (?:conversar|conhecer)|(?:graag )?kennismaken|souhait\w* (?:vous rencontrer|échanger avec vous)|convenir d'un (?:rendez-vous|entretien)|fixer un (?:rendez-vous|entretien)|(?:concertar|agendar|coordinar) una (?:cita|reunión|entrevista)|einen termin (?:zu )?(?:vereinbaren|ausmachen)|(?:een )?afspraak (?:te )?(?:maken|plannen)|fissare un (?:appuntamento|colloquio))\b`,
  'u',
);
/**
 * Mail about an interview that already took place ("thank you for your time today", "nach unserem Gespräch"): with no
 * new step asked for, it is a status update, whatever it says about the interview.
 */
const AFTER_INTERVIEW =
  /\b(?:thank(?:s| you)(?: again| so much)? for (?:the |your |our |taking the time to )?(?:interview(?:ing)?|meeting|speaking|chatting|talking|coming in|time (?:today|yesterday)|your time (?:today|yesterday))|following (?:your|the|our) (?:interview|conversation|call)|it was (?:a pleasure|great|nice|lovely|good) (?:to )?(?:meet|meeting|speak|speaking|talk|talking|chat|chatting)|nach (?:ihrem|deinem|dem|unserem) (?:\S+ )?(?:gespräch|interview|vorstellungsgespräch)|(?:vielen )?dank für (?:das|ihr|dein|unser) (?:\S+ )?(?:gespräch|interview)|suite à (?:votre|notre) entretien|merci pour (?:votre|notre|cet) (?:entretien|échange)|tras (?:tu|su|la|nuestra) entrevista|gracias por (?:la|tu|su) entrevista|após (?:a sua|sua|a|nossa) entrevista|obrigad[oa] pela entrevista|bedankt voor (?:het|je|jullie) (?:\S+ )?gesprek|na (?:het|ons) gesprek|dopo il colloquio|grazie per il colloquio)/u;
/** An interview still to come, in every language read: what comes after a thank-you is then the next step. */
const UPCOMING =
  /\b(?:scheduled|confirmed|booked|will take place|is set for|upcoming|reminder)\b|\b(?:geplant|bestätigt|findet \S+ statt)\b|\b(?:confirmé|prévu|aura lieu)(?![\p{L}])|\b(?:programad[oa]|confirmad[oa]|agendad[oa]|tendrá lugar)\b|\b(?:gepland|bevestigd)\b|\b(?:confermato|programmato|fissato)\b/u;

const NEXT_STEP = /\b(?:invite you|next (?:round|interview|step is)|(?:second|third|final|follow-up) (?:round|interview)|schedule (?:a|an|your) (?:\S+ )?(?:interview|call)|would like to (?:invite|move you|offer)|pleased to (?:invite|offer))\b/u;

/** The sender asks the reader to talk ("I'd love to set up a quick call", "let me know when you are free to speak"). */
const ASKS_READER_TO_TALK =
  /\b(?:would|'d) (?:like|love) to (?:speak|talk|meet|chat) (?:with |to )?you\b|\b(?:would|'d) (?:like|love) to (?:set up|arrange|schedule|book) (?:a |an )?(?:quick |short |brief |first |\d{2}[- ]min(?:ute)? )?(?:call|chat|meeting|interview|conversation)\b|\bwhen you(?:'re| are) (?:free|available) to (?:speak|talk|chat|meet)\b|\b(?:(?:would|could) you be|are you) open to (?:a |an )?(?:\S+ ){0,2}?(?:call|chat|conversation|meeting)\b/u;
/** English "would like to speak / talk / meet / chat" with someone other than the reader, to the end of its sentence. */
const TALK_TO_OTHERS = /\b(?:would|'d) (?:like|love) to (?:speak|talk|meet|chat)\b(?! (?:with |to )?you\b)[^.!?\n]*/gu;
/** A sentence on a condition ("If your profile matches, we'd love to speak with you."): what it asks may not happen. */
const CONDITIONAL_SENTENCE = /(?:^|[.!?\n])\s*(?:if|should|once|in case|provided)\b[^.!?\n]*/gu;
/** A day or a time put to the reader, or a request for times: a step being arranged, not promised. */
const PROPOSED_TIME =
  /\b(?:monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|maandag|dinsdag|woensdag|donderdag|vrijdag|next week|nächste woche|la semaine prochaine|la próxima semana|la semana que viene|na próxima semana|la prossima settimana|volgende week)(?![\p{L}])|\b\d{1,2}[:.]\d{2}\b|\b(?:are you|would you be) (?:free|available|up for)\b|\bwhen (?:you are|you're|you'd be|you would be) (?:free|available)\b|\bwhat number (?:i|we) can reach you\b|\btimes? that (?:work|suit)s?\b|\b(?:share|send) (?:me |us )?(?:a few|a couple of|some|your) (?:times|slots|availability)\b|\b(?:would|'d) (?:love|like) to (?:set up|schedule|arrange|book)\b|\bwann (?:sie|du) (?:\S+ )?zeit\b|\bquand (?:vous )?(?:êtes|seriez|serez) (?:\S+ )?disponibles?\b|\bcuándo (?:tienes|tiene|tendrías|tendría) (?:\S+ )?(?:tiempo|disponibilidad)\b|\bcuándo (?:estás|está|estarías|estaría) disponible\b|\bquando (?:você|voce|tu) (?:estiver|está|esta|tem|estaria) (?:\S+ )?(?:disponível|disponivel|tempo)\b|\bwanneer (?:je|u) (?:\S+ )?(?:tijd|beschikbaar)\b|\bquando (?:sei|è|saresti|sarebbe) disponibile\b/u;

/**
 * A request to send an application to the sender ("envoyez-nous votre candidature", "send us your application"): the
 * reader has not applied yet, whatever "your application" says after it. Not a request for a CV, which follows an
 * application as often ("could you email me your CV again?"), nor "submit your application at …", which thanks for one
 * as often ("thank you for taking the time to submit your application on our site"), unless an invitation to apply
 * comes first (INVITED_TO_APPLY, read the same way).
 */
const SEND_US_APPLICATION =
  /\b(?:send|submit|email|e-mail) (?:us|me) your application\b|(?<![\p{L}])(?:envoye[zr]|adresse[zr]|fai(?:tes|re) parvenir)[ -](?:nous|moi) (?:votre|ta) candidature(?![\p{L}])|\b(?:senden|schicken) sie (?:uns|mir) ihre bewerbung\b|\bschick(?:e)? (?:uns|mir) deine bewerbung\b|\b(?:envíanos|envíenos|envíame|envíeme) (?:tu|su) (?:candidatura|solicitud)\b|\b(?:envie-nos|envia-nos|envie-me) (?:a sua|a tua) candidatura\b|\b(?:inviaci|inviateci|mandaci) la tua candidatura\b|\bstuur (?:ons|mij) (?:je|uw) sollicitatie\b/u;
/** A footer line about subscriptions ("Manage your notification preferences or unsubscribe"), in every language read. */
const FOOTER_LINE =
  /^.*(?:unsubscribe|manage (?:your )?(?:\S+ )?(?:preferences|subscriptions)|abmelden|abbestellen|désinscri|désabonner|darse de baja|cancelar (?:la |tu )?suscripción|descadastr|cancelar (?:a )?inscrição|annulla(?:re)? l'iscrizione|disiscriv|afmelden|uitschrijven|wypisz|rezygnuj z subskrypcji).*$/gmu;

/** The sender found the reader (a first approach), not the other way round. */
const COLD_APPROACH =
  /\b(?:came across|found|saw|viewed|impressed (?:by|with)|looked at) your (?:\S+ )?(?:profile|background|resume|résumé|cv|experience|work|portfolio|github)\b|\b(?:auf )?ihr(?:en)? profil (?:gestoßen|gefunden|gesehen)\b|\bj'ai (?:vu|trouvé|découvert) votre profil\b|\b(?:vi|encontré) tu perfil\b|\bho visto il tuo profilo\b|\bje profiel (?:gezien|gevonden)\b/u;
/** "Your profile caught our attention" in the languages read (sent after an application too: a sign only with others). */
const PROFILE_CAUGHT =
  /(?<![\p{L}])(?:your|seu|teu|tu|su|votre|ton|ihr|dein|je|jouw|il tuo|il suo) (?:profile|perfil|profil|profiel|profilo) (?:caught|chamou|llamó|a retenu|a attiré|hat unser|heeft onze|ha attirato)(?![\p{L}])/u;
/**
 * A first approach's signs: the sender found the reader's profile (COLD_APPROACH), an organisation is interested in it
 * (PROFILE_INTEREST), it caught their attention, or the reader is invited to apply. Not a question of interest ("if you
 * are interested"), which offers after interviews ask too.
 */
function approachSigns(all: string): boolean {
  return COLD_APPROACH.test(all) || PROFILE_INTEREST.test(all) || PROFILE_CAUGHT.test(all) || INVITED_TO_APPLY.test(all);
}
/**
 * A hiring process behind an offer: a meeting or a conversation had (INTERVIEW_STEP reads interviews, rounds, tests).
 * English words; Dutch "met" (with) keeps a Dutch offer an offer, as it was before the cold-offer reading.
 */
const PROCESS_BEHIND = /(?<![\p{L}])(?:met|meet|meeting|conversations?|spoke|speaking|talked|final round)(?![\p{L}])/u;
/** Congratulations, in the languages the rules read. */
const CONGRATULATIONS = String.raw`congratulat\w*|félicitations|felicidades|felicitaciones|parabéns|gefeliciteerd|glückwunsch|congratulazioni`;
/** An offer's paperwork or its congratulations: no first approach writes them (an employment contract: CONTRACT_WORDS). */
const OFFER_PAPERWORK = new RegExp(String.raw`(?<![\p{L}])(?:offer letter|formal offer|written offer|offer of employment|start(?:ing)? date|${CONGRATULATIONS})(?![\p{L}])`, 'u');
/**
 * A subject naming a job offer in words a headhunter's approach uses too ("Job offer: Java Developer", "Jobangebot",
 * "Oferta de trabajo"; OFFER_SUBJECT's words count too): an offer where the text congratulates the reader on it.
 */
const JOB_OFFER_SUBJECT =
  /(?<![\p{L}])(?:job offer|jobangebot|stellenangebot|arbeitsangebot|oferta de (?:trabajo|empleo)|offre d'emploi|offerta di lavoro|oferta de emprego|vacature-?aanbod|jobaanbod|oferta pracy)(?![\p{L}])/u;
/**
 * Congratulations on the offer itself (in lower-case text): standing alone ("Herzlichen Glückwunsch!", "Congratulations,
 * Sam.", "Félicitations Grâce !") or naming an offer or a selection within the sentence. Not those on something else
 * ("on your recent promotion", "por tu trayectoria", "zum Firmenjubiläum").
 */
const CONGRATULATED = new RegExp(
  String.raw`(?<![\p{L}])(?:${CONGRATULATIONS})(?![\p{L}])(?:[^\S\n]*(?:[!.]|,?[^\S\n]*\p{L}+[^\S\n]?[!.,]|\n|$)|[^.!?\n]{0,60}?(?<![\p{L}])(?:offer|angebot|oferta|offre|offerta|aanbod|selected|ausgewählt|seleccionad\p{L}*|sélectionn\p{L}*|selecionad\p{L}*|selezionat\p{L}*))`,
  'u',
);

/**
 * An interview or a conversation that is no job's: a journalist's story, a podcast's guest (a study's session is
 * RESEARCH_STUDY). Read only where the mail shows no job at all: no job evidence, no application (`job` in
 * classifyProcess) and no job word (JOB_WORD), in the languages the rules read.
 */
const NOT_A_JOB = new RegExp(
  [
    String.raw`\b(?:interview|speak|chat|talk) (?:with )?you\b[^.!?\n]{0,60}?\bfor (?:a|an|our|my|the|this) (?:[\p{L}-]+ ){0,3}?(?:story|article|piece|podcast|episode|documentary|segment|book|thesis|dissertation|research project|study|survey)\b`,
    String.raw`\b(?:working|writing|reporting) (?:on|about) (?:a|an) (?:[\p{L}-]+ ){0,2}?(?:story|article|piece|feature|report|book)\b`,
    String.raw`\b(?:be|appear|come on|join (?:me|us)) (?:as )?(?:a )?guest\b|\bguest (?:on|for) (?:my|our|the) (?:podcast|show|episode)\b|\b(?:have|invite) you (?:on (?:the|my|our) (?:show|podcast)|as (?:a|our) guest)\b|\bi (?:co-)?host\b[^.!?\n]{0,60}?\b(?:podcast|show|series|newsletter)\b`,
    String.raw`(?<![\p{L}])(?:für (?:einen|ein|unseren|unser) (?:artikel|beitrag|podcast)|pour (?:un|une|notre) (?:article|reportage|podcast|émission)|para (?:un|una|nuestro|nuestra) (?:artículo|reportaje|podcast)|para (?:uma|um|a nossa|o nosso) (?:matéria|reportagem|podcast)|per (?:un|una|il nostro) (?:articolo|servizio|podcast)|voor (?:een|ons) (?:artikel|reportage|podcast))(?![\p{L}])`,
    // A press office's or a journalist's interview request, in the other languages the rules read (the request's
    // words, not the profession's: newsrooms hire journalists).
    String.raw`(?<![\p{L}])(?:interviewanfragen?|presseanfragen?|demandes? d'interview|solicitud(?:es)? de entrevista|richieste? di intervista|pedidos? de entrevista|interviewverzoek(?:en)?|nombre del medio)(?![\p{L}])`,
  ].join('|'),
  'u',
);
/** A home to rent: its viewing, its application, its lease. Read only where the mail speaks of no interview. */
const HOME_TO_RENT =
  /(?<![\p{L}])(?:(?:wohnungs)?besichtigung(?:stermin)?|mietobjekt|mietwohnung|wohnungsbewerbung|mietvertrag|bezichtiging|huurwoning|visite (?:du|de l'|de la) (?:logement|appartement|bien|maison)|dossier de location|visita (?:al|del|de la) (?:piso|inmueble|apartamento|vivienda)|(?:property|flat|apartment) viewing|viewing of the (?:property|flat|apartment|house))(?![\p{L}])/u;
/**
 * The reader's talk, paper or submission accepted for an event ("deine Einreichung … für Datenfest 2026 akzeptiert",
 * "we have accepted your talk"): a programme committee's answer, with the event's word (CONFERENCE), not a job's. Read
 * only where the mail speaks of no interview. Not a proposal, which is a job offer's word too ("proposta di assunzione").
 */
const SUBMISSION_ACCEPTED = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:your|deine?n?|ihre?n?|je|uw|votre|ta|tu|su|sua|tua) (?:submission|talk|abstract|paper|einreichung|vortrag|beitrag|voorstel|bijdrage|proposition|ponencia|contributo)(?![\p{L}])[^.!?]{0,120}?(?<![\p{L}])(?:accepted|akzeptiert|angenommen|geaccepteerd|aangenomen|accepté(?:e|s|es)?|aceptad[ao]s?|aceit[aeo]s?|accettat[aoie])(?![\p{L}])`,
    String.raw`\baccepted your (?:talk|submission|abstract|paper)\b`,
  ].join('|'),
  'u',
);
const CONFERENCE =
  /(?<![\p{L}])(?:conference(?! (?:room|call))|konferenz|tagung|congress|kongress|congrès|conférence|congreso|conferenza|congresso|symposium|veranstaltung|evenement|événement|programme committee|program committee|programmplanung|call for (?:papers|proposals|speakers)|cfp|pretalx)(?![\p{L}])/u;
/** A user or research study's session, with its participants or their reward ("participants receive a $40 voucher"). */
const RESEARCH_STUDY = /\b(?:user|usability) (?:research|study|studies|test(?:ing)?|sessions?)\b|\bresearch (?:study|studies|sessions?)\b/u;
const STUDY_REWARD = /\b(?:participants?|participat(?:e|es|ing|ion)|take part|incentive|voucher|gift card|honorarium)\b/u;
/** Interviews held for a study ("we are conducting interviews as part of a research study"): a study's, not a job's. */
const STUDY_INTERVIEWS = /\binterviews? (?:as part of|for) (?:a|an|our|the|this) (?:[\p{L}-]+ ){0,2}?(?:research|study|survey)\b/u;
/**
 * A shop's offer to its customer ("an exclusive 20% discount on your next purchase", "promo code"): a sale, not a
 * job. Read only where the mail shows no job and speaks of no interview (a shop's staff discount in an invitation).
 */
const SHOP_OFFER = /\b\d+ ?% (?:off|discount)\b|\bdiscount (?:on|code)\b|\bcoupon\b|\bpromo(?:tional)? code\b|\bvalued customer\b|\byour next (?:purchase|order)\b|\bfree shipping\b/u;
/**
 * "In an ideal position to tell us", "in a position to help": the idiom names no job (JOB_WORD reads the text without
 * it). Only the idiom's own adjectives: "interested in a senior position to lead…" is a job.
 */
const IN_A_POSITION_TO = /(?<!\binterested )\bin (?:an? |the )?(?:(?:ideal|good|better|best|strong|unique|great|perfect) )?position to\b/gu;
/** A place in a study programme ("admitted to the MSc programme", "offer of admission"): a school's, not a job's. */
const ADMISSION = /\badmitted to (?:the|our) (?:[\p{L}-]+ ){0,6}?(?:program|programme|school)\b|\boffer of admission\b/u;
/** A job's own words, in the languages the rules read: with one, NOT_A_JOB and ADMISSION do not count. */
const JOB_WORD =
  /(?<![\p{L}])(?:jobs?|positions?|posts?|vacanc(?:y|ies)|hiring|hire|candidates?|employment|salary|resumes?|résumés?|cv|applications?|apply|roles?|openings?|offer letter|stelle|bewerbung|poste|candidature|emploi|puesto|empleo|vaga|emprego|candidatura|posizione|lavoro|vacature|sollicitatie|functie)(?![\p{L}])/u;

/**
 * A recruiter selling candidates to the reader as an employer ("if you're hiring for…", "you only pay on placement",
 * "3–5 screened candidates"): the reader hires. Read only where nothing approaches the reader (classifyProcess).
 */
const EMPLOYER_PITCH =
  /\bif you(?:'re| are) (?:currently |still )?hiring\b|\bpay (?:only )?(?:on|upon|per) (?:placement|hire)\b|\b(?:your|any) (?:upcoming |current |future )?(?:hiring|recruitment|recruiting|staffing) needs\b|\b(?:fill|filling) your (?:open |current )?(?:roles|positions|vacancies|reqs)\b|\byour open (?:roles|positions|reqs|requisitions)\b|\b(?:deliver|send|present|provide)(?:ing)? (?:you (?:with )?(?:\d+(?:[–-]\d+)? )?|\d+(?:[–-]\d+)? )(?:pre-?)?(?:screened|qualified|vetted) candidates\b/u;

/**
 * A business pitch to the reader's organisation: a product, a partnership, an acquisition, an investment or an event
 * put to the reader's business, not a job to the reader ("companies like yours", "a quick demo", "we're raising our
 * seed round", "invite you to speak at"). Cues and weights in one table; a pitch from BUSINESS_PITCH_AT, read only
 * where the mail names no job (no job word or title, no recruiter, no team to join: NAMES_A_JOB), has no application
 * and no approach's sign, and makes no interview or offer to the reader (classifyProcess).
 */
const BUSINESS_PITCH: readonly [RegExp, number][] = [
  // The reader's business as the pitch's object.
  [/\b(?:companies|businesses|organi[sz]ations|brands|dealers|stores|firms) (?:like|such as) yours\b|\byour (?:business|store|shop|customers|clients|sales|revenue|domain|website|brand|dealership)\b|(?<![\p{L}])(?:unternehmen wie (?:ihres|deines)|entreprises comme la vôtre|empresas como la (?:suya|tuya)|empresas como a (?:sua|tua)|bedrijven zoals het uwe|aziende come la (?:vostra|sua|tua))(?![\p{L}])/u, 1],
  // A product shown or tried.
  [/\b(?:a|quick|short|brief|live|free|personali[sz]ed|product) demo\b|\bfree trial\b|\b(?:months?|weeks?) free\b|\bcase stud(?:y|ies)\b|\bour (?:platform|solution|software|product|tool|app) (?:helps|is|can|lets|enables)\b/u, 1],
  // A partnership (not a partnership manager's title), an acquisition of the reader's business (not talent
  // acquisition), a round being raised: each a pitch alone.
  [/\bpartnership\b(?! (?:manager|lead|director|executive|specialist|role|position))|(?<!talent )\bacquisition (?:interest|opportunit)|\bacquir(?:e|ing) (?:your|this|the) (?:business|company|domain|site|website)\b|\b(?:we're|we are|currently) raising\b|\bour (?:seed |pre-seed |series [a-d] )?round\b/u, 2],
  // A founder's customer-discovery call: nothing sold, said outright ("Not selling anything"), is a pitch alone; a
  // product being built ("I'm working on a solution for…") and the reader's pains asked about need a second cue.
  [/\bnot selling (?:you )?anything\b|\b(?:no|not a) sales pitch\b|\bcustomer discovery\b/u, 2],
  [/\bpain points?\b|\bcustomer research\b|\b(?:i'm|i am|we're|we are) (?:researching how|working on a (?:new )?(?:solution|product|tool))\b/u, 1],
  // An investment, a product sold together, costs cut.
  [/\binvest(?:ment|ments|ed|ing|ors?)?\b|\bco-?branded\b|\bgo-to-market\b|\b(?:reduce|cut|lower|save)\b[^.!?\n]{0,30}?\b(?:costs?|spend|spending)\b/u, 1],
  // An event: a speaker invited, a webinar to register for.
  [/\binvite you to (?:be (?:a|our) (?:\S+ )?speaker|speak at|present at)\b|\bspeaking opportunity\b|\bwebinar\b|\bregister (?:here|now|today)\b/u, 2],
];
const BUSINESS_PITCH_AT = 2;
/** A recruiter, talent, a team to join or a founding or first hire: a job's words that JOB_WORD does not hold. */
const NAMES_A_JOB =
  /(?<![\p{L}])(?:recruit\p{L}*|headhunt\p{L}*|talent|join(?:ing)? (?:us|our (?:[\p{L}-]+ )?team|the team)|(?:founding|first) (?:engineer|member|hire|employee)|co-?founder|(?:have|bring|get) you on board|(?:grow|growing|build|building) (?:out )?(?:the|our) (?:[\p{L}-]+ )?team)(?![\p{L}])/u;

/** Is the mail a business pitch (BUSINESS_PITCH's weights reach BUSINESS_PITCH_AT)? */
function businessPitch(all: string): boolean {
  let score = 0;
  for (const [re, weight] of BUSINESS_PITCH) if (re.test(all) && (score += weight) >= BUSINESS_PITCH_AT) return true;
  return false;
}

/** A call to apply ("Apply now", "Jetzt bewerben"): a job board's match, whatever it congratulates on. */
const APPLY_NOW = /(?<![\p{L}])(?:apply (?:now|here|today|with one click)|jetzt bewerben|postula(?:r|te) (?:ya|ahora|aquí)|postulez (?:maintenant|dès maintenant)|candidate-se (?:já|agora))(?![\p{L}])/u;

/** Classify a message's hiring stage, telling apart the `other` messages that are not about hiring at all. */
export function classifyStage({ subject: lowerSubject, text: lowerText, localPart, hasRole, tagged = false, senderDomain = '' }: KindInput): StageReading {
  // Turkish capital İ lower-cases to "i" and a combining dot, or stays as it is where a lower-case text keeps its
  // length (tokens.ts): both read as "i" ("İş teklifi" is "iş teklifi").
  // Its input is in composed letters already: the extractor reads every field so (index.ts, str).
  let subject = lowerSubject.replace(/i\u0307/gu, 'i');
  let text = lowerText.replace(/İ/gu, 'i');
  let all = `${subject}\n${text}`;
  // Japanese, Korean or Chinese text is looked for once: its patterns are read only where it is. Chinese in
  // traditional characters is folded to simplified ones (hant.ts, offsets kept), which the Chinese table reads.
  const cjk = CJK.test(all);
  const traditional = cjk && isTraditionalChinese(all);
  if (traditional) {
    subject = foldTraditional(subject);
    text = foldTraditional(text);
    all = `${subject}\n${text}`;
  }
  const present = presentCategories(all);
  // A footer's "unsubscribe from this newsletter" under a personal invitation makes no newsletter: its line is left out.
  const automated = ALERT_MAILBOX.test(localPart);
  // One job recommended by an automated mailbox is an alert, unless the mail also invites or proposes a time.
  const recommended = () => RECOMMENDED_JOB.test(all) && !FORWARD.test(text) && !PROPOSED_TIME.test(text) && !COLD_APPROACH.test(all);
  const newJobs = NEW_JOBS_FOR_YOU.test(subject) || (automated && (NEW_JOB_FOR_YOU.test(subject) || CJK_ALERT.test(all) || recommended()));
  // One job put to the reader is an alert's subject only from a shared or an automated mailbox (a recruiter writes
  // "Great job for you" too).
  const oneJobAlert = () => JOB_FOR_YOU_SUBJECT.test(subject) && (automated || isRoleMailbox(localPart));
  if ((present.has('alert') && ALERT.test(all.replace(FOOTER_LINE, ''))) || ALERT_SUBJECT.test(subject) || oneJobAlert() || newJobs || /alert|digest|newsletter/.test(localPart)) {
    const jobAlert = newJobs || JOB_ALERT.test(all) || /alert|jobs/.test(localPart);
    return other(jobAlert ? 'alert' : 'newsletter', 'alert');
  }
  // Read only when the concept table offers an invitation or an offer to count.
  const aboutEmployment = once(() => hiringSender(localPart, senderDomain) || EMPLOYMENT_WORDS.test(all) || (CONTRACT_WORDS.test(all) && !RENEWAL.test(all)));
  // A member's message relayed by a professional network (LinkedIn InMail) that names a job title is a person writing
  // to the reader about a job: it counts towards an approach, not towards letting the table's offers and invitations
  // count (a salesperson's InMail proposes calls and trials too).
  const networkMessage = hasRole && NETWORK_MESSAGE_MAILBOX.test(localPart) && NETWORK_DOMAIN.test(senderDomain) ? NETWORK_MESSAGE_WEIGHT : 0;
  return classifyProcess(all, subject, text, jobEvidence(all, hasRole, tagged, subject, cjk), present, aboutEmployment, networkMessage, cjk, traditional, hasRole);
}

/** A pattern's test on a text, run the first time it is asked for and remembered. */
function testOnce(re: RegExp, text: string): () => boolean {
  return once(() => re.test(text));
}


function classifyProcess(
  all: string,
  subject: string,
  text: string,
  evidence: number,
  present: Set<Category>,
  aboutEmployment: () => boolean,
  /** Evidence that counts towards an approach only (see NETWORK_MESSAGE_WEIGHT). */
  approachOnly = 0,
  /** The text holds Japanese, Korean or Chinese (cjk-stage.ts CJK). */
  cjk = false,
  /** It is Chinese in traditional characters, folded to simplified ones (hant.ts). */
  traditional = false,
  /** A job title was found (confidently). */
  hasRole = false,
): StageReading {
  const approach = evidence + approachOnly;
  const matches = (category: Category, re: RegExp): boolean => present.has(category) && re.test(all);
  // "Before we schedule an interview, a few questions…" is still screening: no interview yet.
  // "We will contact you if an interview is scheduled" does not schedule one either.
  let ahead = text.includes('before') ? text.replace(BEFORE_INTERVIEW, ' ') : text;
  ahead = ahead.replace(CONDITIONAL_INTERVIEW, ' ').replace(PROMISED_STEP, ' ');
  // Each rule below reads its own phrase list and the per-language concept table (either one is evidence).
  const said = `${subject}\n${ahead}`;
  const opening = said.slice(0, TABLE_READS);
  // What a conditional clause says may not happen; an acknowledgement is conditional by nature ("we will contact you
  // if you are shortlisted"), so only its phrases count there.
  const conditional = [...opening.matchAll(CONDITIONAL_CLAUSE)].map((m) => [m.index, m.index + m[0].length] as const);
  const stated = statedConcepts(
    opening,
    (concept: StageConcept, at: number) =>
      concept === 'received' || (!conditional.some(([a, b]) => at >= a && at < b) && !(POSITIVE_CONCEPTS.has(concept) && negatedBefore(opening, at))),
  );
  // Japanese, Korean and Chinese, which the phrase table cannot read (no spaces between words).
  if (cjk) for (const [concept, words] of cjkConcepts(opening, traditional)) stated.set(concept, [...(stated.get(concept) ?? []), ...words]);
  const acknowledged = stated.has('received');
  // A cancellation that moves the interview (a new time, a slot to pick) keeps it on; one that only promises or leaves
  // rescheduling to the reader ends it. The new time is looked for from the sentence of the rescheduling words on:
  // the cancelled slot, named before them, is no new one.
  // Asked by a refusal's regret and by a cancellation: read once.
  const moved = once(() => {
    const rest = all.replace(READER_RESCHEDULES, ' ');
    const at = rest.search(RESCHEDULE);
    if (at < 0) return false;
    const after = rest.slice(sentenceStart(rest, at));
    return PROPOSED_TIME.test(after) || FORWARD.test(after);
  });
  // A refusal in the patterns' words, unless only in a sentence on a condition, which is the reader's choice to come
  // ("If you've decided to pursue another opportunity, let me know"), or a regret whose own sentence goes on to an
  // interview moved to a new time ("I regret to inform you that the interview must be rescheduled. Could we meet on
  // Monday?").
  const refused = () => {
    if (!matches('reject', REJECT)) return false;
    const rest = all.replace(CONDITIONAL_SENTENCE, ' ');
    const m = REJECT.exec(rest);
    if (m === null) return false;
    if (!m[0].startsWith('regret to')) return true;
    const after = rest.slice(m.index + m[0].length);
    const end = after.search(/[.!?\n]/u);
    return !(RESCHEDULE.test(end < 0 ? after : after.slice(0, end)) && moved());
  };
  if (refused() || stated.has('rejected') || (OTHER_CHOSEN.test(all) && !OFFER_TO_READER.test(all))) return other('rejection', 'rejection');
  // After a request to send an application or an invitation to apply ("invites you to apply … submit your
  // application"), "your application" is the one still to come, unless the text speaks of one before it (looked for
  // only where the text speaks of an application at all).
  const appliedInText = () => {
    if (!APPLIED.test(text)) return false;
    const asks = [text.search(SEND_US_APPLICATION), text.search(INVITED_TO_APPLY)].filter((at) => at >= 0);
    return asks.length === 0 || APPLIED.test(text.slice(0, Math.min(...asks)));
  };
  const applied = appliedInText() || APPLIED_SUBJECT.test(subject) || (cjk && CJK_APPLIED.test(all));
  // The table's offers and invitations count in mail that speaks of a job: a shop's "accept this offer" or a
  // webinar's invitation is none.
  const job = evidence >= INTERVIEW_EVIDENCE_AT || applied;
  // No job to decline:
  // - in mail with no job word: a journalist's interview, a podcast's guest or a study's session where the mail shows
  //   no job, and there a shop's offer, a home to rent or the reader's talk accepted for an event too, with no
  //   interview word; interviews held for a study, with its participants, where no job title is read, whatever the job
  //   evidence (a study asks about the reader's experience too); a place in a study programme;
  // - candidates sold to the reader as an employer, or a business pitch, with nothing put to the reader.
  // The rare cues are tried first; the job words and "nothing put to the reader" (no approach's sign, interview or
  // offer), which more than one cue asks, are read once, when first asked.
  const jobWord = once(() => JOB_WORD.test(all.replace(IN_A_POSITION_TO, ' ')));
  const nothingPutToReader = once(() => !approachSigns(all) && !INTERVIEW_STRONG.test(said) && !OFFER_TO_READER.test(all));
  const studyInterviews = !hasRole && STUDY_INTERVIEWS.test(all) && STUDY_REWARD.test(all);
  // A shop's offer, a home to rent or the reader's talk accepted for an event: each only with no interview word.
  const noInterviewCue = () => (SHOP_OFFER.test(all) || HOME_TO_RENT.test(all) || (SUBMISSION_ACCEPTED.test(all) && CONFERENCE.test(all))) && !INTERVIEW_PROPER.test(all);
  const noJobCue = (!job && (NOT_A_JOB.test(all) || (RESEARCH_STUDY.test(all) && STUDY_REWARD.test(all)) || noInterviewCue())) || studyInterviews || ADMISSION.test(all);
  if (noJobCue && !jobWord()) return other('unrelated', 'not-a-job');
  if (approach < OUTREACH_AT && EMPLOYER_PITCH.test(all) && nothingPutToReader()) return other('unrelated', 'not-a-job');
  // A business pitch: the job words first, which recruiting mail holds early, then the pitch's own cues.
  if (!applied && !hasRole && !jobWord() && businessPitch(all) && !NAMES_A_JOB.test(all) && nothingPutToReader()) return other('unrelated', 'not-a-job');
  const tableInvitations = stated.get('invited') ?? [];
  const invitations = tableInvitations.length > 0 && (job || aboutEmployment()) ? tableInvitations : [];
  const invited = invitations.length > 0;
  const invitedToInterview = invitations.some((words) => INTERVIEW_STEP.test(words));
  // The table's offer words yield to its invitation to an interview step: "selected to go on in the process; we invite
  // you to an interview" is the next step, not an offer.
  const tableOffer = stated.has('offer') && !invitedToInterview && (job || aboutEmployment()) && !OFFER_ELSEWHERE.test(all);
  // The patterns' offer words yield to an invitation to an interview proper ("Sua candidatura foi aprovada e
  // gostaríamos de agendar uma entrevista"), not to one to a next stage, which an offer's "approved" may open.
  const offerText = (matches('offer', OFFER) && !invitations.some((words) => INTERVIEW_PROPER.test(words))) || tableOffer;
  const interviewWords = present.has('interview') && INTERVIEW_STRONG.test(said);
  // Several rules ask whether the mail asks for a time or proposes one: each test runs once, when first asked.
  const forward = testOnce(FORWARD, ahead);
  const proposedTime = testOnce(PROPOSED_TIME, ahead);
  // Asked to talk, in sentences on no condition, and in English only when the reader is the one to talk to ("our
  // recruiters would like to speak with candidates whose…" asks nobody).
  const asksToTalk = once(() => {
    const plain = ahead.replace(CONDITIONAL_SENTENCE, ' ');
    return ASKS_READER_TO_TALK.test(plain) || FORWARD.test(plain.replace(TALK_TO_OTHERS, ' '));
  });
  // A reference request in the table's words yields to an offer, an invitation or interview wording the mail also
  // has ("please complete the attached reference form").
  if (matches('reference', REFERENCE) || (stated.has('reference') && !offerText && !invited && !interviewWords)) return other('unrelated', 'reference');
  if (matches('declined', DECLINED)) return other('acknowledgement', 'declined');
  // "Welcome to the team" closes an offer as often as it follows one; only an accepted offer means onboarding. The
  // table's "hired" words count only where no offer is made.
  if ((matches('onboard', ONBOARD) && (!offerText || ACCEPTED.test(all))) || (stated.has('hired') && !offerText)) return other('onboarding', 'onboarding');
  if ((matches('hold', HOLD) || stated.has('closed') || WITHDRAWN_SUBJECT.test(subject)) && !moved()) return other('closed', 'closed');
  // The concept table's status words ("still reviewing") yield to an invitation or an offer the mail also makes.
  // News of progress with the next step only promised ("you have advanced to the next stage; the next steps will be
  // shared with you shortly"): with the progress and the promises left out, nothing invites or asks for a time. (Being
  // shortlisted for an interview is an invitation in the concept table, and stays one.)
  if (!offerText && !invitedToInterview && ahead.search(PROGRESS) >= 0 && text.search(PROMISED_STEP) >= 0) {
    const rest = withoutSentences(ahead, PROGRESS);
    if (!INTERVIEW_STRONG.test(rest) && !FORWARD.test(rest) && !PROPOSED_TIME.test(rest) && !SCHEDULING.test(rest)) return other('acknowledgement', 'progress');
  }
  const tableStatus = stated.has('status') && !invited && !offerText && !interviewWords && !forward();
  if (!NEXT_STEP.test(all) && !(tableOffer || OFFER_TO_READER.test(all)) && (STATUS_UPDATE.test(all) || tableStatus || (SUBMITTED_TO.test(all) && !interviewWords && !forward() && !proposedTime() && !asksToTalk()))) return other('acknowledgement', 'status-update');
  // The reader's own contract being renewed or extended: their employer writes, about no new job (its contract words
  // are an offer's too). A reason the rules know, which the stage table does not overturn.
  if (!applied && approach < OUTREACH_AT && CONTRACT_WORDS.test(all) && RENEWAL.test(all)) return other('unrelated', 'renewal');
  // A job offer named in the subject and congratulated on in the text ("Jobangebot – …", "Herzlichen Glückwunsch!").
  const congratulatedOffer = (JOB_OFFER_SUBJECT.test(subject) || OFFER_SUBJECT.test(subject)) && CONGRATULATED.test(text) && !APPLY_NOW.test(text);
  if (offerText || (OFFER_SUBJECT.test(subject) && evidence >= INTERVIEW_EVIDENCE_AT) || congratulatedOffer) {
    // An offer's words in a first approach ("I came across your profile and would like to offer you a job"; "Proposta
    // de trabalho: seu perfil chamou nossa atenção, quando podemos conversar?"): a first approach's sign, and no
    // application, meeting, interview, contract or offer paperwork behind them. The outreach letter is true either way;
    // the offer stays on offer as the alternative.
    if (!applied && !AFTER_INTERVIEW.test(ahead) && !PROCESS_BEHIND.test(all) && !INTERVIEW_STEP.test(all) && !OFFER_PAPERWORK.test(all) && !CONTRACT_WORDS.test(all) && approachSigns(all)) {
      return stage('outreach', 'cold-offer', ['offer']);
    }
    return stage('offer', 'offer');
  }
  // A subject that acknowledges the application in the concept table's words ("Application received", "Candidatura
  // recebida", "Eingangsbestätigung"): interview words under it outline the process to come, unless the mail invites
  // or proposes a time (an outline's "if shortlisted, we will invite you" is left out of `ahead`).
  if (!forward() && !proposedTime() && statedConcepts(subject, () => true).has('received')) return other('acknowledgement', 'acknowledgement');
  const interviewStrong = invitedToInterview || interviewWords;
  // The concept table's invitations to a call or a meeting weigh like weak interview wording: in a first approach
  // they propose a call, which the outreach letter declines truthfully either way.
  const interviewWeak =
    invited ||
    (INTERVIEW_SUBJECT.test(subject) && evidence >= INTERVIEW_EVIDENCE_AT) ||
    (ahead.includes('interview') && (applied || (SCHEDULING.test(ahead) && evidence >= INTERVIEW_EVIDENCE_AT))) ||
    (applied && (SCHEDULING.test(ahead) || SCHEDULING_SOFT.test(ahead)) && MEETING.test(ahead));
  const ack = matches('ack', ACK) || acknowledged;
  // After an interview, with no new step asked for: a status update ("thanks for your time today, we'll be in touch").
  if ((interviewStrong || interviewWeak) && !invitedToInterview && AFTER_INTERVIEW.test(ahead) && !UPCOMING.test(said) && !NEXT_STEP.test(ahead) && !forward()) return other('acknowledgement', 'after-interview');
  // Generic interview wording ("your first interview") also occurs in the news: it needs some job evidence.
  // The concept table's invitations to an interview step passed the job test above: they need no more evidence.
  if (interviewStrong && (invitedToInterview || evidence >= INTERVIEW_EVIDENCE_AT || applied || INTERVIEW_SUBJECT.test(subject) || HIRING_TEST.test(ahead))) {
    // A first approach ("I came across your profile…") that proposes a screening call has not reached an interview
    // yet: the outreach letter is true either way, and the interview stays on offer as the alternative.
    return !applied && COLD_APPROACH.test(all) && !INTERVIEW_SUBJECT.test(subject) && !NEXT_STEP.test(ahead) ? stage('outreach', 'cold-call', ['interview']) : stage('interview', 'interview-strong');
  }
  // Bad news in one sentence with no new date or step ("Unfortunately we will not…", "Leider…nicht") about an
  // application or an interview is a refusal or a cancellation in words the patterns above do not know. A first
  // approach that regrets something ("Unfortunately I couldn't reach you by phone") is still one.
  if ((applied || present.has('interview')) && REGRET.test(said) && !RESCHEDULE.test(all) && !forward() && !proposedTime()) {
    return other('rejection', 'regret');
  }
  // An acknowledgement that speaks of interviews only as what may come ("if your background fits, we will schedule a
  // call", "the typical interview process") invites to nothing yet; one whose subject is an invitation does, and so
  // does one that asks the applicant to talk ("thank you for your application; would you be open to a quick chat?").
  if (ack && !invited && !forward() && !proposedTime() && !INTERVIEW_SUBJECT.test(subject) && !(applied && asksToTalk())) return other('acknowledgement', 'acknowledgement');
  // Weak interview wording with no application behind it ("a quick call on Thursday?") is split evidence: the letter
  // declines the outreach, which is true either way, and the interview stays on offer as the alternative.
  if (interviewWeak) return !applied && approach >= OUTREACH_AT && !INTERVIEW_SUBJECT.test(subject) ? stage('outreach', 'split-call', ['interview']) : stage('interview', 'interview-weak');
  // An acknowledgement of the reader's application that asks the reader to talk ("thanks for applying, I'd love to set
  // up a call with you") is the next step; one that speaks of talking to shortlisted candidates, or on a condition, is not.
  if (ack && !(applied && asksToTalk())) return other('acknowledgement', 'acknowledgement');
  // Outreach is a first approach: mail about the reader's own application that neither invites nor offers is a
  // status update (received, under review, kept on file, declined in words the patterns do not know).
  // An invitation or a request for times after an application is the next step, whatever it is called.
  if (applied) return forward() || asksToTalk() ? stage('interview', 'applied-invited') : other('acknowledgement', 'applied-update');
  if (approach >= OUTREACH_AT) return stage('outreach', 'job-evidence');
  return other('unrelated', 'no-job-talk');
}
