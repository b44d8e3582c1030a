// The in-page half of the page reader bench (scripts/bench/pageReader.mjs): reads each seed page
// many times, interleaved with a baseline that only looks at the text once (normalise, cut into
// lines, fold every line), so the ratio says how much the reading costs beyond touching the text.
import { readProjectPage } from '../../src/domain/pageReader/index';
import { fold, normaliseText, splitLines } from '../../src/domain/pageReader/text';

/** `looked` is the baseline's own result, returned so the work cannot be skipped. */
export type PageTiming = { name: string; chars: number; found: number; looked: number; readerMs: number[]; baselineMs: number[] };

declare global {
  interface Window {
    __pageReaderBench?: { run(pages: { name: string; text: string }[], runs: number): PageTiming[] };
  }
}

/** One pass over the text: what any reader must do at the least. */
function lookOnce(text: string): number {
  let headings = 0;
  for (const line of splitLines(normaliseText(text))) if (fold(line.text).endsWith(':')) headings += 1;
  return headings;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

function run(pages: { name: string; text: string }[], runs: number): PageTiming[] {
  return pages.map(({ name, text }) => {
    // Warm up both (JIT), then alternate, so load on the machine hits both alike.
    let found = 0;
    let sink = 0;
    for (let i = 0; i < 5; i += 1) {
      found = readProjectPage(text).found;
      sink += lookOnce(text);
    }
    const readerMs: number[] = [];
    const baselineMs: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      let t = performance.now();
      found = readProjectPage(text).found;
      readerMs.push(round(performance.now() - t));
      t = performance.now();
      sink += lookOnce(text);
      baselineMs.push(round(performance.now() - t));
    }
    return { name, chars: text.length, found, looked: sink, readerMs, baselineMs };
  });
}

window.__pageReaderBench = { run };
