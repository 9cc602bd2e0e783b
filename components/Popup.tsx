import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkEtiquette } from '../core/letter/etiquette';
import { LETTER_LANGUAGES, resolveLetterLanguage } from '../core/extract/language';
import { letterFor } from '../core/write-letter';
import type { InsertResult, ThreadInfo } from '../core/protocol';
import { problemText } from './problems';
import type { Letter, LetterLanguage, NothingToDecline } from '../core/model';
import { missingIn, signingName, type Preferences } from '../core/settings/preferences';
import { reasonForStage, STAGES, TONES, type ReasonId, type Stage, type Tone } from '../core/letter/reasons';
import { EtiquetteHints } from './EtiquetteHints';
import { stageLabel, t, toneLabel, type MessageKey } from './i18n';
import { LANGUAGE_NAMES } from './language-names';
import { LetterPreview } from './LetterPreview';
import { ChoiceGroup } from './popup/ChoiceGroup';
import { LayoutCheck } from './popup/LayoutCheck';
import { RecruiterFields, type RecruiterField } from './popup/RecruiterFields';
import { Switch } from './popup/Switch';
import { insertBlocker, nudgeText, receivedText } from './popup/thread-lines';
import { ReasonPicker } from './ReasonPicker';

export interface PopupProps {
  /** The user's preferences; the form's defaults. May change after the first render (loaded from storage). */
  prefs: Preferences;
  /** Reads the open thread in the mail tab; null when there is no mail tab (or it cannot be reached). */
  loadThread(): Promise<ThreadInfo | null>;
  /** Inserts the letter into the thread's reply draft. */
  insert(letter: Letter): Promise<InsertResult>;
  /** Puts the letter on the clipboard (text and HTML). */
  copy(letter: Letter): Promise<void>;
  /** The current time in ms, for the promptness nudge (tests pass a fixed one). */
  now?: number;
  /** Called a moment after a successful insert; a real popup closes itself here. */
  onInserted?(): void;
  /** Opens the options page; the link is hidden when absent. */
  openOptions?(): void;
  /** How long the success message shows before onInserted (ms). */
  closeDelay?: number;
}

/** What the user changed by hand. Anything unset follows the thread (when it arrives) or the preferences. */
interface Edits {
  firstName?: string;
  fullName?: string;
  role?: string;
  company?: string;
  stage?: Stage;
  reason?: ReasonId;
  /** The user's own reason as edited here, per letter language. */
  customReason?: Partial<Record<LetterLanguage, string>>;
  tone?: Tone;
  keepDoorOpen?: boolean;
  language?: LetterLanguage;
}

/** Why the page shows no button, by what the message is. */
const NOTHING_TO_DECLINE: Record<NothingToDecline, MessageKey> = {
  rejection: 'popup_nothingRejection',
  acknowledgement: 'popup_nothingAcknowledgement',
  closed: 'popup_nothingClosed',
  onboarding: 'popup_nothingOnboarding',
  alert: 'popup_nothingAlert',
  newsletter: 'popup_nothingNewsletter',
  unrelated: 'popup_nothingUnrelated',
  noRequest: 'popup_nothingNoRequest',
};

type Status = { kind: 'busy' | 'ok' | 'error'; text: string } | null;

const HOST_NAMES: Record<ThreadInfo['host'], string> = { gmail: 'Gmail', outlook: 'Outlook' };
/** Where a reply in its own window had its thread read from (see core/read/opener.ts). */
const READ_FROM = { opener: 'popup_readFromOpener', quote: 'popup_readFromQuote', draft: 'popup_readFromDraft' } as const;


/**
 * The toolbar popup: what was read from the thread (editable), the reason form, a live preview with the
 * etiquette check, and Insert / Copy. Renders at once with the preferences' defaults; the thread's details
 * fill in when they arrive, without overwriting anything the user has already changed.
 */
