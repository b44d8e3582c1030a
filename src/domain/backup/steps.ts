// Long work (checking a file, comparing, the safety copy) as generators that report progress.

/**
 * How far a long piece of work has come. The checks of a file and the safety copy are written as
 * generators that yield one of these every few hundred records: run to the end at once
 * (runToEnd) in tests and benches, or in slices that let the page draw and answer between them
 * (src/db/runInSlices.ts), so a restore of 20,000 projects does not freeze the page.
 */
export type WorkProgress = { phase: 'check' | 'compare' | 'safety' | 'write'; done: number; total: number };
export type Steps<T> = Generator<WorkProgress, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Records between two yields: small enough for a ~30 ms slice on a slow machine. */
export const RECORDS_PER_STEP = 200;
