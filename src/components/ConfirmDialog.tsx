// A modal question before anything destructive. The native <dialog> gives focus trapping,
// Escape to cancel and the right semantics for free.
import { useId, type ReactNode } from 'react';
import { Modal } from './Modal';
import { useI18n } from '../i18n/I18nProvider';

type Props = {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ConfirmDialog({ open, title, children, confirmLabel, destructive, busy, onConfirm, onCancel }: Props) {
  const titleId = useId();
  const { t } = useI18n();


  return (
    <Modal open={open} labelledBy={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className={destructive ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
