import { LONG_LETTER_WORDS, type Hint } from '../core/letter/etiquette';
import type { Stage } from '../core/letter/reasons';
import { t, uiLanguage } from './i18n';

export interface EtiquetteHintsProps {
  hints: readonly Hint[];
  /** What the hints were checked against; some hints' wording depends on it. */
  context?: HintContext;
}

export interface HintContext {
  stage: Stage;
  keepDoorOpen: boolean;
}

/**
 * A hint in the UI language. core/letter/etiquette.ts writes hints in English, and in English its text is shown as
 * it is; other languages get the message for the hint's id. Without the context a hint's wording depends on,
 * or for an id this file does not know yet, the English text is shown rather than a wrong translation.
 */
export function hintText(hint: Hint, context?: HintContext): string {
  if (uiLanguage() === 'en') return hint.message;
  let text = '';
  switch (hint.id) {
    case 'no-thanks':
      if (context?.stage === 'offer') text = t('hint_noThanksOffer');
      else if (context?.stage === 'interview') text = t('hint_noThanksInterview');
      else if (context?.stage === 'outreach') text = t('hint_noThanksOutreach');
      break;
    case 'criticism':
      text = t('hint_criticism');
      break;
    case 'long-reason':
      text = t('hint_longReason');
      break;
    case 'personal-details':
      text = t('hint_personalDetails');
      break;
    case 'salary-figures':
      text = t('hint_salaryFigures');
      break;
    case 'no-door-open':
      if (context) text = context.keepDoorOpen ? t('hint_noDoorOpen') : t('hint_noDoorOpenSwitchedOff');
      break;
    case 'too-long': {
      // The hint carries its word count only in its English text ("At 260 words …").
      // TODO(2026-11-26): read it from the hint once core/letter/etiquette.ts passes it as data.
      const words = /\d+/.exec(hint.message)?.[0];
      if (words) text = t('hint_tooLong', words, LONG_LETTER_WORDS);
      break;
    }
  }
  return text || hint.message;
}

/**
 * The etiquette check beside the preview: short, friendly suggestions, or a quiet confirmation that the
 * letter reads well. Advice only; nothing here stops the user from inserting or copying.
 */
export function EtiquetteHints({ hints, context }: EtiquetteHintsProps) {
  return (
    <section class="dp-hints" aria-labelledby="dp-hints-title">
      <h2 id="dp-hints-title" class="dp-visually-hidden">
        {t('popup_etiquetteTitle')}
      </h2>
      {hints.length === 0 ? (
        <p class="dp-ok">
          <CheckIcon />
          <span>{t('popup_readsWell')}</span>
        </p>
      ) : (
        <ul class="dp-hint-list">
          {hints.map((h) => (
            <li key={h.id} class="dp-hint" data-hint={h.id}>
              <TipIcon />
              <span>{hintText(h, context)}</span>
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
