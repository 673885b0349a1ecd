import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../shared/reports/escape';
import { cssString } from '../../../shared/reports/print-css';
import { el, toMarkup, txt } from '../../../shared/reports/charts/svg-tree';

describe('escapeHtml, the one escape of every report', () => {
  it('writes markup characters as references, so hostile names stay text', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('"><script>alert(1)</script>')).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('</style><b>')).toBe('&lt;/style&gt;&lt;b&gt;');
    expect(escapeHtml("O'Brien & Sons")).toBe('O&#39;Brien &amp; Sons');
  });

  it('writes bidirectional overrides as visible references and drops control characters', () => {
    // An override left open is closed at the end of its own text (PDF U+202C), so it cannot reverse what follows.
    expect(escapeHtml('abc\u202Egpj.exe')).toBe('abc&#x202E;gpj.exe&#x202C;');
    expect(escapeHtml('a\u2066b\u2069')).toBe('a&#x2066;b&#x2069;');
    expect(escapeHtml('a\u0000b\u0007c\td\n')).toBe('abc\td\n');
  });

  it('keeps ordinary text, accents and other scripts as they are', () => {
    expect(escapeHtml('Zoë Müller – 北京 – مرحبا')).toBe('Zoë Müller – 北京 – مرحبا');
  });
});

describe('cssString, for the page header text', () => {
  it('cannot close the string or the style element', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('</style><script>')).not.toContain('<');
    expect(cssString('line\nbreak')).toBe('"line break"');
  });
});

describe('chart trees as markup', () => {
  it('escapes text and attribute values and refuses event-handler attributes', () => {
    const markup = toMarkup(el('svg', { 'aria-label': '"><img src=x>' }, [el('text', {}, [txt('<script>x</script>')])]));
    expect(markup).toBe('<svg aria-label="&quot;&gt;&lt;img src=x&gt;"><text>&lt;script&gt;x&lt;/script&gt;</text></svg>');
    expect(() => toMarkup(el('svg', { onload: 'alert(1)' }))).toThrow(/attribute/);
    expect(() => toMarkup(el('script><img'))).toThrow(/tag/);
  });
});
