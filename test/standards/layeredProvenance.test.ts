import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/generate';
import { LayeredProvenance } from '../../src/standards/layeredProvenance';
import type { Provenance } from '../../src/standards/provenance';

// Issue 16.2: a layering's provenance is its own paths over the shared provenance of the layers
// above it. It must read as the map copied and changed in place did (values and order).

/** A small deterministic generator, the benchmark's (mulberry32). */
const random = mulberry32;

const PATHS = ['a', 'a.b', 'a.b.c', 'a.b.d', 'a.e', 'f', 'f.g', 'f.g.h', 'fx', 'a.bc'];

describe('LayeredProvenance', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('reads as a copied map changed in place (seed %i)', (seed) => {
    const next = random(seed);
    let layered: ReadonlyMap<string, Provenance> = new Map();
    let copied = new Map<string, Provenance>();
    for (let layer = 0; layer < 4; layer++) {
      const own = new LayeredProvenance(layered);
      copied = new Map(copied);
      for (let step = 0; step < 6; step++) {
        const path = PATHS[Math.floor(next() * PATHS.length)] as string;
        if (next() < 0.3) {
          own.cut(path);
          for (const p of [...copied.keys()]) if (p.startsWith(`${path}.`)) copied.delete(p);
        } else {
          const provenance = { kind: 'published', entryId: `e${layer}.${step}` } as Provenance;
          own.put(path, provenance);
          copied.set(path, provenance);
        }
      }
      layered = own.seal();
      for (const p of PATHS) expect(layered.get(p)).toBe(copied.get(p));
      expect([...layered]).toEqual([...copied]);
      expect(layered.size).toBe(copied.size);
    }
  });

  it('is read-only once sealed', () => {
    const p = new LayeredProvenance(new Map()).seal();
    expect(() => p.put('a', { kind: 'published', entryId: 'x' } as Provenance)).toThrow(TypeError);
    expect(() => p.cut('a')).toThrow(TypeError);
    expect('set' in p).toBe(false);
  });
});
