/** Form controls for the options page: each one labelled, with its hint and error tied to it for assistive technology. */
import type { ComponentChildren, Ref } from 'preact';

interface Common {
  id: string;
  label: string;
  hint?: ComponentChildren;
  /** Shown under the control; marks the control invalid. */
  error?: string | null;
}

function describedBy(id: string, hint: unknown, error: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  return hint ? (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <p class="field-error" id={id}>
      <svg aria-hidden="true" viewBox="0 0 16 16" class="field-error-icon">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4.2v4.6M8 11.2v.6" stroke="var(--surface)" stroke-width="1.8" stroke-linecap="round" />
      </svg>
      <span>{error}</span>
    </p>
  ) : null;
}

export function TextField(
  props: Common & {
    value: string;
    onInput(value: string): void;
    onBlur?(): void;
    multiline?: boolean;
    rows?: number;
    placeholder?: string;
    autoComplete?: string;
    inputRef?: Ref<HTMLInputElement>;
  },
) {
  const { id, label, hint, error } = props;
  const shared = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, hint, error),
    onBlur: () => props.onBlur?.(),
  };
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <Hint id={id} hint={hint} />
      {props.multiline ? (
        <textarea {...shared} rows={props.rows ?? 3} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : (
        <input
          {...shared}
          ref={props.inputRef}
          type="text"
          autoComplete={props.autoComplete ?? 'off'}
          spellcheck={false}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function SelectField<T extends string>(
  props: Common & { value: T; options: readonly { value: T; label: string }[]; onChange(value: T): void },
) {
  const { id, label, hint, error } = props;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <div class="select">
        <select
          id={id}
          value={props.value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => props.onChange(e.currentTarget.value as T)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** An on/off setting, shown as a switch (a checkbox underneath, so it works with every keyboard and reader). */
export function Toggle(props: { id: string; label: string; hint?: ComponentChildren; checked: boolean; onChange(checked: boolean): void }) {
  const { id, hint } = props;
  return (
    <div class="toggle-row">
      <div class="toggle-text">
        <label for={id}>{props.label}</label>
        <Hint id={id} hint={hint} />
      </div>
      <input
        id={id}
        class="switch"
        type="checkbox"
        role="switch"
        checked={props.checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
    </div>
  );
}

/** A choice of a few options as a row of radio buttons. */
export function RadioCards<T extends string>(props: {
  name: string;
  legend: string;
  hint?: ComponentChildren;
  value: T;
  options: readonly { value: T; label: string; description?: string }[];
  onChange(value: T): void;
  compact?: boolean;
}) {
  const hintId = `${props.name}-hint`;
  return (
    <fieldset class={`radio-cards${props.compact ? ' compact' : ''}`} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <div class="radio-card-row">
        {props.options.map((o) => (
          <label key={o.value} class={`radio-card${o.value === props.value ? ' checked' : ''}`}>
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={o.value === props.value}
              onChange={() => props.onChange(o.value)}
            />
            <span class="radio-card-label">{o.label}</span>
            {o.description ? <span class="radio-card-desc">{o.description}</span> : null}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
