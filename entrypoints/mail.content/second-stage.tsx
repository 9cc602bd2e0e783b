/**
 * The content script's second stage (see ./second-stage-api.ts): the in-page button and the letter insertion.
 * Wiring only; the button is components/DeclineButton.tsx and the insertion core/insert/index.ts.
 *
 * Built as an ES module with the popup and options pages (wxt.config.ts), so Preact is shipped once for all of
 * them; importing it registers the stage.
 */
import { render } from 'preact';
import { DeclineButton } from '../../components/DeclineButton';
import buttonCss from '../../components/decline-button.css?inline';
import { insertLetter } from '../../core/insert';
import { registerSecondStage, type ButtonModel } from './second-stage-api';
import { mountInShadow, themeOf } from './mount';

function renderInto(container: HTMLElement, slot: Element, model: ButtonModel): void {
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
    />,
    container,
  );
}

registerSecondStage({
  mountButton(ctx, slot, model) {
    const mounted = mountInShadow(
      ctx,
      slot,
      buttonCss,
      (container) => renderInto(container, slot, model),
      (container) => render(null, container),
    );
    return {
      slot,
      isConnected: () => mounted.host.isConnected,
      update: (next) => renderInto(mounted.container, slot, next),
      remove: () => mounted.remove(),
    };
  },
  insertLetter,
});
