// The in-page half of scripts/bench/backup.mjs: export and import of the whole portfolio through
// src/db/backup.ts, each beside its raw baseline (Dexie toArray + JSON.stringify; JSON.parse +
// one bulkPut), timed in the page. Bundled as an IIFE and injected into the running app.
import { applyRestore, exportBackup, prepareRestore, SAFETY_COPY_MEASURE } from '../../src/db/backup';
import { getDatabase } from '../../src/db/database';
import { putPortfolio, updateSettings } from '../../src/db/portfolioRepository';
import type { BackupFile } from '../../src/domain/backup/format';
import { serializeBackup } from '../../src/domain/backup/write';
import { generatePortfolio } from '../../tests/fixtures/generator';

const round = (ms: number) => Math.round(ms * 10) / 10;

let rawText = '';
let ourText = '';
let editedText = '';

async function seed(count: number, seedValue: number): Promise<number> {
  const generated = generatePortfolio({ projects: count, seed: seedValue });
  const { projects } = await putPortfolio(generated, { mode: 'replace' });
  await updateSettings({ homeOrganisationId: generated.homeOrganisationId });
  return projects;
}

/** Baseline: every table's toArray, then one JSON.stringify. */
async function rawExport(): Promise<{ ms: number; bytes: number; projects: number }> {
  const db = getDatabase();
  const t = performance.now();
  const [projects, organisations, programmes, history, settings] = await Promise.all([
    db.projects.toArray(),
    db.organisations.toArray(),
    db.programmes.toArray(),
    db.history.toArray(),
    db.settings.toArray(),
  ]);
  rawText = JSON.stringify({ projects, organisations, programmes, history, settings });
  return { ms: round(performance.now() - t), bytes: rawText.length, projects: projects.length };
}

async function ourExport(): Promise<{ ms: number; bytes: number; projects: number }> {
  const t = performance.now();
  const file = await exportBackup();
  ourText = file.text;
  return { ms: round(performance.now() - t), bytes: ourText.length, projects: file.counts.projects };
}

/** Baseline: JSON.parse of the raw export, then one bulkPut of the projects (in one transaction). */
async function rawImport(): Promise<{ ms: number; projects: number }> {
  const db = getDatabase();
  const t = performance.now();
  const parsed = JSON.parse(rawText) as { projects: Parameters<typeof db.projects.bulkPut>[0] };
  await db.transaction('rw', db.projects, () => db.projects.bulkPut(parsed.projects));
  return { ms: round(performance.now() - t), projects: parsed.projects.length };
}

/**
 * The last export with every project changed (a few words added to its English notes): restoring
 * it over the stored data, or the export over it, writes every project. Made once, untimed.
 */
function makeEditedBackup(): number {
  const file = JSON.parse(ourText) as BackupFile;
  for (const project of file.data.projects) project.notes = { ...project.notes, en: `${project.notes.en} (changed for the bench)` };
  editedText = serializeBackup(file);
  return file.data.projects.length;
}

/** Empty every table a backup holds (untimed): a browser the portfolio is restored into anew. */
async function clearData(): Promise<void> {
  const db = getDatabase();
  const tables = [db.projects, db.organisations, db.programmes, db.settings, db.history];
  await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
}

/**
 * Ours, as the backup screen does it: prepareRestore (the whole check of the file, and what each
 * way of restoring would change in the data stored now) then a replace in one transaction, with a
 * safety backup of the data there before. `edited`: restore the changed copy of the last export.
 */
async function ourImport(edited: boolean): Promise<{ ms: number; readMs: number; applyMs: number; safetyMs: number; longestTaskMs: number; written: number; projects: number }> {
  // The page must stay responsive: the longest task the restore holds the page for, as Chromium reports it.
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const t = performance.now();
  const read = await prepareRestore(edited ? editedText : ourText);
  if (!read.ok) throw new Error(`own export refused: ${JSON.stringify(read.problem)}`);
  const readMs = performance.now() - t;
  const a = performance.now();
  const { backup, basis } = read.prepared;
  const outcome = await applyRestore(backup, 'replace', { basis });
  // Nothing is written between the two steps here, so the restore must not read the data again.
  if (outcome.readAgain) throw new Error('the restore read the stored data again although nothing had changed');
  const applyMs = performance.now() - a;
  const safety = performance.getEntriesByName(SAFETY_COPY_MEASURE).at(-1);
  // A task still being reported arrives with the next frame.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  tasks.push(...observer.takeRecords().map((e) => e.duration));
  observer.disconnect();
  return {
    longestTaskMs: round(Math.max(0, ...tasks)),
    ms: round(performance.now() - t),
    readMs: round(readMs),
    applyMs: round(applyMs),
    safetyMs: round(safety?.duration ?? 0),
    written: outcome.projects.added.length + outcome.projects.changed.length,
    projects: backup.counts.projects,
  };
}

export type BackupBench = {
  seed: typeof seed;
  makeEditedBackup: typeof makeEditedBackup;
  clearData: typeof clearData;
  rawExport: typeof rawExport;
  ourExport: typeof ourExport;
  rawImport: typeof rawImport;
  ourImport: typeof ourImport;
};

declare global {
  interface Window {
    __backupBench?: BackupBench;
  }
}

window.__backupBench = { seed, makeEditedBackup, clearData, rawExport, ourExport, rawImport, ourImport };
