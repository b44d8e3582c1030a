// A reader of the shared portfolio (docs/sync.md, "Roles") sees every project and no edit control.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveProject } from '../../db/portfolioRepository';
import { setReadOnlyAccess } from '../../queries/access';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute, seedSamplePortfolio } from '../../test/render';
import { makeProject } from '../../test/factories';
import ProjectPage from './ProjectPage';
import { ProjectsPage } from './ProjectsPage';

// The sample portfolio is seeded and rendered in jsdom: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

freshDatabaseEachTest(async () => {
  await seedSamplePortfolio();
  // A second version in the history, so that an editor would see "Restore".
  const project = await saveProject(makeProject({ id: 'p-reader', acronym: 'FIRST' }));
  await saveProject({ ...project, acronym: 'SECOND' });
});

afterEach(() => setReadOnlyAccess(false));

const editControls = () => [
  ...screen.queryAllByRole('link', { name: /new project|^edit$|duplicate/i }),
  ...screen.queryAllByRole('button', { name: /delete|restore|load the sample/i }),
];

describe('a reader', () => {
  it('sees the projects list without "New project"; an editor sees it', async () => {
    const { unmount } = renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects' });
    expect(await screen.findByRole('link', { name: '+ New project' })).toBeInTheDocument();
    unmount();

    setReadOnlyAccess(true);
    renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects' });
    expect(await screen.findByRole('link', { name: 'WIR' })).toBeInTheDocument();
    expect(editControls()).toEqual([]);
  });

  it('sees a project’s every section and its history, with no Edit, Duplicate, Delete or Restore', async () => {
    setReadOnlyAccess(true);
    renderRoute(<ProjectPage />, { path: '/projects/:projectId', url: '/projects/p-reader' });
    expect(await screen.findByRole('heading', { level: 1, name: /SECOND/ })).toBeInTheDocument();
    const history = await screen.findByRole('region', { name: 'History of changes' });
    // The header row shows at once; the two entries once the history is read.
    await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3));
    expect(editControls()).toEqual([]);
  });

  it('is given Edit, Duplicate, Delete and Restore back once an editor', async () => {
    renderRoute(<ProjectPage />, { path: '/projects/:projectId', url: '/projects/p-reader' });
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Duplicate' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete project' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Restore/ })).toBeInTheDocument();
  });
});
