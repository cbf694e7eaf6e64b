/**
 * A copy of the built sample site with one deliberately broken page, linked from the
 * home page: every quality gate must catch its own part of the breakage.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleSite, tmpRoot } from './build.ts';

export const BROKEN_PAGE = '/trang-hong/';

export function brokenSite(): string {
  const site = sampleSite();
  if (site.status !== 0) throw new Error(site.output.slice(-2000));
  const dist = path.join(tmpRoot, 'broken-dist');
  rmSync(dist, { recursive: true, force: true });
  cpSync(site.dist, dist, { recursive: true });
  const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
  // Start from a real page so that only the planted faults differ.
  const template = readFileSync(path.join(dist, 'gioi-thieu/index.html'), 'utf8');
  const broken = template
    // A share image that was never drawn.
    .replace(/(<meta property="og:image" content="[^"]*\/)anh-chia-se\.png"/, '$1khong-co-anh.png"')
    .replace(
      /<main([^>]*)>[\s\S]*<\/main>/,
      `<main$1><h1>Trang hỏng</h1>
<img src="/favicon.svg">
<p><a href="/van-ban/khong-ton-tai/">Văn bản không tồn tại</a></p>
<p><a href="/gioi-thieu/#khong-co-muc-nay">Mục không có</a></p>
<p>Xem kế hoạch <a href="/van-ban/">tại đây</a>.</p>
<h4>Tiêu đề nhảy cấp</h4>
<script src="https://cdn.example.com/tracker.js"></script>
<p>Dữ liệu không nén được, vượt ngân sách dung lượng: ${randomBytes(100_000).toString('base64')}</p>
</main>`,
    );
  mkdirSync(path.join(dist, 'trang-hong'), { recursive: true });
  writeFileSync(path.join(dist, 'trang-hong/index.html'), broken);
  writeFileSync(
    path.join(dist, 'index.html'),
    home.replace('</main>', `<p><a href="${BROKEN_PAGE}">Trang hỏng để kiểm thử</a></p></main>`),
  );
  return dist;
}
