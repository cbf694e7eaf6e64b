/**
 * `npm run bench:search -- [--documents N] [--exemplars N] [--news N]`: builds a
 * synthetic site (default 10,000 documents) in a temporary folder with the real build,
 * then measures what search costs a reader: the bytes fetched by the first query on a
 * fresh browser for a common syllable ("thi", "năm"), a rare word and a document number,
 * and the index size on disk. Then it builds the sample site (`content/`) beside it and
 * runs the labelled query set on it (scripts/lib/search-eval.ts): MRR, success@1 and
 * success@3 per category and overall, and the header box's speed. The last line is one
 * JSON object.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { dirBytes } from './lib/dir-bytes.ts';
import { chromiumHint, hasChromium, launchChromium } from './lib/chromium.ts';
import { evaluateSearch, formatSearchReport, searchFiguresJson } from './lib/search-eval.ts';
import { buildSite, prepareSite, projectRoot } from './lib/site-copy.ts';
import { serveStatic } from './lib/static-server.ts';
import { writeSyntheticContent } from './lib/synthetic.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    exemplars: { type: 'string', default: '0' },
    news: { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
  },
});
if (!hasChromium()) {
  console.error(chromiumHint);
  process.exit(1);
}
const size = { documents: Number(values.documents), exemplars: Number(values.exemplars), news: Number(values.news) };
const work = mkdtempSync(path.join(tmpdir(), 'thidua-bench-search-'));
const root = prepareSite(path.join(work, 'site'));
console.log(
  `Tạo nội dung giả lập: ${size.documents} văn bản, ${size.exemplars} gương điển hình, ${size.news} tin tại ${root}`,
);
const { sampleNumber } = writeSyntheticContent(path.join(root, 'content'), size);

console.log('Xây dựng trang (astro build, gồm lập chỉ mục tìm kiếm)…');
const started = performance.now();
const built = buildSite(root, {}, true);
const buildSeconds = (performance.now() - started) / 1000;
if (built.status !== 0) {
  console.error('Xây dựng thất bại.');
  process.exit(1);
}

const indexBytes = dirBytes(path.join(built.dist, 'pagefind'));

const server = await serveStatic(built.dist);
const browser = await launchChromium();
const gz = new Map<string, number>();
const gzipped = (p: string) => {
  if (!gz.has(p)) {
    const file = path.join(built.dist, p);
    const raw = readFileSync(file);
    // Pagefind's index and fragments are already compressed; a host gzips the rest.
    gz.set(p, /\.pf_/.test(p) ? raw.length : gzipSync(raw).length);
  }
  return gz.get(p)!;
};
const queries = ['thi', 'năm', 'Đrây', sampleNumber];
const measures: Record<string, { requests: number; rawKB: number; gzipKB: number; results: string; ms: number }> = {};
for (const q of queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A reader arriving with a query (from the header box or a shared link): everything
  // the search itself fetches is counted, the page's HTML, CSS and fonts are not.
  server.sent.clear();
  const t0 = performance.now();
  await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-status]')?.textContent ?? '';
    return s && !s.startsWith('Đang tìm');
  });
  const ms = performance.now() - t0;
  const fetched = [...server.sent.entries()].filter(([p]) => p.startsWith('/pagefind/') || p.endsWith('.js'));
  measures[q] = {
    requests: fetched.length,
    rawKB: Math.round(fetched.reduce((a, [, b]) => a + b, 0) / 1024),
    gzipKB: Math.round(fetched.reduce((a, [p]) => a + gzipped(p), 0) / 1024),
    results: (await page.textContent('[data-status]'))!.slice(0, 60),
    ms: Math.round(ms),
  };
  if (process.env.BENCH_VERBOSE)
    for (const [p, b] of fetched.sort((a, b) => b[1] - a[1])) console.log(`    ${Math.round(b / 1024)} KB ${p}`);
  console.log(
    `“${q}”: ${measures[q]!.requests} tệp, ${measures[q]!.gzipKB} KB (nén gzip; ${measures[q]!.rawKB} KB thô), ${measures[q]!.ms} ms: ${measures[q]!.results}`,
  );
  await context.close();
}
await server.close();
console.log(`Chỉ mục trên đĩa: ${(indexBytes / 1024 / 1024).toFixed(1)} MB; xây dựng ${buildSeconds.toFixed(1)} giây.`);

// Ranking quality: the labelled query set on the sample site, built beside the synthetic one.
console.log('Xây dựng trang mẫu (content/) để đo chất lượng xếp hạng…');
const sample = buildSite(prepareSite(path.join(work, 'sample'), path.join(projectRoot, 'content')));
if (sample.status !== 0) {
  console.error(sample.output.slice(-3000));
  console.error('Xây dựng trang mẫu thất bại.');
  process.exit(1);
}
const quality = await evaluateSearch(sample.dist, { browser });
for (const line of formatSearchReport(quality, false)) console.log(line);
await browser.close();
if (!values.keep) rmSync(work, { recursive: true, force: true });
console.log(
  JSON.stringify({
    ...size,
    buildSeconds: Number(buildSeconds.toFixed(1)),
    indexMB: Number((indexBytes / 1024 / 1024).toFixed(2)),
    firstQuery: measures,
    quality: searchFiguresJson(quality),
  }),
);
