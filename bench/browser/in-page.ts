/**
 * Timing helpers installed in every page (an init script). A measurement starts with begin(), which watches the
 * DOM; end(t0, ready) waits until ready() holds and the DOM has been quiet for a while, and answers the time from
 * t0 to the first frame painted after the last change. Timing in the page's own clock avoids counting the
 * DevTools protocol's round trips.
 */
export interface BenchHelpers {
  begin(): void;
  end(t0: number, ready: () => boolean, quietMs?: number, timeoutMs?: number): Promise<number>;
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
  const mark = () => {
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
    begin() {
      observer?.disconnect();
      window.__bench.sawSaving = false;
      observer = new MutationObserver(mark);
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      lastChange = performance.now();
      lastPaint = lastChange;
    },
    end(t0, ready, quietMs = 250, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const now = performance.now();
          if (now - t0 > timeoutMs) {
            observer?.disconnect();
            reject(new Error(`not ready after ${Math.round(timeoutMs / 1000)} s`));
          } else if (ready() && now - lastChange >= quietMs && lastPaint >= lastChange) {
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
