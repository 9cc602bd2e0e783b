import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface ShortcutProps {
  /** The decline command's current keys ('' when the user removed them), as the browser reports them. */
  load(): Promise<string>;
  /** Where the keys are changed differs: Chrome's shortcut page, or Firefox's add-ons manager. */
  browser: 'chrome' | 'firefox';
}

/**
 * The decline shortcut's keys and where to change them. Read again whenever the page is shown again, since the
 * user changes the keys in the browser's own settings, in another tab.
 */
export function Shortcut({ load, browser }: ShortcutProps) {
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => {
    const read = () => void load().then(setKeys, () => setKeys(''));
    read();
    const onShow = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [load]);
  if (keys === null) return null;
  return (
    <p class="shortcut">
      {t('options_shortcut')}: {keys ? <kbd>{keys}</kbd> : t('options_shortcutNone')}. {t('options_shortcutWhat')}{' '}
      {t(browser === 'firefox' ? 'options_shortcutFirefox' : 'options_shortcutChrome')}
    </p>
  );
}
