/** hostFor(url): the exact mail hostnames over https, nothing else; never throws. */
import fc from 'fast-check';
import { gmail, hostFor, MAIL_PAGE_MATCHES, outlook } from '../../core/read/hosts';

/** The hostnames the content script matches, from its match patterns. */
const SUPPORTED_HOSTNAMES = MAIL_PAGE_MATCHES.map((pattern) => new URL(pattern.replace(/\*$/, '')).hostname);

describe('hostFor', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfBkLwqTjNHnXbQPvcRhMZwsd', 'gmail'],
    ['https://mail.google.com/', 'gmail'],
    ['https://MAIL.Google.com/mail/u/1/?ogbl#sent', 'gmail'],
    ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1i', 'outlook'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.office365.com/mail/inbox', 'outlook'],
    ['https://outlook.office.com:443/mail/', 'outlook'],
    ['https://outlook.cloud.microsoft/mail/inbox/id/AAQkADAwATM0MDAAMS1i', 'outlook'],
  ])('%s → %s', (url, id) => {
    expect(hostFor(url)?.id).toBe(id);
  });

  it('gives each site its adapter object', () => {
    expect(hostFor('https://mail.google.com/')).toBe(gmail);
    expect(hostFor('https://outlook.live.com/')).toBe(outlook);
  });

  it.each([
    'https://mail.google.com.evil.com/mail/u/0/',
    'https://mail.google.com./mail/',
    'https://evil.com/mail.google.com/',
    'https://evil.com/?next=https://mail.google.com/',
    'https://evil.com/#https://mail.google.com/',
    'https://mail.google.com@evil.com/',
    'https://user:secret@mail.google.com/',
    'https://notmail.google.com/',
    'https://mail-google.com/',
    'https://google.com/mail/',
    'https://outlook.office.com.attacker.net/mail/',
    'https://xoutlook.live.com/',
    'https://outlook.com/',
    'https://outlook.cloud.microsoft.evil.com/mail/',
    'https://cloud.microsoft/mail/',
    'https://teams.cloud.microsoft/',
    'http://mail.google.com/mail/',
    'https://mail.google.com:8443/mail/',
    'ftp://mail.google.com/',
    'mail.google.com',
    '//mail.google.com/',
    'javascript:alert(1)//https://mail.google.com/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'about:blank',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(hostFor(url)).toBeNull();
  });

  it('lists the hostnames it serves (the content script must match the same)', () => {
    expect([...SUPPORTED_HOSTNAMES].sort()).toEqual(['mail.google.com', 'outlook.cloud.microsoft', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);
    // The content script's match patterns (and the pages its second stage is exposed to) are exactly these hosts.
    expect(MAIL_PAGE_MATCHES).toEqual(SUPPORTED_HOSTNAMES.map((name) => `https://${name}/*`));
    for (const name of SUPPORTED_HOSTNAMES) expect(hostFor(`https://${name}/mail/`), name).not.toBeNull();
  });

  it('never throws, and only ever answers for https on a supported hostname (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl({ withQueryParameters: true, withFragments: true })), (url) => {
        const host = hostFor(url);
        if (host !== null) {
          const parsed = new URL(url);
          expect(parsed.protocol).toBe('https:');
          expect(SUPPORTED_HOSTNAMES).toContain(parsed.hostname);
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('no lookalike built around a supported hostname is accepted', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_HOSTNAMES), label, fc.constantFrom('prefix', 'suffix', 'path', 'userinfo'), (name, extra, where) => {
        const url =
          where === 'prefix' ? `https://${extra}${name}/` :
          where === 'suffix' ? `https://${name}.${extra}.com/` :
          where === 'path' ? `https://${extra}.example/${name}/` :
          `https://${name}@${extra}.example/`;
        expect(hostFor(url)).toBeNull();
      }),
    );
  });

  it('tolerates non-string input from untyped callers', () => {
    expect(hostFor(undefined as unknown as string)).toBeNull();
    expect(hostFor(42 as unknown as string)).toBeNull();
  });
});

describe('MailHost objects', () => {
  it.each([gmail, outlook])('$id: composerHint and protectedBlocks are valid selectors', (host) => {
    const probe = document.createElement('div');
    expect(() => probe.querySelector(host.composerHint)).not.toThrow();
    for (const selector of host.protectedBlocks) expect(() => probe.querySelector(selector)).not.toThrow();
  });
});
