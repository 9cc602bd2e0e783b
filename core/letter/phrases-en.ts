/** English letter phrases. The templates are templates/*.mustache. */
import type { ThreadCues } from '../model';
import type { DoorKind, LetterPhrases, PhraseContext, Phrasing, StagePhrasing, StandardReason } from './phrases';
import { choose } from './phrases';
import { roleInSentence } from './role';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const REASON_SENTENCES: Record<StandardReason, StagePhrasing> = {
  'accepted-other-offer': {
    default: {
      warm: ["I've just accepted another offer, which feels like the right next step for me.", 'I recently accepted a job elsewhere that matches where I want to go next.'],
      formal: ['I have recently accepted a position with another company.', 'I have since committed to another role.'],
      brief: ['I recently accepted another offer.', "I've just taken a role elsewhere."],
    },
  },
  'staying-current-role': {
    default: {
      warm: ["There's still a lot I want to achieve in my current role, so I'm staying where I am for now.", "I'm enjoying my current role, and there's more I want to finish there first."],
      formal: ['There is still more I would like to accomplish in my present work, so I will remain with my employer for now.', 'I intend to continue with my current employer, where there is more I would like to achieve.'],
      brief: ["I'm staying in my current job for now.", "I'm happy to stay where I am for now."],
    },
  },
  compensation: {
    default: {
      warm: ["The compensation isn't quite what I need at this stage of my career.", "In the end, the pay doesn't quite meet what I need right now."],
      formal: ['The compensation does not quite meet my needs at this stage of my career.', 'The remuneration is not quite in line with my current expectations.'],
      brief: ["The compensation doesn't quite work for me.", "The pay isn't quite what I need."],
    },
  },
  'career-goals': {
    default: {
      warm: ["I'm steering my career toward a different kind of work, so this isn't the right next step for me.", 'I want my next step to take my career in a different direction.'],
      formal: ['This opportunity is not aligned with the direction I intend to take my career.', 'I am focusing my career on a different direction.'],
      brief: ["It isn't aligned with my career goals.", "It isn't the direction I want my career to take."],
    },
  },
  location: {
    default: {
      warm: ["The location and working arrangements don't work with my circumstances right now.", "Unfortunately, the location and working setup aren't workable for me at the moment."],
      formal: ['Unfortunately, the location and working arrangements are not compatible with my current circumstances.', 'The location and working arrangements would not be workable for me at present.'],
      brief: ["The location doesn't work for me right now.", "The location and setup don't suit my situation."],
    },
  },
  timing: {
    default: {
      warm: ["The timing isn't right for me to make a move just now.", "Now isn't the right moment for me to make a change."],
      formal: ['The timing is not right for me to make a change at present.', 'This is not the right moment for me to make a move.'],
      brief: ["The timing isn't right for me.", "Now isn't the right time for me."],
    },
  },
  // Honest and concrete: a full calendar, and the process deserving more time than the user could give it.
  scheduling: {
    default: {
      warm: ["My calendar is full for the coming weeks{dates}, so I couldn't give the process the time it deserves.", "My schedule is fully booked for the next few weeks{dates}, and I wouldn't be able to give the interview the time it deserves."],
      formal: ['My calendar is fully committed for the coming weeks{dates}, so I would not be able to give the process the time it deserves.', 'My schedule is fully booked for the next few weeks{dates}, and I could not give the interview the attention it deserves.'],
      brief: ["My calendar is full for the coming weeks{dates}, so I can't give this the time it deserves.", "My schedule is fully booked for weeks{dates}, so I couldn't give the interview proper time."],
    },
  },
  personal: {
    default: {
      warm: ["Some personal circumstances mean I can't take on a change right now.", 'Personal circumstances need my attention at the moment, so a move isn\'t possible.'],
      formal: ['Owing to personal circumstances, I am not in a position to make a change at present.', 'Personal circumstances do not allow me to make a move at this time.'],
      brief: ["Personal circumstances don't allow a move right now.", "For personal reasons, a change isn't possible right now."],
    },
  },
  // Personal fit, said as career guides advise: true, specific, and about what the user looks for, not a verdict.
  'culture-fit': {
    default: {
      warm: ["I've come to feel that the culture wouldn't be quite the right fit for me; that says more about what I'm looking for than about {yours}.", "I don't think the culture would be quite the right fit for me, and that says more about what I'm looking for than about {yours}."],
      formal: ['I have come to feel that the culture would not be quite the right fit for me; that says more about what I am looking for than about {yours}.', 'I do not believe the culture would be the right fit for me, which says more about what I am looking for than about {yours}.'],
      brief: ["I don't feel the culture would be the right fit for me.", "I don't think the culture would be quite the right fit for me."],
    },
  },
  'not-looking': {
    default: {
      warm: ["I'm content where I am and not looking for a new role right now.", "I'm not actively looking for a move at the moment."],
      formal: ['I am content in my current position and not seeking a change at present.', 'I am not considering new opportunities at this time.'],
      brief: ["I'm not looking for a new role right now.", "I'm not looking to move right now."],
    },
  },
};

const NEUTRAL_REASON: Phrasing = {
  warm: "I don't feel this role is the right move for me at this point.",
  formal: 'This role is not the right move for me at this time.',
  brief: "This role isn't the right move for me right now.",
};

