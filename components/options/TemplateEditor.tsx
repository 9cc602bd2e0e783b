/**
 * The "Letters" section: one Mustache template per stage, with the names a template can use (insertable at
 * the cursor), a live preview written to a sample recruiter, clear errors, and reset to the built-in letter.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PerLanguage } from '../../core/model';
import { renderLetter } from '../../core/letter/render';
import { TEMPLATE_VARIABLES, templateProblems } from '../../core/letter/template-check';
import { DEFAULT_TEMPLATES } from '../../core/letter/templates';
import { buildLetterView, type SenderProfile } from '../../core/letter/view';
import { reasonById, reasonForStage, STAGES, TONES, type ReasonId, type Stage, type Tone } from '../../core/letter/reasons';
import { reasonLabel, t, toneLabel, tParts, variableDescription, type MessageKey } from '../i18n';
import { problemText } from '../problems';
import { SAMPLE_RECRUITER, SAMPLE_SENDER_NAME } from './sample';

export interface TemplateEditorProps {
  /** The text in each stage's editor (the built-in letter when the user has none). */
  texts: Record<Stage, string>;
  /** The templates in storage: what letters use until the editor's text can be saved. */
  saved: Partial<Record<Stage, string>>;
  /**
   * The text of each stage when it was last checked (the user paused or left the editor). Errors show only
   * once checked, so they do not flash up at every keystroke.
   */
  checked: Record<Stage, string>;
  sender: SenderProfile;
  reason: ReasonId;
  customReason: PerLanguage;
  keepDoorOpen: boolean;
  defaultTone: Tone;
  onChange(stage: Stage, text: string): void;
  onCommit(): void;
}

/** Each stage's wording, whole: "the job offer letter" is one message, so every language can say it its own way. */
const STAGE_MESSAGES: Record<Stage, { tab: MessageKey; field: MessageKey; resetDone: MessageKey }> = {
  offer: { tab: 'options_tabOffer', field: 'options_templateOffer', resetDone: 'options_resetDoneOffer' },
  interview: { tab: 'options_tabInterview', field: 'options_templateInterview', resetDone: 'options_resetDoneInterview' },
  outreach: { tab: 'options_tabOutreach', field: 'options_templateOutreach', resetDone: 'options_resetDoneOutreach' },
};

/** Names that open a section rather than insert text: inserting one wraps the selection. */
const SECTION_NAMES: ReadonlySet<string> = new Set<string>([...TONES, 'keepDoorOpen']);

const VARIABLE_GROUPS: readonly { id: string; title: MessageKey; names: readonly string[] }[] = [
  { id: 'sections', title: 'options_variableGroupSections', names: TEMPLATE_VARIABLES.filter((name) => SECTION_NAMES.has(name)) },
  { id: 'text', title: 'options_variableGroupText', names: TEMPLATE_VARIABLES.filter((name) => !SECTION_NAMES.has(name)) },
];

function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
  return Math.min(text.length, offset + column - 1);
}

