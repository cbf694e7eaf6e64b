/**
 * `npm run check:site [-- dist]`: the static quality gates over a built site: links and
 * fragments, HTML validity and heading order, no third-party loads, page weight budgets,
 * security headers. Prints each problem, the weights of a few pages and the external
 * links (listed, not fetched). Exits 1 on any problem.
 */
import path from 'node:path';
import { checkLinks } from './lib/quality/links.ts';
import { allStaticGates } from './lib/quality/gates.ts';
import { pageWeight } from './lib/quality/weight.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const gates = await allStaticGates(dist);
let failed = 0;
const names: Record<keyof typeof gates, string> = {
  links: 'Liên kết',
  html: 'HTML',
  thirdParty: 'Bên thứ ba',
  weight: 'Dung lượng',
  headers: 'Tiêu đề bảo mật',
};
for (const [key, problems] of Object.entries(gates) as [keyof typeof gates, string[]][]) {
  console.log(`${problems.length ? '✗' : '✓'} ${names[key]}: ${problems.length ? problems.length + ' lỗi' : 'đạt'}`);
  for (const p of problems.slice(0, 50)) console.log(`    ${p}`);
  failed += problems.length;
}
console.log('Dung lượng tải lần đầu (gzip):');
for (const page of ['/', '/van-ban/', '/tim-kiem/']) {
  const w = pageWeight(dist, page);
  console.log(
    `    ${page}: HTML ${(w.html / 1024).toFixed(1)} KB + CSS ${(w.css / 1024).toFixed(1)} KB + JS ${(w.js / 1024).toFixed(1)} KB = ${(w.total / 1024).toFixed(1)} KB; phông ${(w.fonts / 1024).toFixed(0)} KB; ảnh ${(w.images / 1024).toFixed(0)} KB`,
  );
}
const external = checkLinks(dist).external;
const unique = [...new Set(external.map((e) => e.url))].sort();
console.log(`Liên kết ra ngoài (không kiểm tra): ${unique.length}`);
for (const u of unique) console.log(`    ${u}`);
console.log(
  `${failed ? failed + ' lỗi' : 'Đạt mọi cổng kiểm tra'} (${((performance.now() - started) / 1000).toFixed(1)} giây).`,
);
process.exit(failed ? 1 : 0);
