import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buttonReason, reasonsFor, TONES, type ReasonId, type Stage, type Tone } from '../core/letter/reasons';
import { reasonLabel, stageLabel, t, toneLabel } from './i18n';

import type { InsertResult, QuickChoice } from '../core/model';
import { problemText } from './problems';

export interface DeclineButtonProps {
  stage: Stage;
  defaultReason: ReasonId;
  defaultTone: Tone;
  /** False when the user has not written a custom reason yet: the menu then hides that entry. */
  customReasonAvailable: boolean;
  /** Other stages the thread may be at (the evidence was split): the menu offers to decline one of them instead. */
  stageAlternatives?: readonly Stage[];
  onInsert(choice: QuickChoice): InsertResult | Promise<InsertResult>;
  onOpenOptions(): void;
  theme?: 'light' | 'dark';
  /** Labels to use instead of the ones in the UI language (components/i18n.ts). */
  labels?: Partial<Labels>;
  /**
   * The two buttons' tabindex: -1 when the mounter links them into the page's Tab order itself, right after
   * Send (entrypoints/mail.content/tab-order.ts); the natural order otherwise.
   */
  tabIndex?: number;
  /** Filled in by the button: inserts with the current reason and tone, as a click does (the keyboard command). */
  control?: ButtonControl;
}

export interface ButtonControl {
  insertDefault?: () => void;
}

export interface Labels {
  button: string;
  more: string;
  reason: string;
  tone: string;
  options: string;
  inserted: string;
  tones: Record<Tone, string>;
  reasons: Partial<Record<ReasonId, string>>;
}

/** The labels in the UI language; reasons are looked up as they are shown. */
function defaultLabels(): Labels {
  return {
    button: t('button_decline'),
    more: t('button_more'),
    reason: t('button_reason'),
    tone: t('button_tone'),
    options: t('button_openOptions'),
    inserted: t('button_inserted'),
    tones: { warm: toneLabel('warm'), formal: toneLabel('formal'), brief: toneLabel('brief') },
    reasons: {},
  };
}

/**
 * The in-page "Decline politely" control: one click inserts a letter with the current reason and tone;
 * the caret opens a menu to insert with another reason or tone, or to open the options page.
 */
