/** English letter phrases. The templates are templates/*.mustache. */
import type { Tone } from './reasons';
import type { DoorKind, LetterPhrases, Names, Phrasing, StagePhrasing, StandardReason } from './phrases';

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: "I've accepted a position elsewhere that I feel is the right next step for me.",
      formal: 'I have accepted a position elsewhere that I believe is the right next step for my career.',
      brief: "I've accepted a position elsewhere.",
    },
    interview: {
      warm: "I've recently accepted an offer elsewhere.",
      formal: 'I have recently accepted an offer elsewhere.',
      brief: "I've recently accepted another offer.",
    },
    outreach: {
      warm: "I've recently accepted a new role, so I'm not looking to make another move right now.",
      formal: 'I have recently accepted a new position and am not considering a move at this time.',
      brief: "I've just accepted a new role.",
    },
  },
  'staying-current-role': {
    default: {
      warm: "I've realized there's still more I want to achieve in my current role, so I'm going to stay where I am for now.",
      formal: 'There is still more I would like to accomplish in my current role, so I will be remaining where I am for now.',
      brief: "I'm going to stay in my current role for now.",
    },
    outreach: {
      warm: "I'm enjoying my current role and there's still a lot I want to achieve there, so I'm not looking to make a move right now.",
      formal: 'I am committed to my current role and am not looking to make a change at this time.',
      brief: "I'm staying in my current role for now.",
    },
  },
  compensation: {
    default: {
      warm: "In the end, the compensation package doesn't quite meet what I need at this stage of my career.",
      formal: 'Ultimately, the compensation package does not quite meet my needs at this stage of my career.',
      brief: "The compensation doesn't quite work for me.",
    },
    interview: {
      warm: "Having looked at the details more closely, I don't think the compensation would quite meet what I need at this stage.",
      formal: 'Having reviewed the details, I do not believe the compensation would meet my needs at this stage of my career.',
      brief: "The compensation isn't quite the right fit for me.",
    },
    outreach: {
      warm: "The compensation isn't quite in line with what I'm looking for at the moment.",
      formal: 'The compensation is not quite in line with what I am looking for at this time.',
      brief: "The compensation isn't quite what I'm looking for.",
    },
  },
  'career-goals': {
    default: {
      warm: "I've realized the role isn't quite the right fit for the direction I want to take my career.",
      formal: 'I have concluded that the role is not the right fit for the direction in which I would like to take my career.',
      brief: "The role isn't quite aligned with my career goals.",
    },
    interview: {
      warm: "As I've thought more about my next step, I've realized the role isn't quite aligned with the direction I want to take my career.",
      formal: 'On reflection, I do not believe the role is aligned with the direction in which I would like to take my career.',
      brief: "The role isn't quite aligned with my career goals.",
    },
    outreach: {
      warm: "I'm focusing on a slightly different direction in my career at the moment, so I don't think this role would be the right fit.",
      formal: 'I am currently focusing my career in a different direction, so I do not believe this role would be the right fit.',
      brief: "It isn't quite aligned with where I want to take my career.",
    },
  },
  location: {
    default: {
      warm: "Unfortunately, the location and working arrangements don't work for my circumstances right now.",
      formal: 'Unfortunately, the location and working arrangements are not compatible with my current circumstances.',
      brief: "The location and working arrangements don't work for me right now.",
    },
    interview: {
      warm: "I've realized the location and working arrangements wouldn't work for my circumstances right now.",
      formal: 'I have realized that the location and working arrangements would not be compatible with my current circumstances.',
      brief: "The location and working arrangements wouldn't work for me right now.",
    },
    outreach: {
      warm: "Unfortunately, the location and working arrangements wouldn't work for my circumstances at the moment.",
      formal: 'Unfortunately, the location and working arrangements would not be compatible with my current circumstances.',
      brief: "The location and setup wouldn't work for me right now.",
    },
  },
  timing: {
    default: {
      warm: "Because of some personal circumstances, the timing isn't right for me to make a change.",
      formal: 'Due to personal circumstances, the timing is not right for me to make a change.',
      brief: "The timing isn't right for me.",
    },
    outreach: {
      warm: "Because of some personal circumstances, the timing isn't right for me to consider a move.",
      formal: 'Due to personal circumstances, the timing is not right for me to consider a move.',
      brief: "The timing isn't right for me at the moment.",
    },
  },
  'culture-fit': {
    default: {
      warm: "I've come to realize that a slightly different kind of environment would suit me better at this point in my career.",
      formal: 'On reflection, I believe a different working environment would suit me better at this stage of my career.',
      brief: "I'm looking for a slightly different kind of environment.",
    },
  },
  'not-looking': {
    default: {
      warm: "I'm happy where I am and not actively looking for a new role right now.",
      formal: 'I am content in my current position and am not seeking a change at present.',
      brief: "I'm not looking for a new role right now.",
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: "I don't feel it's the right move for me at this point.",
  formal: 'I have concluded that it is not the right move for me at this time.',
  brief: "It isn't the right move for me right now.",
};

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: "I'd love to stay in touch, and I hope our paths cross again.",
      formal: 'I would be glad to stay in touch, and I hope our paths cross again in the future.',
      brief: "I'd be glad to stay in touch.",
    },
    outreach: {
      warm: "I'd be happy to stay in touch, so please feel free to reach out again in the future.",
      formal: 'I would be happy to stay in touch, and I would welcome hearing from you about future opportunities.',
      brief: "I'm happy to stay in touch for the future.",
    },
  },
  'closer-match': {
    default: {
      warm: "I'd love to stay in touch, and if a role comes up in the future that's a closer match, I'd be glad to hear about it.",
      formal: 'I would be glad to stay in touch, and I would welcome hearing about any future roles that may be a closer match.',
      brief: "If a closer match comes up in the future, I'd be glad to hear about it.",
    },
  },
  timing: {
    default: {
      warm: "I'd love to stay in touch, and I hope we can reconnect further down the line.",
      formal: 'I would be glad to stay in touch, and I hope we may reconnect when my circumstances allow.',
      brief: 'I hope we can reconnect further down the line.',
    },
  },
  settled: {
    default: {
      warm: "If my situation changes, I'll be sure to reach out. In the meantime, I'd be happy to stay in touch.",
      formal: 'Should my circumstances change, I will be sure to get in touch, and I would be glad to stay connected in the meantime.',
      brief: "I'll reach out if my situation changes.",
    },
  },
};

