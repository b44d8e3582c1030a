// A screen that fails shows the error screen in the UI's language inside the app's frame, with a
// way back and a backup; the router's own error page never appears.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../domain/schema';
import { freshDatabaseEachTest } from '../test/database';
import { BrokenScreen, renderDataRouter } from '../test/render';
import { withErrorBoundaries } from './App';

freshDatabaseEachTest();
afterEach(() => vi.restoreAllMocks());

function open(url: string, language: Language) {
  // React reports a caught render error on the console; the test is about what the person sees.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  return renderDataRouter(
    withErrorBoundaries([
      { path: 'projects', element: <p>The projects list</p> },
      { path: 'broken', element: <BrokenScreen /> },
    ]),
    url,
    language,
  );
}

describe('a screen that fails', () => {
  it('shows what happened, a way back and a backup, inside the app’s frame', async () => {
    const user = userEvent.setup();
    const router = open('/broken', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'This screen could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('nothing was changed or lost');
    expect(screen.queryByText(/Unexpected Application Error/)).not.toBeInTheDocument();
    // The frame stays: the menu is there.
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(screen.getByText('RangeError: Invalid time value')).toBeInTheDocument();

    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:backup';
    });
    await user.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(JSON.parse(await (saved[0] as Blob).text())).toMatchObject({ format: 'eu-projects-portfolio-backup' });

    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Back to projects' }));
    expect(await screen.findByText('The projects list')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects');
  });

  it('says it in Latvian', async () => {
    open('/broken', 'lv');
    expect(await screen.findByRole('heading', { level: 1, name: 'Šo ekrānu neizdevās parādīt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lejupielādēt rezerves kopiju' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mēģināt vēlreiz' })).toBeInTheDocument();
  });
});
