import { countWords } from '../core/letter/etiquette';
import { t } from './i18n';

export interface LetterPreviewProps {
  /** The rendered letter, as plain text. */
  text: string;
  /** Shown under the letter when there is something to say about it (e.g. no name to sign with). */
  note?: string;
}

/**
 * The letter as it will be inserted, updating as the user changes anything. Rendered as text (never HTML):
 * the HTML version of a letter is for the mail editor only.
 */
export function LetterPreview({ text, note }: LetterPreviewProps) {
  const words = countWords(text);
  return (
    <div class="dp-preview">
      <div class="dp-section-head">
        <h2 class="dp-section-title">
          {t('popup_previewTitle')}
        </h2>
        <span class="dp-meta">{t('popup_wordCount', words)}</span>
      </div>
      {/* Focusable so keyboard users can scroll a long letter. */}
      <div class="dp-letter" role="region" aria-label={t('popup_letterPreview')} tabIndex={0}>
        {text}
      </div>
      {note && <p class="dp-help">{note}</p>}
    </div>
  );
}
