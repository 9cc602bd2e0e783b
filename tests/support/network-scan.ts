/**
 * The network APIs a built script uses, for the privacy checks of both packages (Chromium:
 * tests/e2e/reliability-network.e2e.test.ts; Firefox: tests/e2e-firefox/manifest.firefox.test.ts). Two uses are
 * not the network: Vite's module-preload polyfill, which fetches the page's own `<link rel=modulepreload href>`,
 * and reading a file of the extension's own package through `runtime.getURL` (the UI catalogue, read when the
 * browser gave a page no messages: components/catalogue.ts).
 */
const API = /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|\bimport\(\s*['"`]https?:|new Worker\(|new SharedWorker\(|RTCPeerConnection/g;

/** Each use in `js`, with a little of the code around it, for a failure message. */
export function networkUses(js: string): string[] {
  const uses: string[] = [];
  for (const m of js.matchAll(API)) {
    const around = js.slice(Math.max(0, m.index - 900), m.index + 40);
    const call = js.slice(m.index, js.indexOf(')', m.index) + 1);
    const preloadPolyfill = m[0] === 'fetch(' && /supports\(\s*[`'"]modulepreload[`'"]\s*\)/.test(around) && /^fetch\(\s*[\w$]+\.href\s*,\s*[\w$]+\s*\)$/.test(call);
    const ownFile = m[0] === 'fetch(' && /^fetch\(\s*[\w$]+(?:\.[\w$]+)*\.runtime\.getURL\(/.test(js.slice(m.index, m.index + 80));
    if (!preloadPolyfill && !ownFile) uses.push(`…${js.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
  }
  return uses;
}
