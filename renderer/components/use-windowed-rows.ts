import { useCallback, useEffect, useLayoutEffect, useRef, useState, type UIEvent } from 'react';

export interface WindowedRowsOptions {
  /** How many rows the table has in all. */
  count: number;
  /** A stable key per row (the row's id), so measured heights follow the row when the order changes. */
  keyOf(index: number): string;
  /** Height of a row not yet measured, in pixels. */
  estimate: number;
  /** Rows drawn beyond each edge of the scroll box, so Tab and the arrow keys find the next row already there. */
  overscan?: number;
  /** Up to this many rows every row is drawn and nothing is windowed. */
  threshold: number;
}

export interface WindowedRows<E extends HTMLElement> {
  windowed: boolean;
  /** First row drawn and one past the last. */
  start: number;
  end: number;
  /** Heights of the spacer rows standing in for the rows above and below the ones drawn. */
  padTop: number;
  padBottom: number;
  /** As callback refs: the scroll box, and the table section holding the drawn rows (each with data-row-key). */
  setScrollBox(element: E | null): void;
  setRowGroup(element: HTMLTableSectionElement | null): void;
  onScroll(event: UIEvent<E>): void;
}

/**
 * Windowing for a long table in its own scroll box: only the rows in view (and a few beyond) are in the DOM, with
 * one spacer row above and one below keeping the scroll height. Rows may differ in height: each drawn row is
 * measured after it is painted and remembered by its key; rows not measured yet count as the average. A 2,000-line
 * table then costs what a 30-line one does to draw, to update after an edit and to lay out.
 */
export function useWindowedRows<E extends HTMLElement>({ count, keyOf, estimate, overscan = 6, threshold }: WindowedRowsOptions): WindowedRows<E> {
  const windowed = count > threshold;
  const [scroller, setScroller] = useState<E | null>(null);
  const [body, setBody] = useState<HTMLTableSectionElement | null>(null);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const frame = useRef(0);

  useEffect(() => {
    if (!windowed || !scroller) return;
    // jsdom (the component tests) has no layout: keep the default viewport there.
    const measure = () => setViewport(scroller.clientHeight > 0 ? scroller.clientHeight : 600);
    measure();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [windowed, scroller]);

  // O(rows) per render: a fraction of a millisecond for thousands of rows.
  let sum = 0;
  for (const h of heights.values()) sum += h;
  const fallback = heights.size > 0 ? sum / heights.size : estimate;
  const offsets = new Float64Array(count + 1);
  if (windowed) for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i] as number) + (heights.get(keyOf(i)) ?? fallback);

  let start = 0;
  let end = count;
  if (windowed) {
    const bottom = scrollTop + viewport;
    // The first row whose bottom edge is below the top of the box, by binary search over the offsets.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((offsets[mid + 1] as number) <= scrollTop) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < count && (offsets[last] as number) < bottom) last++;
    start = Math.max(0, lo - overscan);
    end = Math.min(count, last + overscan);
  }
  const padTop = windowed ? (offsets[start] as number) : 0;
  const padBottom = windowed ? Math.max(0, (offsets[count] as number) - (offsets[end] as number)) : 0;

  // After each render, the rows drawn are measured; a changed height draws again with the new offsets.
  useLayoutEffect(() => {
    if (!windowed || !body) return;
    let next: Map<string, number> | null = null;
    for (const row of body.querySelectorAll<HTMLElement>(':scope > tr[data-row-key]')) {
      const height = row.getBoundingClientRect().height;
      const key = row.dataset.rowKey as string;
      if (height > 0 && Math.abs((heights.get(key) ?? -1) - height) > 0.5) {
        next ??= new Map(heights);
        next.set(key, height);
      }
    }
    if (next) setHeights(next);
  }, [windowed, body, heights, start, end, count]);

  const onScroll = useCallback((event: UIEvent<E>) => {
    const top = event.currentTarget.scrollTop;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(top));
  }, []);

  return { windowed, start, end, padTop, padBottom, setScrollBox: setScroller, setRowGroup: setBody, onScroll };
}
