/**
 * `npm run search:eval [-- --dist <dir>] [--json <file>] [--keep]`: search quality on the
 * labelled query set (test/fixtures/search/queries.json) in Chromium: MRR, success@1
 * and success@3 per category and overall, every query whose expected page is not in the
 * first three with what came instead, and the header box's agreement and speed
 * (scripts/lib/search-eval.ts). Without `--dist`, builds the sample site (`content/`)
 * in a temporary folder first, as `npm run build` would; `--dist` reuses a built site.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumHint, hasChromium } from './lib/chromium.ts';
import { evaluateSearch, formatSearchReport, searchFiguresJson } from './lib/search-eval.ts';
import { buildSite, prepareSite, projectRoot } from './lib/site-copy.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
if (!hasChromium()) {
  console.error(chromiumHint);
  process.exit(1);
}

let dist = values.dist ? path.resolve(values.dist) : '';
let work: string | undefined;
if (!dist) {
  work = mkdtempSync(path.join(tmpdir(), 'thidua-search-eval-'));
  const root = prepareSite(path.join(work, 'site'), path.join(projectRoot, 'content'));
  console.log(`Xây dựng trang mẫu (content/) tại ${root}…`);
  const started = performance.now();
  const built = buildSite(root);
  if (built.status !== 0) {
    console.error(built.output.slice(-3000));
    console.error('Xây dựng thất bại.');
    process.exit(1);
  }
  console.log(`Đã xây dựng trong ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
  dist = built.dist;
}

const report = await evaluateSearch(dist, {
  progress: (done, total, query) => process.stderr.write(`\r${done}/${total} ${query.padEnd(50).slice(0, 50)}`),
});
process.stderr.write('\r'.padEnd(70) + '\r');
for (const line of formatSearchReport(report)) console.log(line);
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
if (work && !values.keep) rmSync(work, { recursive: true, force: true });
else if (work) console.log(`Giữ bản dựng tại ${dist}`);
console.log(JSON.stringify(searchFiguresJson(report)));
