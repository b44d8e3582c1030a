// Spreadsheet import's part of `npm run bench`: the projects list's own Excel file of N projects
// imported into a portfolio without them (read, plan every row, write after a safety backup),
// each run paired with the JSON restore of a backup of the same projects into the same state,
// measured just before it (scripts/bench/sheetImport-entry.ts). Target: at most 2× the restore,
// on the median of the paired ratios. Export: run({ page, log, projects }) → rows.
/* global window */
import { bundleModule, loadModule } from './moduleBundle.mjs';

const RUNS = 3;
const RATIO = 2;
const SEED = 20240601;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (v) => `${Math.round(v)} ms`;

/** @param {{ page: import('@playwright/test').Page, log: (line: string) => void, projects: number }} options */
export async function run({ page, log, projects }) {
  log('sheet import bench: bundling scripts/bench/sheetImport-entry.ts …');
  await bundleModule('sheetImport');
  await page.goto(`${new URL(page.url()).origin}/import`, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor({ timeout: 60_000 });
  await loadModule(page, 'sheetImport', '__sheetImportBench');
  const bench = (fn, ...args) => page.evaluate(([name, a]) => window.__sheetImportBench[name](...a), [fn, args]);
  const sizes = await bench('prepare', projects, SEED);
  log(`sheet import bench: ${sizes.projects} projects, Excel file ${(sizes.xlsxBytes / 1024 / 1024).toFixed(1)} MB, JSON backup ${(sizes.jsonBytes / 1024 / 1024).toFixed(1)} MB`);
  const figures = { json: [], sheet: [], read: [], plan: [], write: [], ratio: [] };
  for (let i = 0; i < RUNS; i += 1) {
    await bench('clearProjects');
    const json = await bench('jsonRestore');
    await bench('clearProjects');
    const ours = await bench('sheetImport');
    if (json.written !== sizes.projects || ours.written !== sizes.projects) throw new Error(`wrote ${json.written} (JSON) and ${ours.written} (sheet) projects, expected ${sizes.projects}`);
    figures.json.push(json.ms);
    figures.sheet.push(ours.ms);
    figures.read.push(ours.readMs);
    figures.plan.push(ours.planMs);
    figures.write.push(ours.writeMs);
    figures.ratio.push(ours.ms / json.ms);
    log(`sheet import run ${i + 1}: ${ms(ours.ms)} = read ${ms(ours.readMs)} + plan ${ms(ours.planMs)} + write ${ms(ours.writeMs)}; JSON restore ${ms(json.ms)} (${(ours.ms / json.ms).toFixed(2)}×)`);
  }
  const ratio = median(figures.ratio);
  return [
    { label: `JSON restore of a backup of ${sizes.projects} projects into a portfolio without them (prepareRestore + merge)`, ms: median(figures.json), targetMs: null, note: `median of ${RUNS}, the baseline` },
    {
      label: `spreadsheet import of the list's Excel file, ${sizes.projects} rows (read + plan + write)`,
      ms: median(figures.sheet),
      targetMs: null,
      note: `median of ${RUNS}; read ${ms(median(figures.read))} + plan ${ms(median(figures.plan))} + write with safety backup ${ms(median(figures.write))}`,
    },
    {
      label: 'spreadsheet import / JSON restore, median of paired runs',
      ms: null,
      targetMs: null,
      note: `${ratio.toFixed(2)}× (target ≤ ${RATIO}×: ${ratio <= RATIO ? 'PASS' : 'OVER'}); runs ${figures.ratio.map((r) => `${r.toFixed(2)}×`).join(', ')}`,
    },
  ];
}
