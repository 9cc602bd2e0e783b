/**
 * Convention: every selector in the site tables is matched by the pages it is written for. A selector that
 * matches no fixture is either dead or untested; both are bugs (refined-github's features.test.ts idea).
 *
 * - Every table entry (the union of its alternatives) must match at least one project fixture, so the check
 *   runs even without ../shared.
 * - Every single alternative must match at least one fixture, project or real, unless it is listed below as
 *   kept for a UI we have no page for (older builds, other locales). That list is the honest inventory of
 *   what is not backed by a fixture; adding a selector without a fixture means adding it there, on purpose.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { GMAIL_SELECTORS, OUTLOOK_SELECTORS } from '../../core/read/hosts';
import { localizeOutlook } from '../support/outlook-variants';
import { describeShared, PROJECT_ROOT, readFixture, readShared } from '../support/shared';

type Table = Record<string, readonly string[]>;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function count(root: ParentNode, selector: string): number {
  return new Set(root.querySelectorAll(selector)).size;
}

const PROJECT_FIXTURES = readdirSync(resolve(PROJECT_ROOT, 'tests', 'fixtures')).filter((f) => f.endsWith('.html'));
// The "broken" variants exist to match nothing; they do not vouch for any selector.
// Outlook's fixtures also count in its other display languages (tests/support/outlook-variants.ts).
const projectRoots = (prefix: string): Array<[string, ParentNode]> => [
  ...PROJECT_FIXTURES.filter((f) => f.startsWith(prefix) && !f.includes('broken')).map((f): [string, ParentNode] => [f, parse(readFixture(f))]),
  ...(prefix === 'outlook-'
    ? (['fr', 'es', 'ja', 'ar'] as const).map((lang): [string, ParentNode] => [`outlook-reading-pane-reply.html (${lang})`, parse(localizeOutlook(readFixture('outlook-reading-pane-reply.html'), lang))])
    : []),
];

function realRoots(site: 'gmail' | 'outlook'): Array<[string, ParentNode]> {
  if (site === 'gmail') {
    return ['gmail-compose-popup-2020.html', 'gmail-message-expanded-2025.html', 'gmail-inbox-list-2014.html'].map((f) => [
      f,
      parse(readShared('fixtures', 'real', f)),
    ]);
  }
  const doc = parse(readShared('fixtures', 'real', 'outlook-owa-semireal-mailvelope-2025.html'));
  return [...doc.querySelectorAll<HTMLTemplateElement>('template[data-fixture-name]')].map((t) => [
    `outlook-owa-semireal-mailvelope-2025.html#${t.getAttribute('data-fixture-name')}`,
    t.content,
  ]);
}

/** Alternatives kept for UIs no fixture shows. Keep each entry's reason next to it in the site's table. */
const KEPT_WITHOUT_FIXTURE: Record<'gmail' | 'outlook', string[]> = {
  gmail: [
    'messageQuote: blockquote[type="cite"]', // Apple Mail / Thunderbird-written history
    'messageQuote: [id$="divRplyFwdMsg"]', // Outlook-written history in a Gmail inbox
    'messageQuote: .yahoo_quoted', // Yahoo-written history
    'messageSignature: [id$="Signature"]', // Outlook-written signature in a Gmail inbox
  ],
  outlook: [
    'readingPane: #ReadingPaneContainerId', // legacy OWA (2019–2022)
    'sender: span[aria-label*="："]', // a full-width colon (zh, ja where written so); the ja variant uses "差出人:"
    'date: time[datetime]', // semantic fallback
    'messageQuote: .gmail_quote', // Gmail-written history in an Outlook inbox
    'messageQuote: blockquote[type="cite"]', // Apple Mail / Thunderbird-written history
    'messageSignature: .gmail_signature', // Gmail-written signature in an Outlook inbox
    'editor: div[contenteditable="true"][aria-label^="Nachrichtentext"]', // de
    'sendButton: button[id$="__primaryActionButton"]', // Fabric split button (2020–2023)
    'sendButton: button[name="Send"]', // legacy OWA
    'sendButton: button[aria-label="Senden"]', // de
    'subjectInput: input[aria-label="Betreff hinzufügen"]', // de
    'accountName: #mectrl_currentAccount_primary', // account flyout, rendered once opened
    'accountEmail: #mectrl_currentAccount_secondary', // account flyout, rendered once opened
  ],
};

