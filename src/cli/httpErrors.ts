import type { ServerResponse } from 'node:http';
import type { InputIssue } from '../schema/issues';

/**
 * An error of the HTTP layer (not of a household): a status, a code and a message in zh-CN and
 * en. Its body has the shape of an error line of `jiuzhu assess`, so a client reads every error
 * the same way: `{ "ok": false, "status": 413, "error": { "kind": "http", "issues": [...] } }`.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly zh: string,
    readonly en: string,
    /** Extra response headers (`Allow` of a 405, `Retry-After` of a 503). */
    readonly headers: Record<string, string> = {},
    /** The path of what was wrong (a query parameter), `[]` for the request as a whole. */
    readonly path: (string | number)[] = [],
  ) {
    super(en);
  }

  issue(): InputIssue {
    return {
      path: this.path,
      pathText: this.path.length === 0 ? '(root)' : this.path.join('.'),
      code: this.code,
      message: { 'zh-CN': this.zh, en: this.en },
    };
  }
}

/** The error object of a response body or of an NDJSON error line. */
export function errorObject(
  kind: string,
  issues: InputIssue[],
): { kind: string; issues: InputIssue[] } {
  return { kind, issues };
}

/** The body of an error response. */
export function errorBody(status: number, kind: string, issues: InputIssue[]): string {
  return `${JSON.stringify({ ok: false, status, error: errorObject(kind, issues) })}\n`;
}

/**
 * Sends an error response when headers are not yet sent. `close` asks the client to close the
 * connection (used when the request body was not read to its end).
 */
export function sendError(
  res: ServerResponse,
  status: number,
  kind: string,
  issues: InputIssue[],
  headers: Record<string, string> = {},
  close = false,
): void {
  if (res.headersSent) return;
  const body = errorBody(status, kind, issues);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
    ...headers,
  });
  res.end(body);
}

/** Sends an {@link HttpError}. */
export function sendHttpError(res: ServerResponse, e: HttpError, close = false): void {
  sendError(res, e.status, 'http', [e.issue()], e.headers, close);
}

export const notFound = (what: string) =>
  new HttpError(404, 'not_found', `没有该资源：${what}`, `no such resource: ${what}`);

export const methodNotAllowed = (allow: string[]) =>
  new HttpError(
    405,
    'method_not_allowed',
    `该资源只接受 ${allow.join('、')} 方法`,
    `this resource accepts ${allow.join(', ')} only`,
    { allow: allow.join(', ') },
  );

export const unsupportedMediaType = (accepted: string[]) =>
  new HttpError(
    415,
    'unsupported_media_type',
    `不支持该内容类型；请使用 ${accepted.join('、')}（字符集 UTF-8）`,
    `unsupported content type; send ${accepted.join(' or ')} (charset UTF-8)`,
  );

export const bodyTooLarge = (limit: number) =>
  new HttpError(
    413,
    'body_too_large',
    `请求体超过上限 ${limit} 字节`,
    `the request body is over the limit of ${limit} bytes`,
  );

export const requestTimeout = (ms: number) =>
  new HttpError(
    408,
    'request_timeout',
    `请求未在 ${ms} 毫秒内完成`,
    `the request did not complete within ${ms} ms`,
  );

export const overloaded = () =>
  new HttpError(
    503,
    'overloaded',
    '服务器正忙（处理中与排队的请求均已满），请稍后重试',
    'the server is busy (every slot and queue place is taken); retry later',
    { 'retry-after': '1' },
  );

export const badQuery = (name: string, zh: string, en: string) =>
  new HttpError(400, 'invalid_query', zh, en, {}, ['query', name]);

/** The client closed the connection before its answer (never sent: there is no one to read it). */
export const clientGone = () =>
  new HttpError(499, 'client_closed', '客户端已断开连接', 'the client closed the connection');
