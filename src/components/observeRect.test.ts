import type { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeRectAfterLayout, scrollAfterStart } from './observeRect';

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

describe('scrollAfterStart', () => {
  const scrollable = () => {
    const element = document.createElement('div');
    const scrollTo = vi.fn();
    Object.defineProperty(element, 'scrollTo', { value: scrollTo });
    return { element, scrollTo, instance: { scrollElement: element, options: {} } as unknown as Virtualizer<HTMLElement, Element> };
  };

  it('skips only a box’s first write, and only when it is to the top, where a new box already is', () => {
    const { scrollTo, instance } = scrollable();
    scrollAfterStart(0, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();
    scrollAfterStart(0, {}, instance);
    scrollAfterStart(640, { behavior: 'smooth' }, instance);
    expect(scrollTo.mock.calls).toEqual([[{ top: 0 }], [{ top: 640, behavior: 'smooth' }]]);
  });

  it('writes a first offset that is not the top (a list opened where it was left)', () => {
    const { scrollTo, instance } = scrollable();
    scrollAfterStart(480, {}, instance);
    expect(scrollTo.mock.calls).toEqual([[{ top: 480 }]]);
  });
});
