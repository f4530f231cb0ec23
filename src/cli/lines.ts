import type { Readable } from 'node:stream';

/**
 * Consecutive input lines. `first` is the 1-based number of `lines[0]`; blank lines are kept (as
 * empty strings) so numbers stay those of the input file. A line longer than the limit is kept as
 * a marker (see {@link overlongLine}).
 */
export interface LineBatch {
  first: number;
  lines: string[];
  /** True when the batch's last line is the input's last and had no line end. */
  truncatedLast: boolean;
}

/**
 * The longest input line read, in bytes of UTF-8 without its line end: 16 MiB. The largest
 * household the schema admits (200 members, 2,000 income items, 2,000 expenditures) is well under
 * 2 MiB. A longer line is not kept in memory: it gives an error line and reading goes on.
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * The marker that stands for a line over the limit: it begins with a line end, which no line read
 * can hold (lines are split at line ends), then the line's length and the limit, in bytes.
 */
export function overlongLine(bytes: number, limit: number): string {
  return `\n${bytes} ${limit}`;
}

/** The length and limit of a line that is an {@link overlongLine} marker, or undefined. */
export function overlong(line: string): { bytes: number; limit: number } | undefined {
  if (line.charCodeAt(0) !== 10) return undefined;
  const [bytes, limit] = line.slice(1).split(' ').map(Number) as [number, number];
  return { bytes, limit };
}

const LF = 0x0a;

/**
 * Splits a byte stream into lines, chunk by chunk, with backpressure (the stream is read only as
 * fast as the consumer takes batches). Handles a UTF-8 byte-order mark, CRLF and LF line ends and
 * a last line without a line end.
 *
 * Each chunk is scanned once for line ends (a UTF-8 line end is a byte of its own, never inside a
 * multi-byte character), so a long line costs time in proportion to its length; its bytes are
 * decoded once, when its end is found (the lines wholly inside a chunk are decoded together). A line longer than `maxLineBytes` is skipped without being
 * kept and stands as an {@link overlongLine} marker: memory stays within one line of the limit.
 */
export async function* lineBatches(
  stream: Readable,
  maxLineBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<LineBatch> {
  // The current line's bytes read so far (chunk tails without a line end), and their count.
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  // True while the rest of a line over the limit is being skipped (partBytes still counts it).
  let skipping = false;
  let next = 1;
  let bom = true; // a byte-order mark may begin the first line only

  // The line ending at `end` (exclusive) of `chunk`, starting at `from` or in the parts before it.
  const take = (chunk: Buffer, from: number, end: number): string => {
    const bytes = partBytes + end - from;
    let line: string;
    if (skipping || bytes > maxLineBytes) line = overlongLine(bytes, maxLineBytes);
    else if (parts.length === 0) line = chunk.toString('utf8', from, end);
    else line = Buffer.concat([...parts, chunk.subarray(from, end)], bytes).toString('utf8');
    parts = [];
    partBytes = 0;
    skipping = false;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (bom) {
      bom = false;
      if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    }
    return line;
  };

  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : (data as Buffer);
    let lines: string[] = [];
    let from = 0;
    const firstNl = chunk.indexOf(LF);
    if (firstNl >= 0) {
      // The line the chunk ends (begun in earlier chunks, or its first).
      lines.push(take(chunk, 0, firstNl));
      from = firstNl + 1;
      // The lines wholly inside the chunk: decoded at once and split (faster than one by one).
      const lastNl = chunk.lastIndexOf(LF);
      if (lastNl > firstNl) {
        const inner = chunk.toString('utf8', from, lastNl).split('\n');
        for (let i = 0; i < inner.length; i++) {
          let l = inner[i] as string;
          if (l.charCodeAt(l.length - 1) === 13) l = l.slice(0, -1);
          // A UTF-16 code unit is at most 3 bytes of UTF-8: only a long line needs counting.
          if (l.length * 3 > maxLineBytes) {
            const bytes = Buffer.byteLength(inner[i] as string, 'utf8');
            if (bytes > maxLineBytes) l = overlongLine(bytes, maxLineBytes);
          }
          inner[i] = l;
        }
        lines = lines.concat(inner);
        from = lastNl + 1;
      }
    }
    // The chunk's tail begins the next line.
    const tail = chunk.length - from;
    if (tail > 0) {
      partBytes += tail;
      if (skipping || partBytes > maxLineBytes) {
        skipping = true;
        parts = [];
      } else {
        parts.push(from === 0 ? chunk : chunk.subarray(from));
      }
    }
    if (lines.length > 0) {
      yield { first: next, lines, truncatedLast: false };
      next += lines.length;
    }
  }
  if (partBytes > 0) {
    const line = take(Buffer.alloc(0), 0, 0);
    if (line !== '') yield { first: next, lines: [line], truncatedLast: true };
  }
}

