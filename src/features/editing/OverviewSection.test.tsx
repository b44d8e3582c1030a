import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getProject, listProjects } from '../../db/portfolioRepository';
import { editorTests, openSection, renderEditor, section } from './testEditor';

editorTests();

describe('overview section', () => {
  it('lets a date be picked from the calendar as well as typed', async () => {
    renderEditor('/projects/new');
    const overview = await section('Overview');
    const picker = within(overview).getByLabelText('Start: pick from the calendar');
    fireEvent.change(picker, { target: { value: '2018-11-08' } });
    expect(within(overview).getByLabelText('Start')).toHaveValue('08.11.2018');
    fireEvent.change(within(overview).getByLabelText('Start'), { target: { value: '2019-01-15' } });
    expect(picker).toHaveValue('2019-01-15');
  });

  it('requires an identity and a council role, in the UI language, focusing the first error', async () => {
    const user = userEvent.setup();
    renderEditor('/projects/new', 'lv');
    await section('Pārskats');
    await user.click(screen.getByRole('button', { name: 'Saglabāt projektu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Jāpārbauda 2 lauki;');
    const acronym = screen.getByLabelText('Akronīms');
    expect(acronym).toHaveFocus();
    expect(acronym).toHaveAccessibleDescription(/Norādiet akronīmu vai nosaukumu/);
    expect(screen.getByText('Izvēlieties domes lomu.')).toBeInTheDocument();
    expect(await listProjects()).toHaveLength(6);
  });

  it('takes a period as start + length, says the end day, and refuses an end before the start', async () => {
    const { user, router, section: overview } = await openSection('Overview', '/projects/new');
    await user.type(within(overview).getByLabelText('Acronym'), 'NEW');
    await user.click(within(overview).getByLabelText('Partner'));
    await user.type(within(overview).getByLabelText('Start'), '15.01.2019');
    await user.type(within(overview).getByLabelText('Length in months'), '12');
    expect(within(overview).getByText('Ends on 14 Jan 2020 (from the length).')).toBeInTheDocument();
    await user.type(within(overview).getByLabelText('End'), '01.01.2019');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    expect(within(overview).getByLabelText('End')).toHaveAccessibleDescription(/The end is before the start/);
    await user.clear(within(overview).getByLabelText('End'));
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/projects\/project-/));
    const saved = await getProject(router.state.location.pathname.split('/').pop() ?? '');
    expect(saved).toMatchObject({ acronym: 'NEW', councilRole: 'partner', origin: 'user', period: { start: '2019-01-15', end: '2020-01-14', lengthMonths: 12 } });
  });

  it('finds a programme by its measure in either language and shows its label', async () => {
    const { user, section: overview } = await openSection('Overview');
    const picker = within(overview).getByRole('combobox', { name: 'Programme' });
    expect(picker).toHaveValue('Europe for Citizens');
    await user.clear(picker);
    await user.type(picker, 'sadraudzība');
    expect(within(screen.getByRole('listbox', { name: 'Programme' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Europe for Citizens — Town Twinning · Strand 2: Democratic engagement and civic participation', '+ Create a new programme “sadraudzība”']);
    await user.keyboard('{Enter}');
    expect(picker).toHaveValue('Europe for Citizens — Town Twinning');
  });
});