export function DeclineButton(props: DeclineButtonProps) {
  const defaults = useMemo(defaultLabels, []);
  const labels = { ...defaults, ...props.labels, tones: { ...defaults.tones, ...props.labels?.tones } };
  const [reason, setReason] = useState<ReasonId>(props.defaultReason);
  // The stage the user picked from the thread's alternatives (the evidence was split); kept for every later insert.
  const [picked, setPicked] = useState<Stage>(props.stage);
  const stage = picked === props.stage || props.stageAlternatives?.includes(picked) ? picked : props.stage;
  const asked = stage === props.stage ? {} : { stage };
  const reasons = reasonsFor(stage).filter((r) => r.id !== 'custom' || props.customReasonAvailable);
  const [tone, setTone] = useState<Tone>(props.defaultTone);
  const [open, setOpen] = useState(false);
  /** The menu opens above the button, or below it when the window has more room there. */
  const [below, setBelow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const caretRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  // Preferences can change while the button is on the page (saved in the options page).
  useEffect(() => setReason(props.defaultReason), [props.defaultReason]);
  useEffect(() => setTone(props.defaultTone), [props.defaultTone]);
  useEffect(() => setPicked(props.stage), [props.stage]);

  // A reason that does not fit this stage (or an unwritten custom one) falls back to one that does.
  const effectiveReason = buttonReason(reason, stage, props.customReasonAvailable);

  // Focus moves into the menu as it renders, so a key pressed right after opening already lands in it.
  useLayoutEffect(() => {
    if (!open) return;
    const menu = menuRef.current;
    const root = rootRef.current?.getBoundingClientRect();
    const view = rootRef.current?.ownerDocument.defaultView;
    if (menu && root && view) setBelow(menu.offsetHeight + 8 > root.top && view.innerHeight - root.bottom > root.top);
    (menu?.querySelector<HTMLElement>('[role="menuitemradio"][aria-checked="true"]') ?? menu?.querySelector<HTMLElement>('[role^="menuitem"]'))?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: Event) => {
      if (!rootRef.current?.contains(e.composedPath()[0] as Node)) setOpen(false);
    };
    const doc = rootRef.current?.ownerDocument;
    doc?.addEventListener('pointerdown', onPointer, true);
    return () => doc?.removeEventListener('pointerdown', onPointer, true);
  }, [open]);

  useEffect(() => {
    if (!status || status.kind !== 'ok') return;
    const t = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(t);
  }, [status]);

  const stages = props.stageAlternatives?.length ? [props.stage, ...props.stageAlternatives] : [];

  useLayoutEffect(() => {
    if (props.control) props.control.insertDefault = () => void (busy || insert({ reason: effectiveReason, tone, ...asked }));
  });

  async function insert(choice: QuickChoice) {
    setOpen(false);
    setBusy(true);
    try {
      const outcome = await props.onInsert(choice);
      setStatus(outcome.ok ? { kind: 'ok', text: labels.inserted } : { kind: 'error', text: problemText(outcome.problem) });
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  function pickReason(id: ReasonId) {
    setReason(id);
    void insert({ reason: id, tone, ...asked });
  }

  function pickStage(s: Stage) {
    setPicked(s);
    const fitting = buttonReason(reason, s, props.customReasonAvailable);
    void insert(s === props.stage ? { reason: fitting, tone } : { reason: fitting, tone, stage: s });
  }

  function pickTone(t: Tone) {
    setTone(t);
    void insert({ reason: effectiveReason, tone: t, ...asked });
  }

  function onMenuKey(e: KeyboardEvent) {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []);
    const i = items.indexOf(e.target as HTMLElement);
    const move = (to: number) => {
      e.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(i + 1);
    else if (e.key === 'ArrowUp') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Tab') {
      setOpen(false);
      caretRef.current?.focus();
    }
  }

  return (
    <div
      ref={rootRef}
      class={`dp-root dp-${props.theme ?? 'light'}`}
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.preventDefault();
          setOpen(false);
          caretRef.current?.focus();
        }
      }}
    >
      <div class="dp-split">
        <button type="button" class="dp-main" tabIndex={props.tabIndex} disabled={busy} onClick={() => insert({ reason: effectiveReason, tone, ...asked })}>
          <svg class="dp-icon" viewBox="0 0 20 20" aria-hidden="true">
            <path d="M3 5.5h14v9H3z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
            <path d="M3.5 6l6.5 5 6.5-5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
          </svg>
          <span>{labels.button}</span>
        </button>
        <button
          type="button"
          ref={caretRef}
          class="dp-caret"
          tabIndex={props.tabIndex}
          aria-label={labels.more}
          aria-haspopup="menu"
          aria-expanded={open}
          disabled={busy}
          onClick={() => setOpen(!open)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
            }
          }}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M6 8l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
      </div>
      {open && (
        <div ref={menuRef} role="menu" aria-label={labels.more} class={`dp-menu${below ? ' dp-menu-below' : ''}`} onKeyDown={onMenuKey}>
          {stages.length > 0 && (
            <>
              <div role="group" aria-label={t('button_stage')}>
                <div class="dp-heading" aria-hidden="true">
                  {t('button_stage')}
                </div>
                {stages.map((s) => (
                  <div
                    key={s}
                    role="menuitemradio"
                    aria-checked={s === stage}
                    tabIndex={-1}
                    class="dp-item"
                    onClick={() => pickStage(s)}
                    onKeyDown={(e) => activateOnKey(e, () => pickStage(s))}
                  >
                    {stageLabel(s)}
                  </div>
                ))}
              </div>
              <div role="separator" class="dp-sep" />
            </>
          )}
          <div role="group" aria-label={labels.reason}>
            <div class="dp-heading" aria-hidden="true">
              {labels.reason}
            </div>
            {reasons.map((r) => (
              <div
                key={r.id}
                role="menuitemradio"
                aria-checked={r.id === effectiveReason}
                tabIndex={-1}
                class="dp-item"
                onClick={() => pickReason(r.id)}
                onKeyDown={(e) => activateOnKey(e, () => pickReason(r.id))}
              >
                {labels.reasons[r.id] ?? reasonLabel(r.id)}
              </div>
            ))}
          </div>
          <div role="separator" class="dp-sep" />
          <div role="group" aria-label={labels.tone}>
            <div class="dp-heading" aria-hidden="true">
              {labels.tone}
            </div>
            {TONES.map((t) => (
              <div
                key={t}
                role="menuitemradio"
                aria-checked={t === tone}
                tabIndex={-1}
                class="dp-item"
                onClick={() => pickTone(t)}
                onKeyDown={(e) => activateOnKey(e, () => pickTone(t))}
              >
                {labels.tones[t]}
              </div>
            ))}
          </div>
          <div role="separator" class="dp-sep" />
          <div
            role="menuitem"
            tabIndex={-1}
            class="dp-item"
            onClick={() => {
              setOpen(false);
              props.onOpenOptions();
            }}
            onKeyDown={(e) =>
              activateOnKey(e, () => {
                setOpen(false);
                props.onOpenOptions();
              })
            }
          >
            {labels.options}
          </div>
        </div>
      )}
      <div role="status" aria-live="polite" class={`dp-status ${status ? `dp-status-${status.kind}` : ''}`}>
        {status?.text ?? ''}
      </div>
    </div>
  );
}

function activateOnKey(e: KeyboardEvent, action: () => void) {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    action();
  }
}
