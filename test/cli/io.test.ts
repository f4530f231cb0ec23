import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/io';

/** A stream whose buffer is always full until `drain` is emitted by hand. */
function fullStream() {
  const written: string[] = [];
  const stream = new Writable({ highWaterMark: 1 });
  stream.write = ((chunk: string) => {
    written.push(String(chunk));
    return false;
  }) as Writable['write'];
  return { stream, written };
}

describe('Output (buffered writing with backpressure)', () => {
  it('waits for one drain however many flushes a batch makes (no listener per write)', async () => {
    const { stream, written } = fullStream();
    const out = new Output(stream);
    const chunk = 'x'.repeat(1 << 16);
    const waits = new Set<Promise<void> | undefined>();
    for (let i = 0; i < 20; i++) waits.add(out.push(chunk));
    expect(written).toHaveLength(20);
    expect(stream.listenerCount('drain')).toBe(1);
    expect(waits.size).toBe(1);
    const [wait] = [...waits];
    expect(wait).toBeInstanceOf(Promise);
    stream.emit('drain');
    await wait;
    expect(stream.listenerCount('drain')).toBe(0);
    // After the drain, the next full write waits again.
    expect(out.push(chunk)).toBeInstanceOf(Promise);
    expect(stream.listenerCount('drain')).toBe(1);
  });
});
