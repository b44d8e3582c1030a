// The report as a user sees it, over a real (fake-indexeddb) database holding the seeds.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute, seedSamplePortfolio } from '../../test/render';
import ReportPage from './ReportPage';

freshDatabaseEachTest(seedSamplePortfolio);
afterEach(() => vi.restoreAllMocks());

const ready = () => waitFor(() => expect(document.querySelector('[data-report-ready="true"]')).not.toBeNull(), { timeout: 20_000 });

describe('ReportPage', () => {
  it('shows the whole portfolio: scope, figures, years, a row per project, and the unknowns counted', async () => {
    renderRoute(<ReportPage />, { path: '/dashboard/report', url: '/dashboard/report' });
    expect(await screen.findByText('Scope: All projects')).toBeInTheDocument();
    await ready();
    expect(screen.getByText('The report is ready to print.')).toHaveAttribute('role', 'status');
    const projects = screen.getByRole('table', { name: 'The projects in scope, by start date' });
    const rows = within(projects).getAllByRole('row');
    // Header, five projects, the totals.
    expect(rows).toHaveLength(7);
    const ocp = within(projects).getByRole('row', { name: /Our Cities Pairing/ });
    expect(within(ocp).getAllByText('—')).toHaveLength(3);
    expect(within(ocp).getByText('€4,673.00')).toBeInTheDocument();
    const years = screen.getByRole('table', { name: /by calendar year/ });
    expect(within(within(years).getByRole('row', { name: /^2019/ })).getByText('€33,280.00')).toBeInTheDocument();
    const missing = screen.getByRole('region', { name: 'Figures not stated' });
    expect(within(missing).getByText('1 project with no stated EU co-financing')).toBeInTheDocument();
    expect(within(missing).queryByText(/council co-financing/)).toBeNull();
    for (const title of ['Funding composition per project', 'Money per calendar year', 'Pre-financing exposure over time']) {
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    }
    expect(screen.queryByRole('heading', { name: 'Partner countries' })).toBeNull();
  }, 30_000);

  it('prints with the browser once ready, and links back to the dashboard in the same scope', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderRoute(<ReportPage />, { path: '/dashboard/report', url: '/dashboard/report?role=lead&year=2019' });
    expect(await screen.findByText('Scope: Projects where the council is lead partner, active in 2019')).toBeInTheDocument();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Print / Save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute('href', '/dashboard?role=lead&year=2019');
    expect(screen.getByText('Every project in scope states its budget, EU and council co-financing and pre-financing.')).toBeInTheDocument();
  }, 30_000);

  it('speaks Latvian, with Latvian plural forms', async () => {
    renderRoute(<ReportPage />, { path: '/dashboard/report', url: '/dashboard/report', language: 'lv' });
    expect(await screen.findByText('Atlase: Visi projekti')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Portfeļa budžeta atskaite' })).toBeInTheDocument();
    expect(await screen.findByText('2 projekti bez norādīta kopējā budžeta')).toBeInTheDocument();
    expect(screen.getByText('1 projekts bez norādīta ES līdzfinansējuma')).toBeInTheDocument();
    await ready();
  }, 30_000);

  it('says so when nothing is in scope, and is ready at once', async () => {
    renderRoute(<ReportPage />, { path: '/dashboard/report', url: '/dashboard/report?status=planned' });
    expect(await screen.findByText('No project is in this scope.')).toBeInTheDocument();
    await ready();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
