/**
 * Timing helpers installed in every page (an init script). A measurement starts with begin(), which watches the
 * DOM; end(t0, ready) waits until ready() holds and the DOM has been quiet for a while, and answers the time from
 * t0 to the first frame painted after the last change. Timing in the page's own clock avoids counting the
 * DevTools protocol's round trips.
 */
export interface BenchHelpers {
  begin(): void;
  /** `ready` must depend on the DOM and busy() only (it is asked again after each change of those, not on every poll). */
  end(t0: number, ready: () => boolean, quietMs?: number, timeoutMs?: number): Promise<number>;
  /**
   * True while the app is still working: a request to the backend in flight, a code-split view loading, a
   * placeholder status such as "Loading the vendor evaluation…" or "Scheduling the plan…" (a status whose text
   * ends in an ellipsis), or "Saving…" in the top bar. A status that reports a result ("6000 of 6000 scored") is
   * not busy.
   */
  busy(): boolean;
  /** Set by a measurement: whether the value it waits for has changed. */
  changed(): boolean;
  sawSaving: boolean;
  t0: number;
}

declare global {
  interface Window {
    __bench: BenchHelpers;
  }
}

export function installBenchHelpers(): void {
  let lastChange = 0;
  let lastPaint = 0;
  let observer: MutationObserver | null = null;
  // Requests to the backend in flight: the app is not done while it still waits for an answer, even if the DOM
  // has been quiet for a while (a 3 MB plan read after a drag can take longer than the quiet period).
  let inFlight = 0;
  let answered = 0;
  const fetch = window.fetch.bind(window);
  window.fetch = (...args: Parameters<typeof window.fetch>) => {
    inFlight++;
    return fetch(...args).finally(() => {
      inFlight--;
      answered++;
    });
  };
  // frappe-gantt shows the dates of the bar under the pointer in its header 200 ms after the pointer enters the bar:
  // a hover effect, not the outcome of an action. A bar that a drag left under the resting pointer would otherwise
  // end that drag's measurement 200 ms after the pointer entered it, whatever the app does.
  const hover = (r: MutationRecord) => r.type === 'attributes' && r.target instanceof Element && r.target.classList.contains('date-range-highlight');
  // React writes some attributes of a controlled input (its name) on every render, ending where they were: a batch
  // of records changes nothing when each attribute and text ends with the value it had before the batch.
  const changesSomething = (records: MutationRecord[]) => {
    const before = new Map<Node, Map<string, string | null>>();
    for (const r of records) {
      if (r.type === 'childList') return true;
      if (hover(r)) continue;
      const key = r.type === 'attributes' ? `@${r.attributeName ?? ''}` : '#text';
      const values = before.get(r.target) ?? new Map<string, string | null>();
      if (!values.has(key)) values.set(key, r.oldValue);
      before.set(r.target, values);
    }
    for (const [target, values] of before) {
      for (const [key, old] of values) {
        const now = key === '#text' ? target.textContent : (target as Element).getAttribute(key.slice(1));
        if (now !== old) return true;
      }
    }
    return false;
  };
  const mark = (records: MutationRecord[]) => {
    if (!changesSomething(records)) return;
    lastChange = performance.now();
    if (document.querySelector('.save-status--saving')) window.__bench.sawSaving = true;
    // The frame that shows the change: a task queued from requestAnimationFrame runs after that frame's paint.
    requestAnimationFrame(() => setTimeout(() => {
      lastPaint = performance.now();
    }, 0));
  };
  window.__bench = {
    sawSaving: false,
    t0: 0,
    changed: () => true,
    busy() {
      if (inFlight > 0) return true;
      if (document.querySelector('.loading-view, .save-status--saving, [aria-busy="true"]')) return true;
      for (const status of document.querySelectorAll('[role="status"]')) {
        if (status.textContent?.trim().endsWith('…')) return true;
      }
      return false;
    },
    begin() {
      observer?.disconnect();
      window.__bench.sawSaving = false;
      observer = new MutationObserver(mark);
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true });
      lastChange = performance.now();
      lastPaint = lastChange;
    },
    end(t0, ready, quietMs = 250, timeoutMs = 120_000) {
      // ready() looks at the DOM and the requests in flight, so it is asked again only after one of them changed:
      // polling it every 10 ms on a page of 20,000 nodes would itself slow down the page being measured.
      let askedAt = '';
      let isReady = false;
      return new Promise((resolve, reject) => {
        const check = () => {
          const now = performance.now();
          const state = `${lastChange} ${answered} ${inFlight}`;
          if (askedAt !== state) {
            askedAt = state;
            isReady = ready();
          }
          if (now - t0 > timeoutMs) {
            observer?.disconnect();
            reject(new Error(`not ready after ${Math.round(timeoutMs / 1000)} s`));
          } else if (isReady && now - lastChange >= quietMs && lastPaint >= lastChange) {
            observer?.disconnect();
            resolve(Math.max(lastPaint, t0) - t0);
          } else {
            setTimeout(check, 10);
          }
        };
        check();
      });
    },
  };
}
