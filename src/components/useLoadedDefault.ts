// A module's default export loaded with import() when a screen opens (a chart's drawing code),
// without React.lazy: a Suspense boundary holds back revealing its content for up to 300 ms.
import { startTransition, useEffect, useState } from 'react';

export function useLoadedDefault<T>(load: () => Promise<{ default: T }>): { value: T | null; error: unknown } {
  const [state, setState] = useState<{ value: T | null; error: unknown }>({ value: null, error: null });
  useEffect(() => {
    let cancelled = false;
    load().then(
      // What the module draws (a screen's charts) renders at transition priority, in slices.
      (module) => !cancelled && startTransition(() => setState({ value: module.default, error: null })),
      (error: unknown) => !cancelled && setState({ value: null, error }),
    );
    return () => {
      cancelled = true;
    };
    // `load` is a module-level constant in every caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
