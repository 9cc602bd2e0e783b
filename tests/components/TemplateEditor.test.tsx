import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Options } from '../../components/Options';
import { TemplateEditor, type TemplateEditorProps } from '../../components/options/TemplateEditor';
import { DEFAULT_TEMPLATES } from '../../core/letter/templates';
import { KEYS, PreferencesStore } from '../../core/settings/preferences';
import type { Stage } from '../../core/letter/reasons';
import { fakeStorage } from '../support/fake-storage';
import { catalogue, useBrowserCatalogue, useEnglish } from '../support/messages';

const SAVED = { timeout: 2000 };
const WORKING = '{{#warm}}{{greeting}}\n\nThanks, but no. {{reasonSentence}}\n\n{{signOff}}\n{{senderName}}{{/warm}}{{#formal}}{{greeting}} Formal no.{{/formal}}{{#brief}}No.{{/brief}}';

async function setup(templates: Partial<Record<Stage, string>> = {}) {
  const storage = fakeStorage();
  storage.local.data[KEYS.welcomed] = true;
  storage.sync!.data[KEYS.prefs] = { version: 1, name: 'Sam Lee' };
  for (const [stage, t] of Object.entries(templates)) storage.sync!.data[KEYS.template(stage as Stage)] = t;
  const store = new PreferencesStore(storage);
  render(<Options store={store} download={vi.fn()} />);
  const editor = (await screen.findByLabelText('Offer letter template')) as HTMLTextAreaElement;
  const storedTemplate = (stage: Stage = 'offer') => storage.sync!.data[KEYS.template(stage)];
  return { storage, editor, storedTemplate };
}

