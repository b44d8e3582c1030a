import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addRow, editorTests, openSection, renderEditor, section } from './testEditor';

editorTests();

describe('content section', () => {
  it('offers indicator figures only for countable results, and refuses a negative target', async () => {
    const { user, section: content } = await openSection('Objectives, activities and results');
    const result = await addRow(user, content, '+ Add result', 'Result 1');
    expect(within(result).getByLabelText('Text (Latvian)')).toHaveFocus();
    expect(within(result).queryByLabelText('Planned')).not.toBeInTheDocument();
    await user.selectOptions(within(result).getByLabelText('Countable indicator'), 'staff-mobilities');
    await user.type(within(result).getByLabelText('Planned'), '-1');
    await user.click(screen.getByRole('button', { name: 'Save project' }));
    expect(within(result).getByLabelText('Planned')).toHaveAccessibleDescription('A whole number, 0 or more.');
  });

  it('adds objectives and activities in both languages', async () => {
    const user = userEvent.setup();
    renderEditor('/projects/small/edit', 'lv');
    const content = await section('Mērķi, aktivitātes un rezultāti');
    const objective = await addRow(user, content, '+ Pievienot mērķi', '1. mērķis');
    expect(within(objective).getByLabelText('Teksts (latviski)')).toHaveAttribute('lang', 'lv');
    expect(within(objective).getByLabelText('Teksts (angliski)')).toHaveAttribute('lang', 'en');
  });
});
