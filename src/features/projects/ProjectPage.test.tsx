import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getProject } from '../../db/portfolioRepository';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute, seedSamplePortfolio } from '../../test/render';
import ProjectPage from './ProjectPage';

const database = freshDatabaseEachTest(seedSamplePortfolio);

const open = (id: string, language: 'en' | 'lv' = 'en') =>
  renderRoute(<ProjectPage />, { path: '/projects/:projectId', url: `/projects/${id}`, language });

const factIn = (region: HTMLElement, label: string) => within(region).getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('ProjectPage', () => {
  it('shows every budget figure, with unknown values as a dash and never as 0', async () => {
    open('sample-our-cities-pairing');
    const budget = await screen.findByRole('region', { name: 'Budget and payments' });
    expect(factIn(budget, 'Total project budget')).toHaveTextContent('€138,000.00');
    expect(factIn(budget, 'Council co-financing')).toHaveTextContent('€4,673.00');
    expect(factIn(budget, 'Council budget')).toHaveTextContent(/^—$/);
    expect(factIn(budget, 'EU co-financing')).toHaveTextContent(/^—$/);
  });

  it('puts a consistency warning beside the figure it concerns', async () => {
    open('sample-solid');
    const content = await screen.findByRole('region', { name: 'Objectives, activities and results' });
    expect(within(content).getByText(/15 staff mobilities are planned, but the events list 16 representatives sent/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Consistency warnings' })).toBeInTheDocument();
  });

  it('shows no warnings for a project whose sums hold', async () => {
    open('sample-decode');
    await screen.findByRole('region', { name: 'Budget and payments' });
    expect(screen.queryByRole('region', { name: 'Consistency warnings' })).not.toBeInTheDocument();
  });

  it('renders the Latvian texts and formats in Latvian', async () => {
    open('sample-ttchan', 'lv');
    const overview = await screen.findByRole('region', { name: 'Pārskats' });
    expect(factIn(overview, 'Domes lēmums')).toHaveTextContent('Nr. 502');
    expect(within(overview).getByText('Pašvaldību sadarbība kā Eiropas solidaritātes kanāls', { exact: false })).toBeInTheDocument();
    const events = await screen.findByRole('region', { name: 'Starptautiskās mobilitātes' });
    expect(within(events).getByText('Uzņemts')).toBeInTheDocument();
  });

  it('asks before deleting, and says so clearly when the database cannot be written', async () => {
    const user = userEvent.setup();
    open('sample-wir');
    await user.click(await screen.findByRole('button', { name: 'Delete project' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “WIR”?' });
    database().close({ disableAutoOpen: true });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is closed');
    expect(screen.queryByText(/deleted\./)).not.toBeInTheDocument();
    await database().open();
    expect(await getProject('sample-wir')).not.toBeNull();
  });

  it('cancelling the confirmation deletes nothing', async () => {
    const user = userEvent.setup();
    open('sample-wir');
    await user.click(await screen.findByRole('button', { name: 'Delete project' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(await getProject('sample-wir')).not.toBeNull();
  });

  it('says when a project does not exist', async () => {
    open('nope');
    expect(await screen.findByRole('heading', { name: /does not exist/ })).toBeInTheDocument();
  });
});
