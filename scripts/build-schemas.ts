/**
 * Writes the JSON Schemas of the contracts to schemas/*.json (`npm run schemas`). A test checks
 * that the committed files equal freshly generated ones.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaText, SCHEMA_NAMES } from '../src/cli/jsonSchemas';

const dir = join(import.meta.dirname, '..', 'schemas');
for (const name of SCHEMA_NAMES) {
  writeFileSync(join(dir, `${name}.json`), jsonSchemaText(name));
  console.log(`schemas/${name}.json`);
}
