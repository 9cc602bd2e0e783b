export interface ChoiceGroupProps<T extends string> {
  /** The group's visible label and accessible name, e.g. "Tone". */
  label: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}

/**
 * A small segmented control built from native radio buttons, so arrow keys, Tab and screen readers behave
 * exactly as they do for any radio group.
 */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const labelId = `dp-${props.name}-label`;
  return (
    <div class="dp-row">
      <span id={labelId} class="dp-label">
        {props.label}
      </span>
      <div class="dp-segments" role="radiogroup" aria-labelledby={labelId}>
        {props.options.map((o) => (
          <label key={o.value} class="dp-segment">
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={o.value === props.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
