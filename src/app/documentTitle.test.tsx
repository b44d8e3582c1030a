// Each screen names itself in the document's title, in the UI's language, and the title follows
// a language switch made in the header (WCAG 2.4.2).
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../domain/schema';
import { seedSample } from '../features/editing/testEditor';
import { freshDatabaseEachTest } from '../test/database';
import { BrokenScreen, renderDataRouter } from '../test/render';
import { screens, withErrorBoundaries } from './App';

vi.setConfig({ testTimeout: 20_000 });
freshDatabaseEachTest(seedSample);

function open(url: string, language: Language) {
  renderDataRouter(withErrorBoundaries([...screens, { path: 'broken', element: <BrokenScreen /> }]), url, language);
}

const switchTo = async (code: 'LV' | 'EN') => userEvent.setup().click(screen.getByRole('button', { name: new RegExp(`^${code}`) }));

describe('the document title', () => {
  // Each screen opens in one language, then follows a switch to the other.
  it.each([
    { what: 'the settings screen', url: '/settings', lang: 'en', heading: 'Settings', title: 'Settings · EU Projects Portfolio', switched: 'Iestatījumi · ES projektu portfelis' },
    { what: 'a project by its acronym', url: '/projects/sample-wir', lang: 'lv', heading: /WIR/, title: 'WIR · ES projektu portfelis', switched: 'WIR · EU Projects Portfolio' },
    {
      what: 'a project without an acronym by its title in the UI’s language',
      url: '/projects/sample-our-cities-pairing',
      lang: 'en',
      heading: 'Our Cities Pairing on Environment Issues',
      title: 'Our Cities Pairing on Environment Issues · EU Projects Portfolio',
      switched: 'Pilsētu sadarbība vides problēmu risināšanā · ES projektu portfelis',
    },
    { what: 'a project that does not exist', url: '/projects/no-such-project', lang: 'en', heading: /This project does not exist/, title: 'Project not found · EU Projects Portfolio', switched: 'Projekts nav atrasts · ES projektu portfelis' },
    { what: 'the not-found screen', url: '/nowhere', lang: 'lv', heading: 'Lapa nav atrasta', title: 'Lapa nav atrasta · ES projektu portfelis', switched: 'Page not found · EU Projects Portfolio' },
  ] as const)('names $what, in both languages', async ({ url, lang, heading, title, switched }) => {
    open(url, lang);
    await screen.findByRole('heading', { level: 1, name: heading });
    expect(document.title).toBe(title);
    await switchTo(lang === 'en' ? 'LV' : 'EN');
    await waitFor(() => expect(document.title).toBe(switched));
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
