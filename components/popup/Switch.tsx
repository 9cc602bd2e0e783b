export interface SwitchProps {
  label: string;
  description?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** An on/off switch: a native checkbox with the switch role, so Space toggles it and it is announced as on/off. */
export function Switch(props: SwitchProps) {
  return (
    <label class="dp-switch">
      <input type="checkbox" role="switch" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span class="dp-switch-track" aria-hidden="true">
        <span class="dp-switch-thumb" />
      </span>
      <span class="dp-switch-label">{props.label}</span>
      {props.description && <span class="dp-switch-help">{props.description}</span>}
    </label>
  );
}
