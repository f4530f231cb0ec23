import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { assessLine } from '../../src/cli/assessLines';
import {
  type LineBatch,
  lineBatches,
  MAX_LINE_BYTES,
  overlong,
  overlongLine,
  withDocuments,
} from '../../src/cli/lines';

/** A stream of the given chunks (bytes, or text as UTF-8), as a file or pipe delivers them. */
function chunks(...parts: (string | Buffer)[]): Readable {
  return Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

async function all(source: AsyncGenerator<LineBatch>) {
  const out: { line: number; text: string; truncated: boolean }[] = [];
  for await (const b of source)
    b.lines.forEach((text, i) =>
      out.push({
        line: b.first + i,
        text,
        truncated: b.truncatedLast && i === b.lines.length - 1,
      }),
    );
  return out;
}

describe('lineBatches', () => {
  it('splits lines across chunks: a BOM, CRLF, a multi-byte character cut between chunks', async () => {
    const zh = Buffer.from('{"名":"张"}', 'utf8');
    const lines = await all(
      lineBatches(
        chunks(
          Buffer.from([0xef, 0xbb]),
          Buffer.from([0xbf]),
          'a\r\n',
          zh.subarray(0, 5),
          zh.subarray(5),
          '\n\nb',
          '\r',
          '\nlast',
        ),
      ),
    );
    expect(lines).toEqual([
      { line: 1, text: 'a', truncated: false },
      { line: 2, text: '{"名":"张"}', truncated: false },
      { line: 3, text: '', truncated: false },
      { line: 4, text: 'b', truncated: false },
      { line: 5, text: 'last', truncated: true },
    ]);
  });

  it('reads the lines wholly inside one chunk alike: CRLF, blank, over the limit', async () => {
    const lines = await all(
      lineBatches(chunks(`a\r\nb\r\n\r\n${'y'.repeat(101)}\r\n${'张'.repeat(34)}\nc\r\nd`), 100),
    );
    expect(lines.map((l) => overlong(l.text) ?? l.text)).toEqual([
      'a',
      'b',
      '',
      { bytes: 102, limit: 100 }, // its CR counted
      { bytes: 102, limit: 100 },
      'c',
      'd',
    ]);
  });

  it('keeps a byte-order mark of a line other than the first (it is not one)', async () => {
    const lines = await all(lineBatches(chunks('\uFEFFa\n\uFEFFb\n')));
    expect(lines.map((l) => l.text)).toEqual(['a', '\uFEFFb']);
  });

  it('gives a marker for a line over the limit and goes on with the next lines', async () => {
    const limit = 100;
    const long = 'x'.repeat(250);
    const lines = await all(
      lineBatches(
        chunks(
          'ok1\n',
          long.slice(0, 60),
          long.slice(60, 180), // over the limit here: the rest is skipped
          long.slice(180),
          '\nok2\n',
          `${'y'.repeat(101)}\n`, // over the limit within one chunk
          `${'z'.repeat(100)}\n`, // exactly the limit
          'w'.repeat(150), // over the limit, and the last line without a line end
        ),
        limit,
      ),
    );
    expect(lines.map((l) => [l.line, overlong(l.text) ?? l.text.length])).toEqual([
      [1, 3],
      [2, { bytes: 250, limit }],
      [3, 3],
      [4, { bytes: 101, limit }],
      [5, 100],
      [6, { bytes: 150, limit }],
    ]);
    expect(lines[2]?.text).toBe('ok2');
    expect(lines[5]?.truncated).toBe(true);
  });

  it('counts a line in bytes of UTF-8 (a Chinese character is 3)', async () => {
    // 34 characters of 3 bytes: 102 bytes, over a limit of 100 though only 34 characters.
    const lines = await all(lineBatches(chunks(`${'张'.repeat(34)}\n${'张'.repeat(33)}\n`), 100));
    expect(overlong(lines[0]?.text as string)).toEqual({ bytes: 102, limit: 100 });
    expect(lines[1]?.text).toBe('张'.repeat(33));
  });

  it('has a documented default limit of 16 MiB', () => {
    expect(MAX_LINE_BYTES).toBe(16 * 1024 * 1024);
  });

  it('never reads a document whose lines include one over the limit', async () => {
    // {"a": <line over the limit>} must not become {"a": <the marker's digits>}.
    const lines = await all(
      withDocuments(lineBatches(chunks('{\n"a":\n', `${'1'.repeat(200)}\n`, '}\n'), 100)),
    );
    expect(lines).toHaveLength(4);
    expect(overlong(lines[2]?.text as string)).toEqual({ bytes: 200, limit: 100 });
  });
});

describe('assessLine of a line over the limit', () => {
  it('is an error line with code line_too_long, the length and the limit', () => {
    const r = assessLine(overlongLine(20_000_000, MAX_LINE_BYTES), 7, false, {
      table: { id: 't', entries: [] } as never,
    });
    expect(r.ok).toBe(false);
    expect(JSON.parse(r.text)).toEqual({
      line: 7,
      ok: false,
      error: {
        kind: 'json',
        issues: [
          {
            path: [],
            pathText: '(root)',
            code: 'line_too_long',
            message: {
              'zh-CN': '该行长 20000000 字节，超过上限 16777216 字节，未读取',
              en: 'the line is 20000000 bytes long, over the limit of 16777216 bytes; it was not read',
            },
          },
        ],
      },
    });
  });
});
