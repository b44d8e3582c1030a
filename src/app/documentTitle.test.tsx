// Each screen names itself in the document's title, in the UI's language, and the title follows
// a language switch made in the header (WCAG 2.4.2).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../domain/schema';
import ProjectEditPage from '../features/editing/ProjectEditPage';
import { seedSample } from '../features/editing/testEditor';
import ProjectPage from '../features/projects/ProjectPage';
import SettingsPage from '../features/settings/SettingsPage';
import { freshDatabaseEachTest } from '../test/database';
import { BrokenScreen, renderDataRouter } from '../test/render';
import { withErrorBoundaries } from './App';
import { NotFound } from './NotFound';

vi.setConfig({ testTimeout: 20_000 });
freshDatabaseEachTest(seedSample);

function open(url: string, language: Language) {
  renderDataRouter(
    withErrorBoundaries([
      { path: 'settings', element: <SettingsPage /> },
      { path: 'projects/:projectId', element: <ProjectPage /> },
      { path: 'projects/:projectId/edit', element: <ProjectEditPage /> },
      { path: 'projects/new', element: <ProjectEditPage /> },
      { path: 'broken', element: <BrokenScreen /> },
      { path: '*', element: <NotFound /> },
    ]),
    url,
    language,
  );
}

const switchTo = async (code: 'LV' | 'EN') => userEvent.setup().click(screen.getByRole('button', { name: new RegExp(`^${code}`) }));

describe('the document title', () => {
  it('names the settings screen in English, then in Latvian after a switch', async () => {
    open('/settings', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(document.title).toBe('Settings · EU Projects Portfolio');
    await switchTo('LV');
    await waitFor(() => expect(document.title).toBe('Iestatījumi · ES projektu portfelis'));
  });

  it('names a project by its acronym, in both languages', async () => {
    open('/projects/sample-wir', 'lv');
    await screen.findByRole('heading', { level: 1, name: /WIR/ });
    expect(document.title).toBe('WIR · ES projektu portfelis');
    await switchTo('EN');
    await waitFor(() => expect(document.title).toBe('WIR · EU Projects Portfolio'));
  });

  it('names a project without an acronym by its title in the UI’s language', async () => {
    open('/projects/sample-our-cities-pairing', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Our Cities Pairing on Environment Issues' });
    expect(document.title).toBe('Our Cities Pairing on Environment Issues · EU Projects Portfolio');
    await switchTo('LV');
    await waitFor(() => expect(document.title).toBe('Pilsētu sadarbība vides problēmu risināšanā · ES projektu portfelis'));
  });

  it('names the edit form as its heading does', async () => {
    open('/projects/small/edit', 'en');
    await screen.findByRole('heading', { level: 1, name: 'Edit “SMALL”' });
    expect(document.title).toBe('Edit “SMALL” · EU Projects Portfolio');
    await switchTo('LV');
    await screen.findByRole('heading', { level: 1, name: 'Labot “SMALL”' });
    expect(document.title).toBe('Labot “SMALL” · ES projektu portfelis');
  });

  it('names the new-project form', async () => {
    open('/projects/new', 'lv');
    await screen.findByRole('heading', { level: 1, name: 'Jauns projekts' });
    expect(document.title).toBe('Jauns projekts · ES projektu portfelis');
  });

  it('says when the project does not exist', async () => {
    open('/projects/no-such-project', 'en');
    await screen.findByRole('heading', { level: 1, name: /This project does not exist/ });
    expect(document.title).toBe('Project not found · EU Projects Portfolio');
    await switchTo('LV');
    await waitFor(() => expect(document.title).toBe('Projekts nav atrasts · ES projektu portfelis'));
  });

  it('names the not-found screen in both languages', async () => {
    open('/nowhere', 'lv');
    await screen.findByRole('heading', { level: 1, name: 'Lapa nav atrasta' });
    expect(document.title).toBe('Lapa nav atrasta · ES projektu portfelis');
    await switchTo('EN');
    await waitFor(() => expect(document.title).toBe('Page not found · EU Projects Portfolio'));
  });

  it('names the error screen in both languages', async () => {
    // React reports a caught render error on the console; the test is about the title.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    open('/broken', 'en');
    await screen.findByRole('heading', { level: 1, name: 'This screen could not be shown' });
    expect(document.title).toBe('This screen could not be shown · EU Projects Portfolio');
    await switchTo('LV');
    await waitFor(() => expect(document.title).toBe('Šo ekrānu neizdevās parādīt · ES projektu portfelis'));
  });
});
