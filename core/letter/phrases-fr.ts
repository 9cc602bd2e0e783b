/**
 * French letter phrases. The templates are templates/fr/*.mustache.
 *
 * Every tone uses "vous": it is the rule in French professional mail, whatever the tone. "Madame, Monsieur," and
 * "Madame Dupont," need the recruiter's gender, which the thread does not tell reliably: a known name gets
 * "Bonjour Prénom Nom,", no name the classic "Madame, Monsieur,", which the formal closing formula then echoes.
 *
 * The sender's gender is unknown too, so nothing agrees with "je": no "ravi(e)", "reconnaissant(e)", and no
 * "m'avoir invité(e)/contacté(e)" (a past participle after "m'" would have to agree). The wording uses verbs and
 * nouns instead ("votre confiance me touche", "votre invitation").
 *
 * Typography: a narrow no-break space (U+202F) before ; : ! ? (renderLetter turns a plain space typed there in a
 * template into one). {{thePosition}} ("le poste de … chez …") and {{theTeam}} ("l'équipe de …") are never put
 * after "de" or "à" in the templates, where "le" would have to contract to "du"/"au".
 */
import type { Tone } from './reasons';
import {
  withoutArticle,
  withoutGenderNote,
  type DoorKind,
  type LetterPhrases,
  type Names,
  type Phrasing,
  type StagePhrasing,
  type StandardReason,
} from './phrases';

