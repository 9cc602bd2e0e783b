/**
 * Spanish letter phrases. The templates are templates/es/*.mustache.
 *
 * Address follows the recruiter: "usted" when they wrote "usted", "tú" when they wrote "tú"; when the thread
 * does not tell, the formal tone uses "usted" and the warm and brief ones "tú" (what most Spanish-language
 * recruiting mail uses). The phrases here never address the reader, so they fit either; the templates choose
 * with {{#formalAddress}}. No "vosotros" or plural "ustedes", so the letters read right in Spain and in Latin
 * America. "Estimado/Estimada" needs the recruiter's gender, so it is used only when the thread gave a title
 * ("Estimada Sra. Raman:"); a known name gets "Hola, Nombre:" or "Buenos días, Nombre:" (the full name when
 * that is all we have), and nobody "Buenos días:" or "¡Hola!" (RAE: a colon after the salutation; a bare "Hola:"
 * looks unfinished).
 *
 * The sender's gender is unknown too, so nothing agrees with "yo": no "agradecido/a", "encantado/a".
 * Names inside sentences: an institution named by a noun takes its article, contracted after "de" and "en"
 * ("del Banco Santander", "en el Hospital Clínic"); a name whose article is part of it keeps it and is not
 * contracted in writing ("de El País", as the RAE's Diccionario panhispánico de dudas asks: "a El Cairo").
 * The role follows core/letter/role.ts: job names in lower case ("el puesto de analista de datos"), "las
 * prácticas" for "Internship", a title-case title as written.
 */
import type { ThreadCues } from '../model';
import { choose, withoutArticle, type DoorKind, type LetterPhrases, type PhraseContext, type Phrasing, type StagePhrasing, type StandardReason } from './phrases';
import { genericRole, lowerFirst, roleInSentence, type GenericRoles } from './role';

const DAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: ['Hace poco he aceptado otra oferta, que encaja con lo que busco ahora.', 'Acabo de aceptar un puesto en otra empresa que encaja con lo que busco.'],
      formal: ['Recientemente he aceptado un puesto en otra empresa.', 'Hace poco he asumido un compromiso con otra empresa.'],
      brief: ['Ya he aceptado otra oferta.', 'Acabo de aceptar otro puesto.'],
    },
  },
  'staying-current-role': {
    default: {
      warm: ['Todavía tengo mucho por hacer en mi puesto actual, así que por ahora me quedo donde estoy.', 'Estoy a gusto en mi puesto actual y aún quiero terminar varios proyectos allí.'],
      formal: ['Todavía me queda mucho por aportar en mi puesto actual, en el que continuaré por ahora.', 'Deseo continuar en mi puesto actual, donde aún me queda mucho por aportar.'],
      brief: ['Por ahora sigo en mi puesto actual.', 'Por ahora me quedo en mi puesto actual.'],
    },
  },
  compensation: {
    default: {
      warm: ['La remuneración no termina de encajar con mis expectativas en esta etapa de mi carrera.', 'Al final, la remuneración no se ajusta del todo a mis expectativas actuales.'],
      formal: ['La remuneración no se ajusta del todo a mis expectativas en esta etapa de mi carrera.', 'Las condiciones retributivas no se ajustan del todo a mis expectativas actuales.'],
      brief: ['La remuneración no se ajusta del todo a lo que busco.', 'La remuneración no es del todo lo que busco.'],
    },
  },
  'career-goals': {
    default: {
      warm: ['Quiero orientar mi carrera en una dirección algo distinta.', 'Quiero dar a mi carrera una dirección diferente.'],
      formal: ['Esta oportunidad no se ajusta a la dirección que deseo dar a mi carrera profesional.', 'Actualmente estoy orientando mi carrera hacia otro ámbito.'],
      brief: ['Esta oportunidad no encaja con mis objetivos profesionales.', 'Quiero dar otro rumbo a mi carrera.'],
    },
  },
  location: {
    default: {
      warm: ['Lamentablemente, la ubicación y la modalidad de trabajo no encajan con mis circunstancias actuales.', 'La ubicación y la modalidad de trabajo no encajan, por desgracia, con mi situación actual.'],
      formal: ['Lamentablemente, la ubicación y la modalidad de trabajo no son compatibles con mis circunstancias actuales.', 'La ubicación y la modalidad de trabajo no resultan compatibles con mi situación actual.'],
      brief: ['La ubicación no encaja con mi situación ahora mismo.', 'La ubicación y la modalidad de trabajo no encajan con mi situación.'],
    },
  },
  timing: {
    default: {
      warm: ['Ahora mismo no es el momento adecuado para hacer un cambio.', 'El momento no es el adecuado para cambiar de trabajo.'],
      formal: ['Este no es el momento adecuado para realizar un cambio.', 'En estos momentos no me es posible plantearme un cambio.'],
      brief: ['Ahora no es el momento adecuado para mí.', 'Ahora mismo no es buen momento para mí.'],
    },
  },
  // Honesto y concreto: la agenda llena, y un proceso que merece más tiempo del que podría dedicarle.
  scheduling: {
    default: {
      warm: ['Mi agenda está completa durante las próximas semanas{dates}, y no podría dedicar a la entrevista el tiempo que merece.', 'Tengo la agenda llena las próximas semanas{dates}, así que no podría darle a la entrevista la dedicación que merece.'],
      formal: ['Mi agenda está completamente ocupada durante las próximas semanas{dates}, por lo que no podría dedicar a la selección el tiempo que merece.', 'Mis compromisos de las próximas semanas no me dejan margen{dates}, y no podría prestar a la entrevista la atención que merece.'],
      brief: ['Mi agenda está completa las próximas semanas{dates}, y no podría dedicar a la entrevista el tiempo que merece.', 'Tengo la agenda llena estas semanas{dates}, así que no podría dedicar a la entrevista el tiempo necesario.'],
    },
  },
  personal: {
    default: {
      warm: ['Por circunstancias personales, ahora mismo no puedo plantearme un cambio.', 'Mi situación personal no me permite hacer un cambio en este momento.'],
      formal: ['Debido a circunstancias personales, no me es posible realizar un cambio en este momento.', 'Mis circunstancias personales no me permiten plantearme un cambio por ahora.'],
      brief: ['Por motivos personales, no puedo plantearme un cambio de trabajo ahora.', 'Mi situación personal no me permite plantearme un cambio ahora.'],
    },
  },
  // Encaje personal, como aconsejan las guías de carrera: sincero, concreto, y que habla de mí, no de la empresa.
  'culture-fit': {
    default: {
      warm: ['Tengo la impresión de que la cultura de trabajo no encajaría del todo conmigo; tiene más que ver con lo que busco que con {yours}.', 'Creo que la cultura de trabajo no encajaría del todo conmigo, y eso tiene más que ver con lo que busco que con {yours}.'],
      formal: ['Tengo la impresión de que la cultura de trabajo no encajaría del todo conmigo; tiene más que ver con lo que busco que con {yours}.', 'A mi juicio, la cultura de trabajo no encajaría del todo conmigo, algo que tiene más que ver con lo que busco que con {yours}.'],
      brief: ['Tengo la impresión de que la cultura de trabajo no encajaría del todo conmigo.', 'Creo que la cultura de trabajo no encajaría del todo conmigo.'],
    },
  },
  'not-looking': {
    default: {
      warm: ['Estoy a gusto donde estoy y ahora mismo no busco un nuevo puesto.', 'Ahora mismo no busco activamente un cambio.'],
      formal: ['Mi puesto actual me satisface y no busco un cambio por el momento.', 'En este momento no estoy buscando un cambio.'],
      brief: ['Ahora mismo no busco un nuevo puesto.', 'Ahora mismo no busco un cambio.'],
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: 'Esta oportunidad no encaja ahora mismo con mis planes.',
  formal: 'Esta oportunidad no encaja en este momento con mis planes.',
  brief: 'Esta oportunidad no encaja ahora con mis planes.',
};

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: ['Me encantaría seguir en contacto, y espero que nuestros caminos vuelvan a cruzarse.', 'Ojalá sigamos en contacto y nuestros caminos vuelvan a cruzarse.'],
      formal: ['Me gustaría mantener el contacto, y espero que nuestros caminos vuelvan a cruzarse en el futuro.', 'Será un placer mantener el contacto en el futuro.'],
      brief: ['Me encantaría seguir en contacto.', 'Sigamos en contacto.'],
    },
  },
  'closer-match': {
    default: {
      // Not "encaje": the reason before it often says "no encaja". Nor "mi perfil" or "mi experiencia": after a
      // reason about pay or place they would contradict it.
      warm: ['Me encantaría seguir en contacto, y si en el futuro surge un puesto más adecuado para mí, me alegrará saberlo.', 'Si más adelante surge algo más adecuado para mí, me alegrará saberlo.'],
      formal: ['Me gustaría mantener el contacto y estudiar en el futuro oportunidades más acordes con mis intereses.', 'Será un placer estudiar en el futuro oportunidades más adecuadas para mí.'],
      brief: ['Si en el futuro surge algo más adecuado, me alegrará saberlo.', 'Con gusto estudiaré en el futuro oportunidades más adecuadas.'],
    },
  },
  timing: {
    default: {
      warm: ['Me encantaría seguir en contacto, y espero que podamos hablar más adelante.', 'Ojalá sigamos en contacto y podamos retomarlo en otro momento.'],
      formal: ['Me gustaría mantener el contacto, y espero que podamos hablar de nuevo más adelante.', 'Será un placer retomar el contacto en un momento más oportuno.'],
      brief: ['Ojalá podamos retomarlo más adelante.', 'Sigamos en contacto para el futuro.'],
    },
  },
  settled: {
    default: {
      // No "se lo diré" / "te lo diré": these sentences serve letters in usted and in tú alike.
      warm: ['Si mi situación cambia más adelante, me pondré en contacto sin falta.', 'Si mi situación cambia, me pondré en contacto; ojalá nuestros caminos vuelvan a cruzarse.'],
      formal: ['Si mis circunstancias cambiaran, sería yo quien retomara el contacto; mientras tanto, será un placer mantenerlo.', 'Será un placer mantener el contacto, y lo retomaré si mis circunstancias cambian.'],
      brief: ['Si mi situación cambia, me pondré en contacto.', 'Si algo cambia, me pondré en contacto.'],
    },
  },
};