const SIGN_OFF: Record<Tone, string> = { warm: 'Best wishes,', formal: 'Kind regards,', brief: 'Best,' };

function greeting(tone: Tone, { firstName, fullName }: Names): string {
  if (tone === 'formal') {
    const name = fullName || firstName;
    return name ? `Dear ${name},` : 'Dear Hiring Team,';
  }
  return firstName ? `Hi ${firstName},` : 'Hi there,';
}

function thePosition(role: string, company: string): string {
  let what = 'the position';
  if (role) {
    const title = role.replace(/^(the|a|an)\s+/i, '');
    // "Engineering position" already names the kind of thing; "the Engineering position role" would not read.
    what = /\b(role|position|job|opening|opportunity|vacancy)$/i.test(title) ? `the ${title}` : `the ${title} role`;
  }
  return company ? `${what} at ${company}` : what;
}

export const PHRASES_EN: LetterPhrases = {
  greeting,
  thePosition,
  theTeam: (company) => (company ? `the team at ${company}` : 'your team'),
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  contact(kind, value, tone) {
    if (kind === 'linkedin') return `You can find me on LinkedIn: ${value}`;
    if (kind === 'link') return `You can also find me here: ${value}`;
    return tone === 'formal' ? `I can be reached at ${value}.` : `You can always reach me at ${value}.`;
  },
  signOff: (tone) => SIGN_OFF[tone],
};
