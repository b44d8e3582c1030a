// The reminder in the header: after 30 days or 50 changes without a backup, until the user
// saves one or postpones it for a week.
import { backupReminder, postponedUntil } from '../../domain/backupReminder';
import { useI18n } from '../../i18n/I18nProvider';
import { useBackupStatus, useExportBackup, usePostponeBackupReminder } from '../../queries/backup';
import './backup.css';

export function BackupReminder() {
  const { t } = useI18n();
  const status = useBackupStatus();
  const exporting = useExportBackup();
  const postpone = usePostponeBackupReminder();
  if (!status.data) return null;
  const reminder = backupReminder(status.data, new Date());
  if (!reminder.due) return null;
  return (
    <div className="backup-reminder" role="region" aria-label={t('backup.reminder.label')}>
      <span>
        {status.data.lastExportAt === null
          ? t('backup.reminder.never', { count: reminder.changes })
          : t('backup.reminder.text', { days: t('backup.reminder.daysAgo', { count: reminder.days ?? 0 }), changes: t('count.changes', { count: reminder.changes }) })}
      </span>
      <button type="button" className="primary" onClick={() => exporting.mutate()} disabled={exporting.isPending}>
        {t('backup.reminder.export')}
      </button>
      <button type="button" className="link-button" onClick={() => postpone.mutate(postponedUntil(new Date()))} disabled={postpone.isPending}>
        {t('backup.reminder.later')}
      </button>
    </div>
  );
}
