import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getProject, listProjects } from '../../db/portfolioRepository';
import { freshDatabaseEachTest } from '../../test/database';
import { renderDataRouter, seedSamplePortfolio } from '../../test/render';
import ImportPage from './ImportPage';

freshDatabaseEachTest(seedSamplePortfolio);

/** `applyAccept: false`: the person picks "All files" in the browser's file dialog. */
function open() {
  renderDataRouter([{ path: '/import', element: <ImportPage /> }], '/import');
  return { user: userEvent.setup({ applyAccept: false }), section: screen.getByRole('region', { name: 'A spreadsheet' }) };
}

const csv = (name: string, ...lines: string[]) => new File([lines.join('\n')], name, { type: 'text/csv' });

describe('import from a spreadsheet', () => {
  it('suggests each column’s field, and a changed choice takes the field from the column that had it', async () => {
    const { user, section } = open();
    await user.upload(within(section).getByLabelText('Spreadsheet file (.xlsx or .csv)'), csv('list.csv', 'Acronym,Title,Status', 'TTChan,Town twinning,Completed'));
    const title = await within(section).findByRole('combobox', { name: 'Import as: Title' });
    expect(title).toHaveValue('titleEn');
    expect(within(section).getByRole('combobox', { name: 'Import as: Status' })).toHaveValue('');
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Import as: Status' }), 'titleEn');
    expect(title).toHaveValue('');
    expect(within(section).getByRole('combobox', { name: 'Import as: Status' })).toHaveValue('titleEn');
  });

  it('says what is wrong with a file that is not a spreadsheet, and with one that names no project', async () => {
    const { user, section } = open();
    const input = within(section).getByLabelText('Spreadsheet file (.xlsx or .csv)');
    await user.upload(input, new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('This file is not a spreadsheet the app can read.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.upload(input, csv('notes.csv', 'Notes,Remarks', 'a,b'));
    expect(await within(section).findByText(/No column is imported as ID, acronym or title/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('imports after confirmation: a new project and an update, all at once', async () => {
    const { user, section } = open();
    await user.upload(within(section).getByLabelText('Spreadsheet file (.xlsx or .csv)'), csv('list.csv', 'Acronym;Total budget', 'TTChan;20 000', 'FRESH;1 000,50'));
    expect(await within(section).findByText('1 new project, 1 updated, 0 unchanged.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import from the spreadsheet' });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(section).findByText('Imported: 1 new project, 1 updated.')).toBeInTheDocument();
    expect((await getProject('sample-ttchan'))?.budget.totalBudget).toBe(2_000_000);
    expect((await listProjects()).find((p) => p.acronym === 'FRESH')?.budget.totalBudget).toBe(100_050);
  });
});
