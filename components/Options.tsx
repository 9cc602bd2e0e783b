/**
 * The options page. Everything is saved as the user goes (a short pause after typing, or on leaving a field,
 * or when the page is hidden or closed); a field that does not validate keeps its saved value and shows why,
 * while the text the user typed stays in it. Storage comes in as a PreferencesStore, downloads as a callback,
 * so the component has no browser API of its own and tests run it against an in-memory store.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultPreferences, type Preferences, type PreferencesStore, type Quarantined, type SaveResult } from '../core/settings/preferences';
import type { Problem } from '../core/model';
import type { Stage } from '../core/letter/reasons';
import { exportPreferences } from '../core/settings/backup';
import { t, tParts } from './i18n';
import { problemText } from './problems';
import { Autosave, type SaveStatus } from './options/autosave';
import { fromDraft, samePrefs, savable, settingProblems, toDraft, type Draft } from './options/draft';
import { ImportExport } from './options/ImportExport';
import { PreferencesForm } from './options/PreferencesForm';
import { TemplateEditor } from './options/TemplateEditor';
import { Shortcut, type ShortcutProps } from './options/Shortcut';

export interface OptionsProps {
  store: PreferencesStore;
  /** Offers `text` to the user as a file download. */
  download(filename: string, text: string): void;
  /** How long after the last keystroke changes are saved (ms). */
  saveDelay?: number;
  /** Where the icon is served from (the extension's `/icon/48.png`). */
  iconUrl?: string;
  /** The decline keyboard shortcut, shown above the footer note (components/options/Shortcut.tsx). */
  shortcut?: ShortcutProps;
}

