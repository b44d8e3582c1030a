import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { putPortfolio, updateSettings } from '../../db/portfolioRepository';
import { samplePortfolio } from '../../domain/sample';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute } from '../../test/render';
import { ProjectsPage } from './ProjectsPage';

freshDatabaseEachTest();

const rows = () => within(screen.getByRole('table', { name: 'Projects' })).getAllByRole('row').slice(1);

describe('ProjectsPage', () => {
  it('lists the portfolio with money in the UI language and unknown values as dashes', async () => {
    await putPortfolio(samplePortfolio, { mode: 'replace' });
    renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects' });
    expect(await screen.findByText('5 of 5 projects')).toBeInTheDocument();
    expect(rows()).toHaveLength(5);
    const decode = screen.getByRole('link', { name: 'DeCoDe' }).closest('tr')!;
    expect(within(decode).getAllByText('€90,000.00')).toHaveLength(2);
    expect(within(decode).getByText('Lead partner')).toBeInTheDocument();
    const ocp = screen.getByRole('link', { name: 'Our Cities Pairing on Environment Issues' }).closest('tr')!;
    expect(within(ocp).getAllByText('—')).toHaveLength(2);
  });

  it('narrows the list as the user types and shows a clear empty state', async () => {
    await putPortfolio(samplePortfolio, { mode: 'replace' });
    const user = userEvent.setup();
    renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects' });
    await screen.findByText('5 of 5 projects');
    await user.type(screen.getByRole('searchbox', { name: 'Search projects' }), 'lodz');
    expect(await screen.findByText('1 of 5 projects')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'DeCoDe' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search projects' }), ' nowhere');
    expect(await screen.findByRole('heading', { name: 'No project matches' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(await screen.findByText('5 of 5 projects')).toBeInTheDocument();
  });

  it('reads filters and sort from the URL', async () => {
    await putPortfolio(samplePortfolio, { mode: 'replace' });
    renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects?role=partner&sort=-councilBudget' });
    expect(await screen.findByText('3 of 5 projects')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Council role' })).toHaveValue('partner');
    expect(screen.getByRole('columnheader', { name: /Council budget/ })).toHaveAttribute('aria-sort', 'descending');
    expect(rows().map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['WIR', 'SOLID', 'Our Cities Pairing on Environment Issues']);
  });

  it('cuts a search text longer than the cap in a hand-made URL, and lets no more be typed', async () => {
    await putPortfolio(samplePortfolio, { mode: 'replace' });
    renderRoute(<ProjectsPage />, { path: '/projects', url: `/projects?role=partner&q=${'x'.repeat(100_000)}` });
    expect(await screen.findByRole('heading', { name: 'No project matches' })).toBeInTheDocument();
    const search = screen.getByRole('searchbox', { name: 'Search projects' });
    expect(search).toHaveValue('x'.repeat(200));
    expect(search).toHaveAttribute('maxLength', '200');
    expect(screen.getByRole('combobox', { name: 'Council role' })).toHaveValue('partner');
  });

  it('offers the sample portfolio when the database is empty', async () => {
    await updateSettings({ initialisedAt: '2026-01-01T00:00:00.000Z' });
    const user = userEvent.setup();
    renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects' });
    expect(await screen.findByRole('heading', { name: 'No projects yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load the sample portfolio' }));
    await waitFor(() => expect(screen.getByText('5 of 5 projects')).toBeInTheDocument());
  });

  it('speaks Latvian with Latvian number formats', async () => {
    await putPortfolio(samplePortfolio, { mode: 'replace' });
    renderRoute(<ProjectsPage />, { path: '/projects', url: '/projects', language: 'lv' });
    expect(await screen.findByText('5 no 5 projektiem')).toBeInTheDocument();
    const solid = screen.getByRole('link', { name: 'SOLID' }).closest('tr')!;
    // Latvian groups thousands only from five digits on (CLDR minimum grouping digits 2).
    expect(within(solid).getByText((text) => text.replace(/\s/g, ' ') === '4160,00 €')).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: 'DeCoDe' }).closest('tr')!).getAllByText((text) => text.replace(/\s/g, ' ') === '90 000,00 €')).toHaveLength(2);
    expect(screen.getByRole('searchbox', { name: 'Meklēt projektus' })).toBeInTheDocument();
  });
});
