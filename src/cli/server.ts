import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';
import { type Assessment, assess } from '../assess/assess';
import { isIsoDate } from '../dates/calendar';
import type { MedicalBillInput } from '../medical-aid/bill';
import { explainAssessment } from '../render/explain';
import { InputError, type InputIssue, pathToText } from '../schema/issues';
import { parseHousehold } from '../schema/parseHousehold';
import { StandardsError } from '../standards/errors';
import type { StandardsTable } from '../standards/schema';
import type { HardshipEventInput } from '../temporary-aid/event-schema';
import type { Locale } from '../trace/types';
import { VERSION } from '../version';
import { type AssessContext, assessBatch, assessLine } from './assessLines';
import { DETAILS, type Detail } from './detail';
import {
  badQuery,
  bodyTooLarge,
  clientGone,
  errorObject,
  HttpError,
  methodNotAllowed,
  notFound,
  overloaded,
  requestTimeout,
  sendError,
  sendHttpError,
  unsupportedMediaType,
} from './httpErrors';
import { Output } from './io';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from './jsonSchemas';
import { lineBatches } from './lines';
import { openApiDocument } from './openapi';
import { readRequest } from './request';

/** Limits of a server; every one has a command-line option (`jiuzhu serve --help`). */
export interface ServerLimits {
  /** Largest body of a JSON request (`POST /assess` of one household, `POST /explain`), bytes. */
  maxBody: number;
  /** Largest NDJSON body of `POST /assess`, bytes. */
  maxStream: number;
  /** Time a request may take, from its first byte to its last output, milliseconds. */
  timeoutMs: number;
  /** Requests of `/assess` and `/explain` handled at once. */
  concurrency: number;
  /** Requests waiting for a slot; one more gets 503. */
  queue: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxBody: 1024 * 1024,
  maxStream: 64 * 1024 * 1024,
  timeoutMs: 30_000,
  concurrency: 16,
  queue: 256,
};

/** A server of the JSON API over one loaded standards table. */
export interface JiuzhuServer {
  server: Server;
  /** Requests in progress (reading, assessing or writing) and waiting for a slot. */
  load(): { active: number; waiting: number };
  /**
   * Stops accepting connections and resolves when every request in progress has finished; after
   * `graceMs` the connections still open are closed.
   */
  close(graceMs: number): Promise<void>;
}

const JSON_TYPES = ['application/json'];
const NDJSON_TYPES = [
  'application/x-ndjson',
  'application/ndjson',
  'application/jsonl',
  'application/jsonlines',
];

/** Waiting room of bounded size in front of a bounded number of slots. */
class Slots {
  active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly max: number,
    private readonly queue: number,
  ) {}

  get queued(): number {
    return this.waiting.length;
  }

  /** A slot now, a promise of one, or `undefined` when slots and queue are full. */
  acquire(): Promise<void> | 'now' | undefined {
    if (this.active < this.max) {
      this.active++;
      return 'now';
    }
    if (this.waiting.length >= this.queue) return undefined;
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

/** Counts bytes through; past `limit` it fails with 413. */
class Limiter extends Transform {
  private seen = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) done(bodyTooLarge(this.limit));
    else done(null, chunk);
  }
}

/** The media type of a request, lower case, without parameters; its charset must be UTF-8. */
function mediaType(req: IncomingMessage): { type: string; charsetOk: boolean } {
  const header = req.headers['content-type'] ?? '';
  const [type = '', ...params] = header.split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='));
  const value = charset?.slice('charset='.length).replace(/"/g, '');
  return { type, charsetOk: value === undefined || value === 'utf-8' || value === 'utf8' };
}

/** Query parameters, every one known (an unknown one is a 400 naming it). */
function query(url: URL, known: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of url.searchParams) {
    if (!known.includes(k))
      throw badQuery(k, `未知的查询参数：${k}`, `unknown query parameter: ${k}`);
    if (out.has(k))
      throw badQuery(k, `查询参数重复：${k}`, `query parameter given more than once: ${k}`);
    out.set(k, v);
  }
  return out;
}

