import { describe, expect, it } from 'vitest';
import { relationIndex, replacementCycles, validityOf, type ValidityRecord } from '../../src/lib/validity.ts';

const ref = (...ids: string[]) => ids.map((id) => ({ id }));
const doc = (id: string, over: Partial<ValidityRecord> = {}): ValidityRecord => ({
  id,
  issuedAt: '2024-03-15',
  replaces: [],
  amends: [],
  repeals: [],
  guides: [],
  basis: [],
  ...over,
});

describe('validityOf', () => {
  it('shows no state for a document outside any relation and without dates', () => {
    const idx = relationIndex([doc('ke-hoach'), doc('huong-dan', { guides: ref('ke-hoach') })]);
    expect(validityOf('ke-hoach', idx, '2026-12-02')).toBeUndefined();
    expect(validityOf('huong-dan', idx, '2026-12-02')).toBeUndefined();
  });

  it('is in force from effectiveFrom, and not yet before it (the build date decides)', () => {
    const idx = relationIndex([doc('quy-che', { effectiveFrom: '2026-01-01', issuedAt: '2025-12-20' })]);
    expect(validityOf('quy-che', idx, '2025-12-31')?.state).toBe('chua-co-hieu-luc');
    expect(validityOf('quy-che', idx, '2026-01-01')?.state).toBe('con-hieu-luc');
    expect(validityOf('quy-che', idx, '2026-01-01')).toMatchObject({ from: '2026-01-01', until: undefined });
  });

  it('ends after its own effectiveUntil day', () => {
    const idx = relationIndex([doc('a', { effectiveFrom: '2025-01-01', effectiveUntil: '2025-12-31' })]);
    expect(validityOf('a', idx, '2025-12-31')?.state).toBe('con-hieu-luc');
    const after = validityOf('a', idx, '2026-01-01')!;
    expect(after.state).toBe('het-hieu-luc');
    expect(after.end).toEqual({ by: undefined, relation: 'expires', on: '2026-01-01' });
    expect(after.until).toBe('2025-12-31');
  });

  it('reads a month-only effectiveUntil to the month end', () => {
    const idx = relationIndex([doc('a', { effectiveFrom: '2025-01-01', effectiveUntil: '2025-02' })]);
    expect(validityOf('a', idx, '2025-02-28')?.state).toBe('con-hieu-luc');
    expect(validityOf('a', idx, '2025-03-01')?.state).toBe('het-hieu-luc');
  });

  it('is replaced from the day the replacing document takes effect', () => {
    const idx = relationIndex([
      doc('quy-che-2024', { issuedAt: '2024-02-01' }),
      doc('quy-che-2026', { issuedAt: '2025-12-20', effectiveFrom: '2026-01-01', replaces: ref('quy-che-2024') }),
    ]);
    const before = validityOf('quy-che-2024', idx, '2025-12-25')!;
    expect(before.state).toBe('con-hieu-luc');
    expect(before.pending).toEqual([{ by: 'quy-che-2026', relation: 'replaces', on: '2026-01-01' }]);
    expect(before.until).toBe('2025-12-31');
    const after = validityOf('quy-che-2024', idx, '2026-01-01')!;
    expect(after.state).toBe('het-hieu-luc');
    expect(after.end).toEqual({ by: 'quy-che-2026', relation: 'replaces', on: '2026-01-01' });
    expect(after.pending).toEqual([]);
    // The replacing document itself takes part and is in force.
    expect(validityOf('quy-che-2026', idx, '2026-01-01')?.state).toBe('con-hieu-luc');
  });

  it('is repealed, and the earliest ending counts', () => {
    const idx = relationIndex([
      doc('a', { effectiveUntil: '2027-12-31' }),
      doc('bai-bo', { issuedAt: '2026-05-10', repeals: ref('a') }),
      doc('thay-the', { issuedAt: '2026-08-01', replaces: ref('a') }),
    ]);
    const v = validityOf('a', idx, '2026-06-01')!;
    expect(v.state).toBe('het-hieu-luc');
    expect(v.end).toMatchObject({ by: 'bai-bo', relation: 'repeals', on: '2026-05-10' });
    expect(v.until).toBe('2026-05-09');
  });

  it('is amended once the amendment takes effect, and still in force', () => {
    const idx = relationIndex([
      doc('huong-dan', { issuedAt: '2025-03-01' }),
      doc('sua-doi', { issuedAt: '2026-02-10', effectiveFrom: '2026-03-01', amends: ref('huong-dan') }),
    ]);
    expect(validityOf('huong-dan', idx, '2026-02-20')).toMatchObject({
      state: 'con-hieu-luc',
      pending: [{ by: 'sua-doi', relation: 'amends', on: '2026-03-01' }],
    });
    const v = validityOf('huong-dan', idx, '2026-03-01')!;
    expect(v.state).toBe('da-sua-doi');
    expect(v.label).toBe('Đã được sửa đổi, bổ sung');
    expect(v.amendedBy.map((a) => a.by)).toEqual(['sua-doi']);
  });

  it('an amended document that is later replaced is out of force', () => {
    const idx = relationIndex([
      doc('a'),
      doc('b', { issuedAt: '2025-01-01', amends: ref('a') }),
      doc('c', { issuedAt: '2026-01-01', replaces: ref('a') }),
    ]);
    expect(validityOf('a', idx, '2026-06-01')?.state).toBe('het-hieu-luc');
  });

  it('reads a partial date of issue as its first day', () => {
    const idx = relationIndex([doc('a', { issuedAt: '2026-03', repeals: ref('b') }), doc('b')]);
    expect(validityOf('a', idx, '2026-03-01')?.from).toBe('2026-03-01');
    expect(validityOf('b', idx, '2026-02-28')?.state).toBe('con-hieu-luc');
    expect(validityOf('b', idx, '2026-03-01')?.state).toBe('het-hieu-luc');
  });

  it('ignores a relation to oneself (the check reports it)', () => {
    const idx = relationIndex([doc('a', { replaces: ref('a') })]);
    expect(validityOf('a', idx, '2026-01-01')?.state).toBe('con-hieu-luc');
    expect(idx.incoming.get('a')).toBeUndefined();
  });
});

describe('relationIndex', () => {
  it('lists who acts on a document, each relation once', () => {
    const idx = relationIndex([
      doc('a'),
      doc('b', { guides: ref('a', 'a'), basis: [{ document: { id: 'a' } }, {}] }),
      doc('c', { amends: ref('a') }),
    ]);
    expect(idx.incoming.get('a')).toEqual([
      { relation: 'guides', by: 'b' },
      { relation: 'basis', by: 'b' },
      { relation: 'amends', by: 'c' },
    ]);
  });
});

describe('replacementCycles', () => {
  it('finds two-way and longer cycles, through repeals too', () => {
    expect(replacementCycles([doc('a', { replaces: ref('b') }), doc('b', { replaces: ref('a') })])).toEqual([
      ['a', 'b'],
    ]);
    expect(
      replacementCycles([
        doc('a', { replaces: ref('b') }),
        doc('b', { repeals: ref('c') }),
        doc('c', { replaces: ref('a') }),
      ]),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('finds none in a chain, a self-relation or a relation to a missing document', () => {
    expect(
      replacementCycles([
        doc('a', { replaces: ref('b', 'x') }),
        doc('b', { replaces: ref('c') }),
        doc('c', { replaces: ref('c') }),
      ]),
    ).toEqual([]);
  });
});
