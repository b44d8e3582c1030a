import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute, seedSamplePortfolio } from '../../test/render';
import TimelinePage from './TimelinePage';

freshDatabaseEachTest(seedSamplePortfolio);

const open = (query = '', language: 'en' | 'lv' = 'en') => renderRoute(<TimelinePage />, { path: '/timeline', url: `/timeline${query}`, language });
const chart = () => screen.findByRole('group', { name: 'Projects and mobility events over time' });

describe('TimelinePage', () => {
  it("draws SOLID's five events in date order with accessible names, outgoing by shape", async () => {
    open();
    const region = await chart();
    const solid = within(region).getAllByRole('link', { name: /^SOLID — / });
    expect(solid.map((link) => link.getAttribute('aria-label'))).toEqual([
      'SOLID — 1 Jan 2018 – 15 Nov 2019',
      'SOLID — Jette, Belgium — March 2018',
      'SOLID — Italy — October 2018',
      'SOLID — Spain — March 2019',
      'SOLID — Bulgaria — June 2019',
      'SOLID — Jette, Belgium — October 2019',
    ]);
    expect(solid.slice(1).every((m) => m.querySelector('[data-shape="arrow"]') !== null)).toBe(true);
    expect(solid[1]).toHaveAccessibleDescription('project kick-off meeting. Outgoing. Representatives sent: 3');
    expect(solid[1]).toHaveAttribute('href', '/projects/sample-solid#event-sample-solid-e1');
  });

  it('tells DeCoDe’s two hosted events from its three outgoing ones', async () => {
    open();
    const region = await chart();
    const markers = within(region).getAllByRole('link', { name: /^DeCoDe — .* — / }).filter((m) => m.dataset.direction);
    expect(markers.map((m) => m.dataset.direction)).toEqual(['hosted', 'outgoing', 'outgoing', 'outgoing', 'hosted']);
    expect(within(region).getByRole('link', { name: 'DeCoDe — Palermo, Italy — February 2019' })).toBeInTheDocument();
  });

  it('lists undated events beside the row, not on the time axis', async () => {
    open();
    const region = await chart();
    const undated = within(region).getAllByRole('link', { name: /^Our Cities Pairing on Environment Issues — .* — date unknown$/ });
    expect(undated).toHaveLength(5); // five shown, the rest behind "+3 more"
    expect(undated.every((m) => m.classList.contains('tl-in-tray'))).toBe(true);
    expect(within(region).getAllByRole('link', { name: '+3 more' })).toHaveLength(1);
  });

  it('uses the projects list’s filters from the URL', async () => {
    open('?role=lead');
    expect(await screen.findByText('2 of 5 projects')).toBeInTheDocument();
    const region = await chart();
    expect(within(region).queryByRole('link', { name: /^SOLID/ })).not.toBeInTheDocument();
    expect(within(region).getByRole('link', { name: /^TTChan — 8 Nov 2018 – 12 Nov 2018$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show these projects as a list' })).toHaveAttribute('href', '/projects?role=lead');
  });

  it('zooms and groups, in Latvian too', async () => {
    const user = userEvent.setup();
    open('', 'lv');
    await screen.findByRole('group', { name: 'Projekti un mobilitātes pasākumi laika gaitā' });
    await user.click(screen.getByRole('button', { name: 'Mēneši' }));
    expect(screen.getByRole('button', { name: 'Mēneši' })).toHaveAttribute('aria-pressed', 'true');
    await user.selectOptions(screen.getByLabelText('Grupēt pēc'), 'role');
    expect(await screen.findByRole('heading', { name: 'Vadošais partneris · projekti: 2' })).toBeInTheDocument();
  });
});
