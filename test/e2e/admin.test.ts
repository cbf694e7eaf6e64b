/**
 * The form editor at /admin/ (Sveltia CMS, scripts/build-admin.ts) in a real browser, as
 * an editor uses it on 127.0.0.1: Vietnamese UI, "Làm việc với kho mã nguồn cục bộ" on a
 * folder, an existing entry edited and a new one created, a văn bản with a partial date,
 * an issuer picked from the organizations and an attached PDF, and a gương điển hình with
 * a photo, both published, all saved to the folder. Then the round trip: the saved files
 * (text and uploads) are copied over the fixture site's content, the content check passes
 * and the build publishes both pages with the fields typed in the form. Nothing may be
 * requested from another origin and no Content-Security-Policy may be violated
 * (Playwright does not see loads the CSP blocks, hence the `securitypolicyviolation`
 * listener). Screenshots of the filled forms at 1280 and 390 px go to `test/.tmp/`.
 *
 * The folder picker cannot be answered headless: `showDirectoryPicker` is replaced by a
 * folder of the origin-private file system (OPFS), filled beforehand with a `.git` folder
 * and a few entries of the fixture site, and read back after the saves.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { parseYamlValues, splitFile, type SourceFile } from '../../src/lib/check/frontmatter.ts';
import { findReviewMarks } from '../../src/lib/check/review-marks.ts';
import { entryPath } from '../../src/lib/routes.ts';
import {
  buildSite,
  fixtureContent,
  prepareSite,
  projectRoot,
  read,
  sampleSite,
  tmpRoot,
  type BuiltSite,
} from '../helpers/build.ts';

if (!hasChromium() && process.env.CI) throw new Error(chromiumHint);

/** Files of the fixture site copied into the editor's folder. */
const SEEDED = [
  'news/tin-nhap-cau-vong.md',
  'news/cong-nhan-lao-dong-thi-dua-lao-dong-gioi.md',
  'documents/huong-dan-thi-dua-trong-cong-nhan-lao-dong.md',
  'organizations/ubnd-tinh-mau.yaml',
];
const EDITED = 'news/tin-nhap-cau-vong.md';
/** A draft as `npm run import` leaves one: a CẦN SỬA comment and the same mark in `review`. */
const IMPORTED = {
  file: 'documents/ke-hoach-nhap-tu-word.md',
  title: 'Kế hoạch nhập từ Word',
  review: 'issuedAt: không tìm thấy ngày ban hành; tạm ghi năm 2026',
  text: `---
title: "Kế hoạch nhập từ Word"
kind: ke-hoach
# CẦN SỬA: không tìm thấy ngày ban hành; tạm ghi năm 2026
issuedAt: "2026"
issuer: ubnd-tinh-mau
draft: true
review:
  - "issuedAt: không tìm thấy ngày ban hành; tạm ghi năm 2026"
---

Nội dung chép từ bản Word.
`,
};
const NEW_TITLE = 'Đường Nguyễn Huệ: khen thưởng năm 2026';
const NEW_FILE = 'news/duong-nguyen-hue-khen-thuong-nam-2026.md';
const DOC_TITLE = 'Kế hoạch thi đua Đường Nguyễn Huệ năm 2026';
const DOC_SLUG = 'ke-hoach-thi-dua-duong-nguyen-hue-nam-2026';
const DOC_FILE = `documents/${DOC_SLUG}.md`;
const DOC_NUMBER = '99/KH-UBND';
/** Uploads are named as a clerk's files are; the editor stores them under a slug, next to the entry. */
const ATTACHMENT = {
  upload: 'Kế hoạch Đường Nguyễn Huệ.pdf',
  saved: 'documents/ke-hoach-duong-nguyen-hue.pdf',
  title: 'Toàn văn kế hoạch (PDF)',
};
const EXEMPLAR = {
  name: 'Lê Thị Hồng Nhung',
  slug: 'le-thi-hong-nhung',
  summary: 'Mười năm dạy chữ miễn phí cho trẻ em ở đặc khu Phú Quý.',
  province: 'Lâm Đồng',
  photo: {
    upload: 'Ảnh Chân Dung.jpg',
    saved: 'exemplars/anh-chan-dung.jpg',
    alt: 'Cô Nhung đứng trước lớp học tình thương.',
  },
};
const EXEMPLAR_FILE = `exemplars/${EXEMPLAR.slug}.md`;
/** The fixture files the uploads are made from. */
const UPLOAD_FROM = {
  pdf: path.join(fixtureContent, 'documents/huong-dan-thi-dua-trong-cong-nhan-lao-dong.pdf'),
  jpg: path.join(fixtureContent, 'exemplars/nguyen-van-dong-y.jpg'),
};
/** The issuer picked in the relation picker: its name, and the file name the entry keeps. */
const ISSUER = { name: 'Ủy ban nhân dân tỉnh Mẫu', slug: 'ubnd-tinh-mau' };

