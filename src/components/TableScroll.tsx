// The box around a table that may be wider than a narrow screen. While it scrolls sideways it
// can be focused, so that the arrow keys scroll it too (WCAG 2.1.1; a table of plain figures has
// nothing else to focus); while the table fits, it is no extra tab stop. A group, not a region:
// it is named like the section around it, and two landmarks of one name would be ambiguous.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    // The box narrows with the window; the table widens with its content. The observer also
    // reports once when it starts, after layout: measuring here instead would force a layout of
    // the whole page per table (a project page has several) before its first paint.
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-wrap" {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': label } : {})}>
      {children}
    </div>
  );
}
