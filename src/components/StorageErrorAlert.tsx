// Why a screen's data could not be read, said where its content would be; nothing when it was read.
import { useI18n } from '../i18n/I18nProvider';
import { storageErrorMessage } from './storageMessage';

export function StorageErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {storageErrorMessage(error, t)}
    </p>
  );
}