/** Narrow no-break space, before ; : ! ? in French. */
const NNBSP = '\u202F';

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: "J'ai accepté un autre poste, qui me semble être la bonne étape pour la suite de mon parcours.",
      formal: "J'ai en effet accepté un poste dans une autre entreprise, qui correspond à la prochaine étape de mon parcours professionnel.",
      brief: "J'ai accepté un poste ailleurs.",
    },
    interview: {
      warm: "J'ai récemment accepté une offre ailleurs.",
      formal: "J'ai en effet récemment accepté une autre offre.",
      brief: "J'ai récemment accepté une autre offre.",
    },
    outreach: {
      warm: "Je viens d'accepter un nouveau poste, et je ne souhaite donc pas changer à nouveau pour le moment.",
      formal: "J'ai récemment accepté un nouveau poste et n'envisage pas de changement à l'heure actuelle.",
      brief: "Je viens d'accepter un nouveau poste.",
    },
  },
  'staying-current-role': {
    default: {
      warm: "J'ai réalisé qu'il me reste encore beaucoup à accomplir dans mon poste actuel, et j'ai donc choisi d'y rester pour le moment.",
      formal: "Il me reste encore beaucoup à accomplir dans mes fonctions actuelles, et j'ai donc choisi de les poursuivre pour le moment.",
      brief: "J'ai choisi de rester dans mon poste actuel pour le moment.",
    },
    outreach: {
      warm: "Je me plais beaucoup dans mon poste actuel et j'ai encore de nombreux projets à y mener, je ne cherche donc pas à changer pour le moment.",
      formal: "Je souhaite poursuivre mon engagement dans mes fonctions actuelles et n'envisage pas de changement pour le moment.",
      brief: 'Je reste dans mon poste actuel pour le moment.',
    },
  },
  compensation: {
    default: {
      warm: 'Au final, la rémunération proposée ne correspond pas tout à fait à mes attentes à ce stade de ma carrière.',
      formal: 'En définitive, la rémunération proposée ne correspond pas tout à fait à mes attentes à ce stade de ma carrière.',
      brief: 'La rémunération ne correspond pas tout à fait à mes attentes.',
    },
    interview: {
      warm: 'Après avoir examiné les détails de plus près, je ne pense pas que la rémunération corresponde tout à fait à mes attentes à ce stade.',
      formal: 'Après examen des conditions proposées, je ne pense pas que la rémunération puisse correspondre à mes attentes à ce stade de ma carrière.',
      brief: 'La rémunération ne correspondrait pas tout à fait à mes attentes.',
    },
    outreach: {
      warm: "La rémunération n'est pas tout à fait en phase avec ce que je recherche en ce moment.",
      formal: 'La rémunération ne correspond pas tout à fait à ce que je recherche actuellement.',
      brief: 'La rémunération ne correspond pas tout à fait à ce que je recherche.',
    },
  },
  'career-goals': {
    default: {
      warm: "J'ai réalisé que ce poste ne correspond pas tout à fait à l'orientation que je souhaite donner à ma carrière.",
      formal: "J'en ai conclu que ce poste ne correspond pas à l'orientation que je souhaite donner à ma carrière.",
      brief: 'Le poste ne correspond pas tout à fait à mes objectifs professionnels.',
    },
    interview: {
      warm: "En réfléchissant davantage à ma prochaine étape, j'ai réalisé que ce poste ne correspond pas tout à fait à l'orientation que je souhaite donner à ma carrière.",
      formal: "À la réflexion, je ne pense pas que ce poste s'inscrive dans l'orientation que je souhaite donner à ma carrière.",
      brief: 'Le poste ne correspond pas tout à fait à mes objectifs professionnels.',
    },
    outreach: {
      warm: 'Je souhaite en ce moment orienter ma carrière dans une direction un peu différente, et ce poste ne me semble donc pas être le bon choix.',
      formal: "J'oriente actuellement ma carrière dans une autre direction, et ce poste ne me semble donc pas adapté.",
      brief: "Ce n'est pas tout à fait l'orientation que je souhaite donner à ma carrière.",
    },
  },
  location: {
    default: {
      warm: 'Malheureusement, le lieu et les modalités de travail ne sont pas compatibles avec ma situation actuelle.',
      formal: 'Malheureusement, le lieu et les modalités de travail proposés ne sont pas compatibles avec ma situation personnelle actuelle.',
      brief: 'Le lieu et les modalités de travail ne me conviennent pas pour le moment.',
    },
    interview: {
      warm: "J'ai réalisé que le lieu et les modalités de travail ne seraient pas compatibles avec ma situation actuelle.",
      formal: "Il m'apparaît que le lieu et les modalités de travail ne seraient pas compatibles avec ma situation personnelle actuelle.",
      brief: 'Le lieu et les modalités de travail ne me conviendraient pas pour le moment.',
    },
    outreach: {
      warm: 'Malheureusement, le lieu et les modalités de travail ne seraient pas compatibles avec ma situation du moment.',
      formal: 'Malheureusement, le lieu et les modalités de travail ne seraient pas compatibles avec ma situation personnelle actuelle.',
      brief: 'Le lieu et les modalités de travail ne me conviendraient pas pour le moment.',
    },
  },
  timing: {
    default: {
      warm: "Pour des raisons personnelles, ce n'est pas le bon moment pour moi de changer de poste.",
      formal: "Pour des raisons personnelles, le moment n'est pas opportun pour un changement professionnel.",
      brief: "Le moment n'est pas idéal pour moi.",
    },
    outreach: {
      warm: "Pour des raisons personnelles, ce n'est pas le bon moment pour moi d'envisager un changement.",
      formal: "Pour des raisons personnelles, le moment n'est pas opportun pour envisager un changement.",
      brief: "Ce n'est pas le bon moment pour moi.",
    },
  },
  'culture-fit': {
    default: {
      warm: "J'ai réalisé qu'un environnement de travail un peu différent me conviendrait mieux à ce stade de ma carrière.",
      formal: "À la réflexion, je pense qu'un environnement de travail différent me conviendrait davantage à ce stade de mon parcours.",
      brief: 'Je recherche un environnement de travail un peu différent.',
    },
  },
  'not-looking': {
    default: {
      warm: 'Je me sens bien là où je suis et je ne recherche pas activement de nouveau poste en ce moment.',
      formal: 'Mon poste actuel me donne entière satisfaction et je ne recherche pas de changement pour le moment.',
      brief: "Je ne suis pas à la recherche d'un nouveau poste en ce moment.",
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: 'Je ne pense pas que ce soit la bonne étape pour moi en ce moment.',
  formal: "J'en ai conclu que ce n'était pas la bonne décision pour moi à l'heure actuelle.",
  brief: "Ce n'est pas le bon choix pour moi en ce moment.",
};

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: "J'aimerais beaucoup rester en contact, et j'espère que nos chemins se croiseront à nouveau.",
      formal: "Je reste volontiers en contact avec vous, et j'espère que nos chemins se croiseront de nouveau à l'avenir.",
      brief: 'Je reste volontiers en contact.',
    },
    outreach: {
      warm: "Je reste volontiers en contact, alors n'hésitez pas à revenir vers moi à l'avenir.",
      formal: 'Je reste volontiers en contact et vous remercie de penser à moi pour de futures opportunités.',
      brief: "Je reste volontiers en contact pour l'avenir.",
    },
  },
  'closer-match': {
    default: {
      warm: "J'aimerais beaucoup rester en contact, et si un poste plus proche de mes attentes se présente à l'avenir, n'hésitez pas à m'en parler.",
      formal: "Je reste volontiers en contact, et c'est avec plaisir que j'étudierai à l'avenir tout poste plus proche de mon profil.",
      brief: "Si un poste plus proche de mes attentes se présente à l'avenir, n'hésitez pas à m'en parler.",
    },
  },
  timing: {
    default: {
      warm: "J'aimerais beaucoup rester en contact, et j'espère que nous aurons l'occasion d'échanger à nouveau plus tard.",
      formal: 'Je reste volontiers en contact, en espérant que nous puissions échanger à nouveau lorsque ma situation le permettra.',
      brief: "J'espère que nous pourrons en reparler plus tard.",
    },
  },
  settled: {
    default: {
      warm: "Si ma situation évolue, je ne manquerai pas de revenir vers vous. D'ici là, je reste volontiers en contact.",
      formal: "Si ma situation venait à évoluer, je ne manquerais pas de reprendre contact avec vous, et je reste volontiers en relation d'ici là.",
      brief: 'Je reviendrai vers vous si ma situation évolue.',
    },
  },
};

