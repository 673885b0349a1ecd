// Glue: prints a report's standalone HTML to PDF with Electron's own Chromium (printToPDF), in a hidden window that
// runs no script, has no preload, no Node, its own in-memory session, and is destroyed once the PDF is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';

export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-report-'));
  const file = path.join(dir, 'report.html');
  fs.writeFileSync(file, html, 'utf8');
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, partition: 'report-print', spellcheck: false, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
