import { EXIT, parseCommandArgs, UsageError } from './args';
import { jsonSchemaText, SCHEMA_NAMES, type SchemaName } from './jsonSchemas';

export const SCHEMA_HELP = `Usage: jiuzhu schema household|standards|determination|assessment

Prints the JSON Schema (draft 2020-12) of a contract, generated from the library's zod schemas.
household and standards describe what callers send; determination and assessment what the
library returns. The same files ship in the package as schemas/<name>.json.`;

/** `jiuzhu schema NAME`. */
export function schemaCommand(args: string[]): number {
  const p = parseCommandArgs(args, {});
  if (p.values.help) {
    process.stdout.write(`${SCHEMA_HELP}\n`);
    return EXIT.ok;
  }
  const name = p.positionals[0];
  if (p.positionals.length !== 1 || !(SCHEMA_NAMES as readonly string[]).includes(name as string))
    throw new UsageError(`give one schema name: ${SCHEMA_NAMES.join(', ')}`);
  process.stdout.write(jsonSchemaText(name as SchemaName));
  return EXIT.ok;
}
