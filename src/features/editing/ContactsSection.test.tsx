import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addRow, editorTests, openSection } from './testEditor';

editorTests();

describe('contacts and links section', () => {
  it('checks e-mail, phone, and that links are only http, https or mailto', async () => {
    const { user, section: contacts } = await openSection('Contacts and links');
    const contact = await addRow(user, contacts, '+ Add contact person', 'Contact 1');
    await user.type(within(contact).getByLabelText('Name'), 'Jolanta');
    await user.type(within(contact).getByLabelText('E-mail'), 'jolanta@');
    await user.type(within(contact).getByLabelText('Phone'), 'ask the office');
    await user.type(within(contacts).getByLabelText('Website'), 'javascript:alert(1)');
    const press = await addRow(user, contacts, '+ Add press release', 'Press release 1');
    await user.type(within(press).getByLabelText('Date'), '31.02.2019');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    // The refusal is checked asynchronously: the summary comes with it, then the focus moves.
    expect(await screen.findByRole('alert')).toHaveTextContent(/fields need attention; the first one has the focus\./);
    await waitFor(() => expect(within(contact).getByLabelText('Phone')).toHaveFocus());
    expect(within(contact).getByLabelText('E-mail')).toHaveAccessibleDescription('Not an e-mail address (name@example.lv).');
    expect(within(contact).getByLabelText('Phone')).toHaveAccessibleDescription('A phone number may hold digits, spaces and + ( ) - . /');
    expect(within(contacts).getByLabelText('Website')).toHaveAccessibleDescription(/A link must start with https:\/\/, http:\/\/ or mailto:/);
    expect(within(press).getByLabelText('Date')).toHaveAccessibleDescription(/Not a date: write e.g. 08.11.2018/);
    expect(within(contacts).getByLabelText('Website')).toHaveValue('javascript:alert(1)');
  });
});
