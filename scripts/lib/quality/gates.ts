/**
 * The static quality gates over a built site, each returning the problems it found
 * (empty means it passes): links, HTML, third parties, page weight, security headers.
 * The browser gates (axe, CSP, keyboard) are in test/e2e/quality.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLinks } from './links.ts';
import { validatePages } from './html.ts';
import { fileFor, htmlPages } from './site-files.ts';
import { findThirdPartyLoads } from './third-party.ts';
import { BUDGETS, pageWeight } from './weight.ts';

export async function htmlGate(dist: string): Promise<string[]> {
  return (await validatePages(dist)).map((p) => `${p.page}:${p.line}: ${p.rule}: ${p.message}`);
}

export function linkGate(dist: string): string[] {
  const r = checkLinks(dist);
  return [
    ...r.broken.map((b) => `${b.page}: ${b.url}: ${b.reason}`),
    ...r.vague.map((v) => `${v.page}: liên kết “${v.text}” không nói rõ nơi đến (${v.url})`),
  ];
}

export function thirdPartyGate(dist: string): string[] {
  return findThirdPartyLoads(dist).map((l) => `${l.file}: tải từ trang khác: ${l.url}`);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Budgets: home ≤ 20 KB, every other page ≤ 15 KB (HTML+CSS+JS gzip); fonts, images apart. */
export function weightGate(dist: string): string[] {
  const problems: string[] = [];
  for (const page of htmlPages(dist)) {
    const w = pageWeight(dist, page);
    const budget = page === '/' ? BUDGETS.home : BUDGETS.page;
    if (w.total > budget) problems.push(`${page}: HTML+CSS+JS ${kb(w.total)} > ${kb(budget)}`);
    if (w.fonts > BUDGETS.fonts) problems.push(`${page}: phông chữ ${kb(w.fonts)} > ${kb(BUDGETS.fonts)}`);
    if (w.images > BUDGETS.images) problems.push(`${page}: ảnh ${kb(w.images)} > ${kb(BUDGETS.images)}`);
    for (const p of w.imageProblems) problems.push(`${page}: ${p}`);
    // No JavaScript on content pages until the reader uses search: the one script is
    // the search box's loader, tiny and without any search code.
    if (page !== '/tim-kiem/') {
      const code = w.scripts
        .map((s) => fileFor(dist, s))
        .filter((f): f is string => !!f)
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      if (w.js > 2048)
        problems.push(`${page}: JavaScript ${kb(w.js)} khi tải trang (chỉ được có bộ nạp ô tìm kiếm, ≤ 2 KB)`);
      if (/pagefind/.test(code)) problems.push(`${page}: mã tìm kiếm được tải ngay khi mở trang`);
    }
  }
  return problems;
}

const REQUIRED_HEADERS = ['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy'];

/** The `_headers` file carries each required header, and its CSP allows no inline script. */
export function headersGate(dist: string): string[] {
  const file = path.join(dist, '_headers');
  if (!existsSync(file)) return ['dist/_headers không có'];
  const text = readFileSync(file, 'utf8');
  const problems = REQUIRED_HEADERS.filter((h) => !new RegExp(`^\\s+${h}:`, 'm').test(text)).map(
    (h) => `_headers thiếu ${h}`,
  );
  const csp = /Content-Security-Policy:\s*(.*)/.exec(text)?.[1] ?? '';
  const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? /default-src([^;]*)/.exec(csp)?.[1] ?? '';
  if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc))
    problems.push(`CSP cho phép script nội tuyến: script-src${scriptSrc}`);
  for (const page of htmlPages(dist)) {
    const html = readFileSync(path.join(dist, page.endsWith('/') ? page + 'index.html' : page), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    if (!meta) problems.push(`${page}: thiếu thẻ meta Content-Security-Policy`);
    else if (/script-src[^;]*'unsafe-inline'/.test(meta)) problems.push(`${page}: CSP cho phép script nội tuyến`);
  }
  return problems;
}

export async function allStaticGates(dist: string) {
  return {
    links: linkGate(dist),
    html: await htmlGate(dist),
    thirdParty: thirdPartyGate(dist),
    weight: weightGate(dist),
    headers: headersGate(dist),
  };
}
