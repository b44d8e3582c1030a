// The backup screen while the portfolio is shared (docs/sync.md, "What a restore means when the
// data is shared"): Merge first, Replace with a warning for editors, no restore for readers.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../db/backup';
import { getProject, initialiseIfNew } from '../../db/portfolioRepository';
import { samplePortfolio } from '../../domain/sample';
import { setReadOnlyAccess } from '../../queries/access';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute } from '../../test/render';
import BackupPage from './BackupPage';

const sharing = vi.hoisted(() => ({ on: true }));

vi.mock('../../queries/sharing', () => ({
  useSharing: () =>
    sharing.on
      ? { config: { server: '/couchdb/', user: 'anna', roles: ['portfolio-editor'] }, access: 'editor', sync: null, signedOut: false }
      : { config: null, access: 'none', sync: null, signedOut: false },
}));

freshDatabaseEachTest(() => initialiseIfNew(samplePortfolio));

afterEach(() => {
  sharing.on = true;
  setReadOnlyAccess(false);
});

const file = (content: string) => new File([content], 'backup.json', { type: 'application/json' });

async function chooseEditedBackup(language: 'en' | 'lv' = 'en') {
  const user = userEvent.setup();
  const { text } = await exportBackup();
  renderRoute(<BackupPage />, { path: '/backup', url: '/backup', language });
  const label = language === 'en' ? 'Choose a backup file' : 'Izvēlieties rezerves kopijas failu';
  await user.upload(await screen.findByLabelText(label), file(text.replace('"acronym": "WIR"', '"acronym": "WIR-EDITED"')));
  await screen.findByTestId('file-counts');
  return user;
}

describe('BackupPage, shared', () => {
  it('has Merge chosen first, and no warning until Replace is chosen', async () => {
    await chooseEditedBackup();
    expect(screen.getByRole('radio', { name: 'Merge' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Replace everything' })).not.toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/This portfolio is shared: each colleague’s browser holds a copy/)).toBeInTheDocument();
    expect(screen.queryByText(/Everything is stored in this browser only/)).not.toBeInTheDocument();
  });

  it('warns, beside the choice, that Replace changes every colleague’s data, and the confirmation says so too', async () => {
    const user = await chooseEditedBackup();
    const replace = screen.getByRole('radio', { name: 'Replace everything' });
    await user.click(replace);
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent('This portfolio is shared: replacing everything changes every colleague’s data.');
    expect(warning).toHaveTextContent('is deleted on the server, so for every colleague too');
    expect(replace).toHaveAccessibleDescription(/every colleague’s data/);

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore' });
    expect(dialog).toHaveTextContent('Make the shared portfolio exactly the file’s data, for everyone? Records that are not in the file are deleted from the server and from each colleague’s copy.');
    await user.click(within(dialog).getByRole('button', { name: 'Replace everything' }));
    await waitFor(async () => expect((await getProject('sample-wir'))?.acronym).toBe('WIR-EDITED'));
    // The safety backup still comes first, and its restore warns in the same way.
    await user.click(await screen.findByRole('button', { name: /Restore the safety backup of/ }));
    expect(screen.getByRole('dialog', { name: 'Restore' })).toHaveTextContent('This portfolio is shared: records that were not there then are deleted from the server');
  });

  it('the warning goes when Merge is chosen again', async () => {
    const user = await chooseEditedBackup();
    await user.click(screen.getByRole('radio', { name: 'Replace everything' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Merge' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(screen.getByRole('dialog', { name: 'Restore' })).toHaveTextContent('Merge the file’s data into the data here?');
  });

  it('says it in Latvian', async () => {
    const user = await chooseEditedBackup('lv');
    expect(screen.getByRole('radio', { name: 'Apvienot' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Aizstāt visu' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Šis portfelis ir kopīgs: “Aizstāt visu” mainīs visu kolēģu datus.');
  });

  it('offers a reader neither Replace nor Merge, only the download', async () => {
    setReadOnlyAccess(true);
    renderRoute(<BackupPage />, { path: '/backup', url: '/backup' });
    expect(await screen.findByRole('button', { name: 'Download backup (JSON)' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Choose a backup file')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Restore from a file' })).not.toBeInTheDocument();
  });

  it('without sharing, Replace stays the default and warns of nothing beyond this browser', async () => {
    sharing.on = false;
    const user = await chooseEditedBackup();
    expect(screen.getByRole('radio', { name: 'Replace everything' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/Everything is stored in this browser only/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(screen.getByRole('dialog', { name: 'Restore' })).toHaveTextContent('Replace all data in this browser with the file’s data?');
  });
});