function greeting(tone: Tone, { firstName, fullName }: Names): string {
  if (tone === 'formal') {
    const name = fullName || firstName;
    return name ? `Bonjour ${name},` : 'Madame, Monsieur,';
  }
  const name = firstName || fullName;
  return name ? `Bonjour ${name},` : 'Bonjour,';
}

function signOff(tone: Tone, { firstName, fullName }: Names): string {
  if (tone === 'warm') return 'Bien cordialement,';
  if (tone === 'brief') return 'Cordialement,';
  // The formula repeats the salutation when it was "Madame, Monsieur,".
  return fullName || firstName
    ? "Je vous prie d'agréer l'expression de mes salutations distinguées."
    : "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.";
}

/** "de" with elision before a vowel: "le poste d'ingénieur", "l'équipe d'Acme". An h is left alone: "de Head of Data". */
function de(word: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(word) ? `d'${word}` : `de ${word}`;
}

function thePosition(role: string, company: string): string {
  const title = withoutArticle(withoutGenderNote(role), ['le', 'la', 'les', 'un', 'une']).replace(/^l'\s*/i, '');
  let what = 'le poste';
  // "Poste de développeur" already names the kind of thing.
  if (/^postes?\s+(?:de\s|d')/i.test(title)) what = `le ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  else if (title) what = `le poste ${de(title)}`;
  return company ? `${what} chez ${company}` : what;
}

export const PHRASES_FR: LetterPhrases = {
  greeting,
  thePosition,
  theTeam: (company) => (company ? `l'équipe ${de(company)}` : 'votre équipe'),
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  contact(kind, value, tone) {
    if (kind === 'linkedin') return `Vous pouvez me retrouver sur LinkedIn${NNBSP}: ${value}`;
    if (kind === 'link') return `Vous pouvez aussi me retrouver ici${NNBSP}: ${value}`;
    return tone === 'formal'
      ? `Vous pouvez me joindre à l'adresse ${value}.`
      : `Vous pouvez me joindre à tout moment à l'adresse ${value}.`;
  },
  signOff,
};
