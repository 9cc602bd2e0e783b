/**
 * The contract between the content script's two stages (why there are two: README, "Project layout"): ./index.ts
 * imports ./second-stage.tsx (built as mail-ui.js) into the same isolated world, which registers itself under a key
 * only the extension's scripts know; the page's own scripts live in another world and never see it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Inserted, InsertOptions, Letter } from '../../core/insert';
import type { InsertResult, QuickChoice } from '../../core/model';
import type { ReasonId, Stage, Tone } from '../../core/letter/reasons';
import type { Placement } from './mount';

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
  onInsert(choice: QuickChoice): Promise<InsertResult>;
  onOpenOptions(): void;
}

export interface MountedButton {
  /** The element the button was mounted for. */
  slot: Element;
  /** False once the host page removed the button (with its toolbar). */
  isConnected(): boolean;
  update(model: ButtonModel): void;
  /** Inserts the letter for the button's current reason and tone, as a click would (the keyboard command). */
  insertDefault(): void;
  remove(): void;
}

export interface SecondStage {
  /**
   * Mounts the button in an open shadow root at `slot`: in a toolbar (beside it, for a Gmail toolbar cell), or
   * `before` an editor whose toolbar was not recognised.
   */
  mountButton(ctx: ContentScriptContext, slot: HTMLElement, model: ButtonModel, placement?: Placement): MountedButton;
  insertLetter(editor: HTMLElement, letter: Letter, options: InsertOptions): Inserted;
}

export function registerSecondStage(stage: SecondStage): void {
  (globalThis as Record<symbol, unknown>)[KEY] = stage;
}

export function registeredSecondStage(): SecondStage | undefined {
  return (globalThis as Record<symbol, SecondStage | undefined>)[KEY];
}
