/**
 * The content script's second stage (see ./second-stage-api.ts): the in-page button and the letter insertion.
 * Wiring only; the button is components/DeclineButton.tsx, the insertion core/insert/index.ts, and its place in the
 * Tab order, right after Send, ./tab-order.ts.
 *
 * Built as an ES module with the popup and options pages (wxt.config.ts), so Preact is shipped once for all of
 * them; importing it registers the stage.
 */
import { render } from 'preact';
import { DeclineButton, type ButtonControl } from '../../components/DeclineButton';
import { setMessageSource } from '../../components/i18n';
import buttonCss from '../../components/decline-button.css?inline';
import { insertLetter } from '../../core/insert';
import { registerSecondStage, type ButtonModel } from './second-stage-api';
import { mountInShadow, themeOf } from './mount';
import { extensionApi } from './extension';
import { linkAfterSend, sendButtonIn } from './tab-order';

const api = extensionApi();
if (api) setMessageSource((key, substitutions) => api.i18n.getMessage(key, substitutions));

function renderInto(container: HTMLElement, slot: Element, model: ButtonModel, control: ButtonControl, tabIndex: number | undefined): void {
  render(
    <DeclineButton
      stage={model.stage}
      defaultReason={model.defaultReason}
      defaultTone={model.defaultTone}
      customReasonAvailable={model.customReasonAvailable}
      stageAlternatives={model.stageAlternatives}
      theme={themeOf(slot)}
      onInsert={model.onInsert}
      onOpenOptions={model.onOpenOptions}
      control={control}
      tabIndex={tabIndex}
    />,
    container,
  );
}

registerSecondStage({
  mountButton(ctx, slot, model, placement) {
    const control: ButtonControl = {};
    const links = new AbortController();
    // With a Send button to follow, our stops leave the page's natural order and are linked in after Send.
    let tabIndex: number | undefined;
    const mounted = mountInShadow(
      ctx,
      slot,
      buttonCss,
      (container) => {
        const outer = container.getRootNode() instanceof ShadowRoot ? (container.getRootNode() as ShadowRoot).host : container;
        const ours = outer.closest('[data-decline-politely="cell"]') ?? outer;
        // Only in a toolbar: anchored above an editor, the "first stop" found would be a link inside the draft.
        const inToolbar = placement !== 'before';
        tabIndex = inToolbar && sendButtonIn(slot, ours) ? -1 : undefined;
        renderInto(container, slot, model, control, tabIndex);
        const root = container.getRootNode();
        if (inToolbar) linkAfterSend(slot, ours, root, () => [...container.querySelectorAll<HTMLElement>('button')], links.signal);
      },
      (container) => {
        links.abort();
        render(null, container);
      },
      placement,
    );
    return {
      slot,
      isConnected: () => mounted.host.isConnected,
      update: (next) => renderInto(mounted.container, slot, next, control, tabIndex),
      insertDefault: () => control.insertDefault?.(),
      remove: () => mounted.remove(),
    };
  },
  insertLetter,
});
