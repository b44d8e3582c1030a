import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { freshDatabaseEachTest } from '../../test/database';
import { renderRoute, seedSamplePortfolio } from '../../test/render';
import EventsPage from './EventsPage';

freshDatabaseEachTest(seedSamplePortfolio);

const open = (query = '', language: 'en' | 'lv' = 'en') => renderRoute(<EventsPage />, { path: '/events', url: `/events${query}`, language });
const dataRows = () => within(screen.getByRole('table', { name: 'Mobility events' })).getAllByRole('row').slice(1);

describe('EventsPage', () => {
  it('shows all 28 events with totals that do not count unknown head counts as 0', async () => {
    open();
    expect(
      await screen.findByText('Shown: 28 events (9 hosted, 19 outgoing); 16 representatives sent; 23 events without a head count (not counted as 0)'),
    ).toBeInTheDocument();
    // Virtualised: the table says it has 28 rows (+ the header) and draws those in view.
    expect(screen.getByRole('table', { name: 'Mobility events' })).toHaveAttribute('aria-rowcount', '29');
    // Nothing is upcoming in the seeds, so the latest past event comes first.
    expect(within(dataRows()[0] as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'November 2019', 'DeCoDe', 'final results dissemination conference', 'Daugavpils', 'Latvia', ' Hosted', '—',
    ]);
  });

  it('filters by project and direction, with totals for what is shown', async () => {
    const user = userEvent.setup();
    open();
    await screen.findByText(/^Shown: 28 events/);
    await user.selectOptions(screen.getByLabelText('Project'), 'sample-decode');
    expect(screen.getByText(/^Shown: 5 events \(2 hosted, 3 outgoing\); 0 representatives sent; 5 events without a head count/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Outgoing or hosted'), 'hosted');
    expect(dataRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['November 2019', 'May 2018']);
  });

  it('filters by year and country from the URL', async () => {
    open('?year=2018&country=LV');
    expect(await screen.findByText(/^Shown: 2 events \(2 hosted, 0 outgoing\)/)).toBeInTheDocument();
    expect(screen.getByLabelText('Year')).toHaveValue('2018');
  });

  it('exports the shown dated events as an iCalendar file', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    open('?project=sample-solid');
    await screen.findByText(/^Shown: 5 events/);
    await user.click(screen.getByRole('button', { name: 'Export shown events (.ics)' }));
    expect(blobs).toHaveLength(1);
    const blob = blobs[0] as Blob;
    expect(blob.type).toBe('text/calendar;charset=utf-8');
    const text = await blob.text();
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(5);
    expect(unfolded.match(/^DTSTART;VALUE=DATE:\d+/gm)).toEqual([
      'DTSTART;VALUE=DATE:20191001',
      'DTSTART;VALUE=DATE:20190601',
      'DTSTART;VALUE=DATE:20190301',
      'DTSTART;VALUE=DATE:20181001',
      'DTSTART;VALUE=DATE:20180301',
    ]);
    expect(unfolded).toContain('SUMMARY:SOLID — project kick-off meeting');
    expect(unfolded).toContain('LOCATION:Jette\\, Belgium');
    expect(unfolded).toContain('Only the month is known (March 2018)');
    expect(await screen.findByText(/5 events exported to mobility-events-\d{4}-\d{2}-\d{2}\.ics\./)).toBeInTheDocument();
  });
});
