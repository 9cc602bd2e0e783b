/**
 * French letter phrases. The templates are templates/fr/*.mustache.
 *
 * Every tone uses "vous", the rule in French professional mail, even when the recruiter wrote "tu": decided, not
 * overlooked. A recruiter's "tu" to a stranger is house style (some start-ups), and a candidate is not expected
 * to take it up in the letter that ends the contact; "vous" in reply is always correct, a "tu" letter to someone
 * who wrote "vous" would be a blunder, and the address read from a thread can mislead. A "tu" register would
 * need every sentence, closing and template written and reviewed twice for a gain in tone only.
 *
 * "Madame Dupont" needs the recruiter's gender, which only a title in the thread tells: see opening() below.
 *
 * The sender's gender is unknown too, so nothing agrees with "je": no "ravi(e)", no "m'avoir invité(e)".
 *
 * Names inside sentences: "de" and "à" contract with the article a name starts with or takes ("l'équipe du
 * Monde", "le stage au Monde", "le poste à l'Hôpital Necker"); a name without one is a company, "chez Acme". The
 * company is named in {{thePosition}} ("le poste de … chez …") and {{theTeam}} ("l'équipe de …") only, and
 * never twice in one sentence. The role follows core/letter/role.ts: "le poste d'ingénieur logiciel", "le
 * stage" for "Internship". Typography: a narrow no-break space before ; : ! ?, and one apostrophe, the straight
 * one, throughout (render.ts straightens a typographic one in the user's own words).
 */
import type { ThreadCues } from '../model';
import { choose, withoutArticle, type DoorKind, type LetterPhrases, type PhraseContext, type Phrasing, type StagePhrasing, type StandardReason } from './phrases';
import { genericRole, lowerFirst, roleInSentence, type GenericRoles } from './role';