/** The date, region and detail of `/assess` (or `/explain`) from its query. */
function contextOf(q: Map<string, string>, table: StandardsTable): AssessContext {
  const on = q.get('on');
  if (on !== undefined && !isIsoDate(on))
    throw badQuery(
      'on',
      '应为以 YYYY-MM-DD 书写的有效日期',
      'expected a real date written YYYY-MM-DD',
    );
  const region = q.get('region');
  if (region !== undefined && !/^\d{6}$/.test(region))
    throw badQuery(
      'region',
      '应为六位 GB/T 2260 行政区划代码',
      'expected a six-digit GB/T 2260 code',
    );
  const detail = q.get('detail');
  if (detail !== undefined && !(DETAILS as readonly string[]).includes(detail))
    throw badQuery(
      'detail',
      `应为 ${DETAILS.join('、')} 之一`,
      `expected one of ${DETAILS.join(', ')}`,
    );
  return {
    table,
    ...(on !== undefined ? { on } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(detail !== undefined && detail !== 'full' ? { detail: detail as Detail } : {}),
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown, type = 'application/json') {
  const body = typeof value === 'string' ? value : `${JSON.stringify(value)}\n`;
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** Reads a whole body (through its limiter) as UTF-8 text without a byte-order mark. */
async function readBody(body: Limiter): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of body) parts.push(chunk as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** HTTP status of an error line's kind: bad input is 400, a fault of the server 500. */
function statusOfKind(kind: string): number {
  return kind === 'internal' ? 500 : 400;
}

const LINE_PREFIX = '{"line":1,';

/** `POST /assess` of one JSON request: the output line of `jiuzhu assess`, without its number. */
async function assessOne(body: Limiter, ctx: AssessContext, res: ServerResponse): Promise<void> {
  const text = await readBody(body);
  const r = assessLine(text, 1, false, ctx);
  // The line is `{"line":1,"ok":…}\n`: the same object without the line number.
  const out = `{${r.text.slice(LINE_PREFIX.length)}`;
  if (r.ok) {
    sendJson(res, 200, out);
    return;
  }
  const parsed = JSON.parse(out) as { error: { kind: string; issues: InputIssue[] } };
  const status = statusOfKind(parsed.error.kind);
  sendError(res, status, parsed.error.kind, parsed.error.issues);
}

/**
 * `POST /assess` of an NDJSON body: one output line per non-blank input line, in order, written as
 * they are made (the lines of `jiuzhu assess`). A limit reached mid-stream (size, time) ends the
 * response with one error line without a line number.
 */
async function assessStream(
  body: Limiter,
  ctx: AssessContext,
  res: ServerResponse,
  stopped: () => HttpError | undefined,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'cache-control': 'no-store',
  });
  const out = new Output(res);
  let pending: Promise<void> | undefined;
  const emit = (text: string) => {
    pending = out.push(text) ?? pending;
  };
  try {
    for await (const batch of lineBatches(body)) {
      assessBatch(batch, ctx, emit);
      // Each input chunk's lines go out at once: a client reading as it writes sees them.
      pending = out.flush() ?? pending;
      if (pending) {
        await pending;
        pending = undefined;
      }
      const stop = stopped();
      if (stop) throw stop;
    }
  } catch (e) {
    const err = e instanceof HttpError ? e : stopped();
    if (!err) throw e;
    emit(
      `${JSON.stringify({ ok: false, status: err.status, error: errorObject('http', [err.issue()]) })}\n`,
    );
  }
  await out.end();
  res.end();
}

/** What `/explain` and the assessment of one request share with `assessLine`: the parsed request. */
function assessForExplain(
  value: unknown,
  ctx: AssessContext,
): { ok: true; a: Assessment } | { ok: false; kind: string; issues: InputIssue[] } {
  const req = readRequest(value);
  if (Array.isArray(req)) return { ok: false, kind: 'request', issues: req };
  const on = req.on ?? ctx.on;
  if (on === undefined)
    return {
      ok: false,
      kind: 'request',
      issues: [
        {
          path: ['on'],
          pathText: 'on',
          code: 'missing_date',
          message: {
            'zh-CN': '没有评估日期：请用查询参数 on 给出，或在请求中给出 on',
            en: 'no assessment date: give the query parameter `on`, or `on` in the request',
          },
        },
      ],
    };
  const parsed = parseHousehold(req.household);
  if (!parsed.ok) {
    const issues = req.envelope
      ? parsed.error.issues.map((i) => {
          const path = ['household', ...i.path];
          return { ...i, path, pathText: pathToText(path) };
        })
      : parsed.error.issues;
    return { ok: false, kind: 'household', issues };
  }
  const region = req.region ?? ctx.region;
  try {
    const a = assess(parsed.value, ctx.table, {
      on,
      ...(region !== undefined ? { region } : {}),
      ...(req.events.length > 0 ? { events: req.events as HardshipEventInput[] } : {}),
      ...(req.bills.length > 0 ? { bills: req.bills as MedicalBillInput[] } : {}),
      ...(req.democraticScore !== undefined ? { democraticScore: req.democraticScore } : {}),
    });
    return { ok: true, a };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, kind: e.kind, issues: e.issues };
    if (e instanceof StandardsError) {
      const path = ctx.region === undefined && req.region === undefined ? ['region'] : [];
      return {
        ok: false,
        kind: 'standards',
        issues: [
          {
            path,
            pathText: path.length ? 'region' : '(root)',
            code: e.code,
            message: { 'zh-CN': e.messages['zh-CN'], en: e.messages.en },
          },
        ],
      };
    }
    throw e;
  }
}

