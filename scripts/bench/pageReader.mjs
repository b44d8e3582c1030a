// The page reader's part of `npm run bench`: each seed page (copies of ../shared/seeds in src/domain/pageReader/fixtures/seeds) read in the page by
// readProjectPage, many times, interleaved with a baseline that only looks at the text once
// (scripts/bench/pageReader-entry.ts). Target: ≤ 50 ms per page, median of the runs.
// Export: run({ page, log }) → [{ label, ms, targetMs, note }].
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModule, loadModule } from './moduleBundle.mjs';

/* global window */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = path.join(root, 'src', 'domain', 'pageReader', 'fixtures', 'seeds');
const RUNS = 51;
const TARGET_MS = 50;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** @param {{ page: import('@playwright/test').Page, log: (line: string) => void }} options */
export async function run({ page, log }) {
  const pages = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: name.slice(0, 3), text: readFileSync(path.join(SEEDS, name), 'utf8') }));
  if (pages.length === 0) throw new Error(`pageReader: no seed pages in ${SEEDS}`);
  log('bundling scripts/bench/pageReader-entry.ts …');
  await bundleModule('pageReader');
  await loadModule(page, 'pageReader', '__pageReaderBench');
  const timings = await page.evaluate(([texts, runs]) => window.__pageReaderBench.run(texts, runs), [pages, RUNS]);
  return timings.map((t) => {
    const reader = median(t.readerMs);
    const baseline = median(t.baselineMs);
    const ratio = baseline > 0 ? (reader / baseline).toFixed(1) : 'n/a';
    log(`seed ${t.name}: reader median ${reader.toFixed(2)} ms, baseline ${baseline.toFixed(3)} ms (${ratio}×), ${t.found} values`);
    return {
      label: `pageReader: seed ${t.name} (${t.chars} chars), median of ${RUNS}`,
      ms: reader,
      targetMs: TARGET_MS,
      note: `${t.found} values; one look at the text ${baseline.toFixed(2)} ms, same run, interleaved (${ratio}×)`,
    };
  });
}