interface Notice {
  problems: Problem[];
  damaged: Quarantined[];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function Options({ store, download, saveDelay = 400, iconUrl = '/icon/48.png', shortcut }: OptionsProps) {
  const [loaded, setLoaded] = useState(false);
  const [draft, setDraftState] = useState<Draft>(() => toDraft(defaultPreferences()));
  // The draft as it was when last checked (a pause in typing, or leaving a field): errors show from then on.
  const [checked, setChecked] = useState<Draft>(draft);
  const [saved, setSavedState] = useState<Preferences>(defaultPreferences);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [area, setArea] = useState<'sync' | 'local'>('sync');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [welcome, setWelcome] = useState(false);

  const draftRef = useRef(draft);
  const nameRef = useRef<HTMLInputElement>(null);

  const setDraft = (d: Draft) => {
    draftRef.current = d;
    setDraftState(d);
  };

  // The save queue (./options/autosave.ts): one per page, holding the preferences last saved.
  const autosaveRef = useRef<Autosave | null>(null);
  autosaveRef.current ??= new Autosave(
    store,
    saveDelay,
    {
      draft: () => draftRef.current,
      onChecked: setChecked,
      onStatus: setStatus,
      onSaved: (prefs, where) => {
        setSavedState(prefs);
        setArea(where);
      },
    },
    defaultPreferences(),
  );
  const autosave = autosaveRef.current;
  const setSaved = (p: Preferences) => {
    autosave.saved = p;
    setSavedState(p);
  };

  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draftRef.current, ...patch });
    autosave.schedule();
  };
  const changeTemplate = (stage: Stage, text: string) => {
    setDraft({ ...draftRef.current, templates: { ...draftRef.current.templates, [stage]: text } });
    autosave.schedule();
  };
  const commit = () => autosave.flush();

  // Load once, then follow changes made elsewhere (another options tab, another computer through sync).
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const result = await store.load();
      const damaged = result.problems.length ? await store.quarantined() : [];
      // Replace what could not be used by the defaults in storage too, so the popup and the in-page button stop
      // tripping over it, but only once the damaged copy is safely kept aside, and never over settings saved
      // by a newer version (it would lose what this version does not understand).
      const kept = damaged[damaged.length - 1];
      if (!result.fromNewerVersion && kept && JSON.stringify(kept.problems) === JSON.stringify(result.problems)) {
        await store.save(result.prefs);
      }
      let first = false;
      try {
        first = await store.firstRun();
      } catch {
        // Without the welcome flag the page still works; the banner is a courtesy.
      }
      if (cancelled) return;
      setSaved(result.prefs);
      setDraft(toDraft(result.prefs));
      setChecked(toDraft(result.prefs));
      setArea(result.area);
      autosave.area = result.area;
      if (result.problems.length) setNotice({ problems: result.problems, damaged });
      setWelcome(first);
      setLoaded(true);
    })();
    const unwatch = store.watch(() => {
      void store.load().then((l) => {
        if (cancelled || samePrefs(l.prefs, autosave.saved)) return;
        // Only take outside changes when nothing here is waiting to be saved; otherwise ours win on the next save.
        const unsaved = autosave.waiting || !samePrefs(fromDraft(draftRef.current), autosave.saved);
        setSaved(l.prefs);
        setArea(l.area);
        autosave.area = l.area;
        if (!unsaved) {
          setDraft(toDraft(l.prefs));
          setChecked(toDraft(l.prefs));
        }
      });
    });
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [store]);

  // Nothing typed is lost when the page is closed or hidden: pending changes are written at once.
  useEffect(() => {
    const flush = () => autosave.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      autosave.stop();
    };
  }, []);

  useEffect(() => {
    if (loaded && welcome) nameRef.current?.focus();
  }, [loaded, welcome]);

  const errors = useMemo(() => {
    const now = settingProblems(draft);
    const then = settingProblems(checked);
    const shown: typeof now = {};
    for (const [field, message] of Object.entries(now) as [keyof typeof now, string][]) if (then[field]) shown[field] = message;
    return shown;
  }, [draft, checked]);

  const unsavedCount = useMemo(() => savable(draft, saved).problems.length, [draft, saved]);

  // Closing the page: a save still on its way needs a moment (storage is asynchronous), and invalid text
  // cannot be saved at all. In both cases the browser asks before leaving; otherwise the page just closes.
  const unsavedRef = useRef(0);
  unsavedRef.current = unsavedCount;
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      const pending = autosave.busy;
      autosave.flush();
      if (pending || unsavedRef.current > 0) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, []);

  const onExport = async () => {
    await autosave.saveNow();
    download(`decline-politely-settings-${today()}.json`, exportPreferences(autosave.saved));
  };

  const onImport = async (prefs: Preferences): Promise<SaveResult> => {
    const result = await autosave.replace(prefs);
    if (result.ok) {
      setSavedState(prefs);
      setDraft(toDraft(prefs));
      setChecked(toDraft(prefs));
      setArea(result.area);
      setStatus({ kind: 'saved', area: result.area });
    }
    return result;
  };

  const [downloadBefore, downloadAfter] = tParts('options_downloadDamagedSentence');
  const [welcomeBefore, welcomeAfter] = tParts('options_welcomeText');

  const sender = useMemo(
    () => ({ name: draft.name, signature: draft.signature, keepInTouch: draft.keepInTouch }),
    [draft.name, draft.signature, draft.keepInTouch],
  );

  return (
    <div class="page">
      <header class="topbar">
        <div class="topbar-inner">
          <div class="brand">
            <img src={iconUrl} alt="" width={32} height={32} />
            <div>
              <h1>{t('extName')}</h1>
              <p class="brand-sub">{t('options_subtitle')}</p>
            </div>
          </div>
          <SaveIndicator status={status} unsaved={unsavedCount} loaded={loaded} />
        </div>
        <nav class="section-nav" aria-label={t('options_sections')}>
          <a href="#about-you">{t('options_aboutYou')}</a>
          <a href="#defaults">{t('options_defaults')}</a>
          <a href="#letters">{t('options_letters')}</a>
          <a href="#backup">{t('options_backup')}</a>
        </nav>
      </header>

      <main class="content" aria-busy={!loaded}>
        {notice ? (
          <div class="notice notice-warning" role="alert">
            <div class="notice-body">
              <p class="notice-title">{t('options_damagedTitle')}</p>
              <ul>
                {notice.problems.map((p, i) => (
                  <li key={i}>{problemText(p)}</li>
                ))}
              </ul>
              {notice.damaged.length ? (
                <p>
                  {downloadBefore}
                  <button
                    type="button"
                    class="link"
                    onClick={() => download(`decline-politely-damaged-settings-${today()}.json`, `${JSON.stringify(notice.damaged, null, 2)}\n`)}
                  >
                    {t('options_downloadDamaged')}
                  </button>
                  {downloadAfter}
                </p>
              ) : null}
            </div>
            <DismissButton label={t('options_dismissNotice')} onClick={() => setNotice(null)} />
          </div>
        ) : null}

        {welcome ? (
          <div class="notice notice-welcome" role="region" aria-label={t('options_welcome')}>
            <div class="notice-body">
              <p class="notice-title">{t('options_welcomeTitle')}</p>
              <p>
                {welcomeBefore}
                <strong>{t('button_decline')}</strong>
                {welcomeAfter}
              </p>
            </div>
            <DismissButton label={t('options_dismissWelcome')} onClick={() => setWelcome(false)} />
          </div>
        ) : null}

        {loaded ? (
          <>
            <PreferencesForm draft={draft} errors={errors} onChange={change} onCommit={commit} nameRef={nameRef} />
            <TemplateEditor
              texts={draft.templates}
              saved={saved.templates}
              checked={checked.templates}
              sender={sender}
              reason={draft.defaultReason}
              customReason={draft.customReason}
              keepDoorOpen={draft.keepDoorOpen}
              defaultTone={draft.defaultTone}
              onChange={changeTemplate}
              onCommit={commit}
            />
            <ImportExport onExport={onExport} onImport={onImport} current={() => autosave.saved} area={area} />
          </>
        ) : (
          <p class="loading">{t('options_loadingSettings')}</p>
        )}
      </main>
      <footer class="page-footer">
        {shortcut && <Shortcut {...shortcut} />}
        <p>{t('options_footer')}</p>
      </footer>
    </div>
  );
}

function SaveIndicator({ status, unsaved, loaded }: { status: SaveStatus; unsaved: number; loaded: boolean }) {
  let kind: string = status.kind;
  let text: string;
  if (!loaded) text = t('options_loading');
  else if (status.kind === 'error') text = status.problems?.map(problemText).join(' ') || t('options_saveFailed');
  else if (status.kind === 'pending' || status.kind === 'saving') text = t('options_saving');
  else if (unsaved > 0) {
    kind = 'attention';
    text = unsaved === 1 ? t('options_unsavedOne') : t('options_unsavedMany', unsaved);
  } else if (status.kind === 'saved') text = t('options_saved');
  else text = t('options_autoSave');
  return (
    <p class={`save-status save-${kind}`} role="status" aria-live="polite">
      {kind === 'saved' ? (
        <svg aria-hidden="true" viewBox="0 0 16 16" class="save-icon">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      ) : null}
      <span>{text}</span>
    </p>
  );
}

/** The × that closes a notice. */
function DismissButton(props: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="icon-button" aria-label={props.label} onClick={props.onClick}>
      <svg aria-hidden="true" viewBox="0 0 16 16">
        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
    </button>
  );
}