/** `POST /explain`: the rationale as text (`text/plain`) or `{ ok, lang, text }` as JSON. */
async function explain(
  body: Limiter,
  q: Map<string, string>,
  ctx: AssessContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const lang = q.get('lang') ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en')
    throw badQuery('lang', '应为 zh-CN 或 en', 'expected zh-CN or en');
  const verboseText = q.get('verbose') ?? 'false';
  if (!['true', 'false', '1', '0'].includes(verboseText))
    throw badQuery('verbose', '应为 true 或 false', 'expected true or false');
  const format =
    q.get('format') ?? (/application\/json/.test(req.headers.accept ?? '') ? 'json' : 'text');
  if (format !== 'text' && format !== 'json')
    throw badQuery('format', '应为 text 或 json', 'expected text or json');
  const text = await readBody(body);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    sendError(res, 400, 'json', [
      {
        path: [],
        pathText: '(root)',
        code: 'invalid_json',
        message: { 'zh-CN': '请求体不是有效的 JSON', en: 'the request body is not valid JSON' },
      },
    ]);
    return;
  }
  const r = assessForExplain(value, ctx);
  if (!r.ok) {
    sendError(res, 400, r.kind, r.issues);
    return;
  }
  const rendered = explainAssessment(r.a, {
    locale: lang as Locale,
    verbose: verboseText === 'true' || verboseText === '1',
  });
  if (format === 'json') sendJson(res, 200, { ok: true, lang, text: rendered });
  else {
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(rendered),
      'content-language': lang,
    });
    res.end(rendered);
  }
}

/** `GET /tables`: the table's entries with their regions, dates and sources (no parameters). */
function tablesBody(table: StandardsTable): unknown {
  return {
    id: table.id,
    ...(table.title !== undefined ? { title: table.title } : {}),
    entries: table.entries.map((e) => ({
      id: e.id,
      region: e.region,
      effective: e.effective,
      ...(e.source !== undefined ? { source: e.source } : {}),
      ...(e.illustrative !== undefined ? { illustrative: e.illustrative } : {}),
      ...(e.illustrativeParameters !== undefined
        ? { illustrativeParameters: e.illustrativeParameters }
        : {}),
      ...(e.citations !== undefined ? { citations: e.citations } : {}),
      programs: Object.keys(e.params),
    })),
  };
}

/**
 * Creates the HTTP server of `jiuzhu serve` (not yet listening). Routes: `POST /assess`,
 * `POST /explain`, `GET /schema/{name}`, `GET /tables`, `GET /health`, `GET /openapi.json`.
 */
