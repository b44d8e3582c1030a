import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../db/database';
import { initialiseIfNew } from '../../db/portfolioRepository';
import { samplePortfolio } from '../../domain/sample';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute } from '../../test/render';
import { DirectoryConflicts } from './DirectoryConflicts';

freshDatabaseEachTest(() => initialiseIfNew(samplePortfolio));

describe('DirectoryConflicts', () => {
  it('asks about an organisation a colleague deleted while it was changed: keep it, or delete it after all', async () => {
    await getDatabase().syncConflicts.bulkPut([
      { id: 'organisation:org-magdeburg', winner: '3-a', others: [], deleted: ['2-d'] },
      // A project's conflict is shown on its own page, not here.
      { id: 'project:sample-wir', winner: '2-a', others: ['2-b'] },
    ]);
    renderRoute(<DirectoryConflicts />, { path: '/settings', url: '/settings' });
    const section = await screen.findByRole('region', { name: 'Conflicts in the directories' });
    // The organisation's name comes with the directory, which may load after the list.
    await waitFor(() => expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(/^Organisation: Magdeburg\. A colleague deleted it \(or merged it into another\) while it was changed elsewhere\./));
    const [item, ...more] = within(section).getAllByRole('listitem');
    expect(more).toHaveLength(0);
    if (!item) throw new Error('no list item');
    expect(within(item).getByRole('button', { name: 'Keep it' })).toBeEnabled();
    expect(within(item).getByRole('button', { name: 'Delete it after all' })).toBeEnabled();
  });
});
