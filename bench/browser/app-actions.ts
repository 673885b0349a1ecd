import type { Page } from 'playwright-core';

/** In-page steps of the app measurements. Each answers milliseconds from the user's action to the settled, painted UI. */

export function navigateAndSettle(page: Page, hash: string, readySelector: string): Promise<number> {
  return page.evaluate(async ({ hash, readySelector }) => {
    window.__bench.begin();
    const link = document.querySelector<HTMLAnchorElement>(`a[href="${hash}"]`);
    const t0 = performance.now();
    if (link) link.click();
    else window.location.hash = hash;
    return window.__bench.end(t0, () => document.querySelector(readySelector) !== null && !document.querySelector('[role="status"].muted'), 250, 30_000);
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
 * Types a value into the inline editor labelled `label`, commits it with Enter (t0) and waits until the save has
 * gone through and `dependentCell` (a cell computed by the backend from that value) shows something new.
 */
export function editInline(page: Page, label: string, dependent: 'planned' | 'weight'): Promise<number> {
  return page.evaluate(async ({ label, dependent }) => {
    const labelElement = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
    const input = labelElement?.htmlFor ? (document.getElementById(labelElement.htmlFor) as HTMLInputElement | null) : null;
    if (!input) throw new Error(`No input labelled "${label}"`);
    const cell = (): string => {
      if (dependent === 'planned') return (input.closest('tr') as HTMLTableRowElement | null)?.cells[5]?.textContent ?? '';
      return input.closest('td')?.nextElementSibling?.textContent ?? '';
    };
    const before = cell();
    const current = Number(input.value);
    const next = String(current > 1 ? current - 1 : current + 1);
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    input.focus();
    setValue?.call(input, next);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.__bench.begin();
    const t0 = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    return window.__bench.end(t0, () => window.__bench.sawSaving && !document.querySelector('.save-status--saving') && cell() !== before, 250, 30_000);
  }, { label, dependent });
}

/** Drags the task's bar by `dx` pixels with the real mouse; t0 is the mouse release. */
export async function dragBar(page: Page, taskId: string, dx: number): Promise<number> {
  const bar = page.locator(`[data-id="${taskId}"] .bar`).first();
  await bar.scrollIntoViewIfNeeded({ timeout: 10_000 });
  const box = await bar.boundingBox();
  if (!box) throw new Error('The bar of the drag task is not drawn');
  const y = box.y + box.height / 2;
  const x = box.x + Math.min(box.width / 2, 20);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(x + (dx * i) / 5, y);
  await page.evaluate(() => {
    window.__bench.begin();
    document.addEventListener('mouseup', () => {
      window.__bench.t0 = performance.now();
    }, { capture: true, once: true });
  });
  await page.mouse.up();
  return page.evaluate(() => window.__bench.end(window.__bench.t0, () => window.__bench.sawSaving && !document.querySelector('.save-status--saving'), 250, 30_000));
}
