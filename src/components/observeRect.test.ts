import type { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeRectAfterLayout } from './observeRect';

const FIRST = { width: 1200, height: 800 };

/** A ResizeObserver that reports when the test says so. */
class ReportingObserver {
  static last: ReportingObserver | null = null;
  observed: Element[] = [];
  constructor(readonly report: () => void) {
    ReportingObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  unobserve(element: Element) {
    this.observed = this.observed.filter((e) => e !== element);
  }
  disconnect() {}
}

function box(width: number, height: number): HTMLElement {
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => height });
  return element;
}

const instanceOf = (element: HTMLElement | null) => ({ scrollElement: element }) as unknown as Virtualizer<HTMLElement, Element>;

describe('observeRectAfterLayout', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('measures nothing at once; the size comes with the observer’s reports', () => {
    vi.stubGlobal('ResizeObserver', ReportingObserver);
    const element = box(390, 612.4);
    const sizes: unknown[] = [];
    const stop = observeRectAfterLayout(FIRST)(instanceOf(element), (rect) => sizes.push(rect));
    expect(sizes).toEqual([]);
    expect(ReportingObserver.last?.observed).toEqual([element]);
    ReportingObserver.last?.report();
    expect(sizes).toEqual([{ width: 390, height: 612 }]);
    stop?.();
    expect(ReportingObserver.last?.observed).toEqual([]);
  });

  it('reports a first screenful for a box with no height, and where there is no observer', () => {
    vi.stubGlobal('ResizeObserver', ReportingObserver);
    const sizes: unknown[] = [];
    observeRectAfterLayout(FIRST)(instanceOf(box(390, 0)), (rect) => sizes.push(rect));
    ReportingObserver.last?.report();
    expect(sizes).toEqual([FIRST]);
    vi.stubGlobal('ResizeObserver', undefined);
    observeRectAfterLayout(FIRST)(instanceOf(box(390, 500)), (rect) => sizes.push(rect));
    expect(sizes).toEqual([FIRST, FIRST]);
  });

  it('does nothing without a scrolling box', () => {
    const sizes: unknown[] = [];
    expect(observeRectAfterLayout(FIRST)(instanceOf(null), (rect) => sizes.push(rect))).toBeUndefined();
    expect(sizes).toEqual([]);
  });
});
