// The backup screens' door to storage: the reminder's status, the safety backups, the export
// action (shared by the backup screen, the reminder in the header and the error page), and
// the steps of a restore.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PreparedRestore, RestoreMode, RestoreOutcome } from '../db/backup';
import { getBackupStatus, postponeBackupReminder, recordExport } from '../db/backupStatus';
import { subscribeToChanges } from '../db/portfolioRepository';
import type { WorkProgress } from '../domain/backup/steps';
import { saveFile } from '../components/DownloadButton';
import { useNotify } from '../components/Notifications';
import { storageErrorMessage } from '../components/storageMessage';
import { useI18n } from '../i18n/I18nProvider';
import { useStorageMutation, type MutationConfig } from './mutation';

export type { PlanSummary, PreparedRestore, RestoreMode, RestoreOutcome } from '../db/backup';
export { SAFETY_BACKUPS_KEPT } from '../db/backupStatus';

/** Exports and restores load on first use: the first screen needs only the reminder's status. */
const backups = () => import('../db/backup');

export const backupStatusQuery = () => queryOptions({ queryKey: ['backup-status'], queryFn: getBackupStatus });
export const safetyBackupsQuery = () => queryOptions({ queryKey: ['backup-safety'], queryFn: async () => (await backups()).listSafetyBackups() });

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
      const file = await (await backups()).exportBackup();
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

/** Put the reminder off until the given time. */
export function usePostponeBackupReminder(config?: MutationConfig<void, string>) {
  return useStorageMutation((until: string) => postponeBackupReminder(until), [['backup-status']], config);
}

/**
 * Read and check a backup file and plan both ways of restoring it, reporting progress as it
 * goes. A read with no lasting result, so not cached: every file chosen is read afresh.
 */
export const readBackupForRestore = async (file: File, options: { onProgress?: (step: WorkProgress) => void } = {}) => (await backups()).prepareRestore(file, options);

/** A safety backup's text, for download. */
export const safetyBackupText = async (id: string) => (await backups()).getSafetyBackupText(id);

// A restore rewrites every table, and takes a safety backup first.
export const restoreKeys = [['projects'], ['organisations'], ['programmes'], ['settings'], ['history'], ['backup-status'], ['backup-safety']] as const;

export type ApplyRestoreInput = { prepared: PreparedRestore; mode: RestoreMode; onProgress?: (step: WorkProgress) => void };

/** Restore a checked backup, replacing or merging, with progress. */
export function useApplyRestore(config?: MutationConfig<RestoreOutcome, ApplyRestoreInput>) {
  return useStorageMutation(
    async ({ prepared, mode, onProgress }: ApplyRestoreInput) => (await backups()).applyRestore(prepared.backup, mode, { basis: prepared.basis, onProgress }),
    restoreKeys,
    config,
  );
}

/** Go back to the state saved in a safety backup. */
export function useRestoreSafetyBackup(config?: MutationConfig<RestoreOutcome, string>) {
  return useStorageMutation(async (id: string) => (await backups()).restoreSafetyBackup(id), restoreKeys, config);
}
