/**
 * Builds the small fixture site for real and checks what reaches `dist/`: drafts and a
 * profile without consent leave no trace anywhere, and the build says what it held back.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureSite, listFiles, read, type BuiltSite } from '../helpers/build.ts';

let site: BuiltSite;
let files: string[];
let corpus: string;

beforeAll(() => {
  site = fixtureSite();
  files = listFiles(site.dist);
  corpus = files
    .filter((f) => /\.(html|xml|json|txt|js|css|ics|csv|svg)$/.test(f))
    .map((f) => read(path.join(site.dist, f)))
    .join('\n');
});

/** Each held-back entry: its slug, a word that appears only in it, and its photo. */
const heldBack = [
  { slug: 'van-ban-nhap-ngoc-lan', word: 'Ngọc Lan Tím', reason: 'draft' },
  { slug: 'phong-trao-nhap-hoa-ban', word: 'Hoa Ban Trắng', reason: 'draft' },
  { slug: 'guong-nhap-son-tra', word: 'Sơn Trà Nháp', reason: 'draft', photo: 'guong-nhap-son-tra' },
  { slug: 'tin-nhap-cau-vong', word: 'Cầu Vồng Đỏ', reason: 'draft' },
  { slug: 'ke-hoach-nhap-tuyet-tung', word: 'Tuyết Tùng', reason: 'draft' },
  { slug: 'tran-thi-chua-dong-y', word: 'Kim Tuyến', reason: 'consent', photo: 'tran-thi-chua-dong-y' },
];

describe('fixture site build', () => {
  it('succeeds', () => {
    expect(site.status, site.output).toBe(0);
    expect(files).toContain('index.html');
  });

  it.each(heldBack)('leaves no trace of $slug ($reason) in dist/', ({ slug, word, photo }) => {
    expect(files.filter((f) => f.includes(slug))).toEqual([]);
    expect(corpus).not.toContain(slug);
    expect(corpus).not.toContain(word);
    if (photo) expect(files.filter((f) => f.includes(photo))).toEqual([]);
  });

  it('prints which entries it held back and why', () => {
    for (const { slug } of heldBack) expect(site.output).toMatch(new RegExp(`${slug}\\.md: .*(bản nháp|đồng ý)`));
  });

  it('publishes the consenting profile with a responsive AVIF/WebP photo', () => {
    const html = read(path.join(site.dist, 'guong-dien-hinh/nguyen-van-dong-y/index.html'));
    expect(html).toContain('Nguyễn Văn Đồng Ý');
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+type="image\/webp"/);
    expect(html).toMatch(
      /<img[^>]+alt="Chân dung thầy Nguyễn Văn Đồng Ý"[^>]+width="\d+"[^>]+height="\d+"|<img[^>]+width="\d+"[^>]+height="\d+"[^>]+alt="Chân dung thầy Nguyễn Văn Đồng Ý"/,
    );
  });

  it('shows an entry an editor added, with its organization and references, in every list that should show it', () => {
    const lists = [
      '',
      'van-ban/',
      'van-ban/loai/ke-hoach/',
      'van-ban/nam/2026/',
      'van-ban/co-quan/ubnd-tinh-mau/',
      'co-quan/ubnd-tinh-mau/',
      'phong-trao/thi-dua-mau-2026/',
      'tin-tuc/tin-mau/',
    ];
    for (const l of lists)
      expect(read(path.join(site.dist, l, 'index.html')), l).toContain('href="/van-ban/ke-hoach-mau/"');
    // The deadline it assigns shows on the assignee's page.
    const assignee = read(path.join(site.dist, 'co-quan/so-noi-vu-mau/index.html'));
    expect(assignee).toContain('Gửi báo cáo tổng kết về Sở Nội vụ');
    expect(assignee).toMatch(/<time datetime="2026-12-10"[^>]*>10\/12\/2026<\/time>/);
    // The collective appears in its filters and on its campaign.
    for (const l of [
      'guong-dien-hinh/',
      'guong-dien-hinh/loai/tap-the/',
      'guong-dien-hinh/dia-phuong/xa-binh-minh/',
      'phong-trao/thi-dua-mau-2026/',
    ]) {
      expect(read(path.join(site.dist, l, 'index.html')), l).toContain('href="/guong-dien-hinh/tap-the-mau/"');
    }
  });

  it('counts only published entries in lists and filters', () => {
    const list = read(path.join(site.dist, 'guong-dien-hinh/index.html'));
    // Six profiles: one without consent, one a draft.
    expect(list).toMatch(/>\s*4 gương điển hình/);
    expect(files).not.toContain('tin-tuc/chuyen-muc/thong-bao/index.html');
  });
});
