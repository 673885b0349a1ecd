/**
 * Offers text as a file download through a Blob link (works in the web mode and in the desktop window).
 * CSV gets a byte order mark so Excel reads accented names as UTF-8 rather than as the system code page.
 */
export function downloadText(fileName: string, text: string, mimeType = 'text/csv;charset=utf-8'): void {
  const withBom = mimeType.startsWith('text/csv') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([withBom], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
