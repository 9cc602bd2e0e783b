/**
 * French letter phrases. The templates are templates/fr/*.mustache.
 *
 * Every tone uses "vous", the rule in French professional mail. "Madame Dupont" needs the recruiter's gender,
 * which the thread does not tell reliably: a known first name gets "Bonjour Prénom,", and then the letter closes
 * with a plain "Cordialement" (the long formula would clash with "Bonjour"); with no first name the formal letter
 * opens "Madame, Monsieur," and the closing formula echoes it.
 *
 * The sender's gender is unknown too, so nothing agrees with "je": no "ravi(e)", no "m'avoir invité(e)".
 *
 * Names inside sentences: "de" and "à" contract with the article a name starts with ("l'équipe du Monde", "au
 * sein de l'Hôpital Necker"); the company is named in {{thePosition}} ("le poste de … chez …") and
 * {{theTeam}} ("l'équipe de …") only. Typography: a narrow no-break space before ; : ! ?.
 */
import type { ThreadCues } from '../model';
import { choose, withoutArticle, type DoorKind, type LetterPhrases, type PhraseContext, type Phrasing, type StagePhrasing, type StandardReason } from './phrases';

/** Narrow no-break space, before ; : ! ? in French. */
const NNBSP = '\u202F';
const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: ["J'ai récemment accepté un autre poste, qui me semble être la bonne étape pour la suite.", "Je viens d'accepter un poste ailleurs, qui correspond à la direction que je souhaite prendre."],
      formal: ["J'ai en effet récemment accepté un poste dans une autre entreprise.", "J'ai entre-temps pris un engagement auprès d'une autre entreprise."],
      brief: ["J'ai accepté un poste ailleurs.", "Je viens d'accepter une autre offre."],
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
      warm: ['La rémunération ne correspond pas tout à fait à mes attentes à ce stade de ma carrière.', 'Au final, la rémunération ne répond pas tout à fait à mes besoins actuels.'],
      formal: ['La rémunération ne correspond pas tout à fait à mes attentes à ce stade de ma carrière.', 'Les conditions de rémunération ne répondent pas tout à fait à mes attentes actuelles.'],
      brief: ['La rémunération ne correspond pas tout à fait à mes attentes.', 'La rémunération ne me convient pas tout à fait.'],
    },
  },
  'career-goals': {
    default: {
      warm: ['Je souhaite orienter ma carrière dans une direction un peu différente de celle de ce poste.', "Ma prochaine étape doit m'emmener dans une autre direction que celle de ce poste."],
      formal: ["Ce poste ne correspond pas à l'orientation que je souhaite donner à ma carrière.", 'Je souhaite orienter mon parcours professionnel vers un autre domaine.'],
      brief: ['Le poste ne correspond pas à mes objectifs professionnels.', 'Je souhaite orienter ma carrière autrement.'],
    },
  },
  location: {
    default: {
      warm: ['Malheureusement, le lieu de travail et les modalités ne sont pas compatibles avec ma situation actuelle.', 'Le lieu de travail et les modalités ne conviennent malheureusement pas à ma situation du moment.'],
      formal: ['Malheureusement, le lieu de travail et les modalités ne sont pas compatibles avec ma situation actuelle.', 'Le lieu de travail et les modalités ne sont malheureusement pas compatibles avec ma situation.'],
      brief: ['Le lieu de travail ne me convient pas pour le moment.', 'Le lieu et les modalités ne conviennent pas à ma situation.'],
    },
  },
  timing: {
    default: {
      warm: ["Ce n'est pas le bon moment pour moi de changer de poste.", 'Le moment est mal choisi pour moi pour un changement.'],
      formal: ["Le moment n'est pas opportun pour moi d'envisager un changement.", "Ce n'est pas, pour moi, le bon moment pour un changement."],
      brief: ["Ce n'est pas le bon moment pour moi.", 'Le moment ne me convient pas.'],
    },
  },
  scheduling: {
    default: {
      warm: ['Je ne suis malheureusement pas disponible aux dates proposées, et je ne veux pas retarder votre processus.', "Mon agenda ne me permet pas de me libérer aux dates proposées, et je préfère ne pas retarder votre processus."],
      formal: ['Je ne suis malheureusement pas disponible aux dates proposées et ne souhaite pas retarder votre processus de recrutement.', 'Mon agenda ne me permet pas de me libérer aux dates proposées, et je ne souhaite pas retarder votre processus.'],
      brief: ['Je ne suis pas disponible aux dates proposées.', 'Les dates proposées ne conviennent pas à mon agenda.'],
    },
  },
  personal: {
    default: {
      warm: ['Des raisons personnelles ne me permettent pas de changer de poste en ce moment.', 'Ma situation personnelle ne me permet pas de changer de poste pour le moment.'],
      formal: ['Pour des raisons personnelles, je ne suis pas en mesure de changer de poste actuellement.', 'Ma situation personnelle ne me permet pas d\'envisager un changement à ce jour.'],
      brief: ['Pour des raisons personnelles, un changement est impossible en ce moment.', 'Ma situation personnelle ne permet pas de changement en ce moment.'],
    },
  },
  'culture-fit': {
    default: {
      warm: ['Je recherche un environnement dont la culture et les valeurs sont plus proches des miennes.', "Je souhaite avant tout rejoindre une entreprise dont la culture et les valeurs rejoignent davantage les miennes."],
      formal: ['Je recherche une organisation dont la culture et les valeurs correspondent plus étroitement aux miennes.', 'Je souhaite rejoindre une structure dont les valeurs sont plus proches des miennes.'],
      brief: ['Je recherche une culture plus proche de mes valeurs.', 'Je cherche un environnement plus proche de mes valeurs.'],
    },
  },
  'not-looking': {
    default: {
      warm: ['Je me plais là où je suis et ne cherche pas de nouveau poste pour le moment.', 'Je ne suis pas en recherche active pour le moment.'],
      formal: ["Ma situation actuelle me convient, et je n'envisage pas de changement pour l'instant.", "Je ne suis pas en recherche active pour le moment."],
      brief: ['Je ne cherche pas de nouveau poste pour le moment.', 'Je ne suis pas en recherche en ce moment.'],
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: "Ce n'est pas la bonne étape pour moi en ce moment.",
  formal: "Il ne s'agit pas de la bonne étape pour moi à ce jour.",
  brief: "Ce n'est pas la bonne étape pour moi.",
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
      warm: ["Restons en contact\u202F: si un poste plus proche de mes attentes se présente à l'avenir, n'hésitez pas à m'en parler.", "Si un poste plus proche de mes attentes se présente un jour, n'hésitez pas à revenir vers moi."],
      formal: ["Je reste volontiers en contact, et c'est avec plaisir que j'étudierai à l'avenir tout poste plus proche de mon profil.", "J'étudierai avec plaisir tout poste futur plus proche de mon profil."],
      brief: ["Si un poste plus proche de mes attentes se présente, n'hésitez pas à m'en parler.", "N'hésitez pas à revenir vers moi pour un poste plus proche de mon profil."],
    },
  },
  timing: {
    default: {
      warm: ["J'aimerais beaucoup rester en contact, et j'espère que nous pourrons en reparler plus tard.", "Restons en contact\u202F: le moment sera peut-être plus propice à l'avenir."],
      formal: ['Je reste volontiers en contact, en espérant que nous puissions échanger à nouveau plus tard.', "J'espère que nous aurons l'occasion d'échanger à nouveau à l'avenir."],
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

/** "de" before a name or noun, contracted and elided: "du Monde", "de l'Hôpital", "des Échos", "d'Acme". */
function de(word: string): string {
  const named = withArticle(word);
  const m = /^(le|les)\s+(.*)$/i.exec(named);
  if (m) return `${m[1]?.toLowerCase() === 'le' ? 'du' : 'des'} ${m[2]}`;
  if (/^(?:la\s|l['’])/i.test(named)) return `de ${named.charAt(0).toLowerCase()}${named.slice(1)}`;
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(named) ? `d'${named}` : `de ${named}`;
}

function greeting({ tone, firstName }: PhraseContext): string {
  if (firstName) return `Bonjour ${firstName},`;
  return tone === 'formal' ? 'Madame, Monsieur,' : 'Bonjour,';
}

function signOff(ctx: PhraseContext): string {
  if (ctx.tone === 'warm') return choose(['Bien cordialement,', 'Bien à vous,'], ctx, 8);
  if (ctx.tone === 'brief' || ctx.firstName) return choose(['Cordialement,', 'Bien à vous,'], ctx, 8);
  // The formula belongs to a letter that opened "Madame, Monsieur," and repeats it.
  return choose(["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "Veuillez agréer, Madame, Monsieur, mes salutations distinguées."], ctx, 8);
}

function thePosition(role: string, company: string): string {
  const title = withoutArticle(role, ['le', 'la', 'les', 'un', 'une']).replace(/^l'\s*/i, '');
  let what = 'le poste';
  // "Poste de développeur" or "Stage en marketing" already names the kind of thing.
  if (/^(?:postes?|stage|alternance)\b/i.test(title)) what = `${/^alternance/i.test(title) ? "l'" : 'le '}${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  else if (title) what = `le poste ${de(title)}`;
  if (!company) return what;
  // "chez Acme", but an institution is a place: "au sein de l'Hôpital Necker", "au sein du Monde".
  return withArticle(company) === company ? `${what} chez ${company}` : `${what} au sein ${de(company)}`;
}

function touch(cues: ThreadCues, ctx: PhraseContext): string {
  if (ctx.stage === 'interview') {
    if (cues.person) return `Je regrette de ne pas pouvoir rencontrer ${cues.person}.`;
    if (cues.team) return `Je regrette de ne pas pouvoir rencontrer l'équipe ${cues.team}.`;
    if (cues.slotDay != null) return choose([`Merci aussi d'avoir proposé un créneau ${DAYS[cues.slotDay]}.`, `C'était aimable de proposer un créneau ${DAYS[cues.slotDay]}.`], ctx, 7);
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

export const PHRASES_FR: LetterPhrases = {
  greeting,
  thePosition,
  theTeam: (company) => (company ? `l'équipe ${de(company)}` : 'votre équipe'),
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  touch,
  contact(kind, value, ctx) {
    if (kind === 'linkedin') return `Vous pouvez me retrouver sur LinkedIn${NNBSP}: ${value}`;
    if (kind === 'link') return `Vous pouvez aussi me retrouver ici${NNBSP}: ${value}`;
    return ctx.tone === 'formal' ? `Vous pouvez me joindre à l'adresse ${value}.` : `Vous pouvez me joindre à tout moment à l'adresse ${value}.`;
  },
  signOff,
  // "J'ai décidé de me consacrer à …" after "j'ai décidé de décliner" would say "décidé" twice.
  ownReason: (text) => text.replace(/^J['’]ai décidé de\s+/i, 'Je vais '),
};
