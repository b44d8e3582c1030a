// Bench of backups (wired into `npm run bench` by scripts/bench.mjs): export and import of the
// 10,000-project portfolio already in the page's IndexedDB, each beside its raw baseline measured
// in the same run. Target: no more than 1.5x the baseline, validation included.
//   export   ours: exportBackup() (read all tables in one transaction, envelope, keys sorted, pretty JSON)
//            raw:  toArray() of every table + one JSON.stringify
//   import   ours: what the backup screen runs from a chosen file to a finished restore:
//                  prepareRestore() (JSON.parse, every record against the schemas, ids,
//                  references, counts; the data stored now read for the summary of what would
//                  change) + applyRestore(replace) (safety backup of the data there before, the
//                  writes, one transaction)
//            raw:  JSON.parse + one bulkPut of the projects
//   The import is measured three ways, for what a restore finds and writes differs:
//     same      the backup just made, over the same data (a restore after a mistake is mostly
//               this: nothing or little differs, so little is written)
//     changed   a copy of it with every project changed, over the data (every project written)
//     empty     into empty tables (a new browser or computer)
/* global window */
import { bundleModule, loadModule } from './moduleBundle.mjs';

const RUNS = 5;
// The machine is shared and its speed drifts within a run: each figure is compared with the
// baseline measured just before it, and the verdict is on the median of those paired ratios.
const RATIO = 1.5;
/** A restore must leave the page responsive: no task over this (a frame at 60 Hz is 16 ms; 50 ms is a "long task"). */
const LONGEST_TASK_MS = 300;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v) => `${Math.round(v)} ms`;

/** @param {{ page: import('@playwright/test').Page, log: (line: string) => void, seed?: { projects: number, seed: number } }} options */
export async function run({ page, log, seed }) {
  log('backup bench: bundling scripts/bench/backup-entry.ts …');
  await bundleModule('backup');
  // Restores are run from the backup screen, as a user runs them. (Left on the events list, the
  // page redrew 40,000 events after every write, inside the next figure.)
  await page.goto(`${new URL(page.url()).origin}/backup`, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1, name: 'Backup and restore' }).waitFor({ timeout: 60_000 });
  let workers = 0;
  page.on('worker', () => (workers += 1));
  await loadModule(page, 'backup', '__backupBench');
  if (seed) {
    const stored = await page.evaluate(([n, s]) => window.__backupBench.seed(n, s), [seed.projects, seed.seed]);
    log(`backup bench: seeded ${stored} projects`);
  }
  const scenarios = {
    same: 'over the same data (nothing differs)',
    changed: 'over data where every project differs',
    empty: 'into an empty database',
  };
  const figures = { rawExport: [], ourExport: [], exportRatio: [] };
  for (const name of Object.keys(scenarios)) Object.assign(figures, { [`${name}Raw`]: [], [`${name}Ours`]: [], [`${name}Read`]: [], [`${name}Apply`]: [], [`${name}Ratio`]: [], [`${name}Safety`]: [], [`${name}Task`]: [] });
  const bench = (fn, ...args) => page.evaluate(([name, a]) => window.__backupBench[name](...a), [fn, args]);
  let sizes = { raw: 0, ours: 0, projects: 0 };
  for (let i = 0; i < RUNS; i += 1) {
    const rawE = await bench('rawExport');
    const ourE = await bench('ourExport');
    if (i === 0) await bench('makeEditedBackup');
    figures.rawExport.push(rawE.ms);
    figures.ourExport.push(ourE.ms);
    figures.exportRatio.push(ourE.ms / rawE.ms);
    sizes = { raw: rawE.bytes, ours: ourE.bytes, projects: ourE.projects };
    const line = [`backup run ${i + 1}: export ${ms(ourE.ms)} (raw ${ms(rawE.ms)}, ${(ourE.ms / rawE.ms).toFixed(2)}×)`];
    for (const name of Object.keys(scenarios)) {
      // Each import is paired with a baseline measured just before it, in the same state.
      if (name === 'empty') await bench('clearData');
      const raw = await bench('rawImport');
      if (name === 'empty') await bench('clearData');
      const ours = await bench('ourImport', name === 'changed');
      const expectedWrites = name === 'same' ? 0 : ours.projects;
      if (ours.written !== expectedWrites) throw new Error(`${name}: the restore wrote ${ours.written} projects, expected ${expectedWrites}`);
      figures[`${name}Raw`].push(raw.ms);
      figures[`${name}Ours`].push(ours.ms);
      figures[`${name}Read`].push(ours.readMs);
      figures[`${name}Apply`].push(ours.applyMs);
      figures[`${name}Safety`].push(ours.safetyMs);
      figures[`${name}Task`].push(ours.longestTaskMs);
      figures[`${name}Ratio`].push(ours.ms / raw.ms);
      line.push(`${name} ${ms(ours.ms)} = ${ms(ours.readMs)} + ${ms(ours.applyMs)} (raw ${ms(raw.ms)}, ${(ours.ms / raw.ms).toFixed(2)}×)`);
    }
    // The "changed" restore left the changed copy stored and "empty" put the export back.
    log(line.join('; '));
  }
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const ratioRow = (label, ratios, note) => {
    const value = median(ratios);
    return { label, ms: null, targetMs: null, note: `${value.toFixed(2)}× (target ≤ ${RATIO}×: ${value <= RATIO ? 'PASS' : 'OVER'}); runs ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')}${note ? `; ${note}` : ''}` };
  };
  const rows = [
    { label: `backup export, raw baseline (toArray + stringify), ${sizes.projects} projects`, ms: median(figures.rawExport), targetMs: null, note: `median of ${RUNS}; ${mb(sizes.raw)} compact` },
    { label: 'backup export (exportBackup)', ms: median(figures.ourExport), targetMs: null, note: `median of ${RUNS}; ${mb(sizes.ours)} pretty-printed, keys sorted` },
    ratioRow('backup export / raw baseline, median of paired runs', figures.exportRatio),
  ];
  for (const [name, label] of Object.entries(scenarios)) {
    rows.push(
      { label: `backup import ${label}, raw baseline (parse + one bulkPut)`, ms: median(figures[`${name}Raw`]), targetMs: null, note: `median of ${RUNS}` },
      {
        label: `backup import ${label} (prepareRestore + applyRestore replace)`,
        ms: median(figures[`${name}Ours`]),
        targetMs: null,
        note: `median of ${RUNS}; prepare ${ms(median(figures[`${name}Read`]))} + apply ${ms(median(figures[`${name}Apply`]))}, of which the safety backup's serialisation ${ms(median(figures[`${name}Safety`]))}`,
      },
      ratioRow(`backup import ${label} / raw baseline, median of paired runs`, figures[`${name}Ratio`]),
      {
        label: `backup import ${label}: longest task holding the page`,
        ms: Math.max(...figures[`${name}Task`]),
        targetMs: LONGEST_TASK_MS,
        note: `worst of ${RUNS}; ${workers > 0 ? `the file is checked in a worker (${workers} started in all)` : 'NO worker started: the file was checked on the page'}, the rest in slices`,
      },
    );
  }
  return rows;
}
