import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSettings, initialiseIfNew, listProjects, saveProject } from '../../db/portfolioRepository';
import { samplePortfolio } from '../../domain/sample';
import { makeProject } from '../../test/factories';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute } from '../../test/render';
import { SampleNotice } from './SampleNotice';
import SettingsPage from './SettingsPage';

freshDatabaseEachTest(() => initialiseIfNew(samplePortfolio));

describe('SettingsPage', () => {
  it('shows the home organisation and saves a new choice', async () => {
    const user = userEvent.setup();
    renderRoute(<SettingsPage />, { path: '/settings', url: '/settings' });
    const select = await screen.findByRole('combobox', { name: 'Home organisation' });
    await waitFor(() => expect(select).toHaveValue('org-daugavpils-council'));
    await user.selectOptions(select, 'org-magdeburg');
    await waitFor(async () => expect((await getSettings()).homeOrganisationId).toBe('org-magdeburg'));
    expect(await screen.findByText('Home organisation saved.')).toBeInTheDocument();
  });

  it('says where the data lives and what the browser granted', async () => {
    renderRoute(<SettingsPage />, { path: '/settings', url: '/settings' });
    expect(await screen.findByText(/All data stays in this browser/)).toBeInTheDocument();
    // jsdom has no StorageManager: the page must say so rather than guess.
    expect(await screen.findByText('not supported by this browser')).toBeInTheDocument();
  });

  it('says whether the app is ready for offline use', async () => {
    renderRoute(<SettingsPage />, { path: '/settings', url: '/settings' });
    // No service worker here (jsdom, as on a development server): it says so. The ready state is
    // seen in the browser tests (tests/e2e/offline.spec.ts).
    const offline = await screen.findByRole('region', { name: 'Offline use' });
    expect(offline).toHaveTextContent(/^Offline useNot available: /);
  });

  it('removes the sample portfolio only after confirmation, keeping the user’s own projects', async () => {
    await saveProject(makeProject({ id: 'mine', partners: [{ organisationId: 'org-magdeburg', role: 'lead', nameAsWritten: null }], programmeId: null }));
    const user = userEvent.setup();
    renderRoute(<SettingsPage />, { path: '/settings', url: '/settings' });
    await user.click(await screen.findByRole('button', { name: 'Remove the sample portfolio' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the sample portfolio' });
    expect(dialog).toHaveTextContent('Remove the 5 sample projects? Your own projects stay.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect((await listProjects()).map((p) => p.id)).toEqual(['mine']));
  });
});

describe('SampleNotice', () => {
  it('tells a new user the data is sample data, and can be hidden', async () => {
    const user = userEvent.setup();
    renderRoute(<SampleNotice />, { path: '/', url: '/' });
    const notice = await screen.findByRole('complementary', { name: 'Sample data' });
    expect(notice).toHaveTextContent('five real projects of Daugavpils City Council');
    await user.click(within(notice).getByRole('button', { name: 'Keep and hide this notice' }));
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Sample data' })).not.toBeInTheDocument());
    expect((await getSettings()).sampleNoticeDismissed).toBe(true);
  });
});
