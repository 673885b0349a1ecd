import { describe, expect, it } from 'vitest';
import { bidiClosers, closeBidi, leavesBidiOpen } from '../../../shared/text/bidi';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];

describe('closing bidirectional controls at the end of user text', () => {
  it('closes a right-to-left override, so "gpj.exe" cannot reverse what follows it', () => {
    expect(closeBidi(`invoice${RLO}gpj.exe`)).toBe(`invoice${RLO}gpj.exe${PDF}`);
    expect(leavesBidiOpen(`invoice${RLO}gpj.exe`)).toBe(true);
    expect(leavesBidiOpen(closeBidi(`invoice${RLO}gpj.exe`))).toBe(false);
  });

  it('closes embeddings and overrides with PDF and isolates with PDI, innermost first', () => {
    expect(bidiClosers(`${LRE}a${RLO}b`)).toBe(`${PDF}${PDF}`);
    expect(bidiClosers(`${RLI}a${LRO}b`)).toBe(`${PDF}${PDI}`);
    expect(bidiClosers(`${LRO}a${FSI}b`)).toBe(`${PDI}${PDF}`);
    expect(bidiClosers(`${LRI}${RLE}`)).toBe(`${PDF}${PDI}`);
  });

  it('counts what the text closes itself, and lets a PDI close the embeddings opened inside its isolate', () => {
    expect(closeBidi(`a${RLO}b${PDF}c`)).toBe(`a${RLO}b${PDF}c`);
    expect(closeBidi(`${RLI}a${RLO}b${PDI}c`)).toBe(`${RLI}a${RLO}b${PDI}c`);
    // A PDF cannot close an isolate, nor reach out of one.
    expect(bidiClosers(`${RLO}${LRI}x${PDF}`)).toBe(`${PDI}${PDF}`);
    // Stray closers close nothing and need nothing.
    expect(closeBidi(`${PDF}${PDI}plain`)).toBe(`${PDF}${PDI}plain`);
  });

  it('leaves text without controls, and other scripts, exactly as they are', () => {
    for (const text of ['', 'Pilot in Claims', 'مرحبا بالعالم', 'שלום', 'Zoë – 北京', '\u200Fmark only\u200E']) expect(closeBidi(text)).toBe(text);
  });

  it('copes with thousands of controls in one name', () => {
    const hostile = RLO.repeat(10_000);
    expect(bidiClosers(hostile)).toBe(PDF.repeat(10_000));
  });
});
