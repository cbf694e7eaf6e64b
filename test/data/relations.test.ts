import { describe, expect, it } from 'vitest';
import { documentRelations, documentValidity } from '../../src/data/relations.ts';
import { documentFacets } from '../../src/data/facets.ts';
import type { Doc } from '../../src/data/content.ts';
import { entry } from '../helpers/entries.ts';
import { siteOf } from '../helpers/site.ts';

/** A published decision of the library, parsed through the real schema. */
const doc = (id: string, data: Record<string, unknown> = {}): Doc =>
  entry('documents', id, {
    title: `Văn bản ${id}`,
    kind: 'quyet-dinh',
    number: `${id}/QĐ-UBND`,
    issuedAt: '2025-01-10',
    issuer: 'ubnd-tinh',
    ...data,
  });

describe('documentRelations', () => {
  const old = doc('1', { effectiveFrom: '2025-01-15' });
  const guide = doc('2', { kind: 'huong-dan', guides: ['1'], basis: [{ text: 'Căn cứ 1', document: '1' }] });
  const next = doc('3', {
    issuedAt: '2026-03-01',
    replaces: ['1'],
    basis: [{ text: 'Căn cứ 9', document: '9' }],
  });
  const s = siteOf([old, guide, next]);

  it('lists both directions, a guide once (not again as citing), links and states', () => {
    const groups = documentRelations(s, old, '2026-06-01');
    expect(groups.map((g) => `${g.direction} ${g.label}: ${g.docs.map((d) => d.id).join(',')}`)).toEqual([
      'in Bị thay thế bởi: 3',
      'in Được hướng dẫn bởi: 2',
    ]);
    expect(groups[0]!.docs[0]).toMatchObject({ href: '/van-ban/3/', label: 'Quyết định số 3/QĐ-UBND' });
    expect(groups[0]!.docs[0]!.validity?.state).toBe('con-hieu-luc');
    expect(documentRelations(s, guide, '2026-06-01').map((g) => g.label)).toEqual(['Hướng dẫn thi hành']);
  });

  it('leaves out documents that are not published (a basis to a missing document)', () => {
    expect(documentRelations(s, next, '2026-06-01').map((g) => g.label)).toEqual(['Thay thế']);
  });

  it('derives the state on the date given, so each build date shows the state of that day', () => {
    expect(documentValidity(s, old, '2026-02-28')?.state).toBe('con-hieu-luc');
    expect(documentValidity(s, old, '2026-03-01')?.state).toBe('het-hieu-luc');
  });
});

describe('the validity filter of the library', () => {
  it('puts each document with a state under it, on the build date, and plans under none', () => {
    const plan = doc('4', { kind: 'ke-hoach' });
    const old = doc('1', { effectiveFrom: '2025-01-15' });
    const next = doc('3', { issuedAt: '2026-03-01', replaces: ['1'] });
    const s = siteOf([old, next, plan]);
    const facet = documentFacets(s, '2026-06-01').find((f) => f.key === 'hieu-luc')!;
    expect([old, next, plan].map((d) => facet.values(d))).toEqual([['het-hieu-luc'], ['con-hieu-luc'], []]);
    expect(facet.valueLabel('het-hieu-luc')).toBe('Hết hiệu lực toàn bộ');
    const before = documentFacets(s, '2026-01-01').find((f) => f.key === 'hieu-luc')!;
    expect(before.values(old)).toEqual(['con-hieu-luc']);
  });
});