type Win = Window & { __csp: string[]; showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> };

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let page: Page;
const external: string[] = [];
let saved: BuiltSite;
const SHOTS = path.join(tmpRoot, 'admin-shots');
const PHONE = { width: 390, height: 844 };

/** Every file of the OPFS folder `repo`, path → text. */
const readFolder = (p: Page) =>
  p.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of dir.entries() as AsyncIterable<[string, FileSystemHandle]>) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out[prefix + name] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return out;
  });

/** One file of the OPFS folder `repo`, as bytes. */
const readBytes = async (p: Page, file: string) =>
  Buffer.from(
    await p.evaluate(async (file) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      const parts = file.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      const bytes = new Uint8Array(await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).arrayBuffer());
      return Array.from(bytes);
    }, file),
  );

/**
 * A screenshot of the editor, for whoever reads a failure and for the editors' guide: always
 * in `test/.tmp/admin-shots/`, and with `UPDATE_DOC_IMAGES=1` also into the guide's pictures
 * (`docs/images/bien-tap/`, palette PNG), so the guide shows the editor as it really is.
 */
async function shot(p: Page, name: string, viewport?: { width: number; height: number }) {
  const before = p.viewportSize();
  if (viewport) await p.setViewportSize(viewport);
  const png = await p.screenshot();
  if (viewport && before) await p.setViewportSize(before);
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, `${name}.png`), png);
  if (process.env.UPDATE_DOC_IMAGES === '1')
    await sharp(png)
      .png({ palette: true, quality: 90, compressionLevel: 9 })
      .toFile(path.join(projectRoot, 'docs/images/bien-tap', `${name}.png`));
}

/** Uploads a file through the field's media dialog: "Duyệt tệp", "Tải lên", then "Chèn". */
async function upload(p: Page, field: ReturnType<Page['locator']>, file: string, screenshot?: string) {
  await field.getByRole('button', { name: 'Duyệt tệp' }).click();
  const dialog = p.getByRole('dialog');
  const [chooser] = await Promise.all([
    p.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Tải lên' }).click(),
  ]);
  await chooser.setFiles(file);
  const insert = dialog.getByRole('button', { name: 'Chèn' });
  await expect.poll(() => insert.isEnabled(), { timeout: 10_000 }).toBe(true);
  if (screenshot) {
    await p.waitForTimeout(500); // the dialog's opening animation
    await shot(p, screenshot);
  }
  await insert.click();
  await dialog.waitFor({ state: 'hidden' });
}

/** A form field's group, by its label ("Trường “…”" in Sveltia's Vietnamese UI). */
const fieldGroup = (p: Page, label: string) =>
  p
    .getByRole('group', {
      name: new RegExp(`^Trường “\u2068?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\u2069?”$`),
    })
    .first();

/**
 * A field further down a long form: Sveltia CMS renders fields as they scroll into view, so
 * the form is scrolled (over its left pane) until the field's group exists.
 */
async function reveal(p: Page, label: string) {
  const group = fieldGroup(p, label);
  await p.mouse.move(300, 600);
  for (let n = 0; n < 40 && (await group.count()) === 0; n++) {
    await p.mouse.wheel(0, 1500);
    await p.waitForTimeout(150);
  }
  await group.scrollIntoViewIfNeeded();
  return group;
}

