// The dashboard as a user sees it, over a real (fake-indexeddb) database holding the seeds.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute, seedSamplePortfolio } from '../../test/render';
import DashboardPage from './DashboardPage';

freshDatabaseEachTest(seedSamplePortfolio);

/** The figure card with this label: its value and notes. */
const card = (label: string) => screen.getByText(label, { selector: 'dt' }).closest('.figure-card') as HTMLElement;

describe('DashboardPage', () => {
  it('shows the whole portfolio’s figures, saying how many projects lack data', async () => {
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard' });
    expect(await screen.findByText('5 of 5 projects in scope.')).toBeInTheDocument();
    expect(within(card('EU co-financing')).getByText('€111,380.00')).toBeInTheDocument();
    expect(within(card('EU co-financing')).getByText('1 project without data')).toBeInTheDocument();
    expect(within(card('Council co-financing')).getByText('€12,133.00')).toBeInTheDocument();
    expect(within(card('Council co-financing')).queryByText(/without data/)).toBeNull();
    expect(within(card('Pre-financing paid')).getByText('€47,460.00')).toBeInTheDocument();
    expect(within(card('Pre-financing paid')).getByText('1 project without data')).toBeInTheDocument();
    expect(within(card('Total budget of the projects')).getByText('2 projects without data')).toBeInTheDocument();
    expect(within(card('EU euros per council euro')).getByText('14.93')).toBeInTheDocument();
    expect(within(card('Events')).getByText('19 outgoing / 9 hosted')).toBeInTheDocument();
    expect(within(card('Staff mobilities (staff sent)')).getByText('14 outgoing events without a head count')).toBeInTheDocument();
  });

  it('shows the figures in Latvian, with Latvian plural forms', async () => {
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard', language: 'lv' });
    expect(await screen.findByText('Atlasē 5 no 5 projektiem.')).toBeInTheDocument();
    expect(within(card('ES līdzfinansējums')).getByText(/^111\s380,00\s€$/)).toBeInTheDocument();
    expect(within(card('ES līdzfinansējums')).getByText('1 projekts bez datiem')).toBeInTheDocument();
    expect(within(card('Domes līdzfinansējums')).getByText(/^12\s133,00\s€$/)).toBeInTheDocument();
    expect(within(card('Samaksātais priekšfinansējums')).getByText(/^47\s460,00\s€$/)).toBeInTheDocument();
    expect(within(card('Projektu kopējais budžets')).getByText('2 projekti bez datiem')).toBeInTheDocument();
  });

  it('reads the scope from the URL and changes it with labelled controls', async () => {
    const user = userEvent.setup();
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard?role=lead' });
    expect(await screen.findByText('2 of 5 projects in scope.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Council role' })).toHaveValue('lead');
    // TTChan 10 080 + DeCoDe 90 000, both known.
    expect(within(card('EU co-financing')).getByText('€100,080.00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show them in the projects list' })).toHaveAttribute('href', '/projects?role=lead');
    expect(screen.getByRole('link', { name: 'Report' })).toHaveAttribute('href', '/dashboard/report?role=lead');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Council role' }), 'partner');
    expect(await screen.findByText('3 of 5 projects in scope.')).toBeInTheDocument();
    expect(within(card('EU co-financing')).getByText('€11,300.00')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Active in year' }), '2017');
    expect(await screen.findByText('1 of 5 projects in scope.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Report' })).toHaveAttribute('href', '/dashboard/report?role=partner&year=2017');
    await user.click(screen.getByRole('button', { name: 'Whole portfolio' }));
    expect(await screen.findByText('5 of 5 projects in scope.')).toBeInTheDocument();
  }, 30_000); // the charts redraw in jsdom after each change

  it('says so when nothing is in scope, and draws no chart', async () => {
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard?status=planned' });
    expect(await screen.findByText('No project is in this scope.')).toBeInTheDocument();
    expect(within(card('EU co-financing')).getByText('—')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Partner countries' })).toBeNull();
  });

  it('loads the charts after the figures, drawing them one at a time, each with its title', async () => {
    renderRoute(<DashboardPage />, { path: '/dashboard', url: '/dashboard' });
    for (const title of ['Funding composition per project', 'Money per calendar year', 'Pre-financing exposure over time', 'Mobilities per year', 'Partner countries']) {
      expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    }
    await waitFor(() => expect(document.querySelectorAll('.recharts-wrapper').length).toBe(7), { timeout: 20_000 });
  }, 30_000);
});
