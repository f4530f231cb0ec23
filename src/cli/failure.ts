import { clipText } from '../text/clipText';
import { EXIT } from './args';

/** The most characters of an error's own text written in its one-line message. */
const ERROR_TEXT_LIMIT = 200;

/** What the system calls a failed write, in words (the code is printed too). */
const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EPIPE: 'the reader closed the pipe',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EBADF: 'the output is not open for writing',
  EFBIG: 'the file is too large',
};

/**
 * The one-line message of a failed write to stdout: what failed and that the output is incomplete.
 *
 * @example
 * outputErrorText({ code: 'ENOSPC' })
 * //=> 'jiuzhu: cannot write the output (ENOSPC: no space left on the device); it is incomplete'
 */
export function outputErrorText(e: { code?: string | undefined; message?: string }): string {
  const code = e.code ?? 'error';
  const words = WRITE_ERRORS[code] ?? clipText(e.message ?? '', ERROR_TEXT_LIMIT);
  return `jiuzhu: cannot write the output (${code}${words ? `: ${words}` : ''}); it is incomplete`;
}

/**
 * The one-line message of an error jiuzhu did not expect (a fault to report): its name and
 * message, cut to 200 characters and on one line — never a stack trace (set `JIUZHU_DEBUG=1` for
 * the stack).
 *
 * @example
 * internalErrorText(new RangeError('not a YYYY-MM-DD date: 10001-06-01'))
 * //=> 'jiuzhu: internal error: RangeError: not a YYYY-MM-DD date: 10001-06-01'
 */
export function internalErrorText(e: unknown): string {
  let text: string;
  try {
    text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    text = 'an error that cannot be shown';
  }
  return `jiuzhu: internal error: ${clipText(text.replace(/\s+/g, ' '), ERROR_TEXT_LIMIT)}`;
}

/** True when `JIUZHU_DEBUG` asks for stack traces. */
function debug(): boolean {
  const v = process.env.JIUZHU_DEBUG;
  return v !== undefined && v !== '' && v !== '0';
}

/** Writes the one-line message of an unexpected error to stderr (and its stack when debugging). */
export function reportInternal(e: unknown): void {
  process.stderr.write(`${internalErrorText(e)}\n`);
  if (debug() && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
}

/**
 * Makes every failure of the process one line on stderr and a documented exit code:
 * - a failed write to stdout (a full disk, a closed pipe, …): exit {@link EXIT.output} (3) at once,
 *   so an incomplete output is never taken for a complete run (0) or one with bad lines (1);
 * - an error nothing caught: exit {@link EXIT.internal} (4), without a stack trace.
 * A failed write to stderr is ignored (there is nowhere left to say it).
 */
export function guardProcess(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    process.stderr.write(`${outputErrorText(e)}\n`);
    process.exit(EXIT.output);
  });
  process.stderr.on('error', () => {});
  const fail = (e: unknown) => {
    reportInternal(e);
    process.exit(EXIT.internal);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
