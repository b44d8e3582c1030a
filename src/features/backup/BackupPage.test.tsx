// The backup screen over a real (fake-indexeddb) database: a refused file, then a restore.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exportBackup, recordExport } from '../../db/backup';
import { getProject, initialiseIfNew, saveProject } from '../../db/portfolioRepository';
import { samplePortfolio } from '../../domain/sample';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute } from '../../test/render';
import BackupPage from './BackupPage';
import { BackupReminder } from './BackupReminder';

freshDatabaseEachTest(() => initialiseIfNew(samplePortfolio));

const file = (content: string, name = 'backup.json') => new File([content], name, { type: 'application/json' });

describe('BackupPage', () => {
  it('names the problem of a cut-off file and changes nothing', async () => {
    const user = userEvent.setup();
    const { text } = await exportBackup();
    renderRoute(<BackupPage />, { path: '/backup', url: '/backup' });
    await user.upload(await screen.findByLabelText('Choose a backup file'), file(text.slice(0, 2000)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be restored. Nothing was changed.');
    expect(alert).toHaveTextContent('The file ends too early');
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument();
  });

  it('names the record and field of negative money, in Latvian too', async () => {
    const user = userEvent.setup();
    const { text } = await exportBackup();
    const bad = text.replace('"councilBudget": 416000', '"councilBudget": -416000');
    expect(bad).not.toBe(text);
    renderRoute(<BackupPage />, { path: '/backup', url: '/backup', language: 'lv' });
    await user.upload(await screen.findByLabelText('Izvēlieties rezerves kopijas failu'), file(bad));
    expect(await screen.findByRole('alert')).toHaveTextContent('Projekts “sample-solid” (nr. 3), lauks “budget.councilBudget”: summa nevar būt negatīva');
  });

  it('summarises an edited backup, then restores it after confirmation', async () => {
    const user = userEvent.setup();
    const { text } = await exportBackup();
    const edited = text.replace('"acronym": "WIR"', '"acronym": "WIR-EDITED"');
    renderRoute(<BackupPage />, { path: '/backup', url: '/backup' });
    await user.upload(await screen.findByLabelText('Choose a backup file'), file(edited));
    expect(await screen.findByTestId('file-counts')).toHaveTextContent('5 projects, ');
    expect(screen.getByTestId('changes')).toHaveTextContent('Projects changed: 1');
    expect(screen.getByTestId('changes')).toHaveTextContent('Projects removed: 0');
    // Not shared: Replace is the default, with no warning about colleagues.
    expect(screen.getByRole('radio', { name: 'Replace everything' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore' });
    await user.click(within(dialog).getByRole('button', { name: 'Replace everything' }));
    await waitFor(async () => expect((await getProject('sample-wir'))?.acronym).toBe('WIR-EDITED'));
    expect(await screen.findByRole('button', { name: /Restore the safety backup of/ })).toBeInTheDocument();
  });

  it('lists conflicts for a merge', async () => {
    const user = userEvent.setup();
    const { text } = await exportBackup();
    await saveProject({ ...(await getProject('sample-wir'))!, acronym: 'WIR-HERE' });
    renderRoute(<BackupPage />, { path: '/backup', url: '/backup' });
    await user.upload(await screen.findByLabelText('Choose a backup file'), file(text));
    await user.click(await screen.findByRole('radio', { name: 'Merge' }));
    const table = screen.getByRole('table', { name: 'Records that differ here and in the file' });
    expect(within(table).getByText("Project: WIR")).toBeInTheDocument();
    expect(within(table).getByText('the version here')).toBeInTheDocument();
  });
});

describe('BackupReminder', () => {
  it('shows after 50 changes without a backup, and hides when postponed', async () => {
    const user = userEvent.setup();
    const wir = (await getProject('sample-wir'))!;
    await recordExport(new Date().toISOString());
    for (let i = 0; i < 50; i += 1) await saveProject({ ...wir, acronym: `WIR ${i}` });
    renderRoute(<BackupReminder />, { path: '/', url: '/' });
    const region = await screen.findByRole('region', { name: 'Backup reminder' });
    expect(region).toHaveTextContent('50 changes since');
    await user.click(within(region).getByRole('button', { name: 'Remind me later' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Backup reminder' })).not.toBeInTheDocument());
  });

  it('does not show while nothing changed', async () => {
    renderRoute(<BackupReminder />, { path: '/', url: '/' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).not.toBeInTheDocument();
  });
});
