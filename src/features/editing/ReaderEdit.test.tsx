// Opened directly by a reader (a bookmark, a typed address), the edit screens say why there is no form.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setReadOnlyAccess } from '../../queries/access';
import { editorTests, renderEditor } from './testEditor';

editorTests();
afterEach(() => setReadOnlyAccess(false));

describe('the edit routes, for a reader', () => {
  it.each(['/projects/sample-wir/edit', '/projects/new', '/projects/new?from=sample-wir'])('%s shows "you can view but not change" instead of the form', async (url) => {
    setReadOnlyAccess(true);
    renderEditor(url);
    expect(await screen.findByText(/^You can view but not change this portfolio \(reader\)\./)).toHaveAttribute('role', 'alert');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save project' })).not.toBeInTheDocument();
  });

  it('in Latvian', async () => {
    setReadOnlyAccess(true);
    renderEditor('/projects/sample-wir/edit', 'lv');
    expect(await screen.findByText(/^Jūs varat skatīt, bet ne mainīt šo portfeli \(lasītājs\)\./)).toHaveAttribute('role', 'alert');
  });

  it('an editor gets the form', async () => {
    renderEditor('/projects/sample-wir/edit');
    expect(await screen.findByRole('button', { name: 'Save project' })).toBeInTheDocument();
  });
});
