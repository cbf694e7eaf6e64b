/**
 * `npm run bench -- [--documents N] [--exemplars N] [--news N] [--photos SHARE]
 *                   [--floor] [--no-rebuild] [--keep]`
 *
 * Generates a synthetic site (Vietnamese text, the contract's fields, references,
 * deadlines, photos for a share of exemplars) in a temporary copy of the project, runs
 * the real production build (content check, pages, images, feeds, calendar, open data,
 * share images, sitemap, search index), and prints per-phase times, pages, pages per
 * second, peak memory of the whole process tree, `dist/` size and search index size.
 * Then it edits one document and rebuilds with the caches kept, as an editor's next
 * build would. `--floor` also builds the bare-framework floor (Astro 7, one plain
 * template over the same entries, plus Pagefind) for comparison.
 * The last line printed is one JSON object. `content/` is never touched.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import sharp from 'sharp';
import { dirBytes } from './lib/dir-bytes.ts';
import { prepareFloorSite } from './lib/floor-site.ts';
import { samplePeakRss, treeRss } from './lib/proc-tree.ts';
import { prepareSite, projectRoot } from './lib/site-copy.ts';
import { writeSyntheticContent } from './lib/synthetic.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    exemplars: { type: 'string', default: '2000' },
    news: { type: 'string', default: '3000' },
    photos: { type: 'string', default: '0.1' },
    floor: { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const size = {
  documents: Number(values.documents),
  exemplars: Number(values.exemplars),
  news: Number(values.news),
  photoShare: Number(values.photos),
};
for (const [k, v] of Object.entries(size)) {
  if (!Number.isFinite(v) || v < 0) {
    console.error(`--${k} cần là một số không âm (đang có: ${v}).`);
    process.exit(2);
  }
}

const MB = 1024 * 1024;
const secs = (ms: number) => Math.round(ms / 100) / 10;

/** Phases of an Astro build, each ending at the first output line that matches. */
const PHASES: [string, RegExp][] = [
  ['kiểm tra nội dung', /Kiểm tra nội dung:/],
  ['đồng bộ nội dung', /\[content\] Synced content/],
  ['đóng gói (vite)', /Rearranging server assets/],
  // When no image needs optimising, the pages' time is counted with the next phase.
  ['dựng trang', /generating optimized images/],
  ['ảnh tối ưu', /Đã xuất bản \d+ tệp đính kèm/],
  ['sitemap', /\[@astrojs\/sitemap\]/],
  ['ảnh chia sẻ', /Ảnh chia sẻ: \d+ tạo mới/],
  ['chỉ mục tìm kiếm', /Chỉ mục tìm kiếm:/],
];

interface Run {
  seconds: number;
  peakRssMB: number;
  phases: Record<string, number>;
  /** Peak RSS of the process tree during each phase, MB. */
  phasePeakMB: Record<string, number>;
  output: string;
  status: number | null;
}

