// Long pure work (checking a 20,000-project file, writing its safety copy) run in slices of a
// few tens of milliseconds, with a turn of the event loop between them: the page keeps drawing
// and answering, and the screen can show how far the work has come.
import type { Steps, WorkProgress } from '../domain/backup/steps';

/** How long one slice may hold the page. A frame is 16 ms; a "long task" starts at 50 ms. */
const SLICE_MS = 40;

/**
 * The next turn of the event loop. A MessageChannel message, not setTimeout(0): nested timers
 * are held back to 4 ms each, which over hundreds of slices adds up.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export type OnProgress = (progress: WorkProgress) => void;

export async function runInSlices<T>(steps: Steps<T>, onProgress?: OnProgress): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      onProgress?.(step.value);
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
