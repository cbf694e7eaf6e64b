/**
 * The static quality gates pass on the built sample and fixture sites, and each one
 * fails on a deliberately broken page (missing alt, dead link and fragment, vague link
 * text, skipped heading level, external script, oversized page).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersGate, htmlGate, linkGate, thirdPartyGate, weightGate } from '../../scripts/lib/quality/gates.ts';
import { checkLinks } from '../../scripts/lib/quality/links.ts';
import { BUDGETS, pageWeight } from '../../scripts/lib/quality/weight.ts';
import { parseHeadersFile } from '../../scripts/lib/static-server.ts';
import { htmlPages } from '../../scripts/lib/quality/site-files.ts';
import { read } from '../helpers/build.ts';
import { BROKEN_PAGE, brokenSite } from '../helpers/broken-site.ts';
import { load, needs, sites } from '../helpers/sites.ts';

describe.each(sites)('quality gates on the $name site', (under) => {
  let dist: string;
  let published: ReturnType<typeof load>['published'];
  beforeAll(() => {
    const loaded = load(under);
    dist = loaded.site.dist;
    published = loaded.published;
  });

  it('every internal link, image, script, stylesheet and #fragment resolves; no vague link text', () => {
    expect(linkGate(dist)).toEqual([]);
    const report = checkLinks(dist);
    expect(report.pages).toBe(htmlPages(dist).length);
    // External links are listed, not fetched: the organizations' websites among them.
    const websites = published('organizations').flatMap((o) => (o.data.website ? [String(o.data.website)] : []));
    for (const url of needs(under, websites, 'an organization with a website'))
      expect(report.external.map((e) => new URL(e.url).href)).toContain(new URL(url).href);
  });
  it('every page is valid HTML with one h1 and headings in order', async () => {
    expect(await htmlGate(dist)).toEqual([]);
  });
  it('loads nothing from another origin', () => {
    expect(thirdPartyGate(dist)).toEqual([]);
  });
  it('keeps within the weight budgets, with AVIF/WebP images that have width and height', () => {
    expect(weightGate(dist)).toEqual([]);
    const home = pageWeight(dist, '/');
    expect(home.total).toBeLessThan(BUDGETS.home);
    // The home page shows profiles with a photo first.
    if (
      needs(
        under,
        published('exemplars').filter((e) => e.data.photo),
        'an exemplar with a photo',
      ).length
    )
      expect(home.images).toBeGreaterThan(0);
  });
  it('ships security headers and a CSP without unsafe-inline scripts', () => {
    expect(headersGate(dist)).toEqual([]);
    const rules = parseHeadersFile(read(path.join(dist, '_headers')));
    const all = Object.fromEntries(rules.find((r) => r.pattern.test('/van-ban/'))!.headers);
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
  });
});

describe('each gate catches a deliberately broken page', () => {
  let broken: string;
  beforeAll(() => {
    broken = brokenSite();
  });
  const mine = (problems: string[]) => problems.filter((p) => p.startsWith(BROKEN_PAGE));
  it('links: the dead link, the missing fragment, the vague link text and the missing share image', () => {
    const problems = mine(linkGate(broken)).join('\n');
    expect(problems).toMatch(/\/van-ban\/khong-ton-tai\/: không có trong dist/);
    expect(problems).toMatch(/\/khong-co-anh\.png: không có trong dist/);
    expect(problems).toMatch(/id="khong-co-muc-nay"/);
    expect(problems).toMatch(/“tại đây” không nói rõ/);
  });
  it('HTML: the image without alt and the skipped heading level', async () => {
    const problems = (await htmlGate(broken)).filter((p) => p.startsWith(BROKEN_PAGE)).join('\n');
    expect(problems).toMatch(/wcag\/h37|alt/);
    expect(problems).toMatch(/heading-order: tiêu đề <h4>/);
  });
  it('third parties: the external script', () => {
    expect(mine(thirdPartyGate(broken))).toEqual([
      `${BROKEN_PAGE}: tải từ trang khác: https://cdn.example.com/tracker.js`,
    ]);
  });
  it('weight: the oversized page and the image without width and height', () => {
    const problems = mine(weightGate(broken)).join('\n');
    expect(problems).toMatch(/HTML\+CSS\+JS [\d.]+ KB > 15\.0 KB/);
    expect(problems).toMatch(/favicon\.svg: thiếu width\/height/);
  });
  it('headers: a CSP that allows inline scripts', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      path.join(broken, '_headers'),
      read(path.join(broken, '_headers')).replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
    );
    expect(headersGate(broken).join('\n')).toMatch(/CSP cho phép script nội tuyến/);
  });
});
