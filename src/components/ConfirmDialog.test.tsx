import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n/I18nProvider';
import { ConfirmDialog } from './ConfirmDialog';

function Question({ open }: { open: boolean }) {
  return (
    <I18nProvider language="en">
      <button type="button">Remove sample data…</button>
      <ConfirmDialog open={open} title="Remove the sample data?" confirmLabel="Remove" destructive onConfirm={() => {}} onCancel={() => {}} />
    </I18nProvider>
  );
}

describe('ConfirmDialog', () => {
  it('takes the focus only when it opens, on Cancel, the safe answer', () => {
    const { rerender } = render(<Question open={false} />);
    // A closed dialog on the page leaves the focus where it is.
    expect(document.activeElement).toBe(document.body);

    rerender(<Question open />);
    expect(screen.getByRole('dialog', { name: 'Remove the sample data?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });
});
