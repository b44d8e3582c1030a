import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getProject } from '../../db/portfolioRepository';
import { addRow, editorTests, openSection } from './testEditor';

editorTests();

describe('events section', () => {
  it('explains a date it cannot read and a head count that is not whole; accepts a month once fixed', async () => {
    const { user, router, section: events } = await openSection('Mobility events');
    const event = await addRow(user, events, '+ Add event', 'Event 1');
    await user.type(within(event).getByLabelText('Date'), 'Septembris');
    await user.type(within(event).getByLabelText('Representatives sent'), '2,5');
    await user.type(within(event).getByLabelText('Host country'), 'LT');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    // The refusal is checked asynchronously: the summary comes with it, then the focus moves.
    expect(await screen.findByRole('alert')).toHaveTextContent('2 fields need attention; the first one has the focus.');
    const date = within(event).getByLabelText('Date');
    await waitFor(() => expect(date).toHaveFocus());
    expect(date).toHaveAccessibleDescription(/Not a date: write a month \(03\/2018\)/);
    expect(within(event).getByLabelText('Representatives sent')).toHaveAccessibleDescription(/A whole number, 0 or more/);
    await user.clear(date);
    await user.type(date, '09/2018');
    await user.clear(within(event).getByLabelText('Representatives sent'));
    await user.type(within(event).getByLabelText('Representatives sent'), '3');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/small'));
    expect((await getProject('small'))?.events[0]).toMatchObject({ date: { precision: 'month', month: '2018-09' }, representatives: 3, hostCountry: 'LT', direction: 'outgoing' });
  });

  it('warns while typing about an event outside the period', async () => {
    const { user, section: events } = await openSection('Mobility events');
    const event = await addRow(user, events, '+ Add event', 'Event 1');
    await user.type(within(event).getByLabelText('Date'), '03/2021');
    expect(await within(events).findByText('Event 1 is dated outside the implementation period.')).toBeInTheDocument();
  });
});
