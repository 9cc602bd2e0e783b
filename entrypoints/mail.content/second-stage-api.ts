/**
 * The contract between the content script's two stages. The first stage (./index.ts) runs in every mail tab:
 * it follows reply editors, reads the thread and asks the background for the letter. The second stage
 * (./second-stage.tsx, built as mail-ui.js: Preact, the button, its styles, the letter insertion) is imported
 * by the first, into the same isolated world, only when a button is to be shown or the popup asks for an insert.
 * The second stage registers itself under a key only the extension's scripts know; the page's own scripts
 * live in another world and never see it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InsertOutcome } from '../../components/DeclineButton';
import type { InsertOptions, InsertResult, Letter } from '../../core/insert';
import type { ReasonId, Stage, Tone } from '../../core/letter/reasons';

/** Where the second stage is built to (web-accessible to the mail sites only: wxt.config.ts). */
export const SECOND_STAGE_PATH = '/mail-ui.js';

const KEY = Symbol.for('decline-politely.mail-ui');

/** What the button shows and does. */
export interface ButtonModel {
  stage: Stage;
  defaultReason: ReasonId;
  defaultTone: Tone;
  customReasonAvailable: boolean;
  /** Other stages the thread may be at (the caret menu offers the change). */
  stageAlternatives?: Stage[];
  onInsert(choice: { reason: ReasonId; tone: Tone; stage?: Stage }): Promise<InsertOutcome>;
  onOpenOptions(): void;
}

export interface MountedButton {
  /** The element the button was mounted for. */
  slot: Element;
  /** False once the host page removed the button (with its toolbar). */
  isConnected(): boolean;
  update(model: ButtonModel): void;
  remove(): void;
}

export interface SecondStage {
  /** Mounts the button in an open shadow root at `slot` (beside it, for a Gmail toolbar cell). */
  mountButton(ctx: ContentScriptContext, slot: HTMLElement, model: ButtonModel): MountedButton;
  insertLetter(editor: HTMLElement, letter: Letter, options: InsertOptions): InsertResult;
}

export function registerSecondStage(stage: SecondStage): void {
  (globalThis as Record<symbol, unknown>)[KEY] = stage;
}

export function registeredSecondStage(): SecondStage | undefined {
  return (globalThis as Record<symbol, SecondStage | undefined>)[KEY];
}