const SITES = [
  ['gmail', GMAIL_SELECTORS as Table, 'gmail-'],
  ['outlook', OUTLOOK_SELECTORS as Table, 'outlook-'],
] as const;

describe.each(SITES)('%s selector table', (_site, table, prefix) => {
  const roots = projectRoots(prefix);

  it('has project fixtures to check against', () => {
    expect(roots.length).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.entries(table))('every alternative of %s is a valid selector', (_key, alternatives) => {
    const probe = document.createElement('div');
    expect(alternatives.length).toBeGreaterThan(0);
    for (const selector of alternatives) expect(() => probe.querySelector(selector), selector).not.toThrow();
  });

  it.each(Object.entries(table))('%s matches at least one project fixture', (key, alternatives) => {
    const hits = roots.map(([file, root]) => [file, count(root, alternatives.join(', '))] as const).filter(([, n]) => n > 0);
    expect(hits.length, `${key} matched no fixture in tests/fixtures`).toBeGreaterThan(0);
  });
});

/**
 * Gmail's class names are obfuscated and renamed by its redesigns, so each Gmail entry tries a stable handle first
 * (an attribute, a role, ARIA, structure). These entries have no such handle and lead with a class, on purpose.
 */
const GMAIL_CLASS_FIRST: Record<string, string> = {
  body: 'no attribute marks the body; the adapter falls back to the content below the sender (contentBelow)',
  snippet: 'no attribute marks the snippet; the same structural fallback as the body',
  inlineReplyArea: 'the adapter also treats any editor outside a mole as inline while a thread is shown',
  messageQuote: 'mail-format classes other mail programs write (gmail_quote), not Gmail UI classes',
  messageSignature: 'mail-format classes other mail programs write (gmail_signature)',
  protectedBlock: 'mail-format classes written into the draft (gmail_quote, gmail_signature)',
};

/** True when a selector names a class outside its attribute brackets. */
function usesClass(selector: string): boolean {
  return /\.-?[A-Za-z_]/.test(selector.replace(/\[[^\]]*\]/g, ''));
}

describe('gmail: stable handles first', () => {
  it.each(Object.entries(GMAIL_SELECTORS as Table))('%s leads with a handle that is not a class name, or says why not', (key, alternatives) => {
    if (key in GMAIL_CLASS_FIRST) {
      // A listed entry must really lead with a class, or the list is stale.
      expect(usesClass(alternatives[0]!), `${key} no longer leads with a class: take it off GMAIL_CLASS_FIRST`).toBe(true);
      return;
    }
    expect(usesClass(alternatives[0]!), `${key}: ${alternatives[0]}`).toBe(false);
  });

  it('the class test itself tells classes from attribute values', () => {
    expect(usesClass('div.a3s.aiL')).toBe(true);
    expect(usesClass('h3 span[email]')).toBe(false);
    expect(usesClass('a[href^="https://accounts.google.com/x"]')).toBe(false);
    expect(usesClass('[role="group"] td:has([role="button"])')).toBe(false);
  });
});

describeShared('selector alternatives against every fixture (project and real)', () => {
  it.each(SITES)('%s: each alternative matches somewhere, or is listed as kept for another UI', (site, table, prefix) => {
    const roots = [...projectRoots(prefix), ...realRoots(site)];
    const unmatched: string[] = [];
    for (const [key, alternatives] of Object.entries(table)) {
      for (const selector of alternatives) {
        if (roots.every(([, root]) => count(root, selector) === 0)) unmatched.push(`${key}: ${selector}`);
      }
    }
    expect(unmatched).toEqual(KEPT_WITHOUT_FIXTURE[site]);
  });
});
