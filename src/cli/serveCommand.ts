import type { AddressInfo } from 'node:net';
import { EXIT, parseCommandArgs, requiredOption, stringOption, UsageError } from './args';
import { loadTable } from './io';
import { createJiuzhuServer, DEFAULT_LIMITS, type ServerLimits } from './server';

export const SERVE_HELP = `Usage: jiuzhu serve --table FILE [--port 8080] [--host 127.0.0.1] [limits]

Serves the rules over HTTP (JSON), with the results of jiuzhu assess and jiuzhu explain:
  POST /assess         one household or request (application/json) → { ok, assessment };
                       an NDJSON body (application/x-ndjson) → NDJSON, one line per input line,
                       streamed; query: on, region, detail (full | reasons | outcome)
  POST /explain        one household or request → the rationale as text/plain, or JSON with
                       ?format=json or Accept: application/json; query: on, region, lang
                       (zh-CN | en), verbose
  GET  /schema/NAME    JSON Schema of household, standards, determination or assessment
  GET  /tables         the loaded table's entries with their regions, dates and sources
  GET  /health         liveness, version and load
  GET  /openapi.json   the OpenAPI 3.1 document of these routes

Errors are JSON { ok: false, status, error: { kind, issues: [{ path, pathText, code, message }] } }
with status 400 (bad JSON, request, household or query; no standards in force), 404, 405, 408
(time limit), 413 (body limit), 415 (content type), 500 or 503 (busy). Never a stack trace.

  --table FILE         standards table (JSON), validated first
  --port N             TCP port (default 8080; 0 picks a free one)
  --host ADDR          address to listen on (default 127.0.0.1)
  --max-body BYTES     largest JSON body (default ${DEFAULT_LIMITS.maxBody})
  --max-stream BYTES   largest NDJSON body (default ${DEFAULT_LIMITS.maxStream})
  --timeout MS         time a request may take once it has a slot (default ${DEFAULT_LIMITS.timeoutMs})
  --concurrency N      /assess and /explain requests handled at once (default ${DEFAULT_LIMITS.concurrency})
  --queue N            requests waiting for a slot before 503 (default ${DEFAULT_LIMITS.queue})

Prints "jiuzhu serve: listening on http://HOST:PORT" to stderr once it accepts connections.
SIGTERM or SIGINT stops it: no new connections, requests in progress finish, then exit 0.`;

function whole(
  p: ReturnType<typeof parseCommandArgs>,
  name: string,
  min: number,
  max: number,
  dflt: number,
): number {
  const text = stringOption(p, name);
  if (text === undefined) return dflt;
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** `jiuzhu serve`: the HTTP JSON API. Resolves with the exit code once stopped by a signal. */
export async function serveCommand(args: string[]): Promise<number> {
  const p = parseCommandArgs(args, {
    table: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'max-body': { type: 'string' },
    'max-stream': { type: 'string' },
    timeout: { type: 'string' },
    concurrency: { type: 'string' },
    queue: { type: 'string' },
  });
  if (p.values.help) {
    process.stdout.write(`${SERVE_HELP}\n`);
    return EXIT.ok;
  }
  if (p.positionals.length > 0) throw new UsageError('serve takes no positional arguments');
  const tableFile = requiredOption(p, 'table');
  const port = whole(p, 'port', 0, 65535, 8080);
  const host = stringOption(p, 'host') ?? '127.0.0.1';
  const limits: ServerLimits = {
    maxBody: whole(p, 'max-body', 1, 1 << 30, DEFAULT_LIMITS.maxBody),
    maxStream: whole(p, 'max-stream', 1, 2 ** 40, DEFAULT_LIMITS.maxStream),
    timeoutMs: whole(p, 'timeout', 1, 3_600_000, DEFAULT_LIMITS.timeoutMs),
    concurrency: whole(p, 'concurrency', 1, 10_000, DEFAULT_LIMITS.concurrency),
    queue: whole(p, 'queue', 0, 1_000_000, DEFAULT_LIMITS.queue),
  };
  const { table } = loadTable(tableFile);
  const app = createJiuzhuServer(table, limits);
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot listen on ${host}:${port}: ${e.code ?? e.message}`)),
    );
    app.server.listen(port, host, () => resolve());
  });
  const addr = app.server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  process.stderr.write(
    `jiuzhu serve: listening on http://${shown}:${addr.port} (table ${table.id}, ${table.entries.length} entries)\n`,
  );
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const { active, waiting } = app.load();
  process.stderr.write(
    `jiuzhu serve: ${signal}: stopping; ${active + waiting} request(s) in progress finish first\n`,
  );
  await app.close(limits.timeoutMs + 5_000);
  process.stderr.write('jiuzhu serve: stopped\n');
  return EXIT.ok;
}
