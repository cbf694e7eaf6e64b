/**
 * `npm run import:eval`: the importer on the labelled corpus of
 * test/fixtures/import/eval/, per field right, marked, missing and wrong without a mark
 * (scripts/lib/import-eval.ts). `--json <file>` also writes the full results.
 */
import { writeFileSync } from 'node:fs';
import { evaluate, formatReport } from './lib/import-eval.ts';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const started = Date.now();
let done = 0;
const report = await evaluate({
  progress: (name) => process.stderr.write(`\r${++done} văn bản… ${name.padEnd(60).slice(0, 60)}`),
});
process.stderr.write('\r'.padEnd(80) + '\r');
for (const line of formatReport(report)) console.log(line);
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} giây)`);
if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1]!, JSON.stringify(report, null, 2));
