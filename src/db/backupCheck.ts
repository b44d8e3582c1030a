// Checking a chosen backup file in a worker (backupCheck.worker.ts), so the page stays
// responsive however large the file. Where no worker can run (tests in Node, a browser that
// refuses it), the same check runs on the page in slices (runInSlices).
import type { BackupFile } from '../domain/backup/format';
import type { BackupProblem, ReadResult } from '../domain/backup/problems';
import type { WorkProgress } from '../domain/backup/steps';
import type { HistoryEntry, Project } from '../domain/schema';
import { runInSlices, type OnProgress } from './runInSlices';

export type ToWorker = { source: Blob | string };
export type FromWorker =
  | { type: 'progress'; progress: WorkProgress }
  | { type: 'refused'; problem: BackupProblem }
  | { type: 'head'; backup: BackupFile; migratedFrom: number | null }
  | { type: 'records'; table: 'projects' | 'history'; records: Project[] | HistoryEntry[]; progress: WorkProgress }
  | { type: 'end' }
  | { type: 'failed'; message: string };

/** Thrown when the worker could not be started or broke down: the caller checks on the page. */
class WorkerUnavailable extends Error {}

function checkInWorker(source: Blob | string, onProgress?: OnProgress): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./backupCheck.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new WorkerUnavailable(String(error)));
      return;
    }
    let head: { backup: BackupFile; migratedFrom: number | null } | null = null;
    const finish = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(new WorkerUnavailable(event.message)));
    };
    worker.onmessage = ({ data: message }: MessageEvent<FromWorker>) => {
      switch (message.type) {
        case 'progress':
          return onProgress?.(message.progress);
        case 'refused':
          return finish(() => resolve({ ok: false, problem: message.problem }));
        case 'head':
          head = { backup: message.backup, migratedFrom: message.migratedFrom };
          return;
        case 'records': {
          const target = head?.backup.data[message.table] as unknown[] | undefined;
          // push(...) of 500 is within any engine's argument limit.
          target?.push(...message.records);
          return onProgress?.(message.progress);
        }
        case 'end':
          return finish(() => (head ? resolve({ ok: true, backup: head.backup, migratedFrom: head.migratedFrom }) : reject(new WorkerUnavailable('no data'))));
        case 'failed':
          return finish(() => reject(new WorkerUnavailable(message.message)));
      }
    };
    worker.postMessage({ source } satisfies ToWorker);
  });
}

/**
 * Read and check a backup file or text: in a worker where one can run, otherwise on the page in
 * slices. `decode` turns a chosen file into text on the page (the fallback only).
 */
export async function checkBackup(
  source: Blob | string,
  { onProgress, decode }: { onProgress?: OnProgress; decode: (file: Blob) => Promise<{ ok: true; text: string } | { ok: false; problem: BackupProblem }> },
): Promise<ReadResult> {
  if (typeof Worker !== 'undefined') {
    try {
      return await checkInWorker(source, onProgress);
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
      // Checked on the page below.
    }
  }
  const decoded = typeof source === 'string' ? { ok: true as const, text: source } : await decode(source);
  if (!decoded.ok) return decoded;
  const { readBackupSteps } = await import('../domain/backup/read');
  return runInSlices(readBackupSteps(decoded.text), onProgress);
}
