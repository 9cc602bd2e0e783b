import type { ReasonId, Stage, Tone } from '../model';

export type { ReasonId, Stage, Tone } from '../model';
export const STAGES: readonly Stage[] = ['offer', 'interview', 'outreach'];

export const TONES: readonly Tone[] = ['warm', 'formal', 'brief'];


/** A reason the user can give; pickers label it from _locales (`reason_<id>`). */
export interface Reason {
  id: ReasonId;
  /** The stages this reason makes sense for. */
  stages: readonly Stage[];
}

const ALL: readonly Stage[] = STAGES;

/** The reason catalogue, in the order pickers show it. */
export const REASONS: readonly Reason[] = [
  { id: 'accepted-other-offer', stages: ALL },
  { id: 'staying-current-role', stages: ALL },
  { id: 'compensation', stages: ALL },
  { id: 'career-goals', stages: ALL },
  { id: 'location', stages: ALL },
  { id: 'timing', stages: ALL },
  { id: 'scheduling', stages: ['interview'] },
  { id: 'personal', stages: ALL },
  { id: 'culture-fit', stages: ALL },
  { id: 'not-looking', stages: ['outreach'] },
  { id: 'custom', stages: ALL },
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
