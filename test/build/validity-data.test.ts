/**
 * A document's validity and relations as outside systems read them from the built sample
 * and fixture sites: in the open data (JSON and CSV), in each document page's JSON-LD, and
 * in the search index (a filter and the result's badge). What to expect is derived from
 * the content as the checker reads it, on the build date of test builds, so the test
 * holds for any content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELATION_KEYS, type Validity } from '../../src/lib/validity.ts';
import { read, type BuiltSite } from '../helpers/build.ts';
import { fragments, type Fragment } from '../helpers/pagefind.ts';
import { load, sites, type CheckedEntry } from '../helpers/sites.ts';
import { expectedValidity } from '../helpers/validity.ts';

const SITE = 'https://thiduakhenthuong.lamdong.gov.vn/';
const pageOf = (id: string) => `${SITE}van-ban/${id}/`;
const FORCE: Record<Validity['state'], string> = {
  'con-hieu-luc': 'https://schema.org/InForce',
  'da-sua-doi': 'https://schema.org/InForce',
  'chua-co-hieu-luc': 'https://schema.org/NotInForce',
  'het-hieu-luc': 'https://schema.org/NotInForce',
};
const LD_PROPERTY = {
  replaces: 'legislationChanges',
  amends: 'legislationAmends',
  repeals: 'legislationRepeals',
  guides: 'legislationEnsuresImplementationOf',
} as const;
const INVERSE = { replaces: 'replacedBy', amends: 'amendedBy', repeals: 'repealedBy', guides: 'guidedBy' } as const;

type Ref = { id: string; url: string };
interface DocItem {
  id: string;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  validity: { state: string; label: string; from: string; until: string | null; endedBy: Ref | null } | null;
  [relation: string]: unknown;
}

/** How many documents of each site show a state, are replaced, amended: one of the sites must have each. */
const seen = { validity: 0, ended: 0, amended: 0, guided: 0 };

describe.each(sites)('validity and relations of the $name site', (under) => {
  let site: BuiltSite;
  let docs: readonly CheckedEntry[];
  let expected: ReturnType<typeof expectedValidity>;
  let items: Map<string, DocItem>;
  let rows: Map<string, Record<string, string>>;
  let index: Map<string, Fragment>;

  beforeAll(() => {
    const loaded = load(under);
    site = loaded.site;
    docs = loaded.published('documents');
    expected = expectedValidity(docs);
    const json = JSON.parse(read(path.join(site.dist, 'du-lieu/van-ban.json'))) as { items: DocItem[] };
    items = new Map(json.items.map((i) => [i.id, i]));
    const csv = parse(readFileSync(path.join(site.dist, 'du-lieu/van-ban.csv')), { bom: true, columns: true });
    rows = new Map((csv as Record<string, string>[]).map((r) => [r.id!, r]));
    index = fragments(site.dist);
    for (const d of docs) {
      const v = expected.validity.get(d.id);
      if (v) seen.validity++;
      if (v?.state === 'het-hieu-luc') seen.ended++;
      if (expected.into(d.id, 'amends').length) seen.amended++;
      if (expected.into(d.id, 'guides').length) seen.guided++;
    }
  });

  it('open data: every document has its own dates, its state on the build date and its relations both ways', () => {
    for (const d of docs) {
      const item = items.get(d.id)!;
      const v = expected.validity.get(d.id);
      expect(item.effectiveFrom, d.id).toBe(d.data.effectiveFrom ?? null);
      expect(item.effectiveUntil, d.id).toBe(d.data.effectiveUntil ?? null);
      expect(item.validity, d.id).toEqual(
        v
          ? {
              state: v.state,
              label: v.label,
              from: d.data.effectiveFrom ?? d.data.issuedAt,
              until: v.until ?? null,
              endedBy: v.end?.by ? { id: v.end.by, name: expect.any(String), url: pageOf(v.end.by) } : null,
            }
          : null,
      );
      for (const key of RELATION_KEYS) {
        const out = item[key] as Ref[];
        const back = item[INVERSE[key]] as Ref[];
        expect(out.map((r) => r.id).sort(), `${d.id} ${key}`).toEqual(expected.out(d.id, key).sort());
        expect(back.map((r) => r.id).sort(), `${d.id} ${INVERSE[key]}`).toEqual(expected.into(d.id, key).sort());
        for (const r of [...out, ...back]) expect(r.url).toBe(pageOf(r.id));
      }
      const row = rows.get(d.id)!;
      expect([row.validity, row.validityLabel, row.validUntil], d.id).toEqual([
        v?.state ?? '',
        v?.label ?? '',
        v?.until ?? '',
      ]);
      expect(row.replacedByIds, d.id).toBe((item.replacedBy as Ref[]).map((r) => r.id).join('; '));
      const consultation = d.data.consultation as { basis?: string } | undefined;
      if (consultation) expect(row.consultationBasis, d.id).toBe(consultation.basis ?? '');
    }
  });

  it('JSON-LD: legal force and expiry of each state, relations under schema.org properties to the other pages', () => {
    for (const d of docs) {
      const $ = cheerio.load(read(path.join(site.dist, 'van-ban', d.id, 'index.html')));
      const ld = JSON.parse($('script[type="application/ld+json"]').first().text()) as Record<string, unknown>;
      const v = expected.validity.get(d.id);
      expect(ld.legislationDate, d.id).toBe(d.data.issuedAt);
      expect(ld.legislationLegalForce, d.id).toBe(v ? FORCE[v.state] : undefined);
      expect(ld.expires, d.id).toBe(v?.until);
      for (const key of RELATION_KEYS) {
        const want = expected.out(d.id, key).map((id) => ({ '@id': pageOf(id) }));
        expect(ld[LD_PROPERTY[key]], `${d.id} ${key}`).toEqual(want.length ? want : undefined);
      }
    }
  });

  it('search: the state is a filter and the result’s badge, on documents that show one', () => {
    for (const d of docs) {
      const f = index.get(`/van-ban/${d.id}/`)!;
      const v = expected.validity.get(d.id);
      expect(f.filters.validity, d.id).toEqual(v ? [v.label] : undefined);
      expect([f.meta.validity, f.meta.validityState], d.id).toEqual([v?.label, v?.state]);
    }
  });
});

describe('the sites under test', () => {
  it('have, between them, documents in force or not, replaced or repealed, amended and guided', () => {
    expect(seen.validity).toBeGreaterThan(0);
    expect(seen.ended).toBeGreaterThan(0);
    expect(seen.amended).toBeGreaterThan(0);
    expect(seen.guided).toBeGreaterThan(0);
  });
});
