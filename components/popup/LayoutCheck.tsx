import { LAYOUT_PARTS, type LayoutCheck as Check } from '../../core/protocol';
import { t } from '../i18n';

export interface LayoutCheckProps {
  check: Check;
  /** Open at once: the page's layout was not recognised. */
  open: boolean;
}

/**
 * The layout self-check: which parts of the mail page the extension recognised, so a user can say what broke after
 * a redesign of Gmail or Outlook. Shown here only; nothing about the page leaves the browser.
 */
export function LayoutCheck({ check, open }: LayoutCheckProps) {
  // One message holds the five part names in LAYOUT_PARTS order, then "found" and "not found": each language pays
  // for one entry (the zip's budget is tight).
  const names = t('popup_layoutParts').split('|');
  const [found, missing] = names.slice(LAYOUT_PARTS.length);
  return (
    <details class="dp-check" open={open}>
      <summary>{t('popup_layoutCheck')}</summary>
      <ul>
        {LAYOUT_PARTS.map((part, i) => (
          <li key={part} class={check[part] ? 'dp-found' : 'dp-missing'}>
            {names[i] ?? part}: {check[part] ? found : missing}
          </li>
        ))}
      </ul>
    </details>
  );
}
