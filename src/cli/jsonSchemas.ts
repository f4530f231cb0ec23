import { z } from 'zod';
import { assessmentSchema, determinationSchema } from '../schema/determination';
import { householdSchema } from '../schema/household';
import { standardsTableSchema } from '../standards/schema';

/** The schemas `jiuzhu schema` emits and `schemas/*.json` holds. */
export const SCHEMA_NAMES = ['household', 'standards', 'determination', 'assessment'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const TITLES: Record<SchemaName, string> = {
  household: 'jiuzhu household snapshot (input)',
  standards: 'jiuzhu standards table (input)',
  determination: 'jiuzhu determination of one program (output)',
  assessment: 'jiuzhu assessment of one household (output)',
};

/**
 * A JSON Schema (draft 2020-12) from the library's zod schemas. Inputs (household, standards) are
 * emitted as what callers send (`io: 'input'`: amounts may be numbers or decimal strings);
 * outputs as what the library returns. Cross-field checks (unique member ids, references,
 * date ranges) are refinements JSON Schema cannot express: the library still applies them.
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const params = { target: 'draft-2020-12', unrepresentable: 'throw' } as const;
  const body =
    name === 'household'
      ? z.toJSONSchema(householdSchema, { ...params, io: 'input' })
      : name === 'standards'
        ? // Figures recur hundreds of times in the table schema: shared as $defs (433 KB → 58 KB).
          z.toJSONSchema(standardsTableSchema, { ...params, io: 'input', reused: 'ref' })
        : name === 'determination'
          ? z.toJSONSchema(determinationSchema, { ...params, io: 'output' })
          : z.toJSONSchema(assessmentSchema, { ...params, io: 'output' });
  const { $schema, ...rest } = body as Record<string, unknown>;
  return {
    $schema,
    $id: `https://jiuzhu.dev/schemas/${name}.json`,
    title: TITLES[name],
    description: 'Generated from the zod schemas of jiuzhu by `npm run schemas`; do not edit.',
    ...rest,
  };
}

/** The schema as the text written to `schemas/<name>.json`. */
export function jsonSchemaText(name: SchemaName): string {
  return `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
}