/** Runs the build in `cwd` (with the steps after Astro, share images and search index, unless `withIndex` is false), timing each output line as it arrives. */
function astroBuild(cwd: string, label: string, log: string, withIndex = true): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    // What `npm run build` runs: astro build, then share images and search index once Astro has exited.
    const node = JSON.stringify(process.execPath);
    const steps = withIndex
      ? `${node} ${JSON.stringify(path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'))} build && ${node} ${JSON.stringify(path.join(projectRoot, 'scripts/after-build.ts'))} dist`
      : `${node} ${JSON.stringify(path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'))} build`;
    const child = spawn('sh', ['-c', steps], {
      cwd,
      env: { ...process.env, ASTRO_CACHE_DIR: path.join(cwd, '.cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const marks: Record<string, number> = {};
    // The phase now running is the first one not yet marked; its memory peak so far.
    // One sampler serves both the per-phase and the overall peak.
    const phasePeak: Record<string, number> = {};
    const current = () => PHASES.find(([name]) => !(name in marks))?.[0] ?? 'còn lại';
    const sample = () => {
      const name = current();
      phasePeak[name] = Math.max(phasePeak[name] ?? 0, Math.round(treeRss(child.pid!) / MB));
    };
    sample();
    const memory = setInterval(sample, 200);
    let output = '';
    let lastProgress = 0;
    const onData = (chunk: Buffer) => {
      const now = performance.now() - started;
      const text = chunk.toString();
      output += text;
      appendFileSync(log, text);
      for (const line of text.split('\n')) {
        for (const [name, re] of PHASES) if (!(name in marks) && re.test(line)) marks[name] = now;
      }
      if (now - lastProgress > 10_000) {
        lastProgress = now;
        process.stdout.write(`  ${label}: ${secs(now)} s…\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (status) => {
      clearInterval(memory);
      const total = performance.now() - started;
      const phases: Record<string, number> = {};
      let previous = 0;
      for (const [name] of PHASES) {
        if (marks[name] === undefined) continue;
        phases[name] = secs(marks[name] - previous);
        previous = marks[name];
      }
      phases['còn lại'] = secs(total - previous);
      resolve({
        seconds: total / 1000,
        peakRssMB: Math.max(0, ...Object.values(phasePeak)),
        phases,
        phasePeakMB: phasePeak,
        output,
        status,
      });
    });
  });
}

const countFiles = (dir: string, ext: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).length;

/**
 * Where the page phase goes: Astro prints each route with its render time; the sums are
 * CPU-side times (two routes render at once, so the phase's wall time is about half).
 */
function routeTimes(output: string): Record<string, { routes: number; seconds: number }> {
  const out: Record<string, { routes: number; seconds: number }> = {};
  for (const m of output.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const route = m[1]!;
    // Share images are not routes in a build: they have their own phase (scripts/after-build.ts).
    const kind = route.endsWith('.html') ? 'trang HTML' : 'tệp khác (RSS, ICS, JSON, CSV)';
    const k = (out[kind] ??= { routes: 0, seconds: 0 });
    k.routes++;
    k.seconds += Number(m[2]) / 1000;
  }
  for (const k of Object.values(out)) k.seconds = Math.round(k.seconds * 10) / 10;
  return out;
}

/** Seconds Pagefind took, as `scripts/after-build.ts` prints it. */
const indexSecondsOf = (output: string) =>
  Number(/Chỉ mục tìm kiếm: \d+ trang, ([\d.]+) giây/.exec(output)?.[1] ?? NaN);

const work = mkdtempSync(path.join(tmpdir(), 'thidua-bench-'));
const log = path.join(work, 'build.log');
const root = prepareSite(path.join(work, 'site'));
const contentDir = path.join(root, 'content');
console.log(
  `Nội dung giả lập: ${size.documents} văn bản, ${size.exemplars} gương điển hình (${Math.round(size.photoShare * 100)} % có ảnh), ${size.news} tin, tại ${root}`,
);
const t0 = performance.now();
const synthetic = writeSyntheticContent(contentDir, size);
// Each photo different (another hue and contrast of one noisy base), so no cache can
// share work between them; drawn four at a time.
const base = await sharp({
  create: {
    width: 800,
    height: 600,
    channels: 3,
    background: { r: 150, g: 140, b: 110 },
    noise: { type: 'gaussian', mean: 0, sigma: 14 },
  },
})
  .raw()
  .toBuffer({ resolveWithObject: true });
for (let i = 0; i < synthetic.photos.length; i += 4) {
  await Promise.all(
    synthetic.photos.slice(i, i + 4).map((rel, j) =>
      sharp(base.data, { raw: base.info })
        .modulate({ hue: ((i + j) * 47) % 360, brightness: 0.8 + (((i + j) * 13) % 40) / 100 })
        .jpeg({ quality: 70 })
        .toFile(path.join(contentDir, rel)),
    ),
  );
}
console.log(
  `  ${synthetic.entries} mục, ${synthetic.photos.length} ảnh, tạo trong ${secs(performance.now() - t0)} s. Nhật ký xây dựng: ${log}`,
);

console.log('Xây dựng lần đầu (không có bộ nhớ đệm)…');
const cold = await astroBuild(root, 'xây dựng', log);
if (cold.status !== 0) {
  console.error(cold.output.slice(-4000));
  console.error('Xây dựng thất bại.');
  process.exit(1);
}
const dist = path.join(root, 'dist');
const pages = countFiles(dist, '.html');
const distMB = Math.round(dirBytes(dist) / MB);
const indexMB = Math.round((dirBytes(path.join(dist, 'pagefind')) / MB) * 10) / 10;
const indexSeconds = indexSecondsOf(cold.output);
const buildSeconds = Math.round((cold.seconds - indexSeconds) * 10) / 10;

let rebuild:
  { seconds: number; peakRssMB: number; phases: Record<string, number>; shareImages?: string | undefined } | undefined;
if (!values['no-rebuild']) {
  const target = readdirSync(path.join(contentDir, 'documents')).find((f) => f.endsWith('.md'))!;
  const edited = path.join(contentDir, 'documents', target);
  writeFileSync(edited, readFileSync(edited, 'utf8') + '\nĐoạn bổ sung sau khi biên tập viên sửa văn bản.\n');
  console.log(`Sửa một văn bản (${target}) và xây dựng lại (giữ bộ nhớ đệm)…`);
  const warm = await astroBuild(root, 'xây dựng lại', log);
  if (warm.status !== 0) {
    console.error(warm.output.slice(-4000));
    process.exit(1);
  }
  rebuild = {
    seconds: Math.round(warm.seconds * 10) / 10,
    peakRssMB: warm.peakRssMB,
    phases: warm.phases,
    shareImages: /Ảnh chia sẻ: \d+ tạo mới[^\n]*/.exec(warm.output)?.[0],
  };
}

let floor:
  { buildSeconds: number; indexSeconds: number; totalSeconds: number; peakRssMB: number; pages: number } | undefined;
if (values.floor) {
  console.log('Mức sàn: Astro 7 trần, một khuôn trang trên cùng các tệp .md, rồi Pagefind…');
  const floorRoot = prepareFloorSite(path.join(work, 'floor'), contentDir);
  const bare = await astroBuild(floorRoot, 'mức sàn', log, false);
  if (bare.status !== 0) {
    console.error(bare.output.slice(-4000));
    process.exit(1);
  }
  const sampler = samplePeakRss(process.pid);
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  await index!.addDirectory({ path: path.join(floorRoot, 'dist') });
  await index!.writeFiles({ outputPath: path.join(floorRoot, 'dist', 'pagefind') });
  await pagefind.close();
  const idx = (performance.now() - started) / 1000;
  const idxRss = Math.round(sampler.stop() / MB);
  floor = {
    buildSeconds: Math.round(bare.seconds * 10) / 10,
    indexSeconds: Math.round(idx * 10) / 10,
    totalSeconds: Math.round((bare.seconds + idx) * 10) / 10,
    peakRssMB: Math.max(bare.peakRssMB, idxRss),
    pages: countFiles(path.join(floorRoot, 'dist'), '.html'),
  };
}

console.log('');
console.log(`Trang: ${pages} · dist/: ${distMB} MB · chỉ mục tìm kiếm: ${indexMB} MB`);
console.log(
  `Xây dựng: ${buildSeconds} s + chỉ mục ${indexSeconds} s = ${secs(cold.seconds * 1000)} s (${Math.round(pages / cold.seconds)} trang/giây), bộ nhớ đỉnh ${cold.peakRssMB} MB`,
);
console.log('Theo giai đoạn: giây (bộ nhớ đỉnh MB)' + (rebuild ? '; khi xây dựng lại' : ''));
for (const [name, s] of Object.entries(cold.phases)) {
  const again = rebuild?.phases[name];
  console.log(
    `  ${name.padEnd(20)} ${String(s).padStart(7)} (${cold.phasePeakMB[name] ?? '?'} MB)${again === undefined ? '' : `; ${again}`}`,
  );
}
const routes = routeTimes(cold.output);
console.log('Trong giai đoạn dựng trang (tổng thời gian từng tuyến, hai tuyến chạy song song):');
for (const [kind, r] of Object.entries(routes))
  console.log(
    `  ${kind}: ${r.routes} tuyến, ${r.seconds} s (${Math.round((r.seconds / r.routes) * 1000)} ms mỗi tuyến)`,
  );
if (rebuild)
  console.log(
    `Xây dựng lại sau khi sửa một văn bản: ${rebuild.seconds} s, bộ nhớ đỉnh ${rebuild.peakRssMB} MB${rebuild.shareImages ? ` (${rebuild.shareImages})` : ''}`,
  );
if (floor) {
  console.log(
    `Mức sàn (Astro trần + Pagefind, ${floor.pages} trang): ${floor.buildSeconds} s + ${floor.indexSeconds} s = ${floor.totalSeconds} s, bộ nhớ đỉnh ${floor.peakRssMB} MB`,
  );
  console.log(`Tỉ lệ so với mức sàn: ${(cold.seconds / floor.totalSeconds).toFixed(2)}×`);
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`Giữ lại thư mục: ${work}`);

console.log(
  JSON.stringify({
    entries: synthetic.entries,
    documents: size.documents,
    exemplars: size.exemplars,
    news: size.news,
    photos: synthetic.photos.length,
    pages,
    buildSeconds,
    indexSeconds,
    totalSeconds: Math.round(cold.seconds * 10) / 10,
    pagesPerSecond: Math.round(pages / cold.seconds),
    peakRssMB: cold.peakRssMB,
    distMB,
    indexMB,
    phases: cold.phases,
    phasePeakMB: cold.phasePeakMB,
    routes,
    ...(rebuild ? { rebuild } : {}),
    ...(floor ? { floor, ratioToFloor: Math.round((cold.seconds / floor.totalSeconds) * 100) / 100 } : {}),
  }),
);
