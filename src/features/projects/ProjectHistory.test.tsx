import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getProject, listHistory, putPortfolio, saveProject } from '../../db/portfolioRepository';
import { samplePortfolio } from '../../domain/sample';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute } from '../../test/render';
import ProjectPage from './ProjectPage';

freshDatabaseEachTest(() => putPortfolio(samplePortfolio, { mode: 'replace' }));

describe('ProjectHistory', () => {
  it('lists the changes with their fields and restores an earlier version as a new one', async () => {
    const original = (await getProject('sample-wir'))!;
    const first = await saveProject({ ...original, acronym: 'WIR-1' });
    await saveProject({ ...first, acronym: 'WIR-2', budget: { ...first.budget, councilBudget: 1500000 } });
    const user = userEvent.setup();
    renderRoute(<ProjectPage />, { path: '/projects/:projectId', url: '/projects/sample-wir' });

    const history = await screen.findByRole('region', { name: 'History of changes' });
    await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3));
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Edited');
    expect(rows[0]).toHaveTextContent('current version');

    await user.click(within(history).getByRole('button', { name: 'Restore version 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore version 2?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore version 2' }));

    await waitFor(async () => expect((await getProject('sample-wir'))?.acronym).toBe('WIR-1'));
    const restored = (await getProject('sample-wir'))!;
    expect(restored.revision).toBe(4);
    expect(restored.budget.councilBudget).toBe(original.budget.councilBudget);
    expect((await listHistory('sample-wir')).map((e) => e.revision)).toEqual([4, 3, 2]);
  });
});
