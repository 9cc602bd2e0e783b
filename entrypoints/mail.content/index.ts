/**
 * Content script for Gmail and Outlook on the web: puts the "Decline politely" button in each reply
 * editor's toolbar on recruiter threads, and answers the popup. Wiring only.
 * The first of two stages (why: README, "Project layout"); the second is ./second-stage.tsx.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { trackComposers } from '../../core/read/composer-tracker';
import { hostFor, MAIL_PAGE_MATCHES, type Composer, type MailHost } from '../../core/read/hosts';
import { readPageWithOpener } from '../../core/read/opener';
import { checkLayout, conversationInUrl, type PageRead } from '../../core/read/page';
import { safely } from '../../core/safely';
import type { Letter } from '../../core/model';
import { preferencesChanged } from '../../core/settings/keys';
import { isLetterAnswer, isRequest, OPEN_OPTIONS, type CommandResponse, type InsertResult, type LetterAnswer, type LetterRequest, type QuickChoice, type Request, type ThreadRead } from '../../core/protocol';
import { registeredSecondStage, SECOND_STAGE_PATH, type ButtonModel, type MountedButton, type SecondStage } from './second-stage-api';
import { extensionApi, type ExtensionApi } from './extension';
import { markDecision } from './decision';
import { mailHostOfWindow, offerSecondStage, openerDocument, secondStageFromOpener } from './popout';
// Lets the browser tell the composer tracker when an editor appears (a manifest stylesheet: no page CSP applies).
import './editor-sentinel.css';

export default defineContentScript({
  matches: MAIL_PAGE_MATCHES,
  // Outlook renders "Open in new window" replies into a window it opens itself, at about:blank (see ./popout.ts).
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const host = mailHostOfWindow(window, hostFor);
    const api = extensionApi();
    if (!host || !api) return;
    const ui = new MailUi(ctx, host, api);
    ui.start();
    // Preferences saved in the options page or popup apply at once, without reloading the mail page.
    const onStorage = (changes: Record<string, unknown>) => {
      if (preferencesChanged(changes)) ui.refresh();
    };
    api.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => api.storage.onChanged.removeListener(onStorage));
  },
});

/** The last answer from the background, and the page and choice it was for. */
interface Answered {
  key: string;
  answer: LetterAnswer;
}

/** How often, and how far apart, a reply asks again when the background does not answer. */
const RETRIES = 4;
const RETRY_DELAY_MS = 500;

