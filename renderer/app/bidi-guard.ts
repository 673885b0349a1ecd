import { BIDI_OPENERS, closeBidi } from '../../shared/text/bidi';

/**
 * Keeps a right-to-left override (or any other bidirectional control) in user text from reversing what follows it
 * on screen: every text node shown that opens one gets the matching closers at its end (shared/text/bidi.ts). It
 * watches the whole document, so every view, the Gantt chart's SVG, dialogs and the window title are covered,
 * including views added later. The stored text is never touched: form fields (input values, textareas) and the
 * options of a select, whose text can be its value, are left as they are.
 */
const LEFT_ALONE = new Set(['TEXTAREA', 'OPTION', 'SCRIPT', 'STYLE']);

function guardText(node: Text): void {
  const parent = node.parentNode;
  if (parent && LEFT_ALONE.has(parent.nodeName)) return;
  const text = node.data;
  if (!BIDI_OPENERS.test(text)) return;
  const closed = closeBidi(text);
  // Writing data fires one more mutation, which then finds nothing to close: no loop.
  if (closed !== text) node.data = closed;
}

function guardTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) return guardText(root as Text);
  if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  // A cheap look at the whole subtree first: almost no view holds a bidirectional control at all.
  if (!BIDI_OPENERS.test(root.textContent ?? '')) return;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) guardText(node as Text);
}

/** Starts guarding `root` (the whole document by default) and answers a function that stops it. */
export function installBidiGuard(root: Node = document.documentElement): () => void {
  guardTree(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') guardText(record.target as Text);
      else record.addedNodes.forEach(guardTree);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return () => observer.disconnect();
}
