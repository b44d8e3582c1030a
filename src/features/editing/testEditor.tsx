// Test helper: the project form on a data router (the leave guard needs one), over a fresh
// fake-indexeddb database holding the sample portfolio.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { putPortfolio, updateSettings } from '../../db/portfolioRepository';
import type { Language } from '../../domain/schema';
import { samplePortfolio } from '../../domain/sample';
import { makeProject } from '../../test/factories';
import { freshDatabaseEachTest } from '../../test/database';
import { renderDataRouter } from '../../test/render';
import ProjectEditPage from './ProjectEditPage';

/** The sample directories and, as project 'small', a light copy of WIR's budget (jsdom is slow with big forms). */
export async function seedSample(): Promise<void> {
  const wir = samplePortfolio.projects.find((p) => p.id === 'sample-wir');
  const small = makeProject({
    id: 'small',
    acronym: 'SMALL',
    partners: [{ organisationId: samplePortfolio.homeOrganisationId, role: 'partner', nameAsWritten: null }],
    programmeId: 'prog-efc',
    period: { start: '2017-10-16', end: '2019-10-15', lengthMonths: null },
    budget: wir ? { ...wir.budget, note: { lv: '', en: '' } } : makeProject().budget,
  });
  await putPortfolio({ ...samplePortfolio, projects: [...samplePortfolio.projects, small] }, { mode: 'replace' });
  await updateSettings({ homeOrganisationId: samplePortfolio.homeOrganisationId });
}

export function renderEditor(url: string, language: Language = 'en') {
  return renderDataRouter(
    [
      { path: '/projects/new', element: <ProjectEditPage /> },
      { path: '/projects/:projectId/edit', element: <ProjectEditPage /> },
      { path: '/projects/:projectId', element: <p>project page</p> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    url,
    language,
  );
}

export const section = async (name: string) => screen.findByRole('region', { name });
export const row = (scope: HTMLElement, name: string) => within(scope).getByRole('group', { name });

/** Adds a row to a list in `scope` with the list's add button (`+ Add partner`), and returns the row named `rowName`. */
export async function addRow(user: ReturnType<typeof userEvent.setup>, scope: HTMLElement, addButton: string, rowName: string): Promise<HTMLElement> {
  await user.click(within(scope).getByRole('button', { name: addButton }));
  return row(scope, rowName);
}

/** Every test of the file on a fresh database holding the sample (the form is slow in jsdom). */
export function editorTests(): ReturnType<typeof freshDatabaseEachTest> {
  vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 });
  return freshDatabaseEachTest(seedSample);
}

/** The form at `url` (the small project's by default), a user to drive it, and its section `name`. */
export async function openSection(name: string, url = '/projects/small/edit') {
  const user = userEvent.setup();
  const router = renderEditor(url);
  return { user, router, section: await section(name) };
}