export function Popup(props: PopupProps) {
  const { prefs } = props;
  const [thread, setThread] = useState<ThreadInfo | null | undefined>(undefined);
  const [edits, setEdits] = useState<Edits>({});
  const [status, setStatus] = useState<Status>(null);
  const reasonRef = useRef<HTMLSelectElement>(null);
  const loadThread = useRef(props.loadThread);
  const now = props.now ?? Date.now();

  useEffect(() => {
    let live = true;
    loadThread
      .current()
      .then(
        (t) => live && setThread(t),
        () => live && setThread(null),
      );
    reasonRef.current?.focus();
    return () => {
      live = false;
    };
  }, []);

  const edit = (patch: Edits) => {
    setEdits((e) => ({ ...e, ...patch }));
    // A finished insert or copy no longer describes the letter once it changes.
    setStatus((s) => (s?.kind === 'busy' ? s : null));
  };

  const fromThread = thread?.threadOpen ? thread : null;
  const recruiter: Record<RecruiterField, string> = {
    firstName: edits.firstName ?? fromThread?.recruiter.firstName ?? '',
    fullName: edits.fullName ?? fromThread?.recruiter.fullName ?? '',
    role: edits.role ?? fromThread?.recruiter.role ?? '',
    company: edits.company ?? fromThread?.recruiter.company ?? '',
  };
  // Unsure values are offered only for fields the user has not touched (clearing one keeps it empty).
  const suggestions: Partial<Record<RecruiterField, string>> = {};
  for (const [field, value] of Object.entries(fromThread?.suggestions ?? {}) as [RecruiterField, string][]) {
    if (edits[field] === undefined) suggestions[field] = value;
  }
  const stage = edits.stage ?? fromThread?.stage ?? 'outreach';
  // Split evidence: the letter claims least until the user picks a stage.
  const split = edits.stage === undefined && (fromThread?.stageAlternatives?.length ?? 0) > 0;
  // Nothing to decline here: say why the page shows no button (the user can still write a letter).
  const nothing = fromThread?.kind === 'other' && fromThread.nothingToDecline ? t(NOTHING_TO_DECLINE[fromThread.nothingToDecline]) : null;
  const reason = reasonForStage(edits.reason ?? prefs.defaultReason, stage);
  const tone = edits.tone ?? prefs.defaultTone;
  const keepDoorOpen = edits.keepDoorOpen ?? prefs.keepDoorOpen;
  const senderName = signingName(prefs, thread?.userName);
  // The letter follows the recruiter's language unless the options or the user here say otherwise.
  const language = edits.language ?? resolveLetterLanguage(prefs.language, fromThread?.language ?? null);
  // The user's own reason and keep-in-touch line are written per letter language; this letter uses this language's.
  const customReason = edits.customReason?.[language] ?? prefs.customReason[language];
  const reasonElsewhere = reason === 'custom' && !customReason.trim() && missingIn(prefs.customReason, language);
  const keepInTouchElsewhere = keepDoorOpen && missingIn(prefs.keepInTouch, language);

  const letter = useMemo(
    () =>
      letterFor(
        prefs,
        {
          recruiter: {
            firstName: recruiter.firstName.trim() || null,
            fullName: recruiter.fullName.trim() || null,
            role: recruiter.role.trim() || null,
            company: recruiter.company.trim() || null,
            cues: fromThread?.recruiter.cues ?? null,
          },
          pageName: thread?.userName,
        },
        // Per language: a plain string would be read as text in an unknown language (and left out when unsure).
        { stage, tone, reason, customReason: { [language]: customReason }, keepDoorOpen, language },
      ),
    [thread?.userName, prefs, recruiter.firstName, recruiter.fullName, recruiter.role, recruiter.company, fromThread?.recruiter.cues, stage, tone, reason, customReason, keepDoorOpen, language],
  );

  // The same rules in every letter language, each read with its own words.
  const hints = useMemo(
    () =>
      checkEtiquette(letter.text, {
        stage,
        language,
        customReason: reason === 'custom' ? customReason : undefined,
        signature: prefs.signature,
        keepDoorOpen,
        names: [recruiter.company, recruiter.role],
      }),
    [language, letter.text, stage, reason, customReason, prefs.signature, keepDoorOpen, recruiter.company, recruiter.role],
  );

  const nudge = fromThread ? nudgeText(fromThread.receivedAt, now) : null;
  const received = fromThread ? receivedText(fromThread.receivedAt, now) : null;
  const blocker = insertBlocker(thread);
  const busy = status?.kind === 'busy';
  const canInsert = thread !== undefined && blocker === null && !busy;

  async function insert() {
    if (!canInsert) return;
    setStatus({ kind: 'busy', text: t('popup_inserting') });
    try {
      const res = await props.insert(letter);
      if (res.ok) {
        setStatus({ kind: 'ok', text: t('popup_inserted') });
        if (props.onInserted) setTimeout(props.onInserted, props.closeDelay ?? 1200);
      } else {
        setStatus({ kind: 'error', text: problemText(res.problem) });
      }
    } catch {
      setStatus({ kind: 'error', text: t('popup_noAnswer') });
    }
  }

  async function copy() {
    if (busy) return;
    try {
      await props.copy(letter);
      setStatus({ kind: 'ok', text: t('popup_copied') });
    } catch {
      setStatus({ kind: 'error', text: t('popup_copyFailed') });
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void insert();
    }
  }

  const signNote = senderName ? undefined : t('popup_noSenderName');
  const stageOptions = STAGES.map((value) => ({ value, label: stageLabel(value) }));
  const toneOptions = TONES.map((value) => ({ value, label: toneLabel(value) }));

  return (
    <div class="dp-popup" onKeyDown={onKeyDown}>
      <header class="dp-header">
        <Logo />
        <h1 class="dp-title">{t('extName')}</h1>
        <span class={`dp-badge ${thread ? 'dp-badge-on' : ''}`}>
          {thread === undefined ? t('popup_reading') : thread ? HOST_NAMES[thread.host] : t('popup_noMailTab')}
        </span>
        {props.openOptions && (
          <button type="button" class="dp-icon-button" aria-label={t('popup_openOptions')} title={t('popup_optionsTooltip')} onClick={props.openOptions}>
            <GearIcon />
          </button>
        )}
      </header>

      <main class="dp-body">
        <section class="dp-card" aria-labelledby="dp-recruiter-title">
          <div class="dp-section-head">
            <h2 id="dp-recruiter-title" class="dp-section-title">
              {t('popup_recruiter')}
            </h2>
            {received && <span class="dp-meta">{received}</span>}
          </div>
          {fromThread?.subject && (
            <p class="dp-subject" title={fromThread.subject}>
              {fromThread.subject}
            </p>
          )}
          {fromThread?.readFrom && <p class="dp-meta dp-read-from">{t(READ_FROM[fromThread.readFrom])}</p>}
          <RecruiterFields values={recruiter} suggestions={suggestions} onChange={(field, value) => edit({ [field]: value })} />
          {nothing && (
            <p class="dp-nudge" role="note">
              <span>{nothing}</span>
            </p>
          )}
          {nudge && (
            <p class="dp-nudge" role="note">
              <ClockIcon />
              <span>{nudge}</span>
            </p>
          )}
        </section>

        <section class="dp-card" aria-label={t('popup_yourLetter')}>
          <ChoiceGroup label={t('popup_stage')} name="stage" options={stageOptions} value={stage} onChange={(v) => edit({ stage: v })} />
          {split && (
            <p class="dp-nudge" role="note">
              <span>{t('popup_stageSplit')}</span>
            </p>
          )}
          <ReasonPicker
            stage={stage}
            value={reason}
            customReason={customReason}
            selectRef={reasonRef}
            onChange={(id) => edit({ reason: id })}
            onCustomReasonChange={(text) => edit({ customReason: { ...edits.customReason, [language]: text } })}
          />
          {reasonElsewhere && (
            <p class="dp-help" role="note">
              {t('popup_customReasonOtherLanguage', LANGUAGE_NAMES[language])}
            </p>
          )}
          <ChoiceGroup label={t('popup_tone')} name="tone" options={toneOptions} value={tone} onChange={(v) => edit({ tone: v })} />
          <div class="dp-row">
            <label class="dp-label" for="dp-letter-language">
              {t('popup_letterLanguage')}
            </label>
            <div class="dp-select">
              <select id="dp-letter-language" value={language} onChange={(e) => edit({ language: e.currentTarget.value as LetterLanguage })}>
                {LETTER_LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANGUAGE_NAMES[l]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <Switch label={t('popup_keepDoorOpen')} checked={keepDoorOpen} onChange={(v) => edit({ keepDoorOpen: v })} />
        </section>

        <section class="dp-card dp-card-preview" aria-label={t('popup_previewSection')}>
          <LetterPreview text={letter.text} note={signNote} />
          {keepInTouchElsewhere && (
            <p class="dp-help" role="note">
              {t('popup_keepInTouchOtherLanguage', LANGUAGE_NAMES[language])}{' '}
              {props.openOptions && (
                <button type="button" class="dp-link" onClick={props.openOptions}>
                  {t('popup_writeItInOptions')}
                </button>
              )}
            </p>
          )}
          <EtiquetteHints hints={hints} />
        </section>

        {thread?.layout && <LayoutCheck check={thread.layout} open={!!thread.layoutUnrecognised} />}
      </main>

      <footer class="dp-footer">
        <div class="dp-actions">
          <button type="button" class="dp-button dp-button-secondary" disabled={busy} onClick={() => void copy()}>
            <CopyIcon />
            {t('popup_copy')}
          </button>
          <button
            type="button"
            class="dp-button dp-button-primary"
            disabled={!canInsert}
            aria-describedby={blocker ? 'dp-insert-why' : undefined}
            title={canInsert ? t('popup_insertShortcut') : undefined}
            onClick={() => void insert()}
          >
            {t('popup_insert')}
          </button>
        </div>
        {blocker && !status && (
          <p id="dp-insert-why" class="dp-why">
            {blocker}
          </p>
        )}
        <p role="status" aria-live="polite" class={`dp-status ${status ? `dp-status-${status.kind}` : ''}`}>
          {status?.text ?? ''}
        </p>
      </footer>
    </div>
  );
}

function Logo() {
  return (
    <svg class="dp-logo" viewBox="0 0 24 24" aria-hidden="true">
      <rect x="1" y="1" width="22" height="22" rx="6" fill="currentColor" />
      <path d="M6 8.5h12v8H6z" fill="none" stroke="var(--dp-on-accent)" stroke-width="1.5" stroke-linejoin="round" />
      <path d="M6.5 9l5.5 4.2L17.5 9" fill="none" stroke="var(--dp-on-accent)" stroke-width="1.5" stroke-linejoin="round" />
    </svg>
  );
}

function GearIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      <path
        d="M10 12.6a2.6 2.6 0 1 0 0-5.2 2.6 2.6 0 0 0 0 5.2z M16.2 11.3l1.4 1.1-1.5 2.6-1.7-.6a6 6 0 0 1-1.6.9L12.5 17h-3l-.3-1.7a6 6 0 0 1-1.6-.9l-1.7.6-1.5-2.6 1.4-1.1a6 6 0 0 1 0-1.8L4.4 8.4 5.9 5.8l1.7.6a6 6 0 0 1 1.6-.9L9.5 3.8h3l.3 1.7a6 6 0 0 1 1.6.9l1.7-.6 1.5 2.6-1.4 1.1a6 6 0 0 1 0 1.8z"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linejoin="round"
      />
    </svg>
  );
}

function ClockIcon() {
  return (
    <svg class="dp-hint-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" stroke-width="1.4" />
      <path d="M8 4.8V8l2.2 1.5" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

function CopyIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <rect x="5.5" y="5.5" width="8" height="8.5" rx="1.6" fill="none" stroke="currentColor" stroke-width="1.4" />
      <path d="M10.5 3.5V3a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 3v6.5A1.5 1.5 0 0 0 4 11h.5" fill="none" stroke="currentColor" stroke-width="1.4" />
    </svg>
  );
}
