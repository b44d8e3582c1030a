// The virtualised body of the long tables (projects, events): only the rows in view are in the
// DOM, and a spacer row above and below keeps the scroll height of the whole table.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { observeRectAfterLayout, scrollAfterStart } from './observeRect';

/** What is drawn before the container has a size (first render, or jsdom, which has no layout). */
const FIRST_SCREEN = { width: 1200, height: 800 };
const observeFirstScreen = observeRectAfterLayout(FIRST_SCREEN);

/**
 * Rows of a table of `count` rows, `rowHeight` pixels each. With `measured`, each row drawn is
 * measured (a long text may wrap onto a second line); put `virtualizer.measureElement` on it.
 */
export function useVirtualRows({ count, rowHeight, measured = false }: { count: number; rowHeight: number; measured?: boolean }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Where nothing is laid out (jsdom), a row keeps its estimated height.
    ...(measured ? { measureElement: (element: Element) => element.getBoundingClientRect().height || rowHeight } : {}),
    overscan: 8,
    initialRect: FIRST_SCREEN,
    // Where the container has no layout yet (or none at all), draw a first screenful rather than nothing.
    observeElementRect: observeFirstScreen,
    scrollToFn: scrollAfterStart,
  });
  const rows = virtualizer.getVirtualItems();
  const paddingTop = rows[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  return { scrollRef, virtualizer, rows, paddingTop, paddingBottom };
}

/** The empty row standing in for the rows above or below those drawn. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
