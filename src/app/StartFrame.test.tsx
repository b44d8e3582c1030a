// While the app starts, the header's bar is there from the first byte: index.html paints it with
// the product's mark, and the app keeps the same bar, named in the UI language, until the
// screen is ready, so it never disappears and comes back.
import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/schema';
import { I18nProvider } from '../i18n/I18nProvider';
import { StartFrame } from './Layout';

describe('the frame while the app starts', () => {
  it.each([
    { lang: 'en', name: 'EU Projects Portfolio', loading: 'Loading…' },
    { lang: 'lv', name: 'ES projektu portfelis', loading: 'Ielādē…' },
  ] as const)('shows the header bar with the product’s name and says it is loading ($lang)', ({ lang, name, loading }) => {
    render(
      <I18nProvider language={lang as Language}>
        <StartFrame />
      </I18nProvider>,
    );
    expect(within(screen.getByRole('banner')).getByText(name)).toBeTruthy();
    expect(within(screen.getByRole('main')).getByText(loading)).toBeTruthy();
  });

  it('matches what index.html paints before any code runs: the same bar, with the same mark', () => {
    const html = readFileSync(path.resolve(__dirname, '../../index.html'), 'utf8');
    const root = new DOMParser().parseFromString(html, 'text/html').getElementById('root');
    const painted = root?.querySelector('header.app-header > .brand > img');
    expect(painted?.getAttribute('src')).toBe('/favicon.svg');

    render(
      <I18nProvider language="en">
        <StartFrame />
      </I18nProvider>,
    );
    const drawn = screen.getByRole('banner').querySelector('.brand > img');
    for (const attribute of ['src', 'width', 'height', 'alt']) expect(drawn?.getAttribute(attribute), attribute).toBe(painted?.getAttribute(attribute));
  });
});
