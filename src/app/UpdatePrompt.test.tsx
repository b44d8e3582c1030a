import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useReportUnsavedChanges } from '../components/unsavedChanges';
import type { Language } from '../domain/schema';
import { I18nProvider } from '../i18n/I18nProvider';
import type { ServiceWorkerState } from '../lib/serviceWorker';
import { UpdatePrompt } from './UpdatePrompt';

// The service worker's state, driven by the test as the registration would drive it.
const sw = vi.hoisted(() => {
  let state = { offline: 'ready', updateReady: false };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    on: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next: Partial<typeof state>) => {
      state = { ...state, ...next };
      listeners.forEach((listener) => listener());
    },
    reload: vi.fn(),
  };
});
vi.mock('../lib/serviceWorker', () => ({
  getServiceWorkerState: () => sw.get() as ServiceWorkerState,
  onServiceWorkerState: sw.on,
  reloadToNewVersion: () => sw.reload(),
}));

/** Stands for any form: its checkbox says whether it holds unsaved changes. */
function SomeForm() {
  const [dirty, setDirty] = useState(false);
  useReportUnsavedChanges(dirty);
  return (
    <label>
      <input type="checkbox" checked={dirty} onChange={(event) => setDirty(event.target.checked)} /> dirty
    </label>
  );
}

function renderPrompt(language: Language = 'en') {
  return render(
    <I18nProvider language={language}>
      <UpdatePrompt />
      <SomeForm />
    </I18nProvider>,
  );
}

beforeEach(() => {
  sw.set({ updateReady: false });
  sw.reload.mockClear();
});

describe('UpdatePrompt', () => {
  it('says nothing until a new version is ready, then offers the reload', async () => {
    const user = userEvent.setup();
    renderPrompt();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => sw.set({ updateReady: true }));
    expect(screen.getByRole('status')).toHaveTextContent('A new version is ready — reload');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(sw.reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads while a form holds unsaved changes, and says why', async () => {
    const user = userEvent.setup();
    renderPrompt();
    await user.click(screen.getByRole('checkbox', { name: 'dirty' }));
    act(() => sw.set({ updateReady: true }));
    const reload = screen.getByRole('button', { name: 'Reload' });
    expect(reload).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Save or cancel your changes first');
    await user.click(reload);
    expect(sw.reload).not.toHaveBeenCalled();

    // Saved or cancelled: the reload is offered again.
    await user.click(screen.getByRole('checkbox', { name: 'dirty' }));
    expect(reload).toBeEnabled();
    expect(screen.getByRole('status')).not.toHaveTextContent('Save or cancel');
  });

  it('speaks Latvian', () => {
    sw.set({ updateReady: true });
    renderPrompt('lv');
    expect(screen.getByRole('status')).toHaveTextContent('Ir gatava jauna versija — pārlādējiet');
    expect(screen.getByRole('button', { name: 'Pārlādēt' })).toBeEnabled();
  });
});
