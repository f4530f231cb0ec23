import { describe, expect, it } from 'vitest';
import { clipText, ECHO_LIMIT } from '../../src/text/clipText';

describe('clipText (keys and values echoed in messages)', () => {
  it('keeps text of at most 64 characters whole', () => {
    expect(ECHO_LIMIT).toBe(64);
    expect(clipText('evnets')).toBe('evnets');
    const k64 = 'k'.repeat(64);
    expect(clipText(k64)).toBe(k64);
    expect(clipText('')).toBe('');
  });

  it('cuts longer text to 64 characters and "…", whatever its size', () => {
    expect(clipText('k'.repeat(65))).toBe(`${'k'.repeat(64)}…`);
    const huge = 'x'.repeat(5_000_000);
    const clipped = clipText(huge);
    expect(clipped).toHaveLength(65);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clipText('abcdefghij', 4)).toBe('abcd…');
  });

  it('never splits a surrogate pair', () => {
    // 63 ASCII characters then 𠀀 (two code units): the cut at 64 would fall inside it.
    const text = `${'a'.repeat(63)}\u{20000}tail`;
    const clipped = clipText(text);
    expect(clipped).toBe(`${'a'.repeat(63)}…`);
    expect(clipped.charCodeAt(clipped.length - 2)).toBe(0x61);
    expect(clipText(`${'a'.repeat(62)}\u{20000}tail`)).toBe(`${'a'.repeat(62)}\u{20000}…`);
  });
});