class MailUi {
  private readonly mounted = new Map<HTMLElement, MountedButton>();
  private loading: Promise<SecondStage> | null = null;
  private tracker: ReturnType<typeof trackComposers> | null = null;
  /** Bumped on every refresh: an answer that arrives for an older page state is dropped. */
  private generation = 0;
  private last: Answered | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly host: MailHost,
    private readonly api: ExtensionApi,
  ) {}

  start(): void {
    this.tracker = trackComposers(
      document,
      this.host,
      { onAdd: (c) => void this.update(c), onRemove: (c) => this.unmount(c.editor) },
      this.ctx.signal,
    );
    offerSecondStage(window, () => this.secondStage());
    // Single-page navigation: a different thread may now be open behind the same editors.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.refresh());

    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!isRequest(msg)) return undefined;
      this.answer(msg).then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    this.api.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => this.api.runtime.onMessage.removeListener(onMessage));
  }

  /** The page as read now; a reply in a window of its own also looks at the mail window that opened it. */
  private read(): PageRead {
    return readPageWithOpener(this.host, document, openerDocument(window, this.host, hostFor));
  }

  /** Re-reads the editors and re-decides each button (after navigation or a preference change). */
  refresh(): void {
    this.generation++;
    this.last = null;
    this.tracker?.rescan();
    for (const c of this.tracker?.composers.values() ?? []) void this.update(c);
  }

  /**
   * The background's answer for the page as it is now and a choice (null: the defaults). The last answer is
   * reused while the thread, the choice and the preferences are unchanged, so repeated clicks and the several
   * editors of one page cost one message. Null when the background cannot be reached: it is still starting
   * (Firefox, with mail tabs restored at start-up), or the extension was updated and this copy is orphaned.
   */
  private async letter(page: PageRead, choice: QuickChoice | null): Promise<LetterAnswer | null> {
    const key = JSON.stringify([page.snapshot, page.user]);
    const last = this.last;
    if (last && last.key === key && (choice === null || sameChoice(choice, last.answer.choice))) return last.answer;
    const generation = this.generation;
    const request: LetterRequest = { type: 'dp:letter', ...page, choice };
    let answer: unknown;
    try {
      answer = await this.api.runtime.sendMessage(request);
    } catch {
      return null;
    }
    if (!isLetterAnswer(answer)) return null;
    if (generation === this.generation) this.last = { key, answer };
    return answer;
  }

  /** The second stage, loaded once into this isolated world on first use (see ./second-stage-api.ts). */
  private secondStage(): Promise<SecondStage> {
    // A reply in a window Outlook opened at about:blank borrows its opener's (./popout.ts).
    const fromOpener = this.loading ? null : secondStageFromOpener(window);
    if (fromOpener) {
      this.loading = fromOpener();
      this.loading.catch(() => (this.loading = null));
      return this.loading;
    }
    this.loading ??= import(/* @vite-ignore */ this.api.runtime.getURL(SECOND_STAGE_PATH)).then(() => {
      const stage = registeredSecondStage();
      if (!stage) throw new Error('The button could not be loaded.');
      return stage;
    });
    // A failed load (the extension was reloaded under the page) may be retried later.
    this.loading.catch(() => (this.loading = null));
    return this.loading;
  }

  /** Mounts or removes the button on one editor, depending on the thread and the preferences. */
  private async update(c: Composer, attempt = 1): Promise<void> {
    const generation = this.generation;
    const current = () => generation === this.generation && !this.ctx.isInvalid && this.tracker?.composers.get(c.editor) === c;
    const answer = await this.letter(this.read(), null);
    // A later refresh, or the editor's removal, decides instead.
    if (!current()) return;
    if (!answer && attempt < RETRIES) {
      // The background did not answer: ask again shortly rather than leave this reply without a button.
      this.ctx.setTimeout(() => current() && void this.update(c, attempt + 1), RETRY_DELAY_MS * attempt);
      return;
    }
    const wanted = !!answer && (answer.showOnAllReplies || (c.inOpenThread && answer.recruiterThread));
    // Without a recognised toolbar (a redesign), the button goes just above the editor rather than nowhere.
    const slot = c.toolbarSlot ?? c.editor;
    const placement = c.toolbarSlot ? 'in' : 'before';
    if (!answer || !wanted) {
      this.unmount(c.editor);
      markDecision(c.container, !answer ? 'no-answer' : c.inOpenThread ? 'not-recruiter' : 'not-in-thread');
      return;
    }
    const model = this.model(c, answer);
    const existing = this.mounted.get(c.editor);
    if (existing?.isConnected() && existing.slot === slot) {
      existing.update(model);
      markDecision(c.container, 'button');
      return;
    }
    let stage: SecondStage;
    try {
      stage = await this.secondStage();
    } catch {
      if (current()) markDecision(c.container, 'no-ui');
      return;
    }
    if (!current() || this.mounted.get(c.editor) !== existing) return;
    this.unmount(c.editor);
    // A button left by an earlier copy of this script (the extension was updated or reloaded) is dead: replace it.
    const stales = ':scope > [data-decline-politely="cell"], :scope > * > decline-politely-ui, :scope > decline-politely-ui';
    for (const stale of slot.parentElement?.querySelectorAll(stales) ?? []) stale.remove();
    this.mounted.set(c.editor, stage.mountButton(this.ctx, slot, model, placement));
    markDecision(c.container, 'button');
  }

  private unmount(editor: HTMLElement): void {
    this.mounted.get(editor)?.remove();
    this.mounted.delete(editor);
  }

  private model(c: Composer, answer: LetterAnswer): ButtonModel {
    return {
      stage: answer.stage,
      defaultReason: answer.defaultReason,
      defaultTone: answer.defaultTone,
      customReasonAvailable: answer.customReasonAvailable,
      ...(answer.stageAlternatives ? { stageAlternatives: answer.stageAlternatives } : {}),
      onInsert: (choice) => this.insertInto(c, choice),
      onOpenOptions: () => void this.api.runtime.sendMessage(OPEN_OPTIONS).catch(() => {}),
    };
  }

  /** Writes the letter for the open thread into one editor. */
  private async insertInto(c: Composer, choice: QuickChoice): Promise<InsertResult> {
    const closed: InsertResult = { ok: false, problem: { code: 'replyClosed' } };
    if (!c.editor.isConnected) return closed;
    const answer = await this.letter(this.read(), choice);
    if (!answer) return { ok: false, problem: { code: 'extensionRestarted' } };
    if (!c.editor.isConnected) return closed;
    return this.insertLetter(c.editor, answer.letter);
  }

  /** Inserts a letter into an editor through the second stage (loading it if need be), for the button and the popup. */
  private async insertLetter(editor: HTMLElement, letter: Letter): Promise<InsertResult> {
    let stage: SecondStage;
    try {
      stage = await this.secondStage();
    } catch {
      return { ok: false, problem: { code: 'extensionRestarted' } };
    }
    const result = stage.insertLetter(editor, letter, { protectedBlocks: this.host.protectedBlocks });
    return result.ok ? { ok: true } : result;
  }

  /** The editor a popup insert goes to: one in the open thread, the focused one first. */
  private targetComposer(): Composer | undefined {
    const all = [...(this.tracker?.composers.values() ?? [])].filter((c) => c.editor.isConnected);
    const inThread = all.filter((c) => c.inOpenThread);
    const active = document.activeElement;
    return inThread.find((c) => c.container.contains(active)) ?? inThread[inThread.length - 1];
  }

  /**
   * The keyboard command: when the focused element is in a reply that shows our button, the button inserts its
   * default letter (and announces it, as after a click). Otherwise the background opens the popup.
   */
  private declineFromCommand(): CommandResponse {
    const active = document.activeElement;
    for (const [editor, button] of this.mounted) {
      const c = this.tracker?.composers.get(editor);
      if (!c || !active || !c.container.contains(active) || !button.isConnected()) continue;
      button.insertDefault();
      return { handled: true };
    }
    return { handled: false };
  }

  private async answer(msg: Request): Promise<ThreadRead | InsertResult | CommandResponse> {
    if (msg.type === 'dp:decline-command') return this.declineFromCommand();
    if (msg.type === 'dp:insert') return this.insertFromPopup(msg.letter);
    const page = this.read();
    const draft = this.targetComposer();
    const reply = draft ? null : this.host.replyButton?.(document);
    const layout = checkLayout(page.snapshot, safely('composers', () => this.host.composers(document), () => []));
    return { host: this.host.id, ...page, hasDraft: !!draft, canOpenReply: !!reply, layout, conversationInUrl: conversationInUrl(this.host.id, location.href) };
  }

  private async insertFromPopup(letter: Letter): Promise<InsertResult> {
    let target = this.targetComposer();
    if (!target) {
      const reply = this.host.replyButton?.(document);
      if (!reply) return { ok: false, problem: { code: 'noReplyOpen' } };
      reply.click();
      target = await this.waitForComposer(3000);
      if (!target) return { ok: false, problem: { code: 'replyDidNotOpen' } };
    }
    return this.insertLetter(target.editor, letter);
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

function sameChoice(a: QuickChoice, b: QuickChoice): boolean {
  return a.reason === b.reason && a.tone === b.tone && a.stage === b.stage;
}