export function TemplateEditor(props: TemplateEditorProps) {
  const [stage, setStage] = useState<Stage>('offer');
  // The preview shows the default tone until the user picks another; a new default tone wins again.
  const [picked, setPicked] = useState<{ tone: Tone; over: Tone } | null>(null);
  const previewTone = picked && picked.over === props.defaultTone ? picked.tone : props.defaultTone;
  const setPreviewTone = (tone: Tone) => setPicked({ tone, over: props.defaultTone });
  const tabRefs = useRef<Partial<Record<Stage, HTMLButtonElement | null>>>({});

  const onTabKey = (e: KeyboardEvent) => {
    const i = STAGES.indexOf(stage);
    let next: Stage | undefined;
    if (e.key === 'ArrowRight') next = STAGES[(i + 1) % STAGES.length];
    else if (e.key === 'ArrowLeft') next = STAGES[(i - 1 + STAGES.length) % STAGES.length];
    else if (e.key === 'Home') next = STAGES[0];
    else if (e.key === 'End') next = STAGES[STAGES.length - 1];
    if (!next) return;
    e.preventDefault();
    setStage(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section class="card" id="letters" aria-labelledby="letters-title">
      <header class="card-header">
        <h2 id="letters-title">{t('options_letters')}</h2>
        <p>{t('options_lettersIntro')}</p>
      </header>
      <div class="tabs" role="tablist" aria-label={t('options_letterTemplates')} onKeyDown={onTabKey}>
        {STAGES.map((s) => {
          const custom = props.saved[s] !== undefined;
          return (
            <button
              key={s}
              ref={(el) => {
                tabRefs.current[s] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${s}`}
              aria-selected={s === stage}
              aria-controls={`panel-${s}`}
              tabIndex={s === stage ? 0 : -1}
              class="tab"
              onClick={() => setStage(s)}
            >
              {t(STAGE_MESSAGES[s].tab)}
              {custom ? (
                <span class="tab-dot" title={t('options_customisedTitle')}>
                  <span class="visually-hidden"> {t('options_customisedHidden')}</span>
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      <StagePanel key={stage} stage={stage} previewTone={previewTone} onPreviewTone={setPreviewTone} {...props} />
    </section>
  );
}

function StagePanel(props: TemplateEditorProps & { stage: Stage; previewTone: Tone; onPreviewTone(tone: Tone): void }) {
  const { stage, onChange, previewTone } = props;
  const text = props.texts[stage];
  const builtIn = DEFAULT_TEMPLATES[stage];
  const messages = STAGE_MESSAGES[stage];
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<[number, number] | null>(null);
  const [undo, setUndo] = useState<string | null>(null);

  const problems = useMemo(() => templateProblems(text), [text]);
  const showProblems = problems.length > 0 && templateProblems(props.checked[stage]).length > 0;
  const working = props.saved[stage] ?? builtIn;

  useLayoutEffect(() => {
    const sel = pendingSelection.current;
    const ta = textareaRef.current;
    if (!sel || !ta) return;
    pendingSelection.current = null;
    ta.focus();
    ta.setSelectionRange(sel[0], sel[1]);
  });

  const edit = (next: string, selection?: [number, number]) => {
    if (selection) pendingSelection.current = selection;
    onChange(stage, next);
  };

  const insert = (name: string) => {
    const ta = textareaRef.current;
    const start = ta?.selectionStart ?? text.length;
    const end = ta?.selectionEnd ?? start;
    const selected = text.slice(start, end);
    if (SECTION_NAMES.has(name)) {
      const open = `{{#${name}}}`;
      const inserted = `${open}${selected}{{/${name}}}`;
      // With nothing selected the caret goes inside the new section, ready to type its text.
      const caret = start + open.length + selected.length;
      edit(text.slice(0, start) + inserted + text.slice(end), selected ? [start, start + inserted.length] : [caret, caret]);
    } else {
      const inserted = `{{${name}}}`;
      edit(text.slice(0, start) + inserted + text.slice(end), [start + inserted.length, start + inserted.length]);
    }
    props.onCommit();
  };

  const reset = () => {
    setUndo(text);
    edit(builtIn, [0, 0]);
    props.onCommit();
  };

  const goTo = (line: number, column: number) => {
    const at = offsetOf(text, line, column);
    const ta = textareaRef.current;
    if (!ta) return;
    ta.focus();
    ta.setSelectionRange(at, at);
  };

  // The preview follows the editor while the text is valid; otherwise it shows the letter that will really be used.
  const preview = useMemo(() => {
    const source = problems.length === 0 && text.trim() !== '' ? text : working;
    const reason = reasonForStage(props.reason, stage);
    const view = buildLetterView({
      sender: { ...props.sender, name: props.sender.name.trim() || SAMPLE_SENDER_NAME },
      recruiter: SAMPLE_RECRUITER,
      choice: { stage, tone: previewTone, reason, customReason: props.customReason, keepDoorOpen: props.keepDoorOpen },
    });
    try {
      const letter = renderLetter(source, view);
      return letter.text || renderLetter(builtIn, view).text;
    } catch {
      return renderLetter(builtIn, view).text;
    }
  }, [text, working, builtIn, problems.length, previewTone, stage, props.reason, props.customReason, props.keepDoorOpen, props.sender]);

  const state: { kind: 'builtin' | 'custom' | 'error'; label: string } = showProblems
    ? { kind: 'error', label: props.saved[stage] !== undefined ? t('options_stateErrorWorking') : t('options_stateErrorBuiltIn') }
    : text === builtIn || text.trim() === ''
      ? { kind: 'builtin', label: t('options_stateBuiltIn') }
      : { kind: 'custom', label: t('options_stateCustom') };

  const errorId = `template-${stage}-errors`;
  const previewReason = reasonById(reasonForStage(props.reason, stage));

  return (
    <div class="tab-panel" role="tabpanel" id={`panel-${stage}`} aria-labelledby={`tab-${stage}`}>
      <div class="editor-head">
        <label class="editor-label" for={`template-${stage}`}>
          {t(messages.field)}
        </label>
        <span class={`badge badge-${state.kind}`}>{state.label}</span>
      </div>
      <textarea
        ref={textareaRef}
        id={`template-${stage}`}
        class="code"
        rows={16}
        spellcheck={false}
        value={text}
        aria-invalid={showProblems ? 'true' : undefined}
        aria-describedby={showProblems ? errorId : undefined}
        onInput={(e) => edit(e.currentTarget.value)}
        onBlur={props.onCommit}
      />
      {showProblems ? (
        <div class="template-errors" id={errorId}>
          <p>{problems.length === 1 ? t('options_templateProblemOne') : t('options_templateProblemMany', problems.length)}</p>
          <ul>
            {problems.map((p, i) => {
              const [before, after] = tParts('options_problemItem', problemText(p.problem));
              return (
                <li key={i}>
                  {before}
                  <button type="button" class="link" onClick={() => goTo(p.line, p.column)}>
                    {t('options_problemAt', p.line, p.column)}
                  </button>
                  {after}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div class="editor-actions">
        <button type="button" class="button secondary" disabled={text === builtIn} onClick={reset}>
          {t('options_resetToDefault')}
        </button>
        {/* In the page, empty, from the start: what is put in it later is announced. */}
        <p class="inline-status" role="status" aria-live="polite">
          {undo !== null && text === builtIn ? (
            <>
              {t(messages.resetDone)}{' '}
              <button
                type="button"
                class="link"
                onClick={() => {
                  edit(undo);
                  setUndo(null);
                  props.onCommit();
                }}
              >
                {t('options_undo')}
              </button>
            </>
          ) : null}
        </p>
      </div>

      <details class="variables" open>
        <summary>{t('options_variablesTitle')}</summary>
        <p class="hint">{t('options_variablesHint')}</p>
        {VARIABLE_GROUPS.map((group) => (
          <div key={group.id}>
            <h3 class="variable-group" id={`vars-${stage}-${group.id}`}>
              {t(group.title)}
            </h3>
            <ul class="variable-list" aria-labelledby={`vars-${stage}-${group.id}`}>
              {group.names.map((name) => {
                const shown = group.id === 'sections' ? `{{#${name}}}` : `{{${name}}}`;
                return (
                  <li key={name}>
                    <button
                      type="button"
                      class="chip"
                      aria-label={t('options_insertVariable', shown)}
                      aria-describedby={`var-${stage}-${name}`}
                      onClick={() => insert(name)}
                    >
                      <code>{shown}</code>
                    </button>
                    <span class="variable-desc" id={`var-${stage}-${name}`}>
                      {variableDescription(name)}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </details>

      <div class="preview">
        <div class="preview-head">
          <h3 id={`preview-${stage}-title`}>{t('options_previewTitle')}</h3>
          <div class="segmented" role="radiogroup" aria-label={t('options_previewTone')}>
            {TONES.map((tone) => (
              <label key={tone} class={tone === previewTone ? 'checked' : undefined}>
                <input type="radio" name={`preview-tone-${stage}`} value={tone} checked={tone === previewTone} onChange={() => props.onPreviewTone(tone)} />
                <span>{toneLabel(tone)}</span>
              </label>
            ))}
          </div>
        </div>
        <div class="mail" role="region" aria-labelledby={`preview-${stage}-title`}>
          <dl class="mail-head">
            <div>
              <dt>{t('options_mailTo')}</dt>
              <dd>
                {SAMPLE_RECRUITER.fullName} &lt;{SAMPLE_RECRUITER.email}&gt;
              </dd>
            </div>
            <div>
              <dt>{t('options_mailSubject')}</dt>
              <dd>{t('options_mailSubjectLine', SAMPLE_RECRUITER.role, SAMPLE_RECRUITER.company)}</dd>
            </div>
          </dl>
          <div class="mail-body" data-testid="letter-preview">
            {preview}
          </div>
        </div>
        <p class="hint">
          {t(
            'options_previewCaption',
            SAMPLE_RECRUITER.fullName,
            SAMPLE_RECRUITER.role,
            SAMPLE_RECRUITER.company,
            reasonLabel(previewReason.id),
          )}
          {showProblems ? ` ${t('options_previewCaptionErrors')}` : ''}
        </p>
      </div>
    </div>
  );
}
