// The URL's parameters as a screen's state (filters, sort, zoom, scope), and the way to change
// them. A choice is committed to the screen at once, before the next event is handled.
//
// Why: the router commits a navigation in a React transition, which can still be rendering
// when the next click or select arrives. A screen merges a change onto the state it last
// rendered, so a second choice made meanwhile was merged onto the old state and undid the
// first (the events list, filtered by direction, then project, then year in quick succession,
// kept only the year and showed the wrong rows). `flushSync` renders each choice at once, so
// the next one starts from it. Typing (which replaces the history entry) stays in a transition,
// so that the list keeps up with fast typing; the search box shows the typed text itself.
import { useCallback } from 'react';
import { useSearchParams, type URLSearchParamsInit } from 'react-router-dom';

export type SetUrlParams = (next: URLSearchParamsInit, options?: { replace?: boolean }) => void;

export function useUrlParams(): [URLSearchParams, SetUrlParams] {
  const [params, setParams] = useSearchParams();
  const set = useCallback<SetUrlParams>((next, { replace = false } = {}) => setParams(next, { replace, flushSync: !replace }), [setParams]);
  return [params, set];
}
