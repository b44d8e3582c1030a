// Bench of backups (wired into `npm run bench` by scripts/bench.mjs): export and import of the
// 10,000-project portfolio already in the page's IndexedDB, each beside its raw baseline measured
// in the same run. Target: no more than 1.5x the baseline, validation included.
//   export   ours: exportBackup() (read all tables in one transaction, envelope, keys sorted, pretty JSON)
//            raw:  toArray() of every table + one JSON.stringify
//   import   ours: readBackup() (JSON.parse, every record against the zod schemas, ids, references,
//                  counts) + applyRestore(replace) (safety backup of the current data, clear, bulkPut,
//                  one transaction)
//            raw:  JSON.parse + one bulkPut of the projects
/* global window */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, '.tmp', 'bench-backup');
const bundlePath = path.join(outDir, 'backup-entry.js');
const RUNS = 5;
// The machine is shared and its speed drifts within a run: each figure is compared with the
// baseline measured just before it, and the verdict is on the median of those paired ratios.
const RATIO = 1.5;

async function bundle() {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      lib: { entry: path.join(root, 'scripts', 'bench', 'backup-entry.ts'), formats: ['iife'], name: 'BackupBench', fileName: () => 'backup-entry.js' },
      outDir,
      emptyOutDir: true,
      write: true,
      minify: true,
    },
  });
  if (!existsSync(bundlePath)) throw new Error(`the backup bench bundle ${bundlePath} was not written`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v) => `${Math.round(v)} ms`;

/** @param {{ page: import('@playwright/test').Page, log: (line: string) => void, seed?: { projects: number, seed: number } }} options */
export async function run({ page, log, seed }) {
  log('backup bench: bundling scripts/bench/backup-entry.ts …');
  await bundle();
  await page.addScriptTag({ path: bundlePath });
  if (seed) {
    const stored = await page.evaluate(([n, s]) => window.__backupBench.seed(n, s), [seed.projects, seed.seed]);
    log(`backup bench: seeded ${stored} projects`);
  }
  const figures = { rawExport: [], ourExport: [], rawImport: [], ourImport: [], read: [], apply: [], safety: [], withoutSafety: [], exportRatio: [], importRatio: [], withoutSafetyRatio: [] };
  let sizes = { raw: 0, ours: 0, projects: 0 };
  for (let i = 0; i < RUNS; i += 1) {
    const rawE = await page.evaluate(() => window.__backupBench.rawExport());
    const ourE = await page.evaluate(() => window.__backupBench.ourExport());
    const rawI = await page.evaluate(() => window.__backupBench.rawImport());
    const ourI = await page.evaluate(() => window.__backupBench.ourImport());
    figures.rawExport.push(rawE.ms);
    figures.ourExport.push(ourE.ms);
    figures.rawImport.push(rawI.ms);
    figures.ourImport.push(ourI.ms);
    figures.read.push(ourI.readMs);
    figures.apply.push(ourI.applyMs);
    figures.safety.push(ourI.safetyMs);
    figures.withoutSafety.push(ourI.ms - ourI.safetyMs);
    figures.exportRatio.push(ourE.ms / rawE.ms);
    figures.importRatio.push(ourI.ms / rawI.ms);
    figures.withoutSafetyRatio.push((ourI.ms - ourI.safetyMs) / rawI.ms);
    sizes = { raw: rawE.bytes, ours: ourE.bytes, projects: ourE.projects };
    log(`backup run ${i + 1}: export ${ms(ourE.ms)} (raw ${ms(rawE.ms)}), import ${ms(ourI.ms)} = check ${ms(ourI.readMs)} + apply ${ms(ourI.applyMs)}, of which safety backup ${ms(ourI.safetyMs)} (raw ${ms(rawI.ms)}); ratios ${(ourE.ms / rawE.ms).toFixed(2)}× and ${(ourI.ms / rawI.ms).toFixed(2)}×`);
  }
  const rawExport = median(figures.rawExport);
  const rawImport = median(figures.rawImport);
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const ratioRow = (label, ratios, note) => {
    const value = median(ratios);
    return { label, ms: null, targetMs: null, note: `${value.toFixed(2)}× (target ≤ ${RATIO}×: ${value <= RATIO ? 'PASS' : 'OVER'}); runs ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')}${note ? `; ${note}` : ''}` };
  };
  return [
    { label: `backup export, raw baseline (toArray + stringify), ${sizes.projects} projects`, ms: rawExport, targetMs: null, note: `median of ${RUNS}; ${mb(sizes.raw)} compact` },
    { label: 'backup export (exportBackup)', ms: median(figures.ourExport), targetMs: null, note: `median of ${RUNS}; ${mb(sizes.ours)} pretty-printed, keys sorted` },
    ratioRow('backup export / raw baseline, median of paired runs', figures.exportRatio),
    { label: 'backup import, raw baseline (parse + one bulkPut)', ms: rawImport, targetMs: null, note: `median of ${RUNS}` },
    {
      label: 'backup import (readBackup + applyRestore replace)',
      ms: median(figures.ourImport),
      targetMs: null,
      note: `median of ${RUNS}; check ${ms(median(figures.read))} + apply ${ms(median(figures.apply))} (apply includes the safety backup of the data there before)`,
    },
    ratioRow('backup import / raw baseline, median of paired runs', figures.importRatio, `the safety backup's serialisation alone: ${ms(median(figures.safety))}`),
    ratioRow('… without the safety backup’s serialisation', figures.withoutSafetyRatio),
  ];
}
