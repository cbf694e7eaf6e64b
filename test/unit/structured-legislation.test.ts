/**
 * A document's validity and relations in its JSON-LD (`Legislation`): the legal force of
 * each state, `expires` only once the last day in force is known, and the relations
 * under schema.org's own properties, each a link to the other document's page.
 */
import { describe, expect, it } from 'vitest';
import { legalForce, legislationData, type LegislationInput } from '../../src/lib/structured-data.ts';
import { VALIDITY_STATES } from '../../src/lib/validity.ts';

const url = (p: string) => new URL(p, 'https://example.gov.vn').href;
const board = {
  name: 'Ban Thi đua - Khen thưởng tỉnh Mẫu',
  siteName: 'Thi đua - Khen thưởng Mẫu',
  email: 'ban@mau.gov.vn',
  phone: '0200 000 000',
  address: 'Số 1 đường Mẫu, phường Mẫu, tỉnh Mẫu',
  province: 'Mẫu',
  parentName: 'Sở Nội vụ tỉnh Mẫu',
};
const base: LegislationInput = {
  url: url('/van-ban/quy-che-2026/'),
  title: 'Quy chế công tác thi đua, khen thưởng',
  kindLabel: 'Quyết định',
  number: '09/QĐ-UBND',
  issuedAt: '2026-01-20',
  postedAt: '2026-01-21',
  fields: [],
  basis: [url('/van-ban/luat/')],
  attachments: [],
};
const ld = (more: Partial<LegislationInput> = {}) =>
  legislationData({ ...base, ...more }, url, board) as Record<string, unknown>;

describe('Legislation: validity', () => {
  it('maps every state to a schema.org LegalForceStatus: amended is in force, not yet and ended are not', () => {
    expect(Object.keys(legalForce).sort()).toEqual([...VALIDITY_STATES].sort());
    expect(legalForce).toEqual({
      'con-hieu-luc': 'https://schema.org/InForce',
      'da-sua-doi': 'https://schema.org/InForce',
      'chua-co-hieu-luc': 'https://schema.org/NotInForce',
      'het-hieu-luc': 'https://schema.org/NotInForce',
    });
    expect(ld({ validity: { state: 'het-hieu-luc', until: '2026-01-31' } })).toMatchObject({
      legislationLegalForce: 'https://schema.org/NotInForce',
      expires: '2026-01-31',
    });
  });

  it('says nothing of force or expiry for a document without validity, nor expires when the end is unknown', () => {
    const plain = ld();
    expect(plain).not.toHaveProperty('legislationLegalForce');
    expect(plain).not.toHaveProperty('expires');
    const open = ld({ validity: { state: 'con-hieu-luc', until: undefined } });
    expect(open.legislationLegalForce).toBe('https://schema.org/InForce');
    expect(open).not.toHaveProperty('expires');
  });

  it('keeps what it said before: date of issue, number, basis', () => {
    expect(ld({ validity: { state: 'da-sua-doi' } })).toMatchObject({
      '@type': 'Legislation',
      legislationDate: '2026-01-20',
      legislationIdentifier: '09/QĐ-UBND',
      isBasedOn: [url('/van-ban/luat/')],
    });
  });
});

describe('Legislation: relations', () => {
  it('links replaced, amended, repealed and guided documents by their page under schema.org properties', () => {
    const out = ld({
      replaces: [url('/van-ban/quy-che-2024/')],
      amends: [url('/van-ban/a/'), url('/van-ban/b/')],
      repeals: [url('/van-ban/c/')],
      guides: [url('/van-ban/luat/')],
    });
    expect(out).toMatchObject({
      legislationChanges: [{ '@id': url('/van-ban/quy-che-2024/') }],
      legislationAmends: [{ '@id': url('/van-ban/a/') }, { '@id': url('/van-ban/b/') }],
      legislationRepeals: [{ '@id': url('/van-ban/c/') }],
      legislationEnsuresImplementationOf: [{ '@id': url('/van-ban/luat/') }],
    });
  });

  it('leaves a relation out when there is none', () => {
    const out = ld({ replaces: [], amends: [] });
    for (const p of [
      'legislationChanges',
      'legislationAmends',
      'legislationRepeals',
      'legislationEnsuresImplementationOf',
    ])
      expect(out, p).not.toHaveProperty(p);
  });
});
