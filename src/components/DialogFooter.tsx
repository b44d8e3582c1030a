// The foot of a dialog's form: what stopped the last save, then cancel and the submit button.
import { storageErrorMessage } from './storageMessage';
import { useI18n } from '../i18n/I18nProvider';

type Props = {
  /** The failed save's error, said in the user's language. */
  error: unknown;
  pending: boolean;
  submitLabel: string;
  destructive?: boolean;
  /** Spans the form's whole grid. */
  wide?: boolean;
  onCancel: () => void;
};

export function DialogFooter({ error, pending, submitLabel, destructive, wide, onCancel }: Props) {
  const { t } = useI18n();
  const span = wide ? ' wide' : '';
  return (
    <>
      {error ? (
        <p role="alert" className={`field-error${span}`}>
          {storageErrorMessage(error, t)}
        </p>
      ) : null}
      <div className={`dialog-actions${span}`}>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className={destructive ? 'danger' : 'primary'} disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
