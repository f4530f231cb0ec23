import { z } from 'zod';
import { medicalBillSchema } from '../medical-aid/bill';
import { hardshipEventSchema } from '../temporary-aid/event-schema';
import { VERSION } from '../version';
import { DETAILS } from './detail';
import { jsonSchema, SCHEMA_NAMES } from './jsonSchemas';
import type { ServerLimits } from './server';

/** A zod input schema as an embeddable JSON Schema (draft 2020-12, without `$schema`). */
function inputSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    io: 'input',
  }) as Record<string, unknown>;
  return rest;
}

/** A generated contract schema, embedded whole: its `$id` scopes its own `$defs` references. */
function contract(name: (typeof SCHEMA_NAMES)[number]): Record<string, unknown> {
  const { $schema, ...rest } = jsonSchema(name);
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

const dateParam = {
  name: 'on',
  in: 'query',
  description:
    'Assessment date YYYY-MM-DD of every request that gives none (a request’s own `on` wins).',
  schema: { type: 'string', format: 'date' },
};
const regionParam = {
  name: 'region',
  in: 'query',
  description:
    'Six-digit GB/T 2260 region whose standards apply, for requests that give none (default: the household’s).',
  schema: { type: 'string', pattern: '^\\d{6}$' },
};

/**
 * The OpenAPI 3.1 document of `jiuzhu serve`. The household, assessment, determination and
 * standards schemas are the JSON Schemas `jiuzhu schema` prints (generated from the zod schemas);
 * events and bills are generated from their zod schemas here.
 */
export function openApiDocument(limits: ServerLimits): Record<string, unknown> {
  const commonErrors = {
    '404': error('No such resource.'),
    '405': error('Method not allowed (the `Allow` header lists the methods).'),
  };
  const postErrors = {
    ...commonErrors,
    '408': error(`The request took longer than the time limit (${limits.timeoutMs} ms).`),
    '413': error(
      `The body is over the limit (${limits.maxBody} bytes for JSON, ${limits.maxStream} for NDJSON).`,
    ),
    '415': error('Wrong content type.'),
    '500': error('Internal error (no stack trace is sent).'),
    '503': error('Every slot and queue place is taken; retry after the `Retry-After` seconds.'),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'jiuzhu HTTP API',
      version: VERSION,
      description:
        'Chinese social-assistance (社会救助) rules as typed, exact, explainable functions, over HTTP ' +
        '(`jiuzhu serve`). Results are those of `jiuzhu assess` and `jiuzhu explain` on the same table.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: 'http://127.0.0.1:8080' }],
    paths: {
      '/assess': {
        post: {
          operationId: 'assess',
          summary: 'Assess one household, or an NDJSON stream of them',
          description:
            'A JSON body (one household, or a request envelope) gives one result object: 200 with ' +
            '`{ ok: true, assessment }`, or 400 with the issues by path. An NDJSON body gives an ' +
            'NDJSON response, one line per non-blank input line in order, written as they are made ' +
            '(the lines of `jiuzhu assess`); a limit reached mid-stream ends it with an error line ' +
            'without a line number.',
          parameters: [
            dateParam,
            regionParam,
            {
              name: 'detail',
              in: 'query',
              description:
                'full (default): the audit record; reasons: without traces; outcome: outcomes and amounts only.',
              schema: { type: 'string', enum: [...DETAILS] },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('AssessRequest') },
              'application/x-ndjson': {
                schema: ref('AssessRequest'),
                description: 'One request per line.',
              },
            },
          },
          responses: {
            '200': {
              description: 'The assessment (JSON), or one line per input line (NDJSON).',
              content: {
                'application/json': { schema: ref('AssessResult') },
                'application/x-ndjson': { schema: ref('AssessLine') },
              },
            },
            '400': error('Invalid JSON, request, household, event, or no standards in force.'),
            ...postErrors,
          },
        },
      },
      '/explain': {
        post: {
          operationId: 'explain',
          summary: 'The rationale of one household as text',
          parameters: [
            dateParam,
            regionParam,
            {
              name: 'lang',
              in: 'query',
              schema: { type: 'string', enum: ['zh-CN', 'en'], default: 'zh-CN' },
            },
            {
              name: 'verbose',
              in: 'query',
              description: 'Every step with its clauses and parameter provenance.',
              schema: { type: 'string', enum: ['true', 'false', '1', '0'], default: 'false' },
            },
            {
              name: 'format',
              in: 'query',
              description: 'text (default, or JSON when the Accept header asks for it) or json.',
              schema: { type: 'string', enum: ['text', 'json'] },
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('AssessRequest') } },
          },
          responses: {
            '200': {
              description: 'The rendered explanation.',
              content: {
                'text/plain': { schema: { type: 'string' } },
                'application/json': { schema: ref('ExplainResult') },
              },
            },
            '400': error('Invalid JSON, request, household, query, or no standards in force.'),
            ...postErrors,
          },
        },
      },
      '/schema/{name}': {
        get: {
          operationId: 'schema',
          summary: 'A JSON Schema (draft 2020-12) of a contract',
          parameters: [
            {
              name: 'name',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: [...SCHEMA_NAMES] },
            },
          ],
          responses: {
            '200': {
              description: 'The schema, as `jiuzhu schema NAME` prints it.',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
            ...commonErrors,
          },
        },
      },
      '/tables': {
        get: {
          operationId: 'tables',
          summary: 'The loaded standards table: its entries with regions, dates and sources',
          responses: {
            '200': {
              description: 'The entries (without their parameters).',
              content: { 'application/json': { schema: ref('Tables') } },
            },
            ...commonErrors,
          },
        },
      },
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Liveness, version and load',
          responses: {
            '200': {
              description: 'The server runs.',
              content: { 'application/json': { schema: ref('Health') } },
            },
            ...commonErrors,
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: {
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Household: contract('household'),
        Assessment: contract('assessment'),
        Determination: contract('determination'),
        StandardsTable: contract('standards'),
        HardshipEvent: inputSchema(hardshipEventSchema),
        MedicalBill: inputSchema(medicalBillSchema),
        AssessRequest: {
          description:
            'A bare household, or an envelope with its own date, region, hardship events (临时救助), ' +
            'medical bills (医疗救助) and democratic-assessment score. Any other key is an error.',
          oneOf: [
            ref('Household'),
            {
              type: 'object',
              required: ['household'],
              additionalProperties: false,
              properties: {
                household: ref('Household'),
                on: { type: 'string', format: 'date' },
                region: { type: 'string', pattern: '^\\d{6}$' },
                events: { type: 'array', items: ref('HardshipEvent') },
                bills: { type: 'array', items: ref('MedicalBill') },
                democraticScore: { type: ['string', 'number'] },
              },
            },
          ],
        },
        Issue: {
          type: 'object',
          required: ['path', 'pathText', 'code', 'message'],
          properties: {
            path: { type: 'array', items: { type: ['string', 'integer'] } },
            pathText: { type: 'string' },
            code: { type: 'string' },
            message: {
              type: 'object',
              required: ['zh-CN', 'en'],
              properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } },
            },
          },
        },
        ErrorObject: {
          type: 'object',
          required: ['kind', 'issues'],
          properties: {
            kind: {
              type: 'string',
              description:
                'json, request, household, event, standards or internal (as in `jiuzhu assess`), or http.',
            },
            issues: { type: 'array', items: ref('Issue') },
          },
        },
        Error: {
          type: 'object',
          required: ['ok', 'status', 'error'],
          properties: {
            ok: { const: false },
            status: { type: 'integer' },
            error: ref('ErrorObject'),
          },
        },
        AssessResult: {
          type: 'object',
          required: ['ok', 'assessment'],
          properties: { ok: { const: true }, assessment: ref('Assessment') },
        },
        AssessLine: {
          type: 'object',
          required: ['ok'],
          properties: {
            line: {
              type: 'integer',
              description: 'The input line number (absent on a limit line).',
            },
            ok: { type: 'boolean' },
            assessment: ref('Assessment'),
            status: { type: 'integer' },
            error: ref('ErrorObject'),
          },
        },
        ExplainResult: {
          type: 'object',
          required: ['ok', 'lang', 'text'],
          properties: {
            ok: { const: true },
            lang: { type: 'string', enum: ['zh-CN', 'en'] },
            text: { type: 'string' },
          },
        },
        Tables: {
          type: 'object',
          required: ['id', 'entries'],
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            entries: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'region', 'effective', 'programs'],
                properties: {
                  id: { type: 'string' },
                  region: { type: 'string' },
                  effective: {
                    type: 'object',
                    properties: {
                      from: { type: 'string', format: 'date' },
                      to: { type: 'string', format: 'date' },
                    },
                  },
                  source: { type: 'object' },
                  illustrative: { type: 'string' },
                  illustrativeParameters: { type: 'object' },
                  citations: { type: 'object' },
                  programs: { type: 'array', items: { type: 'string' } },
                },
              },
            },
          },
        },
        Health: {
          type: 'object',
          required: ['ok', 'status', 'version'],
          properties: {
            ok: { const: true },
            status: { type: 'string', enum: ['ok', 'stopping'] },
            version: { type: 'string' },
            table: { type: 'object' },
            active: { type: 'integer' },
            waiting: { type: 'integer' },
          },
        },
      },
    },
  };
}
