/**
 * `npm run check`: validates all content against the collection schemas and the rules
 * across entries, and prints every problem at once as `path:line: field: message`.
 * Exits 1 when there is any error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportCheck } from '../src/lib/check/report.ts';

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const ok = await reportCheck(root, (line) => process.stdout.write(line + '\n'));
process.exit(ok ? 0 : 1);
