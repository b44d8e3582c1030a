// The backup screens' data: the reminder's status, the safety backups, and the export action
// (shared by the backup screen and the reminder in the header).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { exportBackup, getBackupStatus, listSafetyBackups, recordExport } from '../../db/backup';
import { subscribeToChanges } from '../../db/portfolioRepository';
import { saveFile } from '../../components/DownloadButton';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { useI18n } from '../../i18n/I18nProvider';

export const backupStatusQuery = () => queryOptions({ queryKey: ['backup-status'], queryFn: getBackupStatus });
export const safetyBackupsQuery = () => queryOptions({ queryKey: ['backup-safety'], queryFn: listSafetyBackups });

/** The status counts history entries: refresh it whenever a project changes (in any tab). */
export function useBackupStatus() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribeToChanges((tables) => {
        if (tables.includes('history') || tables.includes('settings')) void queryClient.invalidateQueries({ queryKey: ['backup-status'] });
      }),
    [queryClient],
  );
  return useQuery(backupStatusQuery());
}

/** Export everything, hand the file to the browser, and note the time for the reminder. */
export function useExportBackup() {
  const { t } = useI18n();
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const file = await exportBackup();
      saveFile({ name: file.fileName, content: file.text, type: 'application/json' });
      await recordExport(file.exportedAt);
      return file;
    },
    onSuccess: (file) => {
      notify({ tone: 'success', text: t(file.compact ? 'backup.export.doneCompact' : 'backup.export.done', { name: file.fileName }) });
      // Not reached below a few hundred thousand history entries; said plainly if it ever is.
      if (!file.fits) notify({ tone: 'error', text: t('backup.export.overLimit') });
    },
    onError: (error) => notify({ tone: 'error', text: storageErrorMessage(error, t) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['backup-status'] }),
  });
}
