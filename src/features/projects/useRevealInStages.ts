import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `count` parts of a long screen to show: none on the first render, then one more
 * per render at transition priority, each committed on its own. A transition's render yields to
 * the browser every few milliseconds, but its commit and the layout after it do not: a whole
 * project page revealed at once was one task of ~0.6 s on a phone-class CPU.
 */
export function useRevealInStages(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown < count) startTransition(() => setShown((n) => Math.min(count, n + 1)));
  }, [shown, count]);
  return shown;
}
