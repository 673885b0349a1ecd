import type { Page } from 'playwright-core';

/** In-page steps of the app measurements. Each answers milliseconds from the user's action to the settled, painted UI. */

export function navigateAndSettle(page: Page, hash: string, readySelector: string): Promise<number> {
  return page.evaluate(async ({ hash, readySelector }) => {
    window.__bench.begin();
    const link = document.querySelector<HTMLAnchorElement>(`a[href="${hash}"]`);
    const t0 = performance.now();
    if (link) link.click();
    else window.location.hash = hash;
    return window.__bench.end(t0, () => document.querySelector(readySelector) !== null && !window.__bench.busy(), 250, 30_000);
  }, { hash, readySelector });
}

/** Clicks "Open <file>" in the open dialog and waits for the Overview of that project, settled. */
export function openFromDialog(page: Page, fileName: string, projectName: string): Promise<number> {
  return page.evaluate(async ({ fileName, projectName }) => {
    const button = document.querySelector<HTMLButtonElement>(`button[aria-label="Open ${fileName}"]`);
    if (!button) throw new Error(`No "Open ${fileName}" button`);
    window.__bench.begin();
    const t0 = performance.now();
    button.click();
    return window.__bench.end(t0, () => document.querySelector('h1')?.textContent === projectName && document.querySelector('.step-cards') !== null);
  }, { fileName, projectName });
}

/**
 * The cell computed by the backend from the edited value: the line's planned cost (the sixth cell of the budget
 * line's row) or the criterion's normalised weight (the cell after the importance).
 */
type Dependent = 'planned' | 'weight';

/**
 * Types a new value into the inline editor labelled `label` with the keyboard and commits it with Enter; t0 is the
 * Enter key reaching the page. Waits until the save has gone through, `dependent` (computed by the backend or the
 * ranking from that value) shows something new and the page has been quiet for 250 ms.
 */
export async function editInline(page: Page, label: string, dependent: Dependent): Promise<number> {
  const input = page.getByLabel(label, { exact: true });
  await input.scrollIntoViewIfNeeded({ timeout: 10_000 });
  const current = Number(await input.inputValue());
  await input.fill(String(current > 1 ? current - 1 : current + 1));
  // The draft is React state: let its render pass before the commit is timed.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await page.evaluate(({ label, dependent }) => {
    // The row may be drawn again (a windowed table): the field and its cell are looked up by the label each time.
    const field = () => {
      const labelElement = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
      return labelElement?.htmlFor ? document.getElementById(labelElement.htmlFor) : null;
    };
    const cell = () => {
      const input = field();
      return dependent === 'planned' ? (input?.closest('tr') as HTMLTableRowElement | null)?.cells[5] : input?.closest('td')?.nextElementSibling;
    };
    const input = field();
    if (!input) throw new Error(`No input labelled "${label}"`);
    const before = cell()?.textContent ?? '';
    window.__bench.begin();
    window.__bench.t0 = Number.POSITIVE_INFINITY;
    window.__bench.changed = () => (cell()?.textContent ?? before) !== before;
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') window.__bench.t0 = performance.now();
    }, { capture: true, once: true });
  }, { label, dependent });
  await page.keyboard.press('Enter');
  return page.evaluate(() => {
    if (!Number.isFinite(window.__bench.t0)) throw new Error('The Enter key did not reach the field');
    return window.__bench.end(window.__bench.t0, () => window.__bench.sawSaving && !window.__bench.busy() && window.__bench.changed(), 250, 30_000);
  });
}

/**
 * Drags the task's bar by `dx` pixels with the real mouse; t0 is the mouse release. The bar is taken by its body,
 * clear of the resize handles at both ends and of the progress handle, so the drag moves the dates.
 */
export async function dragBar(page: Page, taskId: string, dx: number): Promise<number> {
  const bar = page.locator(`[data-id="${taskId}"] .bar`).first();
  let grab: { x: number; y: number } | null = null;
  // The windowed chart draws its bars again when rows or data change: find the bar afresh if it was replaced.
  for (let attempt = 0; attempt < 5 && !grab; attempt++) {
    try {
      await bar.scrollIntoViewIfNeeded({ timeout: 10_000 });
      grab = await page.evaluate((id) => {
        const wrapper = document.querySelector(`[data-id="${id}"]`);
        const rect = wrapper?.querySelector('.bar')?.getBoundingClientRect();
        if (!wrapper || !rect || rect.width < 1) return null;
        const progress = wrapper.querySelector('.bar-progress')?.getBoundingClientRect();
        const progressX = progress ? progress.left + progress.width : rect.left;
        // Points along the bar clear of the 3 px resize handles at either end; the one farthest from the progress
        // handle (a circle of radius 4.5 at the end of the progress bar) wins.
        const inset = Math.min(6, rect.width / 2);
        const candidates = [0, 0.25, 0.5, 0.75, 1].map((f) => rect.left + inset + f * (rect.width - 2 * inset));
        const x = candidates.reduce((best, c) => (Math.abs(c - progressX) > Math.abs(best - progressX) ? c : best));
        return { x, y: rect.top + rect.height / 2 };
      }, taskId);
    } catch {
      grab = null;
    }
    if (!grab) await page.waitForTimeout(250);
  }
  if (!grab) throw new Error('The bar of the drag task is not drawn');
  const { x, y } = grab;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(x + (dx * i) / 5, y);
  await page.evaluate(() => {
    window.__bench.begin();
    window.__bench.t0 = Number.POSITIVE_INFINITY;
    document.addEventListener('mouseup', () => {
      window.__bench.t0 = performance.now();
    }, { capture: true, once: true });
  });
  await page.mouse.up();
  return page.evaluate(() => {
    if (!Number.isFinite(window.__bench.t0)) throw new Error('The mouse release did not reach the page');
    return window.__bench.end(window.__bench.t0, () => window.__bench.sawSaving && !window.__bench.busy(), 250, 30_000);
  });
}