/** Largest input read whole when it looks like one pretty-printed JSON document. */
const DOCUMENT_LIMIT = 64 * 1024 * 1024;

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Recognises a single JSON document spanning lines (a pretty-printed household) among NDJSON.
 *
 * When the first two non-blank lines are each not JSON on their own and the first starts with
 * `{`, the input is read whole (up to 64 MiB) and, if it parses, yielded as one line numbered 1.
 * Anything else — including a document that does not parse — is processed as NDJSON, line by line.
 */
export async function* withDocuments(source: AsyncGenerator<LineBatch>): AsyncGenerator<LineBatch> {
  const held: LineBatch[] = [];
  let heldChars = 0;
  let mode: 'undecided' | 'candidate' | 'lines' = 'undecided';
  const seen: string[] = [];
  for await (const batch of source) {
    if (mode === 'lines') {
      yield batch;
      continue;
    }
    held.push(batch);
    for (const l of batch.lines) heldChars += l.length + 1;
    if (mode === 'undecided') {
      for (const l of batch.lines) {
        if (seen.length >= 2) break;
        if (l.trim() !== '') seen.push(l);
      }
      if (
        seen.length >= 1 &&
        (!(seen[0] as string).trimStart().startsWith('{') || parses(seen[0] as string))
      )
        mode = 'lines';
      else if (seen.length >= 2) mode = parses(seen[1] as string) ? 'lines' : 'candidate';
    }
    if (mode === 'lines' || heldChars > DOCUMENT_LIMIT) {
      mode = 'lines';
      yield* held.splice(0);
    }
  }
  if (held.length === 0) return;
  const lines = held.flatMap((b) => b.lines);
  // A line over the limit is not read: the document is then not read either (its marker must
  // never be parsed as part of it).
  const text = lines.some((l) => overlong(l) !== undefined) ? '' : lines.join('\n');
  if (mode === 'candidate' && text !== '' && parses(text)) {
    yield { first: 1, lines: [text], truncatedLast: false };
    return;
  }
  yield* held;
}

/** Regroups batches into batches of at most `size` lines (for worker messages). */
export async function* rebatch(
  source: AsyncGenerator<LineBatch>,
  size: number,
): AsyncGenerator<LineBatch> {
  let lines: string[] = [];
  let first = 1;
  for await (const b of source) {
    let i = 0;
    while (i < b.lines.length) {
      if (lines.length === 0) first = b.first + i;
      const take = Math.min(size - lines.length, b.lines.length - i);
      for (let k = 0; k < take; k++) lines.push(b.lines[i + k] as string);
      i += take;
      if (lines.length === size) {
        yield { first, lines, truncatedLast: b.truncatedLast && i === b.lines.length };
        lines = [];
      }
    }
    if (b.truncatedLast && lines.length > 0) {
      yield { first, lines, truncatedLast: true };
      lines = [];
    }
  }
  if (lines.length > 0) yield { first, lines, truncatedLast: false };
}
