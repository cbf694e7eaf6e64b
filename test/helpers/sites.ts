/**
 * The two shared builds that content-derived build tests run on: the sample site
 * (`content/`, or whatever content a board puts there) and the fixture site
 * (`test/fixtures/site/content`). Such a test reads what to expect from the content
 * (the checker, independently of Astro), never from named entries, so it holds for any
 * content; on the fixture site, made to have every case, it also cannot pass vacuously.
 */
import path from 'node:path';
import { expect } from 'vitest';
import { checkContent, type CheckedEntry, type CheckResult } from '../../src/lib/check/index.ts';
import { fixtureContent, fixtureSite, projectRoot, sampleSite, type BuiltSite } from './build.ts';

interface SiteUnderTest {
  name: 'sample' | 'fixture';
  /** Builds it, once per test run. */
  build: () => BuiltSite;
  /** The folder holding its `content/`. */
  root: string;
}

export const sites: SiteUnderTest[] = [
  { name: 'sample', build: sampleSite, root: projectRoot },
  { name: 'fixture', build: fixtureSite, root: path.dirname(fixtureContent) },
];

type Collection = keyof CheckResult['entries'];

/** A built site and its content as the checker reads it. */
export function load(under: SiteUnderTest) {
  const content = checkContent({ root: under.root });
  const site = under.build();
  expect(site.status, site.output.slice(-3000)).toBe(0);
  const published = (c: Collection) => [...content.entries[c].values()].filter((e) => !e.held);
  const heldBack = () => Object.values(content.entries).flatMap((m) => [...m.values()].filter((e) => e.held));
  return { site, content, published, heldBack };
}

/**
 * The entries a content-derived check is about must exist on the fixture site (it is
 * made to have them, so the check can fail there); other content may have none.
 */
export function needs<T>(under: SiteUnderTest, entries: readonly T[], what: string): readonly T[] {
  if (under.name === 'fixture') expect(entries.length, `the fixture site has ${what}`).toBeGreaterThan(0);
  return entries;
}

export type { CheckedEntry, CheckResult };
