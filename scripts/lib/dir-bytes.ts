import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Total size of the files under a folder, in bytes (for the benchmarks' dist/ and index sizes). */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const st = statSync(full);
    total += st.isDirectory() ? dirBytes(full) : st.size;
  }
  return total;
}
