// The in-page half of scripts/bench/backup.mjs: export and import of the whole portfolio through
// src/db/backup.ts, each beside its raw baseline (Dexie toArray + JSON.stringify; JSON.parse +
// one bulkPut), timed in the page. Bundled as an IIFE and injected into the running app.
import { applyRestore, exportBackup, readBackup, SAFETY_COPY_MEASURE } from '../../src/db/backup';
import { getDatabase } from '../../src/db/database';
import { putPortfolio, updateSettings } from '../../src/db/portfolioRepository';
import { generatePortfolio } from '../../src/domain/generator';

const round = (ms: number) => Math.round(ms * 10) / 10;

let rawText = '';
let ourText = '';

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

/** Ours: the whole check (JSON, schema of every record, ids, references, counts), then a replace in one transaction with a safety backup. */
async function ourImport(): Promise<{ ms: number; readMs: number; applyMs: number; safetyMs: number; projects: number }> {
  const t = performance.now();
  const read = await readBackup(ourText);
  if (!read.ok) throw new Error(`own export refused: ${JSON.stringify(read.problem)}`);
  const readMs = performance.now() - t;
  const a = performance.now();
  await applyRestore(read.backup, 'replace');
  const applyMs = performance.now() - a;
  const safety = performance.getEntriesByName(SAFETY_COPY_MEASURE).at(-1);
  return { ms: round(performance.now() - t), readMs: round(readMs), applyMs: round(applyMs), safetyMs: round(safety?.duration ?? 0), projects: read.backup.counts.projects };
}

export type BackupBench = {
  seed: typeof seed;
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

window.__backupBench = { seed, rawExport, ourExport, rawImport, ourImport };
