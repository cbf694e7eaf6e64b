/**
 * The form editor at /admin/ (Sveltia CMS, scripts/build-admin.ts) in a real browser, as
 * an editor uses it on 127.0.0.1: Vietnamese UI, "Làm việc với kho mã nguồn cục bộ" on a
 * folder, an existing entry edited and a new one created, then a văn bản with a partial
 * date and an issuer picked from the organizations, all saved to the folder; the saved
 * files must pass the content check. Nothing may be requested from another origin
 * and no Content-Security-Policy may be violated (Playwright does not see loads the CSP
 * blocks, hence the `securitypolicyviolation` listener).
 *
 * The folder picker cannot be answered headless: `showDirectoryPicker` is replaced by a
 * folder of the origin-private file system (OPFS), filled beforehand with a `.git` folder
 * and a few entries of the fixture site, and read back after the saves.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/lib/check/index.ts';
import { fixtureContent, read, sampleSite, tmpRoot } from '../helpers/build.ts';

if (!hasChromium() && process.env.CI) throw new Error(chromiumHint);

/** Files of the fixture site copied into the editor's folder. */
const SEEDED = [
  'news/tin-nhap-cau-vong.md',
  'news/cong-nhan-lao-dong-thi-dua-lao-dong-gioi.md',
  'documents/huong-dan-thi-dua-trong-cong-nhan-lao-dong.md',
  'organizations/ubnd-tinh-mau.yaml',
];
const EDITED = 'news/tin-nhap-cau-vong.md';
const NEW_TITLE = 'Đường Nguyễn Huệ: khen thưởng năm 2026';
const NEW_FILE = 'news/duong-nguyen-hue-khen-thuong-nam-2026.md';
const DOC_TITLE = 'Kế hoạch thi đua Đường Nguyễn Huệ năm 2026';
const DOC_FILE = 'documents/ke-hoach-thi-dua-duong-nguyen-hue-nam-2026.md';
/** The issuer picked in the relation picker: its name, and the file name the entry keeps. */
const ISSUER = { name: 'Ủy ban nhân dân tỉnh Mẫu', slug: 'ubnd-tinh-mau' };

type Win = Window & { __csp: string[]; showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> };

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let page: Page;
const external: string[] = [];

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
    await local.click();
    await page.goto(`${server.origin}/admin/#/collections/news`);
    await page.getByText('Tin nháp Cầu Vồng Đỏ').first().waitFor({ timeout: 30_000 });
    expect(await page.getByText('Công nhân, người lao động hưởng ứng').count()).toBeGreaterThan(0);
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

  it('creates a văn bản: partial date kept, issuer picked by name and saved as its file name', async () => {
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
      .getByRole('textbox', { name: /Ngày ban hành/ })
      .first()
      .fill('2026-03');
    // One organization in the folder: the picker shows it as a radio button.
    await page.getByRole('radio', { name: ISSUER.name }).first().click();
    await page.getByRole('button', { name: /^Lưu/ }).first().click();
    await expect
      .poll(async () => Object.keys(await readFolder(page)), { timeout: 20_000 })
      .toContain(`content/${DOC_FILE}`);
    const saved = (await readFolder(page))[`content/${DOC_FILE}`]!;
    expect(saved).toMatch(new RegExp(`^title: ${DOC_TITLE}$`, 'm'));
    expect(saved).toMatch(/^kind: ke-hoach$/m);
    expect(saved).toMatch(/^issuedAt: 2026-03$/m);
    expect(saved).toMatch(new RegExp(`^issuer: ${ISSUER.slug}$`, 'm'));
    expect(saved).toMatch(/^draft: true$/m);
  }, 90_000);

  it('writes files the content check accepts, with nothing loaded from elsewhere and no CSP violation', async () => {
    const files = await readFolder(page);
    expect(Object.keys(files)).toEqual(expect.arrayContaining([NEW_FILE, DOC_FILE].map((f) => `content/${f}`)));
    // The saved files over a copy of the fixture content, through `npm run check`'s rules.
    const root = path.join(tmpRoot, 'admin-check');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync(fixtureContent, path.join(root, 'content'), { recursive: true });
    for (const [file, text] of Object.entries(files))
      if (file.startsWith('content/')) writeFileSync(path.join(root, file), text);
    const { problems } = checkContent({ root });
    const mine = problems.filter(
      (p) =>
        p.severity === 'error' &&
        /(news\/(tin-nhap-cau-vong|duong-nguyen-hue)|documents\/ke-hoach-thi-dua-duong-nguyen-hue)/.test(p.file),
    );
    expect(mine).toEqual([]);
    for (const file of Object.keys(files).filter((f) => f.startsWith('content/')))
      expect(path.basename(file)).toMatch(/^[a-z0-9-]+\.(md|yaml)$/);

    await page.screenshot({ path: path.join(tmpRoot, 'admin.png') });
    expect(external).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as Win).__csp)).toEqual([]);
  });
});
