/**
 * Node tests shared by the layers that touch the page (core/read, core/insert). The constants are Node's own, spelled
 * out so that the code also runs where no global `Node` exists (a worker, a test without a DOM).
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_POSITION_FOLLOWING = 4;

/** True for an element of any document (an `instanceof` check would fail for one from another frame). */
export function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === ELEMENT_NODE;
}