const preview = () => screen.getByTestId('letter-preview').textContent ?? '';
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('TemplateEditor', () => {
  test('lists every name a template can use, with its description', async () => {
    await setup();
    const names = screen.getAllByRole('button', { name: /^Insert \{\{/ }).map((b) => b.getAttribute('aria-label'));
    expect(names).toContain('Insert {{firstName}}');
    expect(names).toContain('Insert {{#keepDoorOpen}}');
    const chip = screen.getByRole('button', { name: 'Insert {{firstName}}' });
    expect(document.getElementById(chip.getAttribute('aria-describedby')!)?.textContent).toMatch(/first name/);
  });

  test('the built-in letter is shown and previewed for the sample recruiter', async () => {
    const { editor } = await setup();
    expect(editor.value).toBe(DEFAULT_TEMPLATES.offer);
    expect(preview()).toMatch(/^(?:Hi|Hello) Priya,/);
    expect(preview()).toContain('the Senior Frontend Engineer role at Northwind Labs');
    expect(preview()).toMatch(/Sam Lee$/);
  });

  test('an invalid template shows each error at its line and column, keeps the text, and is not saved', async () => {
    const { editor, storedTemplate, storage } = await setup({ offer: WORKING });
    const broken = 'Hi {{firstNam}},\n\nThanks {{recruiterName}}.';
    type(editor, broken);
    const errors = await screen.findByText(/This template has 2 problems/, {}, SAVED);
    const list = within(errors.parentElement!).getAllByRole('listitem').map((li) => li.textContent);
    expect(list[0]).toMatch(/^Line 1, column 4: Unknown name \{\{firstNam\}\}\. Did you mean \{\{firstName\}\}\?/);
    expect(list[1]).toMatch(/^Line 3, column 8: Unknown name \{\{recruiterName\}\}/);
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect(editor.getAttribute('aria-describedby')).toBe(errors.parentElement!.id);
    expect(editor.value).toBe(broken);
    // Still the working template in storage, and in the preview (checked again below, after a save has run).
    expect(storedTemplate()).toBe(WORKING);
    expect(preview()).toContain('Thanks, but no.');
    expect(screen.getByText('Not saved: your last working version is in use')).toBeTruthy();

    // Clicking an error puts the cursor where it is.
    fireEvent.click(screen.getByRole('button', { name: 'Line 3, column 8' }));
    expect(document.activeElement).toBe(editor);
    expect(editor.selectionStart).toBe(broken.indexOf('{{recruiterName}}'));

    // Other settings still save while the template is broken.
    type(screen.getByLabelText('Your name'), 'Sam Q. Lee');
    await waitFor(() => expect(screen.getByTestId('letter-preview').textContent).toMatch(/Sam Q\. Lee$/));
    // Evidence instead of a fixed wait: the name is in storage, so a save ran with the broken template in the form.
    await waitFor(() => expect(storage.sync!.data[KEYS.prefs]).toMatchObject({ name: 'Sam Q. Lee' }), SAVED);
    expect(storedTemplate()).toBe(WORKING);
  });

  test('an unclosed section is reported where it opens, and nothing is saved', async () => {
    const { editor, storedTemplate } = await setup();
    type(editor, 'Hi {{firstName}},\n{{#warm}}\nThanks.');
    fireEvent.blur(editor);
    const problem = await screen.findByText(/is never closed/);
    expect(problem.closest('li')?.textContent).toMatch(/^Line 2, column 1: The section \{\{#warm\}\} is never closed\. Add \{\{\/warm\}\}/);
    expect(storedTemplate()).toBeUndefined();
    expect(screen.getByText('Not saved: the built-in letter is in use')).toBeTruthy();
  });

  test('a closing tag that does not match is reported at the tag', async () => {
    const { editor, storedTemplate } = await setup();
    type(editor, '{{#warm}}\n  Hello {{#keepDoorOpen}}x{{/warm}}');
    fireEvent.blur(editor);
    const problem = await screen.findByText(/does not match the open section/);
    expect(problem.closest('li')?.textContent).toMatch(/^Line 2, column 27:/);
    expect(storedTemplate()).toBeUndefined();
  });

  describe.each([
    {
      language: 'de' as const,
      heading: 'Diese Vorlage enthält 2 Fehler',
      unknown: 'Zeile 1, Spalte 4: Unbekannter Name {{firstNam}}. Meinten Sie {{firstName}}?',
      unescaped: 'Zeile 2, Spalte 1: „{{{company}}}“ würde Text unmaskiert einfügen; das ist nicht erlaubt. Verwenden Sie stattdessen {{company}}.',
    },
    {
      language: 'fr' as const,
      heading: 'Ce modèle comporte 2 problèmes',
      unknown: 'Ligne 1, colonne 4\u00a0: Nom inconnu\u00a0: {{firstNam}}. Vouliez-vous dire {{firstName}}\u00a0?',
      unescaped: 'Ligne 2, colonne 1\u00a0: «\u00a0{{{company}}}\u00a0» insérerait du texte sans l’échapper, ce qui n’est pas autorisé. Utilisez plutôt {{company}}.',
    },
    {
      language: 'es' as const,
      heading: 'Esta plantilla tiene 2 problemas',
      unknown: 'Línea 1, columna 4: Nombre desconocido: {{firstNam}}. ¿Querías decir {{firstName}}?',
      unescaped: 'Línea 2, columna 1: «{{{company}}}» insertaría el texto sin escaparlo, y eso no está permitido. Usa {{company}} en su lugar.',
    },
  ])('in $language', ({ language, heading, unknown, unescaped }) => {
    afterEach(useEnglish);

    test('template errors are said in the UI language, at their line and column', () => {
      useBrowserCatalogue(catalogue(language));
      const broken = 'Hi {{firstNam}},\n{{{company}}}\nThanks.';
      render(
        <TemplateEditor
          texts={{ ...DEFAULT_TEMPLATES, offer: broken }}
          saved={{}}
          checked={{ ...DEFAULT_TEMPLATES, offer: broken }}
          sender={{ name: 'Sam Lee', signature: '', keepInTouch: '' }}
          reason="timing"
          customReason=""
          keepDoorOpen
          defaultTone="warm"
          onChange={vi.fn()}
          onCommit={vi.fn()}
        />,
      );
      const errors = screen.getByText(new RegExp(`^${heading}`));
      const list = within(errors.parentElement!).getAllByRole('listitem').map((li) => li.textContent);
      expect(list).toEqual([unknown, unescaped]);
    });
  });

  test('a valid edit saves and the preview follows', async () => {
    const { editor, storedTemplate } = await setup();
    const edited = DEFAULT_TEMPLATES.offer.replace(/\{\{#v3\}\}.*?\{\{\/v3\}\}\{\{\^v3\}\}.*?\{\{\/v3\}\}/, 'Please give my thanks to everyone I met.');
    type(editor, edited);
    expect(preview()).toContain('Please give my thanks to everyone I met.');
    await waitFor(() => expect(storedTemplate()).toBe(edited), SAVED);
    expect(screen.getByText('Your letter')).toBeTruthy();
  });

  test('the tone switch changes the preview', async () => {
    await setup();
    expect(preview()).toMatch(/^(?:Hi|Hello) Priya,/);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Preview tone' })).getByRole('radio', { name: 'Formal' }));
    expect(preview()).toMatch(/^(?:Dear|Hello) Priya,/);
    expect(preview()).toMatch(/Kind regards,|Best regards,/);
  });

  test('an insert button puts the name at the cursor', async () => {
    const { editor } = await setup({ offer: WORKING });
    const at = WORKING.indexOf('Thanks, but no.') + 'Thanks'.length;
    editor.focus();
    editor.setSelectionRange(at, at);
    fireEvent.click(screen.getByRole('button', { name: 'Insert {{firstName}}' }));
    expect(editor.value).toBe(`${WORKING.slice(0, at)}{{firstName}}${WORKING.slice(at)}`);
    expect(document.activeElement).toBe(editor);
    expect(editor.selectionStart).toBe(at + '{{firstName}}'.length);
  });

  test('a section button wraps the selected text', async () => {
    const { editor } = await setup({ offer: WORKING });
    const start = WORKING.indexOf('Thanks, but no.');
    editor.setSelectionRange(start, start + 'Thanks, but no.'.length);
    fireEvent.click(screen.getByRole('button', { name: 'Insert {{#keepDoorOpen}}' }));
    expect(editor.value).toContain('{{#keepDoorOpen}}Thanks, but no.{{/keepDoorOpen}}');
  });

  test('reset restores the built-in letter, and can be undone', async () => {
    const { editor, storedTemplate } = await setup({ offer: WORKING });
    fireEvent.click(screen.getByRole('button', { name: /Reset to default/ }));
    expect(editor.value).toBe(DEFAULT_TEMPLATES.offer);
    await waitFor(() => expect(storedTemplate()).toBeUndefined(), SAVED);
    expect((screen.getByRole('button', { name: /Reset to default/ }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(editor.value).toBe(WORKING);
    await waitFor(() => expect(storedTemplate()).toBe(WORKING), SAVED);
  });

  test('each stage has its own tab, reachable with the arrow keys', async () => {
    const { storedTemplate } = await setup();
    const offerTab = screen.getByRole('tab', { name: 'Job offer' });
    expect(offerTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(offerTab, { key: 'ArrowRight' });
    const interviewTab = screen.getByRole('tab', { name: 'Interview' });
    expect(interviewTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(interviewTab);
    const editor = screen.getByLabelText('Interview letter template') as HTMLTextAreaElement;
    expect(editor.value).toBe(DEFAULT_TEMPLATES.interview);
    expect(preview()).toMatch(/inviting me to interview|invitation to interview/);
    fireEvent.keyDown(interviewTab, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Outreach' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Outreach' }), { key: 'ArrowRight' });
    expect(offerTab.getAttribute('aria-selected')).toBe('true');
    expect(storedTemplate('interview')).toBeUndefined();
  });
});

describe('TemplateEditor on its own', () => {
  test('reports edits for the stage being edited', () => {
    const onChange = vi.fn<TemplateEditorProps['onChange']>();
    render(
      <TemplateEditor
        texts={{ ...DEFAULT_TEMPLATES }}
        saved={{}}
        checked={{ ...DEFAULT_TEMPLATES }}
        sender={{ name: '', signature: '', keepInTouch: '' }}
        reason="timing"
        customReason=""
        keepDoorOpen
        defaultTone="brief"
        onChange={onChange}
        onCommit={vi.fn()}
      />,
    );
    // Without a name, the preview is signed with a sample one.
    expect(preview()).toMatch(/Alex Morgan$/);
    expect(preview()).toMatch(/The timing isn't right for me\.|Now isn't the right time for me\./);
    fireEvent.click(screen.getByRole('tab', { name: 'Outreach' }));
    type(screen.getByLabelText('Outreach letter template'), 'Hi');
    expect(onChange).toHaveBeenCalledWith('outreach', 'Hi');
  });
});
