// The edit form tells the rest of the app when it holds unsaved changes (the update prompt waits for it).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { hasUnsavedChanges } from '../../components/unsavedChanges';
import { editorTests, renderEditor, section } from './testEditor';

editorTests();

it('reports unsaved changes while the form differs from what was opened, and none once saved', async () => {
  const user = userEvent.setup();
  const router = renderEditor('/projects/small/edit');
  const acronym = within(await section('Overview')).getByLabelText('Acronym');
  expect(hasUnsavedChanges()).toBe(false);

  await user.type(acronym, '-NEW');
  expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  expect(hasUnsavedChanges()).toBe(true);

  await user.click(screen.getByRole('button', { name: 'Save project' }));
  await vi.waitFor(() => expect(router.state.location.pathname).toBe('/projects/small'));
  await vi.waitFor(() => expect(hasUnsavedChanges()).toBe(false));
});

it('reports none once the changes are typed back to what was opened', async () => {
  const user = userEvent.setup();
  renderEditor('/projects/small/edit');
  const acronym = within(await section('Overview')).getByLabelText('Acronym');
  await user.type(acronym, 'X');
  expect(hasUnsavedChanges()).toBe(true);
  await user.type(acronym, '{Backspace}');
  expect(hasUnsavedChanges()).toBe(false);
});
