/**
 * The benchmark's bare pass: the same streaming input and buffered output as `jiuzhu assess`, but
 * each line is only `JSON.parse`d and a real output object of the same kind (from a sample of
 * CLI output) is `JSON.stringify`d. Usage: tsx bench/bare.ts INPUT SAMPLE > /dev/null
 */
import { createReadStream, readFileSync } from 'node:fs';
import { Output } from '../src/cli/io';
import { lineBatches } from '../src/cli/lines';

const [input, sampleFile] = process.argv.slice(2) as [string, string];
const sample = readFileSync(sampleFile, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l));
const out = new Output(process.stdout);
let k = 0;
for await (const batch of lineBatches(createReadStream(input, { highWaterMark: 1 << 16 }))) {
  let text = '';
  for (const line of batch.lines) {
    if (line === '') continue;
    const value = JSON.parse(line) as { id?: string };
    const o = sample[k++ % sample.length];
    if (value.id === undefined) throw new Error('unexpected input');
    text += `${JSON.stringify(o)}\n`;
  }
  await out.push(text);
}
await out.end();
