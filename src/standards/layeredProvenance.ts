import type { Provenance } from './provenance';

/**
 * The provenance of one layering: the paths one entry set (and the subtrees it replaced) over the
 * provenance of the layers above it, which is shared, not copied. A county's layering on its
 * city's thus costs the county's own paths, not the ~100 paths of the national and city entries
 * (`checkStandards` makes one layering per entry of a table of 100,000). Reads as a `Map` built
 * by copying the layers above and applying this layer's changes in order would: the same values
 * and the same iteration order (iteration builds that map once). Read-only to callers; internal.
 */
export class LayeredProvenance implements ReadonlyMap<string, Provenance> {
  readonly #below: ReadonlyMap<string, Provenance>;
  /** This layer's paths and their provenance. */
  readonly #own = new Map<string, Provenance>();
  /** The subtrees this layer replaced: paths under them are not read from below. */
  readonly #cut: string[] = [];
  /** This layer's changes in order, replayed by iteration. */
  readonly #log: (readonly [string, Provenance] | string)[] = [];
  #flat: Map<string, Provenance> | undefined;
  #sealed = false;

  constructor(below: ReadonlyMap<string, Provenance>) {
    this.#below = below;
  }

  /** Sets a path's provenance while the layer is made; internal. */
  put(path: string, provenance: Provenance): void {
    if (this.#sealed) throw new TypeError('the maps of a resolution are read-only');
    this.#own.set(path, provenance);
    this.#log.push([path, provenance]);
  }

  /** Removes the paths under `path` (a subtree replaced by a leaf) while the layer is made. */
  cut(path: string): void {
    if (this.#sealed) throw new TypeError('the maps of a resolution are read-only');
    const prefix = `${path}.`;
    for (const p of [...this.#own.keys()]) if (p.startsWith(prefix)) this.#own.delete(p);
    this.#cut.push(prefix);
    this.#log.push(prefix);
  }

  /** Ends the making of the layer: from now on it only reads. */
  seal(): this {
    this.#sealed = true;
    return this;
  }

  /**
   * Makes the provenance one map now, so that each read is one lookup: for a resolution that
   * many assessments read (`resolveStandards` keeps it), not for a layering read a few times.
   */
  flatten(): this {
    this.flat();
    return this;
  }

  get(path: string): Provenance | undefined {
    if (this.#flat !== undefined) return this.#flat.get(path);
    const own = this.#own.get(path);
    if (own !== undefined) return own;
    for (const prefix of this.#cut) if (path.startsWith(prefix)) return undefined;
    return this.#below.get(path);
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  get size(): number {
    return this.flat().size;
  }

  /** The provenance as one map, made on first need (iteration). */
  private flat(): Map<string, Provenance> {
    if (this.#flat !== undefined) return this.#flat;
    const flat = new Map(this.#below);
    for (const step of this.#log) {
      if (typeof step === 'string') {
        for (const p of [...flat.keys()]) if (p.startsWith(step)) flat.delete(p);
      } else flat.set(step[0], step[1]);
    }
    this.#flat = flat;
    return flat;
  }

  forEach(
    fn: (value: Provenance, key: string, map: ReadonlyMap<string, Provenance>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, v] of this.flat()) fn.call(thisArg, v, k, this);
  }

  entries(): MapIterator<[string, Provenance]> {
    return this.flat().entries();
  }

  keys(): MapIterator<string> {
    return this.flat().keys();
  }

  values(): MapIterator<Provenance> {
    return this.flat().values();
  }

  [Symbol.iterator](): MapIterator<[string, Provenance]> {
    return this.flat()[Symbol.iterator]();
  }
}
