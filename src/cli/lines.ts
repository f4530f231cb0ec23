import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Consecutive input lines. `first` is the 1-based number of `lines[0]`; blank lines are kept (as
 * empty strings) so numbers stay those of the input file.
 */
export interface LineBatch {
  first: number;
  lines: string[];
  /** True when the batch's last line is the input's last and had no line end. */
  truncatedLast: boolean;
}

/**
 * Splits a byte stream into lines, chunk by chunk, with backpressure (the stream is read only as
 * fast as the consumer takes batches). Handles a UTF-8 byte-order mark, CRLF and LF line ends and
 * a last line without a line end.
 */
export async function* lineBatches(stream: Readable): AsyncGenerator<LineBatch> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let next = 1;
  let start = true;
  for await (const chunk of stream) {
    let text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    if (start && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      start = false;
    }
    const lastNl = text.lastIndexOf('\n');
    if (lastNl < 0) {
      rest = text;
      continue;
    }
    rest = text.slice(lastNl + 1);
    const lines = text.slice(0, lastNl).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as string;
      if (l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
    }
    yield { first: next, lines, truncatedLast: false };
    next += lines.length;
  }
  rest += decoder.end();
  if (start && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
  if (rest.length > 0) {
    if (rest.charCodeAt(rest.length - 1) === 13) rest = rest.slice(0, -1);
    yield { first: next, lines: [rest], truncatedLast: true };
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
  const text = held.flatMap((b) => b.lines).join('\n');
  if (mode === 'candidate' && parses(text)) {
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
