/** The "Backup" section: download everything as a JSON file, or restore from one (all or nothing). */
import { useRef, useState } from 'preact/hooks';
import type { Preferences, SaveResult } from '../../core/preferences';
import { importPreferences, MAX_IMPORT_CHARS } from '../../core/transfer';

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
  | { kind: 'refused'; file: string; errors: string[] }
  | { kind: 'imported'; file: string; warnings: string[]; previous: Preferences }
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
        setOutcome({ kind: 'refused', file: file.name, errors: [`The file is too large (${Math.ceil(file.size / 1024)} KB) to be a Decline Politely backup.`] });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setOutcome({ kind: 'refused', file: file.name, errors: ['The file could not be opened.'] });
        return;
      }
      const result = importPreferences(text);
      if (!result.ok) {
        setOutcome({ kind: 'refused', file: file.name, errors: result.errors });
        return;
      }
      const previous = current();
      const saved = await onImport(result.prefs);
      if (!saved.ok) setOutcome({ kind: 'refused', file: file.name, errors: [saved.error ?? 'Your settings could not be saved.'] });
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
        <h2 id="backup-title">Backup</h2>
        <p>
          {area === 'sync'
            ? 'Your settings follow you to other computers where you are signed in to the browser. '
            : 'Your settings are kept on this computer only. '}
          Save them to a file to keep a copy or to move them to another browser.
        </p>
      </header>
      <div class="backup-actions">
        <button type="button" class="button" onClick={() => void onExport()}>
          <svg aria-hidden="true" viewBox="0 0 20 20" class="button-icon">
            <path d="M10 3v9m0 0 3.5-3.5M10 12 6.5 8.5M4 14v2h12v-2" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          Export settings
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
            Import settings…
          </label>
        </div>
      </div>
      <p class="hint" id="import-hint">
        Importing replaces all your settings and letters with the ones in the file. A file with any problem is refused as a whole.
      </p>

      {outcome?.kind === 'refused' ? (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">Nothing was imported from “{outcome.file}”</p>
          <p>{outcome.errors.length === 1 ? 'The file has this problem:' : `The file has ${outcome.errors.length} problems:`}</p>
          <ul>
            {outcome.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
          <p>Your settings were not changed.</p>
        </div>
      ) : null}
      {outcome?.kind === 'imported' ? (
        <div class="notice notice-success" role="status">
          <p class="notice-title">Imported your settings from “{outcome.file}”</p>
          {outcome.warnings.length ? (
            <ul>
              {outcome.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            class="link"
            onClick={async () => {
              const r = await onImport(outcome.previous);
              setOutcome(r.ok ? { kind: 'undone' } : { kind: 'refused', file: outcome.file, errors: [r.error ?? 'Could not undo.'] });
            }}
          >
            Undo import
          </button>
        </div>
      ) : null}
      {outcome?.kind === 'undone' ? (
        <div class="notice notice-success" role="status">
          <p class="notice-title">Your previous settings are back.</p>
        </div>
      ) : null}
    </section>
  );
}
