import type { Ref } from 'preact';
import { LIMITS } from '../core/settings/preferences';
import { reasonsFor, type ReasonId, type Stage } from '../core/letter/reasons';
import { reasonLabel, t } from './i18n';

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
        {t('popup_reason')}
      </label>
      <div class="dp-select">
        <select id={id} ref={props.selectRef} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as ReasonId)}>
          {reasons.map((r) => (
            <option key={r.id} value={r.id}>
              {reasonLabel(r.id)}
            </option>
          ))}
        </select>
      </div>
      {props.value === 'custom' && (
        <div class="dp-custom">
          <label class="dp-sublabel" for={`${id}-custom`}>
            {t('popup_customReason')}
          </label>
          <textarea
            id={`${id}-custom`}
            rows={2}
            maxLength={LIMITS.customReason}
            placeholder={t('popup_customReasonPlaceholder')}
            aria-describedby={`${id}-custom-help`}
            value={props.customReason}
            onInput={(e) => props.onCustomReasonChange(e.currentTarget.value)}
          />
          <p id={`${id}-custom-help`} class="dp-help">
            {props.customReason.trim() === ''
              ? t('popup_customReasonEmpty')
              : remaining < 80
                ? t('popup_customReasonLeft', remaining)
                : t('popup_customReasonHelp')}
          </p>
        </div>
      )}
    </div>
  );
}
