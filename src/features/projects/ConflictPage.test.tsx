// The compare screen: the versions come from the engine's replica (mocked here; the storage test
// in tests/sync-server runs the same resolution through the real server).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeProject } from '../../test/factories';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute } from '../../test/render';
import { setReadOnlyAccess } from '../../queries/access';
import type { DeletionResolution, ResolveInput } from '../../queries/conflicts';
import { saveProject } from '../../db/portfolioRepository';
import ConflictPage from './ConflictPage';

const fixture = vi.hoisted(() => ({ resolved: [] as unknown[] }));

const base = makeProject({ id: 'p-c', acronym: 'BASE', revision: 4 });
const shown = { ...base, acronym: 'FROM-A', title: { ...base.title, en: 'Title of A' } };
const other = { ...base, acronym: 'FROM-B', budget: { ...base.budget, euCofinancing: 1_234_500 } };

vi.mock('../../queries/conflicts', () => ({
  projectVersionsQuery: (id: string) => ({
    queryKey: ['test-versions', id],
    queryFn: async () => ({ ok: true, versions: [{ rev: '5-a', record: shown }, { rev: '5-b', record: other }] }),
  }),
  useResolveDeletion: (config: { onSuccess?: (saved: unknown) => void }) => ({
    isPending: false,
    mutate: (input: DeletionResolution) => {
      fixture.resolved.push(input);
      config.onSuccess?.(input.keep ? input.shown : null);
    },
  }),
  useResolveProject: (config: { onSuccess?: (saved: unknown) => void }) => ({
    isPending: false,
    mutate: (input: ResolveInput) => {
      fixture.resolved.push(input);
      config.onSuccess?.(input.combined);
    },
  }),
}));

vi.mock('../../queries/sharing', () => ({
  useSharing: () => ({ config: { server: '/couchdb/', user: 'anna', roles: ['portfolio-editor'] }, access: 'editor', sync: null, signedOut: false }),
}));

const database = freshDatabaseEachTest();

const open = (language: 'en' | 'lv' = 'en') => renderRoute(<ConflictPage />, { path: '/projects/:projectId/conflict', url: '/projects/p-c/conflict', language });

afterEach(() => {
  fixture.resolved.length = 0;
  setReadOnlyAccess(false);
});

describe('ConflictPage', () => {
  it('lists the fields that differ, the two values side by side, the version shown chosen by default', async () => {
    open();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Acronym', 'Title (English)', 'EU co-financing']);
    const money = rows[2]!;
    expect(within(money).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—', '€12,345.00']);
    expect(screen.getByRole('radio', { name: 'Acronym: Keep: Version shown' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Acronym: Keep: Other version' })).not.toBeChecked();
  });

  it('keeps the combination chosen field by field, and says who resolved it and what was kept', async () => {
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('radio', { name: 'Acronym: Keep: Other version' }));
    await user.click(screen.getByRole('radio', { name: 'EU co-financing: Keep: Other version' }));
    await user.click(screen.getByRole('button', { name: 'Keep this combination' }));

    expect(fixture.resolved).toHaveLength(1);
    const input = fixture.resolved[0] as ResolveInput;
    expect(input.shown).toEqual(shown);
    expect(input.others).toEqual(['5-b']);
    expect([input.combined.acronym, input.combined.title.en, input.combined.budget.euCofinancing]).toEqual(['FROM-B', 'Title of A', 1_234_500]);
    expect(input.note).toEqual({
      author: 'anna',
      resolution: {
        versions: 2,
        kept: [
          { field: 'acronym', version: 1 },
          { field: 'title.en', version: 0 },
          { field: 'budget.euCofinancing', version: 1 },
        ],
      },
    });
    expect(await screen.findByText('Conflict resolved. The combination is shared with your colleagues.')).toBeInTheDocument();
  });

  it('speaks Latvian: the choice, the values and the button', async () => {
    open('lv');
    await screen.findByRole('table');
    expect(screen.getByRole('columnheader', { name: 'Rādītā versija' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Otra versija' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'ES līdzfinansējums' })).toBeInTheDocument();
    expect(screen.getByText(/12\s345,00\s€/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Saglabāt šo kombināciju' })).toBeInTheDocument();
  });

  it('shows a reader the differences, with no choice and no button', async () => {
    setReadOnlyAccess(true);
    open();
    await screen.findByRole('table');
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keep this combination' })).not.toBeInTheDocument();
    expect(screen.getByText(/A reader sees the conflict but cannot resolve it/)).toBeInTheDocument();
  });

  describe('a project a colleague deleted while it was edited', () => {
    async function deletedApart() {
      const stored = await saveProject(makeProject({ id: 'p-c', acronym: 'EDITED' }));
      await database().syncConflicts.put({ id: 'project:p-c', winner: '3-e', others: [], deleted: ['3-d'] });
      return stored;
    }

    it('offers keeping it or deleting it after all, and records who chose what', async () => {
      const stored = await deletedApart();
      const user = userEvent.setup();
      open();
      expect(await screen.findByText(/A colleague deleted this project while someone else was editing it/)).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Keep the project' }));
      expect(fixture.resolved).toEqual([{ shown: stored, keep: true, deleted: ['3-d'], note: { author: 'anna', resolution: { versions: 2, kept: [], deletion: 'kept' } } }]);
      expect(await screen.findByText('The project is kept, for your colleagues too.')).toBeInTheDocument();
    });

    it('deletes it after all, in Latvian', async () => {
      await deletedApart();
      const user = userEvent.setup();
      open('lv');
      await user.click(await screen.findByRole('button', { name: 'Tomēr izdzēst' }));
      expect((fixture.resolved[0] as DeletionResolution).note.resolution?.deletion).toBe('deleted');
      expect(await screen.findByText('Projekts ir izdzēsts arī jūsu kolēģiem.')).toBeInTheDocument();
    });

    it('shows a reader why, with no choice', async () => {
      await deletedApart();
      setReadOnlyAccess(true);
      open();
      expect(await screen.findByText(/A colleague deleted this project/)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Keep the project' })).not.toBeInTheDocument();
      expect(screen.getByText(/A reader sees the conflict but cannot resolve it/)).toBeInTheDocument();
    });
  });
});
