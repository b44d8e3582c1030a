// How the virtualised lists learn the size of their scrolling box.
//
// @tanstack/virtual's own `observeElementRect` measures the box at once, from React's commit: on
// a first render that forces a layout of the whole page inside the commit's task, before the
// first paint (on a phone-class CPU, the largest part of the project page's longest task). A
// ResizeObserver reports once when it starts, after the browser's own layout, and again on every
// change: the size is taken from there only. Until the first report the list draws `firstScreen`.
import { elementScroll, type Virtualizer } from '@tanstack/react-virtual';

type Rect = { width: number; height: number };

export function observeRectAfterLayout(firstScreen: Rect) {
  return <T extends Element, I extends Element>(instance: Virtualizer<T, I>, onRect: (rect: Rect) => void) => {
    const element = instance.scrollElement;
    if (!element) return;
    // Where nothing is laid out (jsdom has no ResizeObserver), a first screenful.
    if (typeof ResizeObserver === 'undefined') {
      onRect(firstScreen);
      return () => undefined;
    }
    // Read inside the observer's report, the layout is fresh: reading it costs nothing.
    const observer = new ResizeObserver(() => {
      const height = Math.round(element.clientHeight);
      onRect(height > 0 ? { width: Math.round(element.clientWidth), height } : firstScreen);
    });
    observer.observe(element, { box: 'content-box' });
    return () => observer.unobserve(element);
  };
}

/**
 * The virtualiser's scroll writes, but for the first one when it is to the top. On mount it writes
 * its starting offset into the box, 0 unless told otherwise; a box that has just been drawn is
 * there already, so that write changes nothing, yet the browser must lay the page out, in the
 * middle of the commit, to carry it out (60–100 ms on the timeline in a phone-class profile).
 */
const started = new WeakSet<Element>();
export function scrollAfterStart<T extends Element, I extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<T, I>,
): void {
  const element = instance.scrollElement;
  if (element && !started.has(element)) {
    started.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
