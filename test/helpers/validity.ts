/**
 * What a built site should say of each published document's validity, read from its
 * content as the checker parses it (not from Astro), on the build date of test builds.
 */
import { relationIndex, validityOf, type Validity, type ValidityRecord } from '../../src/lib/validity.ts';
import type { CheckedEntry } from './sites.ts';

/** The date test builds are made on (scripts/lib/site-copy.ts). */
const TEST_BUILD_DATE = '2026-11-20';

type Ref = { id: string };

/** Each published document's validity on `today`, by id (undefined: it shows none), and its relations. */
export function expectedValidity(documents: readonly CheckedEntry[], today = TEST_BUILD_DATE) {
  const ids = new Set(documents.map((d) => d.id));
  const refs = (v: unknown) => ((v ?? []) as Ref[]).filter((r) => ids.has(r.id));
  const records: ValidityRecord[] = documents.map((d) => ({
    id: d.id,
    issuedAt: String(d.data.issuedAt),
    effectiveFrom: d.data.effectiveFrom as string | undefined,
    effectiveUntil: d.data.effectiveUntil as string | undefined,
    replaces: refs(d.data.replaces),
    amends: refs(d.data.amends),
    repeals: refs(d.data.repeals),
    guides: refs(d.data.guides),
    basis: [],
  }));
  const index = relationIndex(records);
  const validity = new Map<string, Validity | undefined>(documents.map((d) => [d.id, validityOf(d.id, index, today)]));
  /** The published documents `id` declares a relation to, itself left out. */
  const out = (id: string, key: 'replaces' | 'amends' | 'repeals' | 'guides') => {
    const targets = index.byId.get(id)![key].map((r) => r.id);
    return [...new Set(targets)].filter((x) => x !== id);
  };
  /** The published documents declaring a relation to `id`. */
  const into = (id: string, key: 'replaces' | 'amends' | 'repeals' | 'guides') =>
    (index.incoming.get(id) ?? []).filter((x) => x.relation === key).map((x) => x.by);
  return { validity, out, into };
}
