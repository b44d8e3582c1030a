import type { Translate } from '../i18n/I18nProvider';

/** A person-readable sentence for a failed read or write. */
export function storageErrorMessage(error: unknown, t: Translate): string {
  const kind = (error as { kind?: string } | null)?.kind;
  const detail = error instanceof Error ? error.message : String(error);
  switch (kind) {
    case 'quota':
      return t('error.storage.quota');
    case 'closed':
      return t('error.storage.closed');
    case 'invalid':
      return t('error.storage.invalid', { detail });
    case 'corrupt':
      return t('error.storage.corrupt', { field: detail });
    case 'conflict':
      return t('error.storage.conflict');
    case 'not-found':
      return t('error.storage.notFound');
    case 'outdated':
      return t('error.storage.outdated');
    case 'read-only':
      return t('error.storage.readOnly');
    default:
      return t('error.storage.other', { detail });
  }
}
