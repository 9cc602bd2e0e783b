/**
 * The content script's second stage (see ./api.ts): the in-page button and the letter insertion. Wiring only;
 * the button is components/DeclineButton.tsx and the insertion core/insert.ts.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DeclineButton } from '../../components/DeclineButton';
import buttonCss from '../../components/decline-button.css?inline';
import { insertLetter } from '../../core/insert';
import { registerSecondStage, type ButtonModel } from './api';
import { mountInShadow, themeOf } from './mount';

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

export default defineUnlistedScript(() => {
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
});
