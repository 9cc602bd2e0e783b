import type { ReasonId, Stage, Tone } from '../model';

export type { ReasonId, Stage, Tone } from '../model';
export const STAGES: readonly Stage[] = ['offer', 'interview', 'outreach'];

export const TONES: readonly Tone[] = ['warm', 'formal', 'brief'];


export interface Reason {
  id: ReasonId;
  /** Short label for pickers ("Accepted another offer"). */
  label: string;
  /** The stages this reason makes sense for. */
  stages: readonly Stage[];
}

const ALL: readonly Stage[] = STAGES;

/** The reason catalogue, in the order pickers show it. */
export const REASONS: readonly Reason[] = [
  { id: 'accepted-other-offer', label: 'Accepted another offer', stages: ALL },
  { id: 'staying-current-role', label: 'Staying in my current role', stages: ALL },
  { id: 'compensation', label: "Compensation doesn't match", stages: ALL },
  { id: 'career-goals', label: "Role isn't aligned with my career goals", stages: ALL },
  { id: 'location', label: 'Location, remote or relocation', stages: ALL },
  { id: 'timing', label: "The timing isn't right", stages: ALL },
  { id: 'scheduling', label: "Can't make the interview dates", stages: ['interview'] },
  { id: 'personal', label: 'Personal circumstances', stages: ALL },
  { id: 'culture-fit', label: 'Company values or culture fit', stages: ALL },
  { id: 'not-looking', label: 'Not looking right now', stages: ['outreach'] },
  { id: 'custom', label: 'Other (write my own)', stages: ALL },
];

const REASON_IDS: readonly ReasonId[] = REASONS.map((r) => r.id);

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isTone(value: unknown): value is Tone {
  return typeof value === 'string' && (TONES as readonly string[]).includes(value);
}

export function isReasonId(value: unknown): value is ReasonId {
  return typeof value === 'string' && (REASON_IDS as readonly string[]).includes(value);
}

export function reasonById(id: ReasonId): Reason {
  // REASONS covers every ReasonId, so the lookup cannot miss.
  return REASONS.find((r) => r.id === id) as Reason;
}

/** Reasons that fit a stage, in catalogue order. */
export function reasonsFor(stage: Stage): Reason[] {
  return REASONS.filter((r) => r.stages.includes(stage));
}

/**
 * The reason to use for a stage: the wanted one when it fits, otherwise a sensible stand-in
 * (an outreach-only reason such as "not looking" falls back to "staying in my current role").
 */
export function reasonForStage(wanted: ReasonId, stage: Stage): ReasonId {
  if (reasonById(wanted).stages.includes(stage)) return wanted;
  return 'staying-current-role';
}

/**
 * The reason the in-page button inserts with: like `reasonForStage`, and a custom reason the user has not
 * written yet counts as not fitting. The button and the letter it is answered with must agree on this.
 */
export function buttonReason(wanted: ReasonId, stage: Stage, customReasonAvailable: boolean): ReasonId {
  if (wanted === 'custom') return customReasonAvailable ? 'custom' : 'staying-current-role';
  return reasonForStage(wanted, stage);
}
