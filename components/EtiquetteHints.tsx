import type { Hint } from '../core/letter/etiquette';
import { t, uiLanguage } from './i18n';

export interface EtiquetteHintsProps {
  hints: readonly Hint[];
}

/** A language's name in the UI language ("German", "Deutsch", "allemand"). */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A hint in the UI language, from its code and data (core/letter/etiquette.ts says no sentences itself). */
function hintText(hint: Hint): string {
  const p = hint.params;
  switch (hint.code) {
    case 'no-thanks':
      return t(p.stage === 'offer' ? 'hint_noThanksOffer' : p.stage === 'interview' ? 'hint_noThanksInterview' : 'hint_noThanksOutreach');
    case 'criticism':
      return t('hint_criticism');
    case 'long-reason':
      return t('hint_longReason');
    case 'personal-details':
      return t('hint_personalDetails');
    case 'salary-figures':
      return t('hint_salaryFigures');
    case 'no-door-open':
      return t(p.switchedOff ? 'hint_noDoorOpenSwitchedOff' : 'hint_noDoorOpen');
    case 'too-long':
      return t('hint_tooLong', String(p.words), String(p.limit));
    case 'mixed-language':
      return t('hint_mixedLanguage', languageName(String(p.other)), languageName(String(p.language)));
  }
}

/**
 * The etiquette check beside the preview: short, friendly suggestions, or a quiet confirmation that the
 * letter reads well. Advice only; nothing here stops the user from inserting or copying.
 */
export function EtiquetteHints({ hints }: EtiquetteHintsProps) {
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
            <li key={h.code} class="dp-hint" data-hint={h.code}>
              <TipIcon />
              <span>{hintText(h)}</span>
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
