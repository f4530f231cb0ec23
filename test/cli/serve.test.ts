import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/cli/jsonSchemas';
import { jiuzhu, ON, ROOT, TABLE } from './run';

/** A `jiuzhu serve` child on a free loopback port. */
interface Served {
  child: ChildProcess;
  base: string;
  port: number;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts `jiuzhu serve` from the sources on port 0 and reads the port from its stderr line. */
function serve(extra: string[]): Promise<Served> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'src/cli/main.ts'),
      'serve',
      '--table',
      TABLE,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      ...extra,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (b: Buffer) => {
      err += b.toString('utf8');
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(err);
      if (m) {
        const port = Number(m[1]);
        resolve({ child, port, base: `http://127.0.0.1:${port}`, stderr: () => err, exited });
      }
    });
    exited.then((code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

/** A raw request: headers and body chunks under the test's control. */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string | number> },
): {
  req: ReturnType<typeof request>;
  response: Promise<{ status: number; headers: Record<string, unknown>; body: string }>;
  lines: (n: number) => Promise<string[]>;
} {
  const req = request({ host: '127.0.0.1', port, method: options.method ?? 'POST', ...options });
  let text = '';
  const waiters: { n: number; resolve: (l: string[]) => void }[] = [];
  const check = () => {
    const lines = text.split('\n').filter((l) => l !== '');
    for (const w of waiters.splice(0)) {
      if (text.endsWith('\n') && lines.length >= w.n) w.resolve(lines);
      else waiters.push(w);
    }
  };
  const response = new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      req.on('error', reject);
      req.on('response', (res) => {
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
          check();
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
        );
        res.on('error', reject);
      });
    },
  );
  response.catch(() => {});
  return {
    req,
    response,
    lines: (n) => new Promise((resolve) => waiters.push({ n, resolve })) as Promise<string[]>,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies read in tests
type Json = any;

const HOUSEHOLD = readFileSync(join(ROOT, 'test', 'cli', 'household.json'), 'utf8');
const LINE = JSON.stringify(JSON.parse(HOUSEHOLD));
const json = { 'content-type': 'application/json' };
const ndjson = { 'content-type': 'application/x-ndjson' };

async function post(base: string, path: string, body: string, headers = json) {
  const r = await fetch(`${base}${path}`, { method: 'POST', headers, body });
  return { status: r.status, headers: r.headers, text: await r.text() };
}

// Each spawns node processes (tsx): slow on a loaded machine.
describe('jiuzhu serve', { timeout: 90_000 }, () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--max-body', '8192', '--max-stream', '20000']);
  }, 120_000);
  afterAll(async () => {
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('POST /assess of one household gives the assessment of jiuzhu assess', async () => {
    const r = await post(s.base, `/assess?on=${ON}`, HOUSEHOLD);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = JSON.parse(r.text);
    expect(body.ok).toBe(true);
    expect(body.assessment.determinations.dibao.outcome).toBe('eligible');
    expect(body.assessment.determinations.dibao.amount.total).toBe('926.00');
    const cli = await jiuzhu(['assess', '--table', TABLE, '--on', ON], LINE);
    expect(body).toEqual({ ok: true, assessment: JSON.parse(cli.stdout).assessment });
  });

  it('POST /assess of NDJSON streams the very lines of jiuzhu assess', async () => {
    // Fixture files are requests with their own date (and events, bills, scores).
    const dir = join(ROOT, 'fixtures', 'households');
    const lines = readdirSync(dir)
      .sort()
      .slice(0, 6)
      .map((f) => JSON.stringify(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
    const input = `${lines.join('\n')}\n\nnot json\n{"id":"x"}\n${LINE}`;
    const r = await post(s.base, `/assess?on=${ON}&detail=reasons`, input, ndjson);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const cli = await jiuzhu(
      ['assess', '--table', TABLE, '--on', ON, '--detail', 'reasons'],
      input,
    );
    expect(r.text).toBe(cli.stdout);
    const out = r.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, o.ok])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
      [5, true],
      [6, true],
      [8, false],
      [9, false],
      [10, true],
    ]);
    expect(out[7].error.kind).toBe('household');
  });

  it('POST /assess: 400 with the issues by path for a bad household, JSON or request', async () => {
    const bad = JSON.parse(HOUSEHOLD);
    bad.members[1].birthDate = '1990-02-30';
    bad.incomes[0].amount = 'lots';
    const r = await post(s.base, `/assess?on=${ON}`, JSON.stringify({ household: bad }));
    expect(r.status).toBe(400);
    const body = JSON.parse(r.text);
    expect(body).toMatchObject({ ok: false, status: 400, error: { kind: 'household' } });
    expect(body.error.issues.map((i: { pathText: string }) => i.pathText).sort()).toEqual([
      'household.incomes[0].amount',
      'household.members[1].birthDate',
    ]);
    const notJson = await post(s.base, `/assess?on=${ON}`, '{"id":');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.text).error.kind).toBe('json');
    const noDate = await post(s.base, '/assess', HOUSEHOLD);
    expect(noDate.status).toBe(400);
    expect(JSON.parse(noDate.text).error.issues[0]).toMatchObject({
      path: ['on'],
      code: 'missing_date',
    });
    const misspelt = await post(s.base, '/assess', JSON.stringify({ household: bad, evnets: [] }));
    expect(JSON.parse(misspelt.text).error).toMatchObject({
      kind: 'request',
      issues: [{ path: ['evnets'], code: 'unrecognized_keys' }],
    });
    const noStandards = await post(s.base, '/assess?on=1999-01-01', HOUSEHOLD);
    expect(noStandards.status).toBe(400);
    expect(JSON.parse(noStandards.text).error.kind).toBe('standards');
  });

  it('400 for a bad or unknown query parameter, naming it', async () => {
    for (const [q, name] of [
      ['on=2021-02-30', 'on'],
      ['region=32', 'region'],
      ['detail=all', 'detail'],
      ['colour=red', 'colour'],
    ]) {
      const r = await post(s.base, `/assess?${q}`, HOUSEHOLD);
      expect(r.status).toBe(400);
      expect(JSON.parse(r.text).error.issues[0]).toMatchObject({
        path: ['query', name],
        code: 'invalid_query',
      });
    }
    const lang = await post(s.base, `/explain?on=${ON}&lang=fr`, HOUSEHOLD);
    expect(JSON.parse(lang.text).error.issues[0].path).toEqual(['query', 'lang']);
  });

  it('POST /explain renders the rationale as text in zh-CN or en, or as JSON', async () => {
    const zh = await post(s.base, `/explain?on=${ON}`, HOUSEHOLD);
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(zh.text).toContain('▸ 最低生活保障（低保）：符合 · 926.00 元/月');
    const cli = await jiuzhu([
      'explain',
      '--table',
      TABLE,
      '--on',
      ON,
      '--lang',
      'en',
      join(ROOT, 'test', 'cli', 'household.json'),
    ]);
    const en = await post(s.base, `/explain?on=${ON}&lang=en`, HOUSEHOLD);
    expect(en.text).toBe(cli.stdout);
    expect(en.text).toContain('926.00 yuan/month');
    const asJson = await post(s.base, `/explain?on=${ON}&lang=en&format=json`, HOUSEHOLD);
    expect(JSON.parse(asJson.text)).toEqual({ ok: true, lang: 'en', text: cli.stdout });
    const accept = await post(s.base, `/explain?on=${ON}&verbose=true`, HOUSEHOLD, {
      ...json,
      accept: 'application/json',
    } as typeof json);
    expect(JSON.parse(accept.text).text).toContain('dibao.standard.urban = 940');
    const bad = await post(s.base, `/explain?on=${ON}`, '{"id":"x"}');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error.kind).toBe('household');
  });

  it('GET /schema/{name}, /tables, /health and /openapi.json', async () => {
    const schema = await fetch(`${s.base}/schema/household`);
    expect(schema.status).toBe(200);
    expect(schema.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect(await schema.json()).toEqual(jsonSchema('household'));
    const tables = (await (await fetch(`${s.base}/tables`)).json()) as Json;
    const file = JSON.parse(readFileSync(TABLE, 'utf8'));
    expect(tables.id).toBe(file.id);
    expect(tables.entries.map((e: { id: string }) => e.id)).toEqual(
      file.entries.map((e: { id: string }) => e.id),
    );
    expect(tables.entries[0]).toMatchObject({
      region: '100000',
      effective: { from: '2021-07-01' },
      source: { number: '民发〔2021〕57号' },
    });
    expect(tables.entries[0]).not.toHaveProperty('params');
    const health = await (await fetch(`${s.base}/health`)).json();
    expect(health).toMatchObject({ ok: true, status: 'ok', table: { id: file.id, entries: 3 } });
    const doc = (await (await fetch(`${s.base}/openapi.json`)).json()) as Json;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      ['/assess', '/explain', '/health', '/openapi.json', '/schema/{name}', '/tables'].sort(),
    );
    expect(doc.components.schemas.Household).toMatchObject({
      $id: 'https://jiuzhu.dev/schemas/household.json',
    });
    // Every reference resolves: to a component, or inside the schema resource that holds it.
    const unresolved: string[] = [];
    const walk = (v: unknown, resource: Record<string, unknown>) => {
      if (Array.isArray(v)) return v.forEach((x) => walk(x, resource));
      if (typeof v !== 'object' || v === null) return;
      const o = v as Record<string, unknown>;
      const here = typeof o.$id === 'string' ? o : resource;
      if (typeof o.$ref === 'string') {
        const root = o.$ref.startsWith('#/components/') ? doc : here;
        let at: unknown = root;
        for (const seg of o.$ref.slice(2).split('/'))
          at = (at as Record<string, unknown> | undefined)?.[seg];
        if (at === undefined) unresolved.push(o.$ref);
      }
      for (const x of Object.values(o)) walk(x, here);
    };
    walk(doc, doc);
    expect(unresolved).toEqual([]);
  });

  it('--help; usage errors exit 2 with a message: a bad limit, a port already taken', async () => {
    const [help, bad, taken] = await Promise.all([
      jiuzhu(['serve', '--help']),
      jiuzhu(['serve', '--table', TABLE, '--port', '8080x']),
      jiuzhu(['serve', '--table', TABLE, '--host', '127.0.0.1', '--port', String(s.port)]),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: jiuzhu serve --table FILE');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port must be a whole number from 0 to 65535');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain(`cannot listen on 127.0.0.1:${s.port}: EADDRINUSE`);
  });

  it('404, 405 with Allow, 415', async () => {
    const nf = await fetch(`${s.base}/nowhere`);
    expect(nf.status).toBe(404);
    expect(await nf.json()).toMatchObject({
      ok: false,
      status: 404,
      error: { kind: 'http', issues: [{ code: 'not_found' }] },
    });
    expect((await fetch(`${s.base}/schema/nothing`)).status).toBe(404);
    const get = await fetch(`${s.base}/assess`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const put = await fetch(`${s.base}/health`, { method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    for (const type of ['text/plain', 'application/json; charset=latin1']) {
      const r = await post(s.base, `/assess?on=${ON}`, HOUSEHOLD, { 'content-type': type });
      expect(r.status).toBe(415);
      expect(JSON.parse(r.text).error.issues[0].code).toBe('unsupported_media_type');
    }
    const explainNd = await post(s.base, `/explain?on=${ON}`, LINE, ndjson);
    expect(explainNd.status).toBe(415);
  });

  it('413 over the body limit: declared, sent chunked, and mid-stream for NDJSON', async () => {
    const declared = raw(s.port, {
      path: `/assess?on=${ON}`,
      headers: { ...json, 'content-length': 9000 },
    });
    declared.req.write('{');
    const d = await declared.response;
    expect(d.status).toBe(413);
    expect(JSON.parse(d.body).error.issues[0].code).toBe('body_too_large');
    declared.req.destroy();

    const chunked = raw(s.port, { path: `/assess?on=${ON}`, headers: json });
    chunked.req.write(' '.repeat(5000));
    chunked.req.write(' '.repeat(5000));
    const c = await chunked.response;
    expect(c.status).toBe(413);
    chunked.req.destroy();

    // An NDJSON stream over the limit, sent chunked: the lines before it, then one error line.
    const stream = raw(s.port, { path: `/assess?on=${ON}&detail=outcome`, headers: ndjson });
    for (let i = 0; i < 100; i++) stream.req.write(`${LINE}\n`);
    stream.req.end();
    const r = await stream.response;
    expect(r.status).toBe(200);
    const out = r.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const last = out.at(-1);
    expect(last).toMatchObject({ ok: false, status: 413, error: { kind: 'http' } });
    expect(last).not.toHaveProperty('line');
    expect(out.length).toBeGreaterThan(1);
    expect(out.length).toBeLessThan(100);
    expect(out.slice(0, -1).every((o) => o.ok === true)).toBe(true);
    // Declared over the limit: 413 before anything is assessed.
    const big = Array.from({ length: 100 }, () => LINE).join('\n');
    expect((await post(s.base, `/assess?on=${ON}`, big, ndjson)).status).toBe(413);
  });
});

describe('jiuzhu serve: time limit, concurrency and graceful shutdown', { timeout: 90_000 }, () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve(['--concurrency', '1', '--queue', '0', '--timeout', '3000']);
  }, 120_000);
  afterAll(() => {
    if (s.child.exitCode === null) s.child.kill('SIGKILL');
  });

  it('503 when every slot and queue place is taken; 408 past the time limit', async () => {
    // A body that never ends holds the only slot.
    const slow = raw(s.port, {
      path: `/assess?on=${ON}`,
      headers: { ...json, 'content-length': 100 },
    });
    slow.req.write('{');
    await new Promise((r) => setTimeout(r, 300));
    const busy = await post(s.base, `/assess?on=${ON}`, HOUSEHOLD);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(JSON.parse(busy.text).error.issues[0].code).toBe('overloaded');
    const timedOut = await slow.response;
    expect(timedOut.status).toBe(408);
    expect(JSON.parse(timedOut.body).error.issues[0].code).toBe('request_timeout');
    slow.req.destroy();
    // The slot is free again.
    expect((await post(s.base, `/assess?on=${ON}`, HOUSEHOLD)).status).toBe(200);
  });

  it('a client that goes away frees its slot at once (not at the time limit)', async () => {
    const gone = raw(s.port, {
      path: `/assess?on=${ON}`,
      headers: { ...json, 'content-length': 100 },
    });
    gone.req.write('{');
    await new Promise((r) => setTimeout(r, 300));
    expect((await post(s.base, `/assess?on=${ON}`, HOUSEHOLD)).status).toBe(503);
    gone.req.destroy();
    await expect
      .poll(async () => (await post(s.base, `/assess?on=${ON}`, HOUSEHOLD)).status, {
        timeout: 2_000,
        interval: 100,
      })
      .toBe(200);
  });

  it('SIGTERM: no new connections, the request in progress finishes, exit 0', async () => {
    const stream = raw(s.port, {
      path: `/assess?on=${ON}&detail=outcome`,
      headers: ndjson,
    });
    stream.req.write(`${LINE}\n`);
    const first = await stream.lines(1);
    expect(JSON.parse(first[0] as string)).toMatchObject({ line: 1, ok: true });
    s.child.kill('SIGTERM');
    await expect.poll(() => s.stderr(), { timeout: 10_000 }).toContain('SIGTERM: stopping');
    await expect(fetch(`${s.base}/health`)).rejects.toThrow();
    stream.req.end(`${LINE}\n`);
    const r = await stream.response;
    expect(r.status).toBe(200);
    expect(
      r.body
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).line),
    ).toEqual([1, 2]);
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toContain('jiuzhu serve: stopped');
    expect(s.stderr()).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
