export type RecruiterField = 'firstName' | 'fullName' | 'role' | 'company';

export interface RecruiterFieldsProps {
  values: Record<RecruiterField, string>;
  onChange(field: RecruiterField, value: string): void;
}

const FIELDS: readonly { key: RecruiterField; label: string; placeholder: string; autoComplete: string }[] = [
  { key: 'firstName', label: 'First name', placeholder: 'e.g. Dana', autoComplete: 'off' },
  { key: 'fullName', label: 'Full name', placeholder: 'e.g. Dana Whitfield', autoComplete: 'off' },
  { key: 'role', label: 'Role', placeholder: 'e.g. Product Designer', autoComplete: 'off' },
  { key: 'company', label: 'Company', placeholder: 'e.g. Acme', autoComplete: 'off' },
];

/** What was read from the thread about the recruiter and the job, as fields the user can correct. */
export function RecruiterFields(props: RecruiterFieldsProps) {
  return (
    <div class="dp-grid">
      {FIELDS.map((f) => (
        <div key={f.key} class="dp-field">
          <label class="dp-label" for={`dp-${f.key}`}>
            {f.label}
          </label>
          <input
            id={`dp-${f.key}`}
            type="text"
            class="dp-input"
            spellcheck={false}
            autoComplete={f.autoComplete}
            placeholder={f.placeholder}
            value={props.values[f.key]}
            onInput={(e) => props.onChange(f.key, e.currentTarget.value)}
          />
        </div>
      ))}
    </div>
  );
}
