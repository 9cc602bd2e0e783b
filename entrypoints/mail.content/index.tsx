/**
 * Content script for Gmail and Outlook on the web: puts the "Decline politely" button in each reply
 * editor's toolbar on recruiter threads, and answers the popup. Wiring only; the logic is in core/.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript, type ContentScriptContext } from '#imports';
import { DeclineButton, type InsertOutcome } from '../../components/DeclineButton';
import buttonCss from '../../components/decline-button.css?inline';
import { trackComposers } from '../../core/composer-tracker';
import type { Composer, MailHost } from '../../core/hosts/index';
import { hostFor } from '../../core/hosts/index';
import { insertLetter } from '../../core/insert';
import { resolveLetterLanguage } from '../../core/language';
import { composeLetter } from '../../core/letter';
import { isRequest, type InsertResponse, type Request, type ThreadInfo } from '../../core/messages';
import { defaultPreferences, PreferencesStore, signingName, type Preferences } from '../../core/preferences';
import type { ReasonId, Tone } from '../../core/reasons';
import { isRecruiterThread, readThreadContext, toThreadInfo, type ThreadContext } from '../../core/thread';
import { mountInShadow, themeOf, type Mounted } from './mount';

export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const host = hostFor(location.href);
    if (!host) return;
    const store = new PreferencesStore(browser.storage);
    let prefs: Preferences = defaultPreferences();
    try {
      prefs = (await store.load()).prefs;
    } catch {
      // Defaults keep the button useful even if storage is unreachable.
    }
    const ui = new MailUi(ctx, host, () => prefs);
    ui.start();
    // Preferences saved in the options page or popup apply at once, without reloading the mail page.
    ctx.onInvalidated(
      store.watch(() => {
        void store.load().then((l) => {
          prefs = l.prefs;
          ui.refresh();
        });
      }),
    );
  },
});

class MailUi {
  private readonly mounted = new Map<HTMLElement, Mounted>();
  private tracker: ReturnType<typeof trackComposers> | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly host: MailHost,
    private readonly prefs: () => Preferences,
  ) {}

  start(): void {
    this.tracker = trackComposers(
      document,
      this.host,
      { onAdd: (c) => this.update(c), onRemove: (c) => this.unmount(c.editor) },
      this.ctx.signal,
    );
    // Single-page navigation: a different thread may now be open behind the same editors.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.refresh());

    const onMessage = (msg: unknown) => (isRequest(msg) ? this.answer(msg) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  }

  /** Re-reads the editors and re-decides each button (after navigation or a preference change). */
  refresh(): void {
    this.tracker?.rescan();
    for (const c of this.tracker?.composers.values() ?? []) this.update(c);
  }

  /** Mounts or removes the button on one editor, depending on the thread and the preferences. */
  private update(c: Composer): void {
    const thread = readThreadContext(this.host, document);
    const wanted = this.prefs().showOnAllReplies || (c.inOpenThread && isRecruiterThread(thread));
    const existing = this.mounted.get(c.editor);
    if (!wanted || !c.toolbarSlot) {
      if (existing) this.unmount(c.editor);
      return;
    }
    if (existing?.host.isConnected && existing.slot === c.toolbarSlot) {
      this.renderButton(c, existing.container, thread);
      return;
    }
    if (existing) this.unmount(c.editor);
    // A button left by an earlier copy of this script (the extension was updated or reloaded) is dead: replace it.
    for (const stale of c.toolbarSlot.parentElement?.querySelectorAll(':scope > [data-decline-politely="cell"], :scope > * > decline-politely-ui') ?? []) stale.remove();
    const ui = mountInShadow(
      this.ctx,
      c.toolbarSlot,
      buttonCss,
      (container) => this.renderButton(c, container, thread),
      (container) => render(null, container),
    );
    this.mounted.set(c.editor, ui);
  }

  private unmount(editor: HTMLElement): void {
    this.mounted.get(editor)?.remove();
    this.mounted.delete(editor);
  }

  private renderButton(c: Composer, container: HTMLElement, thread: ThreadContext): void {
    const prefs = this.prefs();
    render(
      <DeclineButton
        stage={thread.stage}
        defaultReason={prefs.defaultReason}
        defaultTone={prefs.defaultTone}
        customReasonAvailable={prefs.customReason.trim() !== ''}
        theme={c.toolbarSlot ? themeOf(c.toolbarSlot) : 'light'}
        onInsert={(choice) => this.insertInto(c, choice)}
        onOpenOptions={() => void browser.runtime.sendMessage({ type: 'dp:open-options' }).catch(() => {})}
      />,
      container,
    );
  }

  /** Writes the letter for the open thread into one editor. */
  private insertInto(c: Composer, choice: { reason: ReasonId; tone: Tone }): InsertOutcome {
    if (!c.editor.isConnected) return { ok: false, error: 'This reply was closed. Open the reply again and retry.' };
    const prefs = this.prefs();
    const thread = readThreadContext(this.host, document);
    const letter = composeLetter({
      sender: { name: signingName(prefs, thread.user?.name), signature: prefs.signature, keepInTouch: prefs.keepInTouch },
      recruiter: thread.recruiter,
      choice: {
        stage: thread.stage,
        tone: choice.tone,
        reason: choice.reason,
        customReason: prefs.customReason,
        keepDoorOpen: prefs.keepDoorOpen,
        language: resolveLetterLanguage(prefs.language, thread.language),
      },
      templates: prefs.templates,
    });
    const result = insertLetter(c.editor, letter, { protectedBlocks: this.host.protectedBlocks });
    return result.ok ? { ok: true } : { ok: false, error: result.reason };
  }

  /** The editor a popup insert goes to: one in the open thread, the focused one first. */
  private targetComposer(): Composer | undefined {
    const all = [...(this.tracker?.composers.values() ?? [])].filter((c) => c.editor.isConnected);
    const inThread = all.filter((c) => c.inOpenThread);
    const active = document.activeElement;
    return inThread.find((c) => c.container.contains(active)) ?? inThread[inThread.length - 1];
  }

  private async answer(msg: Request): Promise<ThreadInfo | InsertResponse> {
    if (msg.type === 'dp:insert') return this.insertFromPopup(msg.letter);
    const thread = readThreadContext(this.host, document);
    const draft = this.targetComposer();
    const reply = draft ? null : this.host.replyButton?.(document);
    return toThreadInfo(this.host, thread, { hasDraft: !!draft, canOpenReply: !!reply });
  }

  private async insertFromPopup(letter: { text: string; html: string }): Promise<InsertResponse> {
    let target = this.targetComposer();
    if (!target) {
      const reply = this.host.replyButton?.(document);
      if (!reply) return { ok: false, error: 'No reply is open in this thread. Click Reply, then try again.' };
      reply.click();
      target = await this.waitForComposer(3000);
      if (!target) return { ok: false, error: 'The reply did not open. Click Reply, then try again.' };
    }
    const result = insertLetter(target.editor, letter, { protectedBlocks: this.host.protectedBlocks });
    return result.ok ? { ok: true } : { ok: false, error: result.reason };
  }

  private async waitForComposer(ms: number): Promise<Composer | undefined> {
    const until = Date.now() + ms;
    while (Date.now() < until && !this.ctx.isInvalid) {
      this.tracker?.rescan();
      const c = this.targetComposer();
      if (c) return c;
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined;
  }
}
