/**
 * An organization's website is the one address an editor writes that the site turns
 * into a link: only `https://` and `http://` addresses without a login pass the schema,
 * and the page links nothing else.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { WEBSITE_MESSAGE, isWebsite, websiteHref } from '../../src/vocabulary/website.ts';
import { organizationSchema } from '../../src/schemas/organizations.ts';

const schema = organizationSchema({
  image: () => z.any(),
  reference: (collection) => z.string().transform((id) => ({ id, collection })),
});
const org = (website: string) => schema.safeParse({ name: 'Sở Nội vụ', kind: 'so-nganh', website });

const good = [
  'https://lamdong.gov.vn',
  'http://sonoivu.lamdong.gov.vn/gioi-thieu?muc=1#lien-he',
  'HTTPS://LAMDONG.GOV.VN/',
];
const bad = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///C:/Windows/system32/calc.exe',
  'ftp://lamdong.gov.vn',
  'https://quan-tri:mat-khau@lamdong.gov.vn',
  'https://quan-tri@lamdong.gov.vn',
  'https://lamdong.gov.vn:x@evil.example',
  'https:lamdong.gov.vn',
  'lamdong.gov.vn',
  'https://',
];

describe('organization website', () => {
  it.each(good)('accepts %s', (url) => {
    expect(org(url).success).toBe(true);
    expect(isWebsite(url)).toBe(true);
  });

  it.each(bad)('rejects %j with a message for the editor', (url) => {
    const result = org(url);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['website', WEBSITE_MESSAGE]]);
    expect(isWebsite(url)).toBe(false);
  });

  it('is never linked unless it passes the rule', () => {
    for (const url of good) expect(websiteHref(url)).toBe(url);
    for (const url of bad) expect(websiteHref(url)).toBeUndefined();
    expect(websiteHref(undefined)).toBeUndefined();
  });
});

describe('organization website in the content check', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'thidua-website-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports a javascript: address at its line, in Vietnamese', () => {
    const file = path.join(root, 'content/organizations/so-noi-vu.yaml');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'name: Sở Nội vụ\nkind: so-nganh\nwebsite: "javascript:alert(1)"\n');
    const problems = checkContent({ root }).problems.filter((p) => p.severity === 'error');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/organizations/so-noi-vu.yaml',
      line: 3,
      field: 'website',
      message: WEBSITE_MESSAGE,
    });
  });
});
