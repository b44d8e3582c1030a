// Every list with a CSV has an Excel download beside it, first, in both languages: the projects
// list, the events list and each dashboard chart. (The files themselves are read back in
// tests/e2e/spreadsheets.spec.ts.)
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { putPortfolio } from '../db/portfolioRepository';
import { dashboardData } from '../domain/dashboard/aggregate';
import { fullScope } from '../domain/dashboard/scope';
import { samplePortfolio } from '../domain/sample';
import type { Language } from '../domain/schema';
import DashboardCharts from '../features/dashboard/DashboardCharts';
import { ProjectsPage } from '../features/projects/ProjectsPage';
import EventsPage from '../features/timeline/EventsPage';
import { freshDatabaseEachTest } from '../test/database';
import { renderRoute } from '../test/render';

freshDatabaseEachTest();

const labels = {
  en: { xlsx: 'Download Excel (.xlsx)', csv: 'Download CSV', projects: '5 of 5 projects', events: /^Shown: 28 events/ },
  lv: { xlsx: 'Lejupielādēt Excel (.xlsx)', csv: 'Lejupielādēt CSV', projects: '5 no 5 projektiem', events: /^Parādīti: 28 pasākumi/ },
} as const;

/** The download buttons' visible texts, in the order they stand. */
const downloadTexts = (container: HTMLElement, language: Language) =>
  within(container)
    .getAllByRole('button')
    .map((button) => button.textContent)
    .filter((text) => text === labels[language].xlsx || text === labels[language].csv);

describe.each(['en', 'lv'] as const)('spreadsheet downloads in %s', (language) => {
  const l = labels[language];

  it('the projects list offers Excel first, then CSV, both named for what they hold', async () => {
    await putPortfolio(samplePortfolio, { mode: 'replace' });
    renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects', language });
    await screen.findByText(l.projects);
    const heading = screen.getByRole('heading', { level: 1 }).parentElement!;
    expect(downloadTexts(heading, language)).toEqual([l.xlsx, l.csv]);
    const name = language === 'en' ? 'Download Excel (.xlsx) of the 5 projects shown' : 'Lejupielādēt Excel (.xlsx) ar 5 redzamajiem projektiem';
    expect(screen.getByRole('button', { name })).toBeEnabled();
  });

  it('the events list offers Excel first, then CSV', async () => {
    await putPortfolio(samplePortfolio, { mode: 'replace' });
    renderRoute(<EventsPage />, { path: '/events', url: '/events', language });
    await screen.findByText(l.events);
    const name = language === 'en' ? 'Download Excel (.xlsx) of the 28 events shown' : 'Lejupielādēt Excel (.xlsx) ar 28 parādītajiem pasākumiem';
    expect(screen.getByRole('button', { name })).toBeEnabled();
    expect(downloadTexts(screen.getByRole('heading', { level: 1 }).parentElement!, language)).toEqual([l.xlsx, l.csv]);
  });

  // Seven charts drawn in jsdom: seconds on a busy machine.
  it('every dashboard chart offers Excel first, then CSV', { timeout: 20_000 }, () => {
    const data = dashboardData(samplePortfolio.projects, {
      today: '2019-06-01',
      organisationsById: new Map(samplePortfolio.organisations.map((o) => [o.id, o])),
      homeOrganisationId: samplePortfolio.homeOrganisationId,
    });
    const programmesById = new Map(samplePortfolio.programmes.map((p) => [p.id, p]));
    renderRoute(<DashboardCharts data={data} scope={fullScope} programmesById={programmesById} fixedWidth={600} />, { path: '/dashboard', url: '/dashboard', language });
    const charts = document.querySelectorAll<HTMLElement>('section[data-chart]');
    expect(charts).toHaveLength(7);
    for (const chart of charts) expect(downloadTexts(chart, language)).toEqual([l.xlsx, l.csv]);
  });
});

it('the projects Excel button saves an .xlsx file', async () => {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  await putPortfolio(samplePortfolio, { mode: 'replace' });
  const user = userEvent.setup();
  renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects' });
  await screen.findByText('5 of 5 projects');
  await user.click(screen.getByRole('button', { name: 'Download Excel (.xlsx) of the 5 projects shown' }));
  await waitFor(() => expect(blobs).toHaveLength(1));
  expect(blobs[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  // A zip archive: it starts with "PK".
  expect(new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  expect(names[0]).toMatch(/^eu-projects-.*\.xlsx$/);
});
