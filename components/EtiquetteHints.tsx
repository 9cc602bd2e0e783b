import type { Hint } from '../core/etiquette';

export interface EtiquetteHintsProps {
  hints: readonly Hint[];
}

/**
 * The etiquette check beside the preview: short, friendly suggestions, or a quiet confirmation that the
 * letter reads well. Advice only; nothing here stops the user from inserting or copying.
 */
export function EtiquetteHints({ hints }: EtiquetteHintsProps) {
  return (
    <section class="dp-hints" aria-labelledby="dp-hints-title">
      <h2 id="dp-hints-title" class="dp-visually-hidden">
        Etiquette check
      </h2>
      {hints.length === 0 ? (
        <p class="dp-ok">
          <CheckIcon />
          <span>Reads well: thanks them, keeps it short and leaves the door open.</span>
        </p>
      ) : (
        <ul class="dp-hint-list">
          {hints.map((h) => (
            <li key={h.id} class="dp-hint" data-hint={h.id}>
              <TipIcon />
              <span>{h.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CheckIcon() {
  return (
    <svg class="dp-hint-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="7" fill="currentColor" opacity="0.16" />
      <path d="M4.8 8.3l2.1 2.1 4.3-4.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

function TipIcon() {
  return (
    <svg class="dp-hint-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="7" fill="currentColor" opacity="0.16" />
      <path d="M8 4.6v4.3" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      <circle cx="8" cy="11.3" r="0.95" fill="currentColor" />
    </svg>
  );
}
