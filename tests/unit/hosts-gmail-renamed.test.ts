/**
 * Gmail redesigns rename its obfuscated class names (the body went from `.a3s.aXjCH` to `.a3s.aiL`). The adapter
 * must read the same pages the same way when every class name on them is renamed (tests/support/rename-classes.ts)
 * and only attributes, roles, ARIA labels, ids and structure are left: the same thread, the same editors, the same
 * place for the button, the same Reply control. Checked on the project fixtures and the real captures.
 */
import { gmail } from '../../core/read/hosts';
import { readThreadContext } from '../../core/pipeline';
import { renameClasses } from '../support/rename-classes';
import { describeShared, readFixture, readShared } from '../support/shared';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Where an element sits in its document (child indexes from the root), the same in both copies of a page. */
function path(el: Element | null | undefined): number[] | null {
  if (!el) return null;
  const steps: number[] = [];
  for (let node: Element = el; node.parentElement; node = node.parentElement) steps.unshift([...node.parentElement.children].indexOf(node));
  return steps;
}

/** What the adapter makes of a page, with elements given by their place so two copies of a page compare. */
function reading(doc: Document) {
  return {
    thread: gmail.readThread(doc),
    recruiter: readThreadContext(gmail, doc).recruiter,
    user: gmail.currentUser(doc),
    composers: gmail.composers(doc).map((c) => ({
      kind: c.kind,
      subject: c.subject,
      inOpenThread: c.inOpenThread,
      editor: path(c.editor),
      container: path(c.container),
      toolbarSlot: path(c.toolbarSlot),
    })),
    replyButton: path(gmail.replyButton!(doc)),
  };
}

function expectSameReading(html: string) {
  const renamed = renameClasses(html);
  // The transform really renamed the classes (and nothing else): no class of the original is left.
  const classes = (doc: Document) => new Set([...doc.querySelectorAll('[class]')].flatMap((el) => [...el.classList]));
  const before = parse(html);
  const after = parse(renamed);
  expect(classes(before).size).toBeGreaterThan(10);
  expect([...classes(after)].filter((c) => classes(before).has(c))).toEqual([]);
  expect(after.querySelectorAll('*').length).toBe(before.querySelectorAll('*').length);
  const original = reading(before);
  expect(reading(after)).toEqual(original);
  return original;
}

describe('gmail with every class name renamed: project fixtures read exactly as before', () => {
  it('gmail-thread-inline-reply: thread, recruiter, the reply, its toolbar slot beside Send, the Reply button', () => {
    const r = expectSameReading(readFixture('gmail-thread-inline-reply.html'));
    expect(r.thread!.messages.map((m) => m.fromName)).toEqual(['Priya Raman', 'Alex Morgan', 'Priya Raman']);
    expect(r.recruiter).toMatchObject({ firstName: 'Priya', role: 'Senior Frontend Engineer', company: 'Northwind Labs', kind: 'offer' });
    expect(r.composers).toHaveLength(1);
    expect(r.composers[0]).toMatchObject({ kind: 'inline', inOpenThread: true });
    expect(r.composers[0]!.toolbarSlot).not.toBeNull();
    expect(r.replyButton).not.toBeNull();
  });

  it('gmail-thread-popout-reply: both moles, the reply belongs to the thread', () => {
    const r = expectSameReading(readFixture('gmail-thread-popout-reply.html'));
    expect(r.composers.map((c) => [c.kind, c.inOpenThread, c.toolbarSlot !== null])).toEqual([
      ['popout', true, true],
      ['popup', false, true],
    ]);
  });

  it('gmail-thread-non-recruiter: read, and not a recruiter thread', () => {
    const r = expectSameReading(readFixture('gmail-thread-non-recruiter.html'));
    expect(r.thread!.messages).toHaveLength(2);
    expect(r.recruiter.kind).toBe('other');
  });

  it('the toolbar slot found by structure is the cell that holds Send', () => {
    const doc = parse(renameClasses(readFixture('gmail-thread-inline-reply.html')));
    const [reply] = gmail.composers(doc);
    expect(reply!.toolbarSlot!.localName).toBe('td');
    expect(reply!.toolbarSlot!.querySelector('[role="button"]')!.getAttribute('aria-label')).toMatch(/^Send/);
    expect(reply!.container.getAttribute('role')).toBe('region');
  });

  it('without the compose region, the compose is bounded by its own form', () => {
    const doc = parse(renameClasses(readFixture('gmail-thread-inline-reply.html')));
    doc.querySelector('[role="region"]')!.removeAttribute('role');
    const [reply] = gmail.composers(doc);
    expect(reply!.container.querySelector('form input[name="subjectbox"]')).not.toBeNull();
    expect(reply!.toolbarSlot!.querySelector('[role="button"]')!.getAttribute('aria-label')).toMatch(/^Send/);
  });

  it("the draft's quoted history and signature stay protected blocks, found by structure and attribute", () => {
    const doc = parse(renameClasses(readFixture('gmail-thread-inline-reply.html')));
    const { editor } = gmail.composers(doc)[0]!;
    const guarded = [...editor.querySelectorAll(gmail.protectedBlocks.join(', '))];
    // The history's wrapper (attribution line + quote), so a letter at the top can never land inside it.
    const history = editor.querySelector('blockquote')!.parentElement!;
    expect(history.textContent).toMatch(/^On Thu, Nov 6, 2025 .* wrote:/);
    expect(guarded).toContain(history);
    expect(guarded.some((el) => el.getAttribute('data-smartmail') === 'gmail_signature')).toBe(true);
    // The empty first line, where the user (and our letter) writes, is not protected.
    const firstChild = editor.firstElementChild!;
    expect(guarded.some((el) => el === firstChild || el.contains(firstChild))).toBe(false);
  });

  it('without any toolbar, the editor is still found (the button is then anchored to it)', () => {
    const doc = parse(renameClasses(readFixture('gmail-thread-inline-reply.html')));
    doc.querySelector('[role="group"]')!.remove();
    const [reply] = gmail.composers(doc);
    expect(reply!.toolbarSlot).toBeNull();
    expect(reply!.editor.getAttribute('g_editable')).toBe('true');
    expect(reply!.inOpenThread).toBe(true);
  });
});

describeShared('gmail with every class name renamed: real captures read exactly as before', () => {
  it('gmail-message-expanded-2025: the message is found around its sender, with date and body', () => {
    const r = expectSameReading(readShared('fixtures', 'real', 'gmail-message-expanded-2025.html'));
    const [m] = r.thread!.messages;
    expect([m!.fromName, m!.fromEmail, m!.dateText]).toEqual(['Vinod Kumar', 'vinod.jptnp@gmail.com', '20 Aug 2025, 13:19']);
    expect(m!.body).toMatch(/^Congratulations!!!/);
    expect(r.replyButton).not.toBeNull();
  });

  it('gmail-compose-popup-2020: the compose and its Send cell', () => {
    const html = readShared('fixtures', 'real', 'gmail-compose-popup-2020.html');
    const r = expectSameReading(html);
    expect(r.composers).toHaveLength(1);
    const [c] = gmail.composers(parse(renameClasses(html)));
    expect(c!.toolbarSlot!.localName).toBe('td');
    expect(c!.toolbarSlot!.querySelector('[role="button"]')!.getAttribute('aria-label')).toMatch(/^Send/);
  });

  it('gmail-inbox-list-2014: still nothing', () => {
    const r = expectSameReading(readShared('fixtures', 'real', 'gmail-inbox-list-2014.html'));
    expect([r.thread, r.composers, r.replyButton]).toEqual([null, [], null]);
  });
});
