import { render, screen, waitFor } from '@testing-library/preact';
import { Shortcut } from '../../components/options/Shortcut';

describe('Shortcut (options page)', () => {
  test('shows the keys the browser reports and Chrome’s shortcut page', async () => {
    render(<Shortcut load={() => Promise.resolve('Alt+Shift+D')} browser="chrome" />);
    await waitFor(() => expect(screen.getByText('Alt+Shift+D').tagName).toBe('KBD'));
    expect(document.body.textContent).toContain('Keyboard shortcut');
    expect(document.body.textContent).toContain('chrome://extensions/shortcuts');
  });

  test('in Firefox it points to the add-ons manager', async () => {
    render(<Shortcut load={() => Promise.resolve('Ctrl+Alt+X')} browser="firefox" />);
    await waitFor(() => expect(screen.getByText('Ctrl+Alt+X')).toBeTruthy());
    expect(document.body.textContent).toContain('Manage Extension Shortcuts');
  });

  test('a removed shortcut, or one that cannot be read, says none is set', async () => {
    render(<Shortcut load={() => Promise.reject(new Error('no commands API'))} browser="chrome" />);
    await waitFor(() => expect(document.body.textContent).toContain('none set'));
  });

  test('reads the keys again when the page is shown again (changed in the browser’s settings)', async () => {
    let keys = 'Alt+Shift+D';
    render(<Shortcut load={() => Promise.resolve(keys)} browser="chrome" />);
    await waitFor(() => expect(screen.getByText('Alt+Shift+D')).toBeTruthy());
    keys = 'Ctrl+Shift+9';
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(screen.getByText('Ctrl+Shift+9')).toBeTruthy());
  });
});
