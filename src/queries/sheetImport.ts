// The spreadsheet import's door to storage: everything stored, to plan the import against,
// and the import itself, written like a merge restore (a safety backup first, all or nothing),
// which the safety backup undoes.
import { queryOptions } from '@tanstack/react-query';
import type { ImportedRecords, RestoreOutcome } from '../db/backup';
import { listProjects } from '../db/portfolioRepository';
import type { WorkProgress } from '../domain/backup/steps';
import { restoreKeys } from './backup';
import { useStorageMutation, type MutationConfig } from './mutation';

export type { ImportedRecords } from '../db/backup';

/** Every stored project whole (an import compares each row with its project). */
export const wholeProjectsQuery = () => queryOptions({ queryKey: ['projects', 'whole'], queryFn: listProjects });

export type ApplySheetImportInput = { records: ImportedRecords; onProgress?: (step: WorkProgress) => void };

export function useApplySheetImport(config?: MutationConfig<RestoreOutcome, ApplySheetImportInput>) {
  return useStorageMutation(async ({ records, onProgress }: ApplySheetImportInput) => (await import('../db/backup')).applyImport(records, { onProgress }), restoreKeys, config);
}
