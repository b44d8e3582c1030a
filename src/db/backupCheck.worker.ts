// The check of a chosen backup file, off the page's thread: decoding ~100 MB of text and
// JSON.parse of it are each one piece of work of a second or more, which would freeze the page.
// The worker reads, decodes and checks the file (src/domain/backup/read.ts), then sends the checked
// records back a few hundred at a time, so the page takes them in small pieces too.
import { decodeBackupBytes, readBackupSteps } from '../domain/backup/read';
import type { WorkProgress } from '../domain/backup/steps';
import type { FromWorker, ToWorker } from './backupCheck';

const RECORDS_PER_MESSAGE = 500;
const PROGRESS_EVERY_MS = 100;

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage: (message: FromWorker) => void };

async function check({ source }: ToWorker): Promise<void> {
  let text: string;
  if (typeof source === 'string') text = source;
  else {
    const decoded = decodeBackupBytes(new Uint8Array(await source.arrayBuffer()));
    if (!decoded.ok) return scope.postMessage({ type: 'refused', problem: decoded.problem });
    text = decoded.text;
  }
  const steps = readBackupSteps(text);
  let last = 0;
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - last >= PROGRESS_EVERY_MS) {
      scope.postMessage({ type: 'progress', progress: step.value });
      last = performance.now();
    }
    step = steps.next();
  }
  const read = step.value;
  if (!read.ok) return scope.postMessage({ type: 'refused', problem: read.problem });
  const { projects, history } = read.backup.data;
  scope.postMessage({ type: 'head', backup: { ...read.backup, data: { ...read.backup.data, projects: [], history: [] } }, migratedFrom: read.migratedFrom });
  const total = projects.length + history.length;
  let sent = 0;
  for (const [table, records] of [['projects', projects], ['history', history]] as const) {
    for (let i = 0; i < records.length; i += RECORDS_PER_MESSAGE) {
      const part = records.slice(i, i + RECORDS_PER_MESSAGE);
      sent += part.length;
      const progress: WorkProgress = { phase: 'check', done: sent, total };
      scope.postMessage({ type: 'records', table, records: part, progress });
    }
  }
  scope.postMessage({ type: 'end' });
}

scope.onmessage = (event) => {
  check(event.data).catch((error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
};