export function createJiuzhuServer(table: StandardsTable, limits: ServerLimits): JiuzhuServer {
  const slots = new Slots(limits.concurrency, limits.queue);
  const cache = new Map<string, string>();
  const cached = (key: string, make: () => unknown) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = `${JSON.stringify(make())}\n`;
      cache.set(key, v);
    }
    return v;
  };
  let stopping = false;
  let inProgress = 0;
  let idle: (() => void) | undefined;

  async function post(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    route: 'assess' | 'explain',
  ): Promise<void> {
    const { type, charsetOk } = mediaType(req);
    const streaming = route === 'assess' && NDJSON_TYPES.includes(type);
    const accepted = route === 'assess' ? [...JSON_TYPES, ...NDJSON_TYPES] : JSON_TYPES;
    if (!charsetOk || !(streaming || JSON_TYPES.includes(type)))
      throw unsupportedMediaType(
        route === 'assess' ? ['application/json', 'application/x-ndjson'] : accepted,
      );
    const q = query(
      url,
      route === 'assess'
        ? ['on', 'region', 'detail']
        : ['on', 'region', 'lang', 'verbose', 'format'],
    );
    const ctx = contextOf(q, table);
    const limit = streaming ? limits.maxStream : limits.maxBody;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) throw bodyTooLarge(limit);

    const slot = slots.acquire();
    if (slot === undefined) throw overloaded();
    if (slot !== 'now') {
      await slot;
      // The client may have gone while it waited: its slot goes to the next.
      if (res.destroyed) {
        slots.release();
        return;
      }
    }
    let stop: HttpError | undefined;
    const body = new Limiter(limit);
    const timer = setTimeout(() => {
      stop = requestTimeout(limits.timeoutMs);
      body.destroy(stop);
      // A client that neither sends nor reads is cut off a little later.
      setTimeout(() => {
        if (!res.writableFinished) req.socket.destroy();
      }, 5_000).unref();
    }, limits.timeoutMs);
    timer.unref();
    // A client gone before its answer frees its slot at once.
    res.once('close', () => {
      if (!res.writableFinished) body.destroy(clientGone());
    });
    req.pipe(body);
    try {
      if (route === 'explain') await explain(body, q, ctx, req, res);
      else if (streaming) await assessStream(body, ctx, res, () => stop);
      else await assessOne(body, ctx, res);
    } finally {
      clearTimeout(timer);
      slots.release();
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const get = (make: () => void) => {
      if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed(['GET', 'HEAD']);
      query(url, []);
      make();
    };
    if (path === '/assess' || path === '/explain') {
      if (method !== 'POST') throw methodNotAllowed(['POST']);
      await post(req, res, url, path === '/assess' ? 'assess' : 'explain');
    } else if (path === '/health') {
      get(() =>
        sendJson(res, 200, {
          ok: true,
          status: stopping ? 'stopping' : 'ok',
          version: VERSION,
          table: { id: table.id, entries: table.entries.length },
          active: slots.active,
          waiting: slots.queued,
        }),
      );
    } else if (path === '/tables') {
      get(() =>
        sendJson(
          res,
          200,
          cached('tables', () => tablesBody(table)),
        ),
      );
    } else if (path === '/openapi.json') {
      get(() =>
        sendJson(
          res,
          200,
          cached('openapi', () => openApiDocument(limits)),
        ),
      );
    } else if (path.startsWith('/schema/')) {
      const name = path.slice('/schema/'.length);
      if (!(SCHEMA_NAMES as readonly string[]).includes(name)) throw notFound(path);
      get(() =>
        sendJson(
          res,
          200,
          cached(`schema/${name}`, () => jsonSchema(name as SchemaName)),
          'application/schema+json',
        ),
      );
    } else {
      throw notFound(path);
    }
  }

  const server = createServer(async (req, res) => {
    inProgress++;
    if (stopping) res.setHeader('connection', 'close');
    try {
      await route(req, res);
    } catch (e) {
      // The request body may be unread: the connection is closed after the answer.
      if (e instanceof HttpError) sendHttpError(res, e, req.method === 'POST' && !req.complete);
      else {
        process.stderr.write(`jiuzhu serve: internal error: ${String(e)}\n`);
        if (res.headersSent) res.destroy();
        else
          sendError(res, 500, 'internal', [
            {
              path: [],
              pathText: '(root)',
              code: 'internal_error',
              message: { 'zh-CN': '服务器内部错误', en: 'internal server error' },
            },
          ]);
      }
    } finally {
      inProgress--;
      if (stopping) {
        if (!res.writableFinished) await new Promise((r) => res.once('close', r));
        server.closeIdleConnections();
        if (inProgress === 0) idle?.();
      }
    }
  });
  // Receiving a request takes at most the time limit (and a little for the answer).
  server.requestTimeout = limits.timeoutMs + 5_000;
  server.headersTimeout = Math.min(60_000, limits.timeoutMs + 5_000);
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const body = JSON.stringify({
      ok: false,
      status,
      error: errorObject('http', [
        {
          path: [],
          pathText: '(root)',
          code: 'bad_request',
          message: { 'zh-CN': '无法读取该 HTTP 请求', en: 'the HTTP request could not be read' },
        },
      ]),
    });
    socket.end(
      `HTTP/1.1 ${status} Bad Request\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  return {
    server,
    load: () => ({ active: slots.active, waiting: slots.queued }),
    close(graceMs: number): Promise<void> {
      stopping = true;
      return new Promise((resolve) => {
        const hard = setTimeout(() => server.closeAllConnections(), graceMs);
        hard.unref();
        let pending = 2;
        const done = () => {
          if (--pending === 0) {
            clearTimeout(hard);
            resolve();
          }
        };
        server.close(() => done());
        server.closeIdleConnections();
        if (inProgress === 0) done();
        else idle = done;
      });
    },
  };
}
