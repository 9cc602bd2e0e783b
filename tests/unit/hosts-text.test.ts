/** The string helpers behind the adapters (core/read/mail-text.ts) and plain-text rendering (core/read/dom.ts). */
import { plainText, splitMessage } from '../../core/read/dom';
import {
  findEmail, hasForwardPrefix, hasReplyPrefix, isReplySubjectOf, parseDate, parseQuotedHeader, splitNameEmail, splitPlainText,
  stripSubjectPrefixes,
} from '../../core/read/mail-text';

const local = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

describe('parseDate', () => {
  it.each([
    ['20 Aug 2025, 13:19', local(2025, 8, 20, 13, 19)],
    ['Wed, Aug 20, 2025, 1:19 PM', local(2025, 8, 20, 13, 19)],
    ['Wed, Aug 20, 2025, 1:19\u202fPM', local(2025, 8, 20, 13, 19)],
    ['Aug 20, 2025, 12:05 AM', local(2025, 8, 20, 0, 5)],
    ['Tuesday, November 4, 2025 10:12 AM', local(2025, 11, 4, 10, 12)],
    ['Thursday, November 6, 2025 at 9:05 AM', local(2025, 11, 6, 9, 5)],
    ['Tue 11/4/2025 10:12 AM', local(2025, 11, 4, 10, 12)],
    ['Di 25/11/2025 17:40', local(2025, 11, 25, 17, 40)],
    ['04.11.2025 10:12', local(2025, 11, 4, 10, 12)],
    ['8. Nov. 2025, 18:40', local(2025, 11, 8, 18, 40)],
    ['3 September 2025', local(2025, 9, 3)],
    ['2025-11-04T10:12:00Z', Date.UTC(2025, 10, 4, 10, 12)],
  ])('%s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each(['', 'yesterday', '11:30 AM (2 days ago)', '31 Nov 2025', '13/13/2025', 'Nov 3', '25:00 20 Aug 2025', 'Dienstag, 4. Dezember 2025'])(
    'gives null for %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('subjects', () => {
  it.each(['Re: x', 'RE: x', 'AW: x', 'Antw: x', 'SV: x', 'Réf. : x', 'RE : x', 'Re[2]: x', 'RE (2): x', '回复：x', 'Odp: x'])(
    '%s has a reply prefix',
    (subject) => {
      expect(hasReplyPrefix(subject)).toBe(true);
      expect(stripSubjectPrefixes(subject)).toBe('x');
    },
  );

  it.each(['Offer: x', 'Reference check', 'Regarding x', 'x', ''])('%j has none', (subject) => {
    expect(hasReplyPrefix(subject)).toBe(false);
  });

  it('knows forward prefixes apart', () => {
    expect(hasForwardPrefix('Fwd: x')).toBe(true);
    expect(hasForwardPrefix('WG: x')).toBe(true);
    expect(hasReplyPrefix('Fwd: x')).toBe(false);
    expect(stripSubjectPrefixes('Re: Fwd: RE:  x  y')).toBe('x y');
  });

  it('a reply subject matches its thread ignoring case, spacing and repeated prefixes', () => {
    expect(isReplySubjectOf('RE: Interview invitation – Data Analyst', 'Interview invitation – Data Analyst')).toBe(true);
    expect(isReplySubjectOf('Re: re:  interview INVITATION – data analyst', 'Re: Interview invitation – Data Analyst')).toBe(true);
    expect(isReplySubjectOf('Interview invitation – Data Analyst', 'Interview invitation – Data Analyst')).toBe(false);
    expect(isReplySubjectOf('Re: Something else', 'Interview invitation – Data Analyst')).toBe(false);
    expect(isReplySubjectOf('Re: ', '')).toBe(false);
  });
});

describe('names and addresses', () => {
  it.each([
    ['"Doe, Jane" <Jane.Doe@Contoso.com>', 'Doe, Jane', 'jane.doe@contoso.com'],
    ['Priya Raman <priya.raman@northwindlabs.com>', 'Priya Raman', 'priya.raman@northwindlabs.com'],
    ['Priya Raman<priya.raman@northwindlabs.com>', 'Priya Raman', 'priya.raman@northwindlabs.com'],
    ['jane@contoso.com', '', 'jane@contoso.com'],
    ['<jane@contoso.com>', '', 'jane@contoso.com'],
    ['Jane Doe [mailto:jane@contoso.com]', 'Jane Doe', 'jane@contoso.com'],
    ['Jane Doe', 'Jane Doe', null],
    ['', '', null],
  ])('%j', (text, name, email) => {
    expect(splitNameEmail(text)).toEqual({ name, email });
  });

  it('findEmail lower-cases and trims punctuation', () => {
    expect(findEmail('Write to Alex.Morgan@Gmail.com.')).toBe('alex.morgan@gmail.com');
    expect(findEmail('no address here')).toBeNull();
  });
});

describe('parseQuotedHeader', () => {
  it('reads an Outlook reply header and the original under it', () => {
    const original = parseQuotedHeader(
      'From: Doe, Jane <jane.doe@contoso.com>\nSent: Thursday, November 6, 2025 9:05 AM\nTo: Alex Morgan <alex@x.com>;\n Sam <sam@x.com>\nSubject: RE: Interview\n\nHi Alex,\n\nThanks.',
    );
    expect(original).toEqual({
      fromName: 'Doe, Jane',
      fromEmail: 'jane.doe@contoso.com',
      dateText: 'Thursday, November 6, 2025 9:05 AM',
      subject: 'RE: Interview',
      body: 'Hi Alex,\n\nThanks.',
    });
  });

  it('reads German and French headers', () => {
    expect(parseQuotedHeader('Von: Jane Doe <jane@contoso.com>\nGesendet: Dienstag, 4. November 2025 10:12\nAn: Alex\nBetreff: AW: Einladung\n\nHallo')).toMatchObject({
      fromName: 'Jane Doe',
      subject: 'AW: Einladung',
      body: 'Hallo',
    });
    expect(parseQuotedHeader('De : Jeanne <j@contoso.fr>\nEnvoyé : mardi 4 novembre 2025 10:12\nÀ : Alex\nObjet : RE : Entretien\nBonjour')).toMatchObject({
      fromEmail: 'j@contoso.fr',
      subject: 'RE : Entretien',
      body: 'Bonjour',
    });
  });

  it('gives null without a From line', () => {
    expect(parseQuotedHeader('Hi Alex,\nThanks.')).toBeNull();
  });
});

describe('splitPlainText', () => {
  it('cuts at a (wrapped) "On … wrote:" line and a "-- " signature', () => {
    const parts = splitPlainText('Thanks!\n\n-- \nPriya Raman\nNorthwind Labs\n\nOn Mon, Nov 3, 2025 at 9:14 AM Alex Morgan <\nalex@gmail.com> wrote:\n> Hi');
    expect(parts).toEqual({
      body: 'Thanks!',
      signature: 'Priya Raman\nNorthwind Labs',
      quoted: 'On Mon, Nov 3, 2025 at 9:14 AM Alex Morgan <\nalex@gmail.com> wrote:\n> Hi',
    });
  });

  it('cuts at "-----Original Message-----", an Outlook From/Sent header, or a trailing "> " block', () => {
    expect(splitPlainText('Hi\n-----Original Message-----\nFrom: x').body).toBe('Hi');
    expect(splitPlainText('Hi\n\nFrom: Jane <j@x.com>\nSent: Monday\nSubject: y\n\nold').body).toBe('Hi');
    expect(splitPlainText('Hi\n> one\n>\n> two').quoted).toBe('> one\n>\n> two');
    // A "From:" line that is not a header, and a ">" that is not a trailing block, stay in the body.
    expect(splitPlainText('From: the team\nWe love it.\n> not quoted\nreally').quoted).toBe('');
  });
});

describe('plainText / splitMessage', () => {
  const el = (markup: string): HTMLElement => {
    const div = document.createElement('div');
    div.innerHTML = markup;
    return div;
  };

  it('renders blocks and <br> the way a reader sees them', () => {
    expect(plainText(el('<div>Hi Alex,</div><div><br></div><div>Line one<br></div><div>Line two</div><p>Para</p>Tail'))).toBe(
      'Hi Alex,\n\nLine one\nLine two\n\nPara\n\nTail',
    );
    expect(plainText(el('<div>a</div><div>&nbsp;</div><div>b</div>'))).toBe('a\n\nb');
    expect(plainText(el('<table><tr><td>S.NO</td><td>NAME</td></tr><tr><td>1</td><td>X</td></tr></table>'))).toBe('S.NO NAME\n1 X');
  });

  it('skips hidden elements, scripts, styles, templates and form controls; keeps <pre> lines', () => {
    expect(
      plainText(el('<span>shown</span><span style="display: none">hidden</span><span hidden>hidden</span><script>x()</script><style>p{}</style><template>t</template><button>Send</button>')),
    ).toBe('shown');
    expect(plainText(el('<pre>line 1\n  line 2</pre>'))).toBe('line 1\nline 2');
  });

  it('splits by markup: everything from the first quote marker on is history', () => {
    const parts = splitMessage(
      el('<div>Mine</div><div class="sig">Sig</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: x</div><div>old text</div>'),
      ['#appendonsend'],
      ['.sig'],
    );
    expect(parts).toEqual({ body: 'Mine', signature: 'Sig', quoted: 'From: x\nold text' });
  });
});
