import type { Ref } from 'preact';
import { LIMITS } from '../core/preferences';
import { reasonsFor, type ReasonId, type Stage } from '../core/reasons';

export interface ReasonPickerProps {
  stage: Stage;
  /** The chosen reason; one that does not fit the stage should already have been mapped by the caller. */
  value: ReasonId;
  customReason: string;
  onChange(reason: ReasonId): void;
  onCustomReasonChange(text: string): void;
  /** Ids prefix, so two pickers on one page never share element ids. */
  idPrefix?: string;
  /** The select element, for a caller that wants to focus it. */
  selectRef?: Ref<HTMLSelectElement>;
}

/**
 * A labelled "Reason" select with the catalogue filtered to the stage. Choosing "write my own" opens a short
 * text field for the user's words, with a gentle length counter.
 */
export function ReasonPicker(props: ReasonPickerProps) {
  const id = props.idPrefix ?? 'dp-reason';
  const reasons = reasonsFor(props.stage);
  const remaining = LIMITS.customReason - props.customReason.length;
  return (
    <div class="dp-row dp-reason">
      <label class="dp-label" for={id}>
        Reason
      </label>
      <div class="dp-select">
        <select id={id} ref={props.selectRef} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as ReasonId)}>
          {reasons.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      {props.value === 'custom' && (
        <div class="dp-custom">
          <label class="dp-sublabel" for={`${id}-custom`}>
            Your reason, in a sentence
          </label>
          <textarea
            id={`${id}-custom`}
            rows={2}
            maxLength={LIMITS.customReason}
            placeholder="e.g. I've decided to focus on roles closer to home."
            aria-describedby={`${id}-custom-help`}
            value={props.customReason}
            onInput={(e) => props.onCustomReasonChange(e.currentTarget.value)}
          />
          <p id={`${id}-custom-help`} class="dp-help">
            {props.customReason.trim() === ''
              ? 'Left empty, the letter says it isn’t the right move for you.'
              : remaining < 80
                ? `${remaining} characters left. Short and truthful reads best.`
                : 'Short and truthful reads best.'}
          </p>
        </div>
      )}
    </div>
  );
}
