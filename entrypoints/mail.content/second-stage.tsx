/**
 * The content script's second stage (see ./second-stage-api.ts): the in-page button and the letter insertion.
 * Wiring only; the button is components/DeclineButton.tsx and the insertion core/insert/index.ts. Importing it
 * registers the stage.
 */
import { render } from 'preact';
import { DeclineButton } from '../../components/DeclineButton';
import { setMessageSource } from '../../components/i18n';
import buttonCss from '../../components/decline-button.css?inline';
import { insertLetter } from '../../core/insert';
import { registerSecondStage, type ButtonModel } from './second-stage-api';
import { mountInShadow, themeOf } from './mount';
import { extensionApi } from './extension';

const api = extensionApi();
if (api) setMessageSource((key, substitutions) => api.i18n.getMessage(key, substitutions));

function renderInto(container: HTMLElement, slot: Element, model: ButtonModel): void {
  render(
    <DeclineButton
      stage={model.stage}
      defaultReason={model.defaultReason}
      defaultTone={model.defaultTone}
      customReasonAvailable={model.customReasonAvailable}
      theme={themeOf(slot)}
      onInsert={model.onInsert}
      onOpenOptions={model.onOpenOptions}
    />,
    container,
  );
}

registerSecondStage({
  mountButton(ctx, slot, model, placement) {
    const mounted = mountInShadow(
      ctx,
      slot,
      buttonCss,
      (container) => renderInto(container, slot, model),
      (container) => render(null, container),
      placement,
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
