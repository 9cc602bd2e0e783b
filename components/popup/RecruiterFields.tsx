import type { RecruiterField } from '../../core/model';
import { t, type MessageKey } from '../i18n';

export type { RecruiterField } from '../../core/model';

export interface RecruiterFieldsProps {
  values: Record<RecruiterField, string>;
  /**
   * Values the extension read but is not sure of, for fields the user has not filled: shown in the field, marked as
   * suggestions, and left out of the letter until the user confirms (or edits) them.
   */
  suggestions?: Partial<Record<RecruiterField, string>>;
  onChange(field: RecruiterField, value: string): void;
}

const FIELDS: readonly { key: RecruiterField; label: MessageKey; placeholder: MessageKey; autoComplete: string }[] = [
  { key: 'firstName', label: 'popup_firstName', placeholder: 'popup_firstNamePlaceholder', autoComplete: 'off' },
  { key: 'fullName', label: 'popup_fullName', placeholder: 'popup_fullNamePlaceholder', autoComplete: 'off' },
  { key: 'role', label: 'popup_role', placeholder: 'popup_rolePlaceholder', autoComplete: 'off' },
  { key: 'company', label: 'popup_company', placeholder: 'popup_companyPlaceholder', autoComplete: 'off' },
];

/** What was read from the thread about the recruiter and the job, as fields the user can correct. */
export function RecruiterFields(props: RecruiterFieldsProps) {
  return (
    <div class="dp-grid">
      {FIELDS.map((f) => {
        const suggested = props.values[f.key] === '' ? (props.suggestions?.[f.key] ?? '') : '';
        const noteId = `dp-${f.key}-suggested`;
        return (
          <div key={f.key} class={`dp-field ${suggested ? 'dp-field-suggested' : ''}`}>
            <label class="dp-label" for={`dp-${f.key}`}>
              {t(f.label)}
            </label>
            <input
              id={`dp-${f.key}`}
              type="text"
              class="dp-input"
              spellcheck={false}
              autoComplete={f.autoComplete}
              placeholder={t(f.placeholder)}
              value={suggested || props.values[f.key]}
              aria-describedby={suggested ? noteId : undefined}
              data-suggested={suggested ? 'true' : undefined}
              onInput={(e) => props.onChange(f.key, e.currentTarget.value)}
            />
            {suggested && (
              <p id={noteId} class="dp-suggested">
                <span>{t('popup_suggested')}</span>{' '}
                <button type="button" class="dp-link" aria-describedby={`dp-${f.key}`} onClick={() => props.onChange(f.key, suggested)}>
                  {t('popup_confirmSuggestion')}
                </button>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
