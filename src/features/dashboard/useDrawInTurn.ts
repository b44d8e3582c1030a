// Which charts to draw: those on or near the screen, one at a time. A recharts chart costs
// 100–400 ms to draw on a phone-class CPU; drawing all seven in one go held a phone's page for
// seconds before it answered a tap. Each chart now draws in its own task when its card comes on
// the screen (or near it, once the reader scrolls), so the page answers between charts and
// charts nobody scrolls to cost nothing. Placeholders keep each chart's height, so nothing moves.
import { startTransition, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * How far ahead of the viewport a chart starts drawing once the reader scrolls: a quarter
 * screen, so that it is drawn by the time it is reached. Until the first scroll only what is on
 * the screen draws: on a phone the figures fill the first screen, and a chart just below it,
 * drawn during the load, held the page for 1–3 s of Lighthouse's blocking time (4× CPU
 * slowdown) before it answered a tap.
 */
const AHEAD = '25% 0px';

/**
 * The ids (the cards' `data-chart` attributes inside `container`) that may draw now, and
 * whether every chart near the screen has drawn. Without
 * IntersectionObserver (component tests) every chart draws at once. Printing draws them all.
 */
export function useDrawInTurn(
  container: RefObject<HTMLElement | null>,
  ids: readonly string[],
  all: boolean,
): { drawn: ReadonlySet<string>; settled: boolean } {
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set(all ? ids : []));
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  // Whether the observer has reported yet (it reports every card once when it starts).
  const [reported, setReported] = useState(false);
  // Where nothing can tell what is on screen, every chart counts as near.
  const canWatch = typeof IntersectionObserver !== 'undefined';
  const near = useMemo(() => (canWatch ? seen : new Set(ids)), [canWatch, seen, ids]);
  const [scrolled, setScrolled] = useState(false);
  useEffect(() => {
    if (scrolled || all) return;
    const onScroll = () => setScrolled(true);
    window.addEventListener('scroll', onScroll, { passive: true, once: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [scrolled, all]);

  // Watch the cards. Ids are read from the DOM, so a new scope with other charts is watched too.
  const key = ids.join(' ');
  useLayoutEffect(() => {
    const root = container.current;
    if (all || !root || !canWatch) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const coming = entries.filter((e) => e.isIntersecting).map((e) => (e.target as HTMLElement).dataset.chart ?? '');
        setReported(true);
        if (coming.length > 0) setSeen((previous) => new Set([...previous, ...coming]));
      },
      { rootMargin: scrolled ? AHEAD : '0px' },
    );
    for (const card of root.querySelectorAll<HTMLElement>('[data-chart]')) observer.observe(card);
    return () => observer.disconnect();
    // `key`: the cards are read from the DOM, so watch again when the set of charts changes.
  }, [container, key, all, canWatch, scrolled]);

  // One chart per task, in page order: the next one is asked for after the last one committed.
  useEffect(() => {
    if (all) return;
    const next = ids.find((id) => near.has(id) && !drawn.has(id));
    if (next === undefined) return;
    const timer = setTimeout(() => startTransition(() => setDrawn((previous) => new Set([...previous, next]))), 0);
    return () => clearTimeout(timer);
  }, [all, ids, near, drawn]);

  // The print preview shows every chart: draw them all before the browser lays the page out.
  useEffect(() => {
    if (all) return;
    const drawAll = () => flushSync(() => setDrawn(new Set(ids)));
    window.addEventListener('beforeprint', drawAll);
    return () => window.removeEventListener('beforeprint', drawAll);
  }, [all, ids]);

  if (all) return { drawn: new Set(ids), settled: true };
  // Settled: every chart on or near the screen has drawn (what `npm run bench` times); also when
  // none is (the figures fill the screen), once the observer has said so.
  return { drawn, settled: (reported || !canWatch) && [...near].every((id) => drawn.has(id)) };
}