const MASCULINE = /^(?:(?:Hospital|Hôpital)|Banco|Grupo|Ministerio|Ayuntamiento|Instituto|Centro|Museo|Consejo|Servicio|Colegio)\b/;
const FEMININE = /^(?:Universidad|Fundación|Asociación|Clínica|Agencia|Caja|Compañía|Escuela|Comunidad|Junta|Diputación)\b/;

/** "de"/"en" before a name: "del Banco Santander", "de la Universidad de Sevilla", "de El País", "de Acme". */
function before(prep: 'de' | 'en', name: string): string {
  if (MASCULINE.test(name)) return prep === 'de' ? `del ${name}` : `en el ${name}`;
  if (FEMININE.test(name)) return `${prep} la ${name}`;
  return `${prep} ${name}`;
}

function greeting(ctx: PhraseContext): string {
  const { tone, firstName, fullName, titled, formal } = ctx;
  // "Estimada Sra. Raman:" only in a usted letter, and only when the thread gave the title.
  if (tone === 'formal' && formal && titled) return `${titled.gender === 'female' ? 'Estimada Sra.' : 'Estimado Sr.'} ${titled.surname}:`;
  // With only a full name (splitting it may be wrong), the full name: "Buenos días, Priya Raman:".
  const known = firstName || fullName;
  if (!known) return tone === 'formal' ? 'Buenos días:' : choose(['¡Hola!', 'Buenos días:'], ctx, 9);
  if (tone === 'formal') return `Buenos días, ${known}:`;
  // "¡Hola, Priya!" is warm; with a full name it would be too loud.
  if (tone === 'warm' && firstName) return choose([`Hola, ${known}:`, `¡Hola, ${known}!`], ctx, 9);
  return choose([`Hola, ${known}:`, `Buenos días, ${known}:`], ctx, 9);
}

