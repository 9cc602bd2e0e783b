import { t, type MessageKey } from '../i18n';

export type RecruiterField = 'firstName' | 'fullName' | 'role' | 'company';

export interface RecruiterFieldsProps {
  values: Record<RecruiterField, string>;
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
      {FIELDS.map((f) => (
        <div key={f.key} class="dp-field">
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
            value={props.values[f.key]}
            onInput={(e) => props.onChange(f.key, e.currentTarget.value)}
          />
        </div>
      ))}
    </div>
  );
}