describe.skipIf(!hasChromium())('the form editor at /admin/', () => {
  beforeAll(async () => {
    const site = sampleSite();
    expect(site.status, site.output.slice(-2000)).toBe(0);
    server = await serveStatic(site.dist);
    browser = await launchChromium();
    context = await browser.newContext({
      locale: 'vi-VN',
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 900 },
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== server.origin) {
        external.push(url.href);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    await context.addInitScript(() => {
      (window as unknown as Win).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as Win).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      (window as unknown as Win).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    });
    page = await context.newPage();
    // Fill the origin-private folder from a page of the same origin.
    await page.goto(`${server.origin}/404.html`);
    const files = Object.fromEntries(SEEDED.map((f) => [`content/${f}`, read(path.join(fixtureContent, f))]));
    files[`content/${IMPORTED.file}`] = IMPORTED.text;
    await page.evaluate(async (files) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry('repo', { recursive: true }).catch(() => {});
      const repo = await root.getDirectoryHandle('repo', { create: true });
      const write = async (file: string, text: string) => {
        let dir = repo;
        const parts = file.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      };
      await write('.git/HEAD', 'ref: refs/heads/main\n');
      for (const [file, text] of Object.entries(files)) await write(file, text);
    }, files);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens in Vietnamese and lists the entries of the local folder', async () => {
    await page.goto(`${server.origin}/admin/`);
    const local = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
    await local.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await shot(page, '1-dang-nhap');
    await local.click();
    await page.goto(`${server.origin}/admin/#/collections/news`);
    await page.getByText('Tin nháp Cầu Vồng Đỏ').first().waitFor({ timeout: 30_000 });
    expect(await page.getByText('Công nhân, người lao động hưởng ứng').count()).toBeGreaterThan(0);
    await shot(page, '2-danh-sach');
    await shot(page, '2-danh-sach-dien-thoai', PHONE);
  }, 90_000);

  it('saves an edited entry: same file, dates and draft flag kept', async () => {
    await page.getByText('Tin nháp Cầu Vồng Đỏ').first().click();
    const title = page.getByRole('textbox', { name: /Tiêu đề/ }).first();
    await title.waitFor({ timeout: 20_000 });
    await title.fill('Tin nháp Cầu Vồng Đỏ (đã sửa)');
    await page.getByRole('button', { name: /^Lưu/ }).first().click();
    await expect
      .poll(async () => (await readFolder(page))[`content/${EDITED}`], { timeout: 20_000 })
      .toMatch(/^title: Tin nháp Cầu Vồng Đỏ \(đã sửa\)$/m);
    const saved = (await readFolder(page))[`content/${EDITED}`]!;
    expect(saved).toMatch(/^publishedAt: 2026-03-03$/m);
    expect(saved).toMatch(/^draft: true$/m);
    expect(saved).toMatch(/^category: thong-bao$/m);
  }, 90_000);

  it("keeps the importer's CẦN SỬA marks through a save: the comment goes, the `review` line stays", async () => {
    await page.goto(`${server.origin}/admin/#/collections/documents`);
    await page.reload();
    await page.getByText(IMPORTED.title).first().click();
    const title = page.getByRole('textbox', { name: /Trích yếu/ }).first();
    await title.waitFor({ timeout: 20_000 });
    await title.fill(`${IMPORTED.title} (đã rà soát trích yếu)`);
    await page.getByRole('button', { name: /^Lưu/ }).first().click();
    await expect
      .poll(async () => (await readFolder(page))[`content/${IMPORTED.file}`], { timeout: 20_000 })
      .toContain('(đã rà soát trích yếu)');
    const saved = (await readFolder(page))[`content/${IMPORTED.file}`]!;
    expect(saved).not.toContain('# CẦN SỬA');
    expect(saved).toMatch(/^review:\n {2}- .*không tìm thấy ngày ban hành/m);
    // The mark is still the checker's: this draft is counted, and would be an error once published.
    const split = splitFile(saved, false) as SourceFile;
    const parsed = parseYamlValues(split.yaml) as { data: unknown };
    const marks = findReviewMarks({ ...split, data: parsed.data });
    expect(marks.map((m) => [m.kind, m.field])).toEqual([['list', 'issuedAt']]);
  }, 90_000);

  it('creates a new entry: ASCII file name from the title, draft by default', async () => {
    // A fresh load (the folder handle is reused): a hash change alone keeps the edited entry's state.
    await page.goto(`${server.origin}/admin/#/collections/news/new`);
    await page.reload();
    const title = page.getByRole('textbox', { name: /Tiêu đề/ }).first();
    await title.waitFor({ timeout: 20_000 });
    await title.fill(NEW_TITLE);
    await page.getByRole('textbox', { name: /Sa-pô/ }).first().fill('Tin thử soạn bằng biểu mẫu.');
    await page.locator('button', { hasText: 'Hôm nay' }).first().click();
    await page.getByRole('radio', { name: 'Thông báo' }).first().click();
    await page.getByRole('button', { name: /^Lưu/ }).first().click();
    await expect
      .poll(async () => Object.keys(await readFolder(page)), { timeout: 20_000 })
      .toContain(`content/${NEW_FILE}`);
    const saved = (await readFolder(page))[`content/${NEW_FILE}`]!;
    expect(saved).toMatch(/^draft: true$/m);
    expect(saved).toMatch(/^publishedAt: \d{4}-\d{2}-\d{2}$/m);
    expect(saved).toMatch(/^category: thong-bao$/m);
  }, 90_000);

  it('creates a văn bản: partial date, issuer picked by name, an attached PDF, published', async () => {
    await page.goto(`${server.origin}/admin/#/collections/documents/new`);
    await page.reload();
    const title = page.getByRole('textbox', { name: /Trích yếu/ }).first();
    await title.waitFor({ timeout: 20_000 });
    await title.fill(DOC_TITLE);
    // Seven kinds: a drop-down list, not radio buttons.
    await page
      .getByRole('combobox', { name: /Loại văn bản/ })
      .first()
      .click();
    await page.getByRole('option', { name: 'Kế hoạch', exact: true }).first().click();
    await page
      .getByRole('textbox', { name: /Số, ký hiệu/ })
      .first()
      .fill(DOC_NUMBER);
    await page
      .getByRole('textbox', { name: /Ngày ban hành/ })
      .first()
      .fill('2026-03');
    // One organization in the folder: the picker shows it as a radio button.
    await page.getByRole('radio', { name: ISSUER.name }).first().click();
    // An attachment: a list item with a file (uploaded under a Vietnamese name) and its title.
    const attachments = await reveal(page, 'Tệp đính kèm');
    await attachments.getByRole('button', { name: /^Thêm/ }).click();
    const pdf = path.join(tmpRoot, ATTACHMENT.upload);
    copyFileSync(UPLOAD_FROM.pdf, pdf);
    await upload(page, await reveal(page, 'Tệp'), pdf, '4-tai-tep-len');
    await (await reveal(page, 'Tên hiển thị của tệp')).getByRole('textbox').fill(ATTACHMENT.title);
    await (await reveal(page, 'Bản nháp (chưa xuất bản)')).getByRole('switch').click();
    // The preview names the issuer and the date as the page does, not as the file stores them.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').textContent(), { timeout: 20_000 }).toBe(DOC_TITLE);
    const facts = await preview.locator('.facts').textContent();
    expect(facts).toContain(ISSUER.name);
    expect(facts).toContain('tháng 3 năm 2026');
    await shot(page, '3-van-ban-xem-truoc');
    await page.getByRole('button', { name: /^Lưu/ }).first().click();
    await expect
      .poll(async () => Object.keys(await readFolder(page)), { timeout: 20_000 })
      .toContain(`content/${DOC_FILE}`);
    const saved = (await readFolder(page))[`content/${DOC_FILE}`]!;
    expect(saved).toMatch(new RegExp(`^title: ${DOC_TITLE}$`, 'm'));
    expect(saved).toMatch(/^kind: ke-hoach$/m);
    expect(saved).toMatch(new RegExp(`^number: ${DOC_NUMBER}$`, 'm'));
    expect(saved).toMatch(/^issuedAt: 2026-03$/m);
    expect(saved).toMatch(new RegExp(`^issuer: ${ISSUER.slug}$`, 'm'));
    expect(saved).toMatch(new RegExp(`^ {2}- file: \\./${path.basename(ATTACHMENT.saved)}$`, 'm'));
    expect(saved).toMatch(new RegExp(`^ {4}title: ${ATTACHMENT.title.replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(saved).toMatch(/^draft: false$/m);
    expect((await readBytes(page, `content/${ATTACHMENT.saved}`)).equals(readFileSync(UPLOAD_FROM.pdf))).toBe(true);
  }, 120_000);

  it('creates a gương điển hình with a photo next to it, consent given, published', async () => {
    await page.goto(`${server.origin}/admin/#/collections/exemplars/new`);
    await page.reload();
    const name = page.getByRole('textbox', { name: 'Họ tên cá nhân hoặc tên tập thể' }).first();
    await name.waitFor({ timeout: 20_000 });
    await name.fill(EXEMPLAR.name);
    await page.getByRole('radio', { name: 'Cá nhân' }).first().click();
    await page.getByRole('textbox', { name: 'Tóm tắt việc làm' }).first().fill(EXEMPLAR.summary);
    await page.getByRole('textbox', { name: 'Tỉnh, thành phố' }).first().fill(EXEMPLAR.province);
    await page.getByRole('textbox', { name: 'Ngày đăng' }).first().fill('2026-11-15');
    const photo = path.join(tmpRoot, EXEMPLAR.photo.upload);
    copyFileSync(UPLOAD_FROM.jpg, photo);
    await upload(page, await reveal(page, 'Ảnh chân dung hoặc ảnh tập thể'), photo);
    await (await reveal(page, 'Mô tả ảnh')).getByRole('textbox').fill(EXEMPLAR.photo.alt);
    await (await reveal(page, 'Người được giới thiệu đã đồng ý công bố')).getByRole('switch').click();
    await (await reveal(page, 'Bản nháp (chưa xuất bản)')).getByRole('switch').click();
    // The preview beside the form, in the site's styles: the name as the page's heading.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('h1').textContent(), { timeout: 20_000 }).toBe(EXEMPLAR.name);
    expect(await preview.locator('.lede').textContent()).toBe(EXEMPLAR.summary);
    expect(await preview.locator('img').getAttribute('alt')).toBe(EXEMPLAR.photo.alt);
    expect(await preview.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(/Be Vietnam Pro/);
    await shot(page, '5-guong-dien-hinh');
    await shot(page, '5-guong-dien-hinh-dien-thoai', PHONE);
    await page.getByRole('button', { name: /^Lưu/ }).first().click();
    await expect
      .poll(async () => Object.keys(await readFolder(page)), { timeout: 20_000 })
      .toContain(`content/${EXEMPLAR_FILE}`);
    const saved = (await readFolder(page))[`content/${EXEMPLAR_FILE}`]!;
    expect(saved).toMatch(new RegExp(`^name: ${EXEMPLAR.name}$`, 'm'));
    expect(saved).toMatch(/^kind: ca-nhan$/m);
    expect(saved).toMatch(new RegExp(`^ {2}province: ${EXEMPLAR.province}$`, 'm'));
    expect(saved).toMatch(new RegExp(`^photo: \\./${path.basename(EXEMPLAR.photo.saved)}$`, 'm'));
    expect(saved).toMatch(/^consent: true$/m);
    expect(saved).toMatch(/^draft: false$/m);
    expect((await readBytes(page, `content/${EXEMPLAR.photo.saved}`)).equals(readFileSync(UPLOAD_FROM.jpg))).toBe(true);
  }, 120_000);

  it('writes files the content check accepts, with nothing loaded from elsewhere and no CSP violation', async () => {
    const files = await readFolder(page);
    const mine = [NEW_FILE, DOC_FILE, EXEMPLAR_FILE].map((f) => `content/${f}`);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(mine));
    // The saved files and uploads over a copy of the fixture site, as a clerk's commit lands.
    const root = prepareSite('admin-saved', fixtureContent);
    for (const [file, text] of Object.entries(files))
      if (file.endsWith('.md') || file.endsWith('.yaml')) writeFileSync(path.join(root, file), text);
    for (const file of [ATTACHMENT.saved, EXEMPLAR.photo.saved])
      writeFileSync(path.join(root, 'content', file), await readBytes(page, `content/${file}`));
    const { problems } = checkContent({ root });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    for (const file of Object.keys(files).filter((f) => f.startsWith('content/')))
      expect(path.basename(file)).toMatch(/^[a-z0-9-]+\.(md|yaml|pdf|jpg)$/);

    expect(external).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as Win).__csp)).toEqual([]);
    saved = buildSite(root);
  }, 120_000);

  it('publishes what was saved: the build makes both pages with the fields from the form', () => {
    expect(saved.status, saved.output.slice(-3000)).toBe(0);
    const docPage = read(path.join(saved.dist, entryPath('documents', DOC_SLUG), 'index.html'));
    expect(docPage).toContain(DOC_TITLE);
    expect(docPage).toContain(DOC_NUMBER);
    expect(docPage).toContain(ISSUER.name);
    expect(docPage).toMatch(/<time datetime="2026-03"[^>]*>tháng 3 năm 2026<\/time>/);
    expect(docPage).toContain(ATTACHMENT.title);
    const pdf = path.join(saved.dist, entryPath('documents', DOC_SLUG), path.basename(ATTACHMENT.saved));
    expect(existsSync(pdf) && readFileSync(pdf).equals(readFileSync(UPLOAD_FROM.pdf))).toBe(true);

    const exemplarPage = read(path.join(saved.dist, entryPath('exemplars', EXEMPLAR.slug), 'index.html'));
    expect(exemplarPage).toMatch(new RegExp(`<h1[^>]*>${EXEMPLAR.name}</h1>`));
    expect(exemplarPage).toContain(EXEMPLAR.summary);
    expect(exemplarPage).toContain(`alt="${EXEMPLAR.photo.alt}"`);
    // The news item was created with the form's default: held back, so no page.
    expect(existsSync(path.join(saved.dist, entryPath('news', path.basename(NEW_FILE, '.md')), 'index.html'))).toBe(
      false,
    );
  });
});