/** Spanish for a generic English role: "Internship" is "las prácticas" (see thePosition). */
const GENERIC_ROLES: GenericRoles = [
  [/^(?:internship|intern)$/i, 'prácticas'],
  [/^summer (?:internship|intern)$/i, 'prácticas de verano'],
];

function thePosition(role: string, company: string): string {
  const title = roleInSentence(genericRole(withoutArticle(role, ['el', 'la', 'los', 'las', 'un', 'una']), GENERIC_ROLES), 'es');
  // With nothing known, "el puesto" at the end of a sentence waits for a complement; "este puesto" points at the
  // one the thread is about.
  if (!title && !company) return 'este puesto';
  let what = 'el puesto';
  // "Puesto de técnico", "Vacante de analista" or "Prácticas en marketing" already name the kind of thing.
  if (/^(?:puesto|vacante|cargo|prácticas|beca)\b/i.test(title)) {
    const article = /^(?:vacante|beca)/i.test(title) ? 'la' : /^prácticas/i.test(title) ? 'las' : 'el';
    what = `${article} ${lowerFirst(title)}`;
  } else if (title) what = `el puesto de ${title}`;
  return company ? `${what} ${before('en', company)}` : what;
}

function touch(cues: ThreadCues, ctx: PhraseContext): string {
  if (ctx.stage === 'interview') {
    // Not "Gracias …" nor "Agradezco …": the thanks sentence before it starts with one of them, and the closing
    // may say "Agradezco de nuevo". Addressed in the letter's own register (usted or tú).
    const part = ctx.formal ? 'de su parte' : 'por tu parte';
    if (ctx.slots === 'several') return choose([`Fue muy amable ${part} ofrecerme varias fechas.`, `Fue todo un detalle que me ${ctx.formal ? 'ofreciera' : 'ofrecieras'} varias fechas.`], ctx, 7);
    if (cues.slotDay != null) return choose([`Fue muy amable ${part} proponerme vernos el ${DAYS[cues.slotDay]}.`, `Fue todo un detalle que me ${ctx.formal ? 'propusiera' : 'propusieras'} vernos el ${DAYS[cues.slotDay]}.`], ctx, 7);
    return '';
  }
  if (ctx.stage === 'offer') {
    if (cues.metDay != null) return `Guardo un buen recuerdo de nuestra conversación del ${DAYS[cues.metDay]}.`;
    if (cues.person) return `Me encantó conocer a ${cues.person}.`;
    if (cues.team) return `Me encantó conocer al equipo de ${cues.team}.`;
    return '';
  }
  return cues.team ? `El equipo de ${cues.team} suena muy interesante.` : '';
}

function regret(cues: ThreadCues): string {
  if (cues.person) return `Siento no poder conocer a ${cues.person}.`;
  return cues.team ? `Siento no poder conocer al equipo de ${cues.team}.` : '';
}

export const PHRASES_ES: LetterPhrases = {
  greeting,
  thePosition,
  theTeam: (company, ctx) => (company ? `el equipo ${before('de', company)}` : ctx.formal ? 'su equipo' : 'tu equipo'),
  yours: (ctx) => (ctx.formal ? 'su equipo' : 'tu equipo'),
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  touch,
  regret,
  schedulingDates: { one: ', incluida la fecha propuesta', several: ', incluidas las fechas propuestas' },
  contact(kind, value) {
    if (kind === 'linkedin') return `Mi perfil de LinkedIn: ${value}`;
    if (kind === 'link') return `Más sobre mí: ${value}`;
    return `Mi correo: ${value}`;
  },
  // "Reciba un cordial saludo" speaks to the reader as usted: a recruiter who wrote tú gets "Un cordial saludo".
  signOff: (ctx) => choose(({ warm: ['Un cordial saludo,', 'Un saludo muy cordial,'], formal: ['Atentamente,', ctx.formal ? 'Reciba un cordial saludo,' : 'Un cordial saludo,'], brief: ['Saludos,', 'Un saludo,'] } satisfies Phrasing)[ctx.tone], ctx, 8),
  // "He decidido centrarme en …" after "he decidido no seguir adelante" would say "decidido" twice.
  ownReason: (text) => text.replace(/^He decidido\s+/i, 'Voy a '),
};
