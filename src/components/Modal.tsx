// A modal <dialog>, opened and closed by a prop. The native element gives focus trapping,
// Escape to cancel and the right semantics; Escape calls onCancel rather than closing by itself,
// so the open state stays with the caller. The control marked `data-autofocus` takes the focus
// when it opens: React's autoFocus would focus it on mount, while the dialog is still closed, and
// make the browser compute the page's styles in the middle of drawing it.
import { useEffect, useRef, type ReactNode } from 'react';

type Props = { open: boolean; labelledBy: string; className?: string; onCancel: () => void; children: ReactNode };

export function Modal({ open, labelledBy, className = 'dialog', onCancel, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal: fall back to the open attribute.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className={className}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {children}
    </dialog>
  );
}