/** Narrow no-break space, before ; : ! ? in French. */
const NNBSP = '\u202F';
const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: ["Il se trouve que j'ai récemment accepté un autre poste, qui correspond à mes projets actuels.", "Je viens d'accepter un poste ailleurs, qui correspond à la direction que je souhaite prendre."],
      formal: ["J'ai en effet récemment accepté un poste dans une autre entreprise.", "J'ai récemment pris un engagement auprès d'une autre entreprise."],
      brief: ["Je viens d'accepter un poste ailleurs.", "Je viens de m'engager auprès d'une autre entreprise."],
    },
  },
  'staying-current-role': {
    default: {
      warm: ["Il me reste beaucoup à accomplir dans mon poste actuel, et j'ai donc choisi d'y rester pour le moment.", "Je me plais dans mon poste actuel, où j'ai encore des projets à mener à bien."],
      formal: ['Il me reste encore beaucoup à accomplir dans mes fonctions actuelles, que je souhaite poursuivre.', "Je souhaite poursuivre mon engagement dans mes fonctions actuelles pour le moment."],
      brief: ['Je reste dans mon poste actuel pour le moment.', 'Je préfère rester dans mon poste actuel pour le moment.'],
    },
  },
  compensation: {
    default: {
      warm: ['La rémunération ne correspond pas tout à fait à mes attentes à ce stade de ma carrière.', "Finalement, la rémunération ne répond pas tout à fait à mes attentes actuelles."],
      formal: ['La rémunération ne correspond pas tout à fait à mes attentes à ce stade de ma carrière.', 'Les conditions de rémunération ne répondent pas tout à fait à mes attentes actuelles.'],
      brief: ['La rémunération ne correspond pas tout à fait à mes attentes.', 'La rémunération ne me convient pas tout à fait.'],
    },
  },
  'career-goals': {
    default: {
      warm: ['Je souhaite orienter ma carrière vers des missions un peu différentes.', "Je souhaite donner une autre orientation à ma carrière."],
      formal: ["Ces missions ne correspondent pas à l'orientation que je souhaite donner à ma carrière.", 'Je souhaite orienter mon parcours professionnel vers un autre domaine.'],
      brief: ['Ces missions ne correspondent pas à mes objectifs professionnels.', 'Je souhaite orienter ma carrière autrement.'],
    },
  },
  location: {
    default: {
      warm: ['Malheureusement, le lieu et les modalités de travail ne sont pas compatibles avec ma situation actuelle.', 'Le lieu et les modalités de travail ne conviennent malheureusement pas à ma situation du moment.'],
      formal: ['Malheureusement, le lieu et les modalités de travail ne sont pas compatibles avec ma situation actuelle.', 'Le lieu et les modalités de travail ne sont malheureusement pas compatibles avec ma situation.'],
      brief: ['Le lieu de travail ne me convient pas pour le moment.', 'Le lieu et les modalités de travail ne conviennent pas à ma situation.'],
    },
  },
  timing: {
    default: {
      warm: ["Ce n'est pas le bon moment pour moi de changer de poste.", 'Je ne suis pas en mesure de changer de poste en ce moment.'],
      formal: ["Le moment n'est pas opportun pour moi d'envisager un changement.", "Ce n'est pas, pour moi, le bon moment pour un changement."],
      brief: ["Ce n'est pas le bon moment pour moi.", "Le moment n'est pas le bon pour moi."],
    },
  },
  // Honnête et concret : un agenda complet, et un processus qui mérite plus de temps que je ne pourrais lui en donner.
  scheduling: {
    default: {
      warm: ["Mon agenda est complet pour les semaines à venir{dates}, et je ne pourrais pas consacrer à votre processus le temps qu'il mérite.", "Mon agenda des prochaines semaines est plein{dates}, et je ne pourrais pas accorder à cet entretien le temps qu'il mérite."],
      formal: ["Mon agenda est entièrement pris pour les semaines à venir{dates}, et je ne serais pas en mesure de consacrer à ce recrutement le temps qu'il mérite.", "Mon agenda est très chargé pour les prochaines semaines{dates}, et je ne pourrais pas accorder à cet entretien l'attention qu'il mérite."],
      brief: ['Mon agenda est complet pour les semaines à venir{dates}, et je ne pourrais pas y consacrer le temps nécessaire.', "Mon agenda des prochaines semaines est plein{dates}, et le temps nécessaire me manquerait."],
    },
  },
  personal: {
    default: {
      warm: ['Des raisons personnelles ne me permettent pas de changer de poste en ce moment.', 'Ma situation personnelle ne me permet pas de changer de poste pour le moment.'],
      formal: ['Pour des raisons personnelles, je ne suis pas en mesure de changer de poste actuellement.', 'Ma situation personnelle ne me permet pas d\'envisager un changement à ce jour.'],
      brief: ['Pour des raisons personnelles, un changement est impossible en ce moment.', "Ma situation personnelle ne me permet pas d'envisager un changement en ce moment."],
    },
  },
  // Une question d'adéquation personnelle, comme le conseillent les guides de carrière : vraie, précise, et qui parle de moi.
  'culture-fit': {
    default: {
      warm: ["Je pense que la culture de travail ne me correspondrait pas tout à fait\u202F; cela tient davantage à ce que je cherche qu'à {yours}.", "Il me semble que la culture de travail ne me correspondrait pas tout à fait, et cela tient davantage à ce que je cherche qu'à {yours}."],
      formal: ["Il me semble que la culture de travail ne me correspondrait pas tout à fait\u202F; cela tient davantage à ce que je cherche qu'à {yours}.", "À mon sens, la culture de travail ne me correspondrait pas tout à fait, ce qui tient davantage à mes propres attentes qu'à {yours}."],
      brief: ['Je crois que la culture de travail ne me correspondrait pas tout à fait.', 'Il me semble que la culture de travail ne me correspondrait pas tout à fait.'],
    },
  },
  'not-looking': {
    default: {
      warm: ['Je me plais là où je suis et ne cherche pas de nouveau poste pour le moment.', 'Je ne cherche pas activement à changer de poste pour le moment.'],
      formal: ["Ma situation actuelle me convient, et je n'envisage pas de changement pour l'instant.", "Je ne suis pas à l'écoute du marché pour le moment."],
      brief: ['Je ne cherche pas à changer de poste pour le moment.', 'Je ne cherche pas de nouveau poste en ce moment.'],
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: 'Cette opportunité ne correspond pas à mes projets du moment.',
  formal: 'Cette opportunité ne correspond pas à mes projets actuels.',
  brief: 'Cette opportunité ne correspond pas à mes projets actuels.',
};

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: ["J'aimerais beaucoup rester en contact, et j'espère que nos chemins se croiseront à nouveau.", "Restons en contact\u202F: j'espère que nos chemins se recroiseront."],
      formal: ["Je reste volontiers en contact, et j'espère que nos chemins se croiseront à l'avenir.", "C'est avec plaisir que je resterai en contact avec vous."],
      brief: ['Je reste volontiers en contact.', 'Restons en contact.'],
    },
  },
  'closer-match': {
    default: {
      warm: ["Restons en contact\u202F: si un poste plus proche de mes attentes se présente à l'avenir, c'est avec plaisir que j'en discuterai avec vous.", "Si un poste plus proche de mes attentes se présente un jour, c'est avec plaisir que j'en discuterai avec vous."],
      formal: ["Je reste volontiers en contact, et c'est avec plaisir que j'étudierai à l'avenir un poste qui me conviendrait mieux.", "J'étudierai avec plaisir, à l'avenir, toute opportunité qui me correspondrait mieux."],
      brief: ["Si un poste plus proche de mes attentes se présente à l'avenir, je suis à votre écoute.", 'Je reste à votre écoute pour toute future opportunité qui me correspondrait mieux.'],
    },
  },
  timing: {
    default: {
      warm: ["J'aimerais beaucoup rester en contact, et j'espère que nous pourrons en reparler plus tard.", "Restons en contact\u202F: le moment sera peut-être plus propice à l'avenir."],
      formal: ['Je reste volontiers en contact, en espérant que nous pourrons échanger à nouveau plus tard.', "J'espère que nous aurons l'occasion d'échanger à nouveau à l'avenir."],
      brief: ["J'espère que nous pourrons en reparler plus tard.", "Restons en contact pour l'avenir."],
    },
  },
  settled: {
    default: {
      warm: ["Si ma situation évolue, je reviendrai vers vous ; d'ici là, je reste volontiers en contact.", 'Je reste volontiers en contact, et je reviendrai vers vous si ma situation évolue.'],
      formal: ['Si ma situation venait à évoluer, je ne manquerais pas de reprendre contact avec vous.', "Je reste volontiers en relation et reviendrai vers vous si ma situation évolue."],
      brief: ['Je reviendrai vers vous si ma situation évolue.', "Je reviendrai vers vous si les choses changent."],
    },
  },
};

