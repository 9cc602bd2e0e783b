/**
 * Spanish letter phrases. The templates are templates/es/*.mustache.
 *
 * Address follows the tone: the formal letter uses "usted"; the warm and brief ones use "tú", which is what most
 * Spanish-language recruiting mail (especially in tech, and from Spain) uses and what reads as warm rather than
 * distant. Someone writing to a recruiter who used "usted" picks the formal tone. No form of "vosotros" or of
 * the plural "ustedes" verb for "tú y tu equipo" is used, so the letters read right in Spain and in Latin America.
 *
 * "Estimado/Estimada …" needs the recruiter's gender, which the thread does not tell reliably: the formal letter
 * opens with "Buenos días, Nombre Apellido:", the others with "Hola, Nombre:". With no name it is "Buenos días:"
 * rather than "Estimado equipo de selección:", because the letter goes on in the singular "usted" (a team would
 * be "ustedes"). The salutation takes a colon, as the RAE recommends for letters.
 *
 * The sender's gender is unknown too, so nothing agrees with "yo": no "agradecido/a", "encantado/a",
 * "interesado/a"; the wording uses verbs instead ("te agradezco", "me encantaría").
 *
 * {{thePosition}} ("el puesto de … en …") and {{theTeam}} ("el equipo de …") are never put after "de" or "a" in
 * the templates, where "el" would have to contract to "del"/"al".
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

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: 'He aceptado otro puesto que considero el siguiente paso adecuado para mí.',
      formal: 'He aceptado un puesto en otra empresa que considero el paso adecuado para mi desarrollo profesional.',
      brief: 'He aceptado un puesto en otra empresa.',
    },
    interview: {
      warm: 'Recientemente he aceptado una oferta en otra empresa.',
      formal: 'Recientemente he aceptado una oferta de otra empresa.',
      brief: 'Acabo de aceptar otra oferta.',
    },
    outreach: {
      warm: 'Acabo de empezar en un nuevo puesto, así que ahora mismo no busco otro cambio.',
      formal: 'Recientemente me he incorporado a un nuevo puesto y no contemplo un cambio en este momento.',
      brief: 'Acabo de aceptar un nuevo puesto.',
    },
  },
  'staying-current-role': {
    default: {
      warm: 'Me he dado cuenta de que todavía tengo mucho por hacer en mi puesto actual, así que por ahora me quedo donde estoy.',
      formal: 'Todavía me queda mucho por aportar en mi puesto actual, por lo que he decidido continuar en él por ahora.',
      brief: 'Por ahora me quedo en mi puesto actual.',
    },
    outreach: {
      warm: 'Estoy muy a gusto en mi puesto actual y todavía tengo mucho por hacer allí, así que ahora mismo no busco un cambio.',
      formal: 'Mantengo mi compromiso con mi puesto actual y no contemplo un cambio en este momento.',
      brief: 'Por ahora sigo en mi puesto actual.',
    },
  },
  compensation: {
    default: {
      warm: 'Al final, el paquete de compensación no termina de encajar con lo que necesito en esta etapa de mi carrera.',
      formal: 'En definitiva, el paquete retributivo no se ajusta del todo a mis necesidades en esta etapa de mi carrera.',
      brief: 'La remuneración no se ajusta del todo a lo que busco.',
    },
    interview: {
      warm: 'Después de revisar los detalles con más calma, creo que la remuneración no terminaría de encajar con lo que necesito en este momento.',
      formal: 'Tras revisar las condiciones, considero que la remuneración no se ajustaría a mis necesidades en esta etapa de mi carrera.',
      brief: 'La remuneración no se ajustaría del todo a lo que busco.',
    },
    outreach: {
      warm: 'La remuneración no está del todo en línea con lo que busco en este momento.',
      formal: 'La remuneración no se ajusta del todo a lo que busco en este momento.',
      brief: 'La remuneración no es del todo lo que busco.',
    },
  },
  'career-goals': {
    default: {
      warm: 'Me he dado cuenta de que el puesto no encaja del todo con la dirección que quiero dar a mi carrera.',
      formal: 'He llegado a la conclusión de que el puesto no se ajusta a la dirección que deseo dar a mi carrera profesional.',
      brief: 'El puesto no encaja del todo con mis objetivos profesionales.',
    },
    interview: {
      warm: 'Pensando más en mi próximo paso, me he dado cuenta de que el puesto no encaja del todo con la dirección que quiero dar a mi carrera.',
      formal: 'Tras reflexionar, considero que el puesto no está alineado con la dirección que deseo dar a mi carrera.',
      brief: 'El puesto no encaja del todo con mis objetivos profesionales.',
    },
    outreach: {
      warm: 'Ahora mismo estoy orientando mi carrera en una dirección algo distinta, así que no creo que este puesto sea el adecuado.',
      formal: 'Actualmente estoy orientando mi carrera en otra dirección, por lo que no considero que este puesto sea el adecuado.',
      brief: 'No encaja del todo con el rumbo que quiero dar a mi carrera.',
    },
  },
  location: {
    default: {
      warm: 'Lamentablemente, la ubicación y la modalidad de trabajo no encajan con mis circunstancias actuales.',
      formal: 'Lamentablemente, la ubicación y la modalidad de trabajo no son compatibles con mis circunstancias actuales.',
      brief: 'La ubicación y la modalidad de trabajo no encajan con mi situación ahora mismo.',
    },
    interview: {
      warm: 'Me he dado cuenta de que la ubicación y la modalidad de trabajo no encajarían con mis circunstancias actuales.',
      formal: 'He comprobado que la ubicación y la modalidad de trabajo no serían compatibles con mis circunstancias actuales.',
      brief: 'La ubicación y la modalidad de trabajo no encajarían con mi situación ahora mismo.',
    },
    outreach: {
      warm: 'Lamentablemente, la ubicación y la modalidad de trabajo no encajarían con mis circunstancias en este momento.',
      formal: 'Lamentablemente, la ubicación y la modalidad de trabajo no serían compatibles con mis circunstancias actuales.',
      brief: 'La ubicación y la modalidad de trabajo no encajarían con mi situación ahora mismo.',
    },
  },
  timing: {
    default: {
      warm: 'Por circunstancias personales, ahora no es el momento adecuado para hacer un cambio.',
      formal: 'Debido a circunstancias personales, este no es el momento adecuado para realizar un cambio.',
      brief: 'Ahora no es el momento adecuado para mí.',
    },
    outreach: {
      warm: 'Por circunstancias personales, ahora no es el momento adecuado para plantearme un cambio.',
      formal: 'Debido a circunstancias personales, este no es el momento adecuado para considerar un cambio.',
      brief: 'Ahora mismo no es buen momento para mí.',
    },
  },
  'culture-fit': {
    default: {
      warm: 'Me he dado cuenta de que, en este momento de mi carrera, encajaría mejor en un entorno de trabajo algo distinto.',
      formal: 'Tras reflexionar, considero que un entorno de trabajo diferente se ajustaría mejor a esta etapa de mi carrera.',
      brief: 'Busco un entorno de trabajo algo distinto.',
    },
  },
  'not-looking': {
    default: {
      warm: 'Estoy muy a gusto donde estoy y ahora mismo no busco activamente un nuevo puesto.',
      formal: 'Mi puesto actual me satisface plenamente y no busco un cambio por el momento.',
      brief: 'Ahora mismo no estoy buscando un nuevo puesto.',
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: 'Siento que no es el paso adecuado para mí en este momento.',
  formal: 'He llegado a la conclusión de que no es el paso adecuado para mí en este momento.',
  brief: 'Ahora mismo no es el paso adecuado para mí.',
};

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: 'Me encantaría seguir en contacto, y espero que nuestros caminos vuelvan a cruzarse.',
      formal: 'Me gustaría mantener el contacto, y espero que nuestros caminos vuelvan a cruzarse en el futuro.',
      brief: 'Me encantaría seguir en contacto.',
    },
    outreach: {
      warm: 'Me encantaría seguir en contacto, así que no dudes en escribirme en el futuro.',
      formal: 'Me gustaría mantener el contacto, y le agradecería que me tuviera en cuenta para futuras oportunidades.',
      brief: 'Sigamos en contacto para el futuro.',
    },
  },
  'closer-match': {
    default: {
      warm: 'Me encantaría seguir en contacto, y si en el futuro surge un puesto que encaje mejor, no dudes en contármelo.',
      formal: 'Me gustaría mantener el contacto, y le agradecería que me tuviera en cuenta para futuros puestos que se ajusten mejor a mi perfil.',
      brief: 'Si en el futuro surge algo que encaje mejor, no dudes en escribirme.',
    },
  },
  timing: {
    default: {
      warm: 'Me encantaría seguir en contacto, y espero que podamos retomar la conversación más adelante.',
      formal: 'Me gustaría mantener el contacto, y espero que podamos retomar la conversación cuando mis circunstancias lo permitan.',
      brief: 'Ojalá podamos retomarlo más adelante.',
    },
  },
  settled: {
    default: {
      warm: 'Si mi situación cambia, te escribiré sin falta. Mientras tanto, me encantaría seguir en contacto.',
      formal: 'Si mis circunstancias cambiaran, no dudaría en ponerme en contacto con usted; mientras tanto, será un placer seguir en comunicación.',
      brief: 'Si mi situación cambia, te escribiré.',
    },
  },
};

const SIGN_OFF: Record<Tone, string> = { warm: 'Un cordial saludo,', formal: 'Atentamente,', brief: 'Saludos,' };

function greeting(tone: Tone, { firstName, fullName }: Names): string {
  if (tone === 'formal') {
    const name = fullName || firstName;
    return name ? `Buenos días, ${name}:` : 'Buenos días:';
  }
  const name = firstName || fullName;
  return name ? `Hola, ${name}:` : 'Hola:';
}

function thePosition(role: string, company: string): string {
  const title = withoutArticle(withoutGenderNote(role), ['el', 'la', 'los', 'las', 'un', 'una']);
  let what = 'el puesto';
  // "Puesto de técnico" or "Vacante de analista" already names the kind of thing.
  if (/^(?:puesto|vacante|cargo)\s+de\s/i.test(title)) {
    const article = /^vacante/i.test(title) ? 'la' : 'el';
    what = `${article} ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  } else if (title) what = `el puesto de ${title}`;
  return company ? `${what} en ${company}` : what;
}

export const PHRASES_ES: LetterPhrases = {
  greeting,
  thePosition,
  theTeam: (company, tone) => (company ? `el equipo de ${company}` : tone === 'formal' ? 'su equipo' : 'tu equipo'),
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  contact(kind, value, tone) {
    const formal = tone === 'formal';
    if (kind === 'linkedin') return `${formal ? 'Puede' : 'Puedes'} encontrarme en LinkedIn: ${value}`;
    if (kind === 'link') return `También ${formal ? 'puede' : 'puedes'} encontrarme aquí: ${value}`;
    return formal ? `Puede escribirme a ${value}.` : `Puedes escribirme cuando quieras a ${value}.`;
  },
  signOff: (tone) => SIGN_OFF[tone],
};