const DOOR_OPEN: Record<DoorKind, StagePhrasing> = {
  general: {
    default: {
      warm: ["I'd love to stay in touch, and I hope our paths cross again.", 'I hope we can stay in touch, and that our paths cross again.'],
      formal: ['I would be glad to stay in touch, and I hope our paths cross again.', 'I would welcome the chance to stay in touch in the future.'],
      brief: ["I'd be glad to stay in touch.", "Let's stay in touch."],
    },
  },
  'closer-match': {
    default: {
      warm: ["I'd love to stay in touch, and if a closer match comes up, I'd be glad to hear about it.", "If a role that's a closer match comes up later, I'd be happy to hear from you."],
      formal: ['I would be glad to stay in touch and to hear about any future roles that may be a better match.', 'Should a better-suited opening arise in the future, I would be pleased to hear about it.'],
      brief: ["If a closer match comes up, I'd be glad to hear about it.", "I'd be glad to hear about closer matches in the future."],
    },
  },
  timing: {
    default: {
      warm: ["I'd love to stay in touch, and I hope we can reconnect further down the line.", 'I hope we can stay in touch and talk again at a better time.'],
      formal: ['I would be glad to stay in touch, and I hope we can speak again at a later date.', 'I would welcome the chance to reconnect at a later date.'],
      brief: ['I hope we can reconnect later on.', "Let's stay in touch for the future."],
    },
  },
  settled: {
    default: {
      warm: ["If my situation changes, I'll be sure to reach out, and I'd be happy to stay in touch.", "I'd be happy to stay in touch, and I'll reach out if my situation changes."],
      formal: ['Should my circumstances change, I will be sure to get in touch; I would be glad to stay connected in the meantime.', 'I would be glad to stay connected, and will get in touch should my circumstances change.'],
      brief: ["I'll reach out if my situation changes.", "I'll be in touch if things change."],
    },
  },
};

function greeting(ctx: PhraseContext): string {
  const { tone, firstName, fullName, named, stage, titled } = ctx;
  if (firstName) return choose(tone === 'formal' ? [`Dear ${firstName},`, `Hello ${firstName},`] : [`Hi ${firstName},`, `Hello ${firstName},`], ctx, 9);
  // Only the full name is known (splitting it may be wrong): "Dear Priya Raman," is correct in every tone, where
  // "Hi Priya Raman," reads like a mail merge; a title the thread gave makes a formal letter "Dear Ms. Raman,".
  if (fullName) return tone === 'formal' && titled ? `Dear ${titled.gender === 'female' ? 'Ms.' : 'Mr.'} ${titled.surname},` : `Dear ${fullName},`;
  // A team is greeted as one only when nobody wrote as a person and the letter answers a process, not a message.
  if (tone === 'formal' && !named && stage !== 'outreach') return choose(['Dear Hiring Team,', 'Dear Recruitment Team,'], ctx, 9);
  return choose(tone === 'formal' ? ['Hello,', 'Good day,'] : ['Hello,', 'Hi there,'], ctx, 9);
}

const KIND_OF_THING = /\b(?:role|position|job|opening|opportunity|vacancy|internship|apprenticeship|traineeship|placement)$/i;

function thePosition(role: string, company: string): string {
  let what = 'the position';
  if (role) {
    const title = roleInSentence(role.replace(/^(the|a|an)\s+/i, ''), 'en');
    // "Engineering position" and "summer internship" already name the kind of thing.
    what = KIND_OF_THING.test(title) ? `the ${title}` : `the ${title} role`;
  }
  return company ? `${what} at ${company}` : what;
}

function touch(cues: ThreadCues, ctx: PhraseContext): string {
  const formal = ctx.tone === 'formal';
  if (ctx.stage === 'interview') {
    if (ctx.slots === 'several') return choose(['It was kind of you to offer several slots.', 'It was good of you to propose several dates for the interview.'], ctx, 7);
    if (cues.slotDay != null) return choose([`It was kind of you to offer a slot on ${DAYS[cues.slotDay]}.`, `It was good of you to propose ${DAYS[cues.slotDay]} for the interview.`], ctx, 7);
    return '';
  }
  if (ctx.stage === 'offer') {
    if (cues.metDay != null) return formal ? `I appreciated our conversation on ${DAYS[cues.metDay]}.` : `Our conversation on ${DAYS[cues.metDay]} was a real pleasure.`;
    if (cues.person) return `I especially enjoyed meeting ${cues.person}.`;
    if (cues.team) return `I especially enjoyed meeting the ${cues.team} team.`;
    return '';
  }
  if (cues.team) return `The ${cues.team} team sounds like a great group.`;
  return '';
}

function regret(cues: ThreadCues): string {
  if (cues.person) return `I'm sorry to miss the chance to meet ${cues.person}.`;
  return cues.team ? `I'm sorry to miss meeting the ${cues.team} team.` : '';
}

export const PHRASES_EN: LetterPhrases = {
  greeting,
  thePosition,
  theTeam: (company) => (company ? `the team at ${company}` : 'your team'),
  yours: () => 'your team',
  reasons: REASON_SENTENCES,
  neutralReason: NEUTRAL_REASON,
  doorOpen: DOOR_OPEN,
  touch,
  regret,
  schedulingDates: { one: ', the proposed date included', several: ', the proposed dates included' },
  contact(kind, value, ctx) {
    if (kind === 'linkedin') return `You can find me on LinkedIn: ${value}`;
    if (kind === 'link') return `You can also find me here: ${value}`;
    return ctx.tone === 'formal' ? `I can be reached at ${value}.` : `You can always reach me at ${value}.`;
  },
  signOff: (ctx) => choose(({ warm: ['Best wishes,', 'Warm regards,'], formal: ['Kind regards,', 'Best regards,'], brief: ['Best,', 'Regards,'] } satisfies Phrasing)[ctx.tone], ctx, 8),
  // "I've decided to move on" after the template's "I've decided to decline" would say "decided" twice.
  ownReason: (text) => text.replace(/^I(?:'ve| have) decided that\s+(\S)/i, (_, c: string) => c.toUpperCase()).replace(/^I(?:'ve| have) decided to\s+/i, "I'm going to "),
};
