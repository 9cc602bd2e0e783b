/** The "Backup" section: download everything as a JSON file, or restore from one (all or nothing). */
import { useRef, useState } from 'preact/hooks';
import type { Preferences, SaveResult } from '../../core/settings/preferences';
import { importPreferences, MAX_IMPORT_CHARS } from '../../core/settings/backup';
import { t } from '../i18n';
import { problemText } from '../problems';
import type { Problem } from '../../core/model';

export interface ImportExportProps {
  /** Saves the current preferences to a file. */
  onExport(): void | Promise<void>;
  /** Replaces all preferences with imported ones; returns how saving went. */
  onImport(prefs: Preferences): Promise<SaveResult>;
  /** The preferences in use now, so an import can be undone. */
  current(): Preferences;
  /** Where preferences are stored: shown so the user knows whether they follow them to other computers. */
  area: 'sync' | 'local';
}

type Outcome =
  | { kind: 'refused'; file: string; errors: Problem[] | string[] }
  | { kind: 'imported'; file: string; warnings: Problem[]; previous: Preferences }
  | { kind: 'undone' };

export function ImportExport({ onExport, onImport, current, area }: ImportExportProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const readFile = async (file: File) => {
    setBusy(true);
    try {
      // Checked before reading, so a huge file picked by mistake is never loaded into memory.
      if (file.size > MAX_IMPORT_CHARS * 4) {
        setOutcome({ kind: 'refused', file: file.name, errors: [{ code: 'importTooLarge', params: [Math.ceil(file.size / 1024), MAX_IMPORT_CHARS / 1024] }] });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setOutcome({ kind: 'refused', file: file.name, errors: [t('options_fileUnreadable')] });
        return;
      }
      const result = importPreferences(text);
      if (!result.ok) {
        setOutcome({ kind: 'refused', file: file.name, errors: result.errors });
        return;
      }
      const previous = current();
      const saved = await onImport(result.prefs);
      if (!saved.ok) setOutcome({ kind: 'refused', file: file.name, errors: saved.problems ?? [t('options_saveFailed')] });
      else setOutcome({ kind: 'imported', file: file.name, warnings: result.warnings, previous });
    } finally {
      setBusy(false);
      // Choosing the same file again (after fixing it) must fire `change` again.
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <section class="card" id="backup" aria-labelledby="backup-title">
      <header class="card-header">
        <h2 id="backup-title">{t('options_backup')}</h2>
        <p>
          {area === 'sync' ? t('options_backupSync') : t('options_backupLocal')} {t('options_backupIntro')}
        </p>
      </header>
      <div class="backup-actions">
        <button type="button" class="button" onClick={() => void onExport()}>
          <svg aria-hidden="true" viewBox="0 0 20 20" class="button-icon">
            <path d="M10 3v9m0 0 3.5-3.5M10 12 6.5 8.5M4 14v2h12v-2" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          {t('options_export')}
        </button>
        <div class="file-button">
          <input
            ref={inputRef}
            id="import-file"
            class="visually-hidden-input"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            aria-describedby="import-hint"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void readFile(file);
            }}
          />
          <label for="import-file" class="button secondary">
            <svg aria-hidden="true" viewBox="0 0 20 20" class="button-icon">
              <path d="M10 13V4m0 0L6.5 7.5M10 4l3.5 3.5M4 14v2h12v-2" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
            {t('options_import')}
          </label>
        </div>
      </div>
      <p class="hint" id="import-hint">
        {t('options_importHint')}
      </p>

      {outcome?.kind === 'refused' ? (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">{t('options_importRefused', outcome.file)}</p>
          <p>{outcome.errors.length === 1 ? t('options_importProblemOne') : t('options_importProblemMany', outcome.errors.length)}</p>
          <ul>
            {outcome.errors.map((e, i) => (
              <li key={i}>{typeof e === 'string' ? e : problemText(e)}</li>
            ))}
          </ul>
          <p>{t('options_importUnchanged')}</p>
        </div>
      ) : null}
      {/*
        The status region is in the page, empty, from the first render: a screen reader announces what is later put
        in it, which it may not do for a region created and filled in one step. (The refusal above is an alert, which
        is announced when it is added.)
      */}
      <div role="status" aria-live="polite">
        {outcome?.kind === 'imported' ? (
          <div class="notice notice-success">
            <p class="notice-title">{t('options_imported', outcome.file)}</p>
            {outcome.warnings.length ? (
              <ul>
                {outcome.warnings.map((w, i) => (
                  <li key={i}>{problemText(w)}</li>
                ))}
              </ul>
            ) : null}
            <button
              type="button"
              class="link"
              onClick={async () => {
                const r = await onImport(outcome.previous);
                setOutcome(r.ok ? { kind: 'undone' } : { kind: 'refused', file: outcome.file, errors: r.problems ?? [t('options_undoFailed')] });
              }}
            >
              {t('options_undoImport')}
            </button>
          </div>
        ) : null}
        {outcome?.kind === 'undone' ? (
          <div class="notice notice-success">
            <p class="notice-title">{t('options_importUndone')}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