/** Institutions named by a noun take an article: "l'Hôpital Necker", "la Société Générale", "le Crédit Agricole". */
const ELIDED = /^(?:Hôpital|Hôtel|Université|Institut|École|Ecole|Agence|Association|Office|Observatoire|Opéra|Académie|Assemblée|Orchestre)\b/;
const FEMININE = /^(?:Société|Banque|Caisse|Mairie|Fondation|Clinique|Maison|Compagnie|Région|Poste|Fédération|Cité)\b/;
const MASCULINE = /^(?:Groupe|Centre|Crédit|Cabinet|Laboratoire|Ministère|Musée|Conseil|Service|Théâtre|Comité|Syndicat)\b/;

/** The name with the article it takes in a sentence: "Le Monde" stays, "Hôpital Necker" → "l'Hôpital Necker". */
function withArticle(name: string): string {
  if (/^(?:le|la|les)\s|^l['’]/i.test(name)) return name;
  if (ELIDED.test(name)) return `l'${name}`;
  if (FEMININE.test(name)) return `la ${name}`;
  if (MASCULINE.test(name)) return `le ${name}`;
  return name;
}

/** "de" before a word, elided: "d'Acme", "d'ingénieur", "de Capgemini". */
function elided(word: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(word) ? `d'${word}` : `de ${word}`;
}

/** "de" before a name, contracted and elided: "du Monde", "de l'Hôpital", "des Échos", "d'Acme". */
function de(name: string): string {
  const named = withArticle(name);
  const m = /^(le|les)\s+(.*)$/i.exec(named);
  if (m) return `${m[1]?.toLowerCase() === 'le' ? 'du' : 'des'} ${m[2]}`;
  if (/^(?:la\s|l['’])/i.test(named)) return `de ${named.charAt(0).toLowerCase()}${named.slice(1)}`;
  return elided(named);
}

/*
 * The salutation and the closing that answers it, in one register. With a first name French has one neutral
 * salutation, "Bonjour Prénom," ("Chère …" and "Madame …" need the gender, used only when the thread gave a
 * title: "Bonjour Madame Raman,"); with only a full name, "Bonjour Prénom Nom,". "Madame, Monsieur," (or "Mesdames,
 * Messieurs," to an organisation nobody signed for) opens only a formal letter to nobody known by name: said to
 * a person who signed, it reads as a form letter. Only such a letter closes with the formula that repeats it;
 * a letter that opens "Bonjour" closes plainly.
 */
interface Opening {
  greeting: string;
  /** The salutation the closing formula repeats, or '' for a plain closing. */
  formula: string;
}

function opening(ctx: PhraseContext): Opening {
  const { tone, firstName, fullName, named, titled } = ctx;
  // "Madame Raman" when the thread gave the title: in a formal letter, or when there is no first name to use.
  if (titled && (tone === 'formal' || !firstName)) return { greeting: `Bonjour ${titled.gender === 'female' ? 'Madame' : 'Monsieur'} ${titled.surname},`, formula: '' };
  if (firstName) return { greeting: `Bonjour ${firstName},`, formula: '' };
  // A person wrote but only their full name is known (splitting it may be wrong): "Bonjour Priya Raman,".
  if (fullName) return { greeting: `Bonjour ${fullName},`, formula: '' };
  if (tone !== 'formal' || named) return { greeting: 'Bonjour,', formula: '' };
  const formula = choose(['Madame, Monsieur', 'Mesdames, Messieurs'], ctx, 9);
  return { greeting: `${formula},`, formula };
}

function signOff(ctx: PhraseContext): string {
  const { formula } = opening(ctx);
  if (formula) return choose([`Je vous prie d'agréer, ${formula}, l'expression de mes salutations distinguées.`, `Veuillez agréer, ${formula}, mes salutations distinguées.`], ctx, 8);
  return choose(ctx.tone === 'warm' ? ['Bien cordialement,', 'Bien à vous,'] : ['Cordialement,', 'Bien à vous,'], ctx, 8);
}

/** French for a generic English role: "Internship" is "le stage" (see thePosition). */
const GENERIC_ROLES: GenericRoles = [
  [/^(?:internship|intern)$/i, 'stage'],
  [/^summer (?:internship|intern)$/i, "stage d'été"],
  [/^(?:apprenticeship|apprentice|working student)$/i, 'alternance'],
];

/** "à" before a name with its article, contracted: "au Monde", "aux Échos", "à l'Hôpital Necker", "à la Poste". */
function a(named: string): string {
  const m = /^(le|les)\s+(.*)$/i.exec(named);
  if (m) return `${m[1]?.toLowerCase() === 'le' ? 'au' : 'aux'} ${m[2]}`;
  return `à ${named.charAt(0).toLowerCase()}${named.slice(1)}`;
}

function thePosition(role: string, company: string): string {
  const title = roleInSentence(genericRole(withoutArticle(role, ['le', 'la', 'les', 'un', 'une']).replace(/^l'\s*/i, ''), GENERIC_ROLES), 'fr');
  // With nothing known, "le poste" at the end of a sentence waits for a complement; "ce poste" points at the one
  // the thread is about.
  if (!title && !company) return 'ce poste';
  let what = 'le poste';
  // "Poste de développeur" or "Stage en marketing" already names the kind of thing.
  if (/^(?:postes?|stage|alternance)\b/i.test(title)) what = `${/^alternance/i.test(title) ? "l'" : 'le '}${lowerFirst(title)}`;
  else if (title) what = `le poste ${elided(title)}`;
  if (!company) return what;
  // "chez Acme", but a name with an article is a place: "au Monde", "à l'Hôpital Necker".
  const named = withArticle(company);
  return /^(?:le|la|les)\s|^l['’]/i.test(named) ? `${what} ${a(named)}` : `${what} chez ${company}`;
}

function touch(cues: ThreadCues, ctx: PhraseContext): string {
  if (ctx.stage === 'interview') {
    // Not the opening's own first words: the formal opening says "Je vous remercie", the warm one "Merci".
    const thanks = ctx.tone === 'formal' ? 'Merci également' : 'Je vous remercie également';
    if (ctx.slots === 'several') return choose([`${thanks} pour les créneaux proposés.`, "C'est aimable à vous de m'avoir proposé plusieurs créneaux."], ctx, 7);
    if (cues.slotDay != null) return choose([`${thanks} pour le créneau proposé pour ${DAYS[cues.slotDay]}.`, `C'est aimable à vous de m'avoir proposé un créneau pour ${DAYS[cues.slotDay]}.`], ctx, 7);
    return '';
  }
  if (ctx.stage === 'offer') {
    if (cues.metDay != null) return `Notre échange de ${DAYS[cues.metDay]} m'a beaucoup plu.`;
    if (cues.person) return `J'ai particulièrement apprécié de rencontrer ${cues.person}.`;
    if (cues.team) return `J'ai particulièrement apprécié de rencontrer l'équipe ${cues.team}.`;
    return '';
  }
  return cues.team ? `L'équipe ${cues.team} semble passionnante.` : '';
}

function regret(cues: ThreadCues): string {
  if (cues.person) return `Je regrette de ne pas pouvoir rencontrer ${cues.person}.`;
  return cues.team ? `Je regrette de ne pas pouvoir rencontrer l'équipe ${cues.team}.` : '';
}

export const PHRASES_FR: LetterPhrases = {
  greeting: (ctx) => opening(ctx).greeting,
  thePosition,
  theTeam: (company) => (company ? `l'équipe ${de(company)}` : 'votre équipe'),
  yours: () => 'votre équipe',
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  touch,
  regret,
  schedulingDates: { one: ', y compris le créneau proposé', several: ', y compris les créneaux proposés' },
  contact(kind, value, ctx) {
    if (kind === 'linkedin') return `Vous pouvez me retrouver sur LinkedIn${NNBSP}: ${value}`;
    if (kind === 'link') return `Vous pouvez aussi me retrouver ici${NNBSP}: ${value}`;
    return ctx.tone === 'formal' ? `Vous pouvez me joindre à l'adresse ${value}.` : `Vous pouvez me joindre à tout moment à l'adresse ${value}.`;
  },
  signOff,
  // "J'ai décidé de me consacrer à …" after "j'ai décidé de décliner" would say "décidé" twice.
  ownReason: (text) => text.replace(/^J['’]ai décidé de\s+/i, 'Je vais '),
};
