/**
 * The sample content shipped in `content/` has what the portal issue asks for, read by
 * the content checker without a build. This is about the sample itself: a board that
 * replaces `content/` with its own removes this file with it. The build tests do not
 * depend on it: they read what to expect from whatever content there is, and the
 * fixture site (test/fixtures/site) has every case they need.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/lib/check/index.ts';
import { documentKinds, exemplarKinds } from '../../src/vocabulary/labels.ts';
import { projectRoot } from '../helpers/build.ts';

const content = checkContent({ root: projectRoot });
const published = (c: keyof CheckResult['entries']) => [...content.entries[c].values()].filter((e) => !e.held);

describe('the sample content', () => {
  it('has no content errors', () => {
    expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has the entries the portal issue asks for', () => {
    expect(published('organizations').length).toBeGreaterThanOrEqual(6);
    expect(published('campaigns').length).toBeGreaterThanOrEqual(4);
    expect(new Set(published('campaigns').map((c) => c.data.kind))).toContain('thuong-xuyen');
    expect(new Set(published('campaigns').map((c) => c.data.kind))).toContain('chuyen-de');
    expect(published('documents').length).toBeGreaterThanOrEqual(20);
    expect(new Set(published('documents').map((d) => d.data.kind))).toEqual(new Set(documentKinds));
    expect(published('exemplars').length).toBeGreaterThanOrEqual(12);
    expect(new Set(published('exemplars').map((d) => d.data.kind))).toEqual(new Set(exemplarKinds));
    expect(published('news').length).toBeGreaterThanOrEqual(20);
    expect(new Set(published('news').map((n) => String(n.data.publishedAt).slice(0, 4))).size).toBeGreaterThanOrEqual(
      2,
    );
    for (const c of ['documents', 'campaigns', 'exemplars', 'news'] as const) {
      expect(
        [...content.entries[c].values()].some((e) => e.held === 'draft'),
        `a draft in ${c}`,
      ).toBe(true);
    }
  });
});
