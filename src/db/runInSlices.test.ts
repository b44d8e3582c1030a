// Long work in slices: the same answer as running it at once, with turns of the event loop
// between slices in which other work (a click, a frame) gets its go.
import { describe, expect, it } from 'vitest';
import type { Steps, WorkProgress } from '../domain/backup/steps';
import { runInSlices } from './runInSlices';

/** Busy work of `steps` pieces of `ms` each, yielding after each piece; returns the count. */
function* busy(steps: number, ms: number): Steps<number> {
  for (let i = 1; i <= steps; i += 1) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // spin: a piece of work that holds the thread
    }
    yield { phase: 'check', done: i, total: steps };
  }
  return steps;
}

describe('runInSlices', () => {
  it('gives the work’s answer and lets other tasks run between slices', async () => {
    let othersRan = 0;
    const ticker = setInterval(() => {
      othersRan += 1;
    }, 0);
    const seen: WorkProgress[] = [];
    const answer = await runInSlices(busy(40, 5), (p) => seen.push(p));
    clearInterval(ticker);
    expect(answer).toBe(40);
    // 200 ms of work in slices of ~40 ms: the timer got in between them, and progress was told.
    expect(othersRan).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('runs quick work without giving a turn away', async () => {
    const seen: WorkProgress[] = [];
    expect(await runInSlices(busy(3, 0), (p) => seen.push(p))).toBe(3);
    expect(seen).toEqual([]);
  });
});
