import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getProject, listOrganisations } from '../../db/portfolioRepository';
import { addRow, editorTests, openSection, row } from './testEditor';

editorTests();

describe('partners section', () => {
  it('finds an organisation by its Latvian name, its city or its country', async () => {
    const { user, section: partners } = await openSection('Partners');
    const partner = await addRow(user, partners, '+ Add partner', 'Partner 2');
    const picker = within(partner).getByRole('combobox', { name: 'Organisation' });
    expect(picker).toHaveFocus();
    await user.type(picker, 'Paņeveža');
    expect(within(screen.getByRole('listbox', { name: 'Organisation' })).getAllByRole('option')[0]).toHaveTextContent('Panevėžys · Panevėžys, Lithuania');
    await user.clear(picker);
    await user.type(picker, 'raska serbia');
    expect(within(screen.getByRole('listbox', { name: 'Organisation' })).getAllByRole('option')[0]).toHaveTextContent('Raška · Raška, Serbia');
    await user.keyboard('{Enter}');
    expect(picker).toHaveValue('Raška');
  });

  it('creates an organisation in place; a bad country code is refused beside its field', async () => {
    const { user, router, section: partners } = await openSection('Partners');
    const partner = await addRow(user, partners, '+ Add partner', 'Partner 2');
    await user.type(within(partner).getByRole('combobox', { name: 'Organisation' }), 'Vilnius');
    await user.click(screen.getByRole('option', { name: '+ Create a new organisation “Vilnius”' }));
    const form = within(partner).getByRole('group', { name: 'New organisation' });
    expect(within(form).getByLabelText('Name (its own form)')).toHaveValue('Vilnius');
    await user.type(within(form).getByLabelText('Country code'), 'Lithuania');
    await user.click(within(form).getByRole('button', { name: 'Create organisation' }));
    expect(within(form).getByLabelText('Country code')).toHaveAccessibleDescription('A two-letter country code, e.g. LV or DE.');
    await user.clear(within(form).getByLabelText('Country code'));
    await user.type(within(form).getByLabelText('Country code'), 'lt');
    await user.click(within(form).getByRole('button', { name: 'Create organisation' }));
    await waitFor(() => expect(within(partner).getByRole('combobox', { name: 'Organisation' })).toHaveValue('Vilnius'));
    const created = (await listOrganisations()).find((o) => o.name === 'Vilnius');
    expect(created).toMatchObject({ country: 'LT', kind: 'municipality' });
    await user.selectOptions(within(partner).getByLabelText('Role'), 'associated');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/small'));
    expect((await getProject('small'))?.partners[1]).toEqual({ organisationId: created?.id, role: 'associated', nameAsWritten: null });
  });

  it('refuses a partner row without an organisation', async () => {
    const { user, section: partners } = await openSection('Partners');
    await user.click(within(partners).getByRole('button', { name: '+ Add partner' }));
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    const picker = within(row(partners, 'Partner 2')).getByRole('combobox', { name: 'Organisation' });
    expect(picker).toHaveFocus();
    expect(picker).toHaveAccessibleDescription(/Choose an organisation, or remove this row/);
  });
});
