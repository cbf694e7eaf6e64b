/**
 * The importer's reading of validity ("có hiệu lực kể từ ngày …") and relations ("thay
 * thế", "sửa đổi, bổ sung", "bãi bỏ", "hướng dẫn thi hành" + a cited document): the
 * phrases it must read, the prose it must leave alone, and how a citation is linked to
 * the library or marked CẦN SỬA.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/import/index.ts';
import type { DocRecord, Library } from '../../src/lib/import/library.ts';
import {
  findRelations,
  findValidity,
  linkCitation,
  resolveRelations,
  type RelationCitation,
} from '../../src/lib/import/relations.ts';
import { formatOutcome } from '../../src/lib/import/report.ts';
import { writeEntries } from '../../src/lib/import/write.ts';
import { checkErrors, readEntry, tempSite } from '../helpers/import-site.ts';

/** The relations of some paragraphs as `field number` strings, with a `?` when unsure. */
const rel = (...paragraphs: string[]) =>
  findRelations(paragraphs).map((r) => `${r.field} ${r.citation.number}${r.unsure ? ' ?' : ''}`);

describe('relations: what counts', () => {
  it('reads "thay thế" after the effect clause, with the list of citations that follows', () => {
    expect(
      rel(
        'Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh ban hành Quy chế thi đua, khen thưởng và Quyết định số 56/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh.',
      ),
    ).toEqual(['replaces 1234/QĐ-UBND', 'replaces 56/QĐ-UBND']);
    expect(rel('Kế hoạch này thay thế cho Kế hoạch số 12/KH-SNV ngày 20/01/2025 của Sở Nội vụ.')).toEqual([
      'replaces 12/KH-SNV',
    ]);
  });

  it('keeps the kind through a list ("…; số 03/HD-HĐTĐKT") and reads a list under "các văn bản sau:"', () => {
    expect(
      rel(
        'Hướng dẫn này thay thế các văn bản sau: Hướng dẫn số 01/HD-HĐTĐKT ngày 05/01/2024; số 03/HD-HĐTĐKT ngày 09/02/2024 của Hội đồng.',
      ),
    ).toEqual(['replaces 01/HD-HĐTĐKT', 'replaces 03/HD-HĐTĐKT']);
    expect(
      rel(
        'Điều 1. Bãi bỏ các Quyết định sau đây của Chủ tịch Ủy ban nhân dân tỉnh:',
        '1. Quyết định số 101/QĐ-UBND ngày 10/01/2022 về việc ban hành Quy chế xét tặng danh hiệu;',
        '2. Quyết định số 2456/QĐ-UBND ngày 18/11/2022 sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 101/QĐ-UBND.',
        'Điều 2. Các cơ quan thay thế Quyết định số 9/QĐ-UBND khi …',
        '- Quyết định số 7/QĐ-UBND',
      ),
      // The second item's own trích yếu amends nothing for this decision; the list ends at "Điều 2".
    ).toEqual(['repeals 101/QĐ-UBND', 'repeals 2456/QĐ-UBND', 'replaces 9/QĐ-UBND']);
  });

  it('reads amendments in the trích yếu, through "Quy chế … ban hành kèm theo"', () => {
    expect(
      rel(
        'Quyết định sửa đổi, bổ sung một số điều của Quy chế thi đua, khen thưởng ban hành kèm theo Quyết định số 15/2023/QĐ-UBND ngày 10 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh',
        'Điều 1. Sửa đổi, bổ sung Điều 4 của Quy chế ban hành kèm theo Quyết định số 15/2023/QĐ-UBND như sau:',
      ),
    ).toEqual(['amends 15/2023/QĐ-UBND']);
    expect(rel('Bổ sung khoản 4 vào Điều 2 Quyết định số 8/QĐ-UBND ngày 02/02/2026 như sau:')).toEqual([
      'amends 8/QĐ-UBND',
    ]);
  });

  it('a document cited twice keeps the citation that gives the date', () => {
    const [r] = findRelations([
      'Quyết định sửa đổi, bổ sung Quy chế ban hành kèm theo Quyết định số 30/QĐ-UBND',
      'Điều 1. Sửa đổi, bổ sung Điều 4 Quy chế ban hành kèm theo Quyết định số 30/QĐ-UBND ngày 08/01/2024 như sau:',
    ]);
    expect(r!.citation).toMatchObject({ number: '30/QĐ-UBND', issuedAt: '2024-01-08' });
  });

  it('a partial repeal or replacement is an amendment, marked', () => {
    expect(rel('Điều 1. Bãi bỏ khoản 3 Điều 2 và Phụ lục II của Quyết định số 210/QĐ-UBND ngày 01/6/2023.')).toEqual([
      'amends 210/QĐ-UBND ?',
    ]);
  });

  it('reads "hướng dẫn thực hiện / thi hành" a cited document', () => {
    expect(rel('Hướng dẫn thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh')).toEqual([
      'guides 45/KH-UBND',
    ]);
    expect(rel('Để kịp thời hướng dẫn thi hành Nghị định số 152/2025/NĐ-CP trên địa bàn tỉnh, Sở đề nghị:')).toEqual([
      'guides 152/2025/NĐ-CP',
    ]);
  });

  it('reads the cited document first: "được bãi bỏ", and "hết hiệu lực khi … này có hiệu lực" (marked)', () => {
    expect(rel('Quyết định số 77/QĐ-UBND ngày 01/01/2020 của Ủy ban nhân dân huyện được bãi bỏ.')).toEqual([
      'repeals 77/QĐ-UBND',
    ]);
    expect(
      rel(
        'Chỉ thị này có hiệu lực kể từ ngày ký. Chỉ thị số 03/CT-UBND ngày 10/02/2020 của Chủ tịch Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Chỉ thị này có hiệu lực.',
      ),
    ).toEqual(['replaces 03/CT-UBND ?']);
  });
});

describe('relations: what does not count', () => {
  it.each([
    ['a person replaced', 'Bà K’ Hương, Phó Chủ tịch Hội đồng (thay thế ông Lơ Mu Ha Sin đã nghỉ hưu).'],
    ['someone sent instead', 'Khi thành viên thay đổi công tác thì cơ quan cử người thay thế trong 10 ngày.'],
    ['a form replaced', 'Thay thế mẫu số 03 ban hành kèm theo Quyết định số 11/QĐ-UBND bằng mẫu mới.'],
    ['procedures repealed', 'Rà soát, bãi bỏ các thủ tục không còn phù hợp theo Nghị định số 152/2025/NĐ-CP.'],
    ['prose amendments', 'Sửa đổi, bổ sung kịp thời quy chế thi đua của cơ quan theo Quyết định số 5/QĐ-UBND.'],
    ['a basis', 'Căn cứ Quyết định số 2456/QĐ-UBND ngày 18/11/2022 sửa đổi, bổ sung Quyết định số 101/QĐ-UBND;'],
    [
      'passive: amended by another',
      'Quy chế này đã được sửa đổi, bổ sung tại Quyết định số 9/QĐ-UBND ngày 02/02/2024.',
    ],
    ['passive: replaced by another', 'Quy chế đó đã bị thay thế bởi Quyết định số 9/QĐ-UBND.'],
    [
      'a cited document’s subject',
      'Thực hiện Quyết định số 5/QĐ-UBND về việc sửa đổi Quy chế kèm theo Quyết định số 3/QĐ-UBND.',
    ],
    ['"theo hướng dẫn"', 'Các đơn vị thực hiện theo hướng dẫn thực hiện Kế hoạch số 45/KH-UBND của Sở Nội vụ.'],
    ['guidance of "this" document', 'Giao Sở Nội vụ hướng dẫn thi hành Quyết định này.'],
    ['a law', 'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;'],
    ['replaced by a future text', 'Hướng dẫn này có hiệu lực kể từ ngày ký đến khi có văn bản thay thế.'],
  ])('%s', (_, text) => {
    expect(rel(text)).toEqual([]);
  });
});

describe('validity dates', () => {
  const v = (
    text: string | string[],
    kind: 'quyet-dinh' | 'huong-dan' | 'chi-thi' = 'quyet-dinh',
    issuedAt = '2025-12-20',
  ) => {
    const r = findValidity(Array.isArray(text) ? text : [text], kind, issuedAt);
    const show = (d: typeof r.effectiveFrom) => (d ? `${d.value ?? '—'}${d.unsure ? ' ?' : ''}` : undefined);
    return { from: show(r.effectiveFrom), until: show(r.effectiveUntil) };
  };

  it('reads a date in figures or in words, "thi hành" or not, "kể từ" or "từ"', () => {
    expect(v('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.')).toEqual({
      from: '2026-01-01',
      until: undefined,
    });
    expect(v('Hướng dẫn này có hiệu lực thi hành từ ngày 01/3/2026 và thay thế …', 'huong-dan')).toEqual({
      from: '2026-03-01',
      until: undefined,
    });
  });

  it('"kể từ ngày ký (ban hành)" is the day of issue, when the paper gives the whole date', () => {
    expect(v('Điều 3. Quyết định có hiệu lực kể từ ngày ký.')).toEqual({ from: '2025-12-20', until: undefined });
    expect(v('3. Chỉ thị này có hiệu lực thi hành kể từ ngày ký ban hành.', 'chi-thi')).toEqual({
      from: '2025-12-20',
      until: undefined,
    });
    // The day left blank on this copy: nothing to write, a mark instead.
    expect(v('Quyết định này có hiệu lực kể từ ngày ký.', 'quyet-dinh', '2025-12')).toEqual({
      from: '— ?',
      until: undefined,
    });
  });

  it('"sau N ngày kể từ ngày ký" is computed and marked', () => {
    expect(v('Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.')).toEqual({
      from: '2025-12-30 ?',
      until: undefined,
    });
  });

  it('reads the last day in force: "đến hết ngày", "hết hiệu lực kể từ ngày" (the day before)', () => {
    expect(v('Quyết định này có hiệu lực kể từ ngày 01/02/2026 đến hết ngày 31/12/2026.')).toEqual({
      from: '2026-02-01',
      until: '2026-12-31',
    });
    expect(v('Quy định này có hiệu lực kể từ ngày 01 tháng 7 năm 2026 và hết hiệu lực kể từ ngày 01/01/2031.')).toEqual(
      { from: '2026-07-01', until: '2030-12-31' },
    );
    expect(v('Quyết định này hết hiệu lực vào ngày 30/6/2027.').until).toBe('2027-06-30 ?');
  });

  it('the document’s own statement wins over its annex; two that disagree are marked', () => {
    expect(v(['Quyết định này có hiệu lực kể từ ngày ký.', 'Quy chế này có hiệu lực kể từ ngày 01/01/2026.'])).toEqual({
      from: '2025-12-20',
      until: undefined,
    });
    expect(v(['Điều 3. Quy chế này có hiệu lực kể từ ngày 01/01/2026.']).from).toBe('2026-01-01');
    expect(
      v(['Quyết định này có hiệu lực kể từ ngày ký.', 'Điều 5. Quyết định này có hiệu lực kể từ ngày 01/01/2026.'])
        .from,
    ).toBe('2025-12-20 ?');
  });

  it('ignores other documents’ validity and statements without a date', () => {
    expect(
      v([
        'Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định số 98/2023/NĐ-CP có hiệu lực thi hành từ ngày 01/01/2024.',
        'Hồ sơ trình trước ngày Quyết định này có hiệu lực tiếp tục được xét.',
        'Căn cứ Quyết định số 12/QĐ-UBND có hiệu lực kể từ ngày 01/01/2020;',
        'Quyết định số 77/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
      ]),
    ).toEqual({ from: undefined, until: undefined });
  });
});

describe('linking a citation to the library', () => {
  const doc = (slug: string, kind: string, number: string, issuedAt: string): DocRecord => ({
    slug,
    kind,
    number,
    issuedAt,
    title: slug,
    issuer: 'ubnd-tinh',
  });
  const library = [
    doc('qc-2024', 'quyet-dinh', '1234/QĐ-UBND', '2024-03-15'),
    doc('qc-2019', 'quyet-dinh', '15/2019/QĐ-UBND', '2019-05-20'),
    doc('qd-30-2024', 'quyet-dinh', '30/QĐ-UBND', '2024-01-08'),
    doc('kh-12-2024', 'ke-hoach', '12/KH-UBND', '2024-02-01'),
    doc('kh-12-2025', 'ke-hoach', '12/KH-UBND', '2025-02-01'),
    doc('qd-88-2023', 'quyet-dinh', '88/QĐ-UBND', '2023-04-04'),
  ];
  const cite = (text: string): RelationCitation => findRelations([`thay thế ${text}`])[0]!.citation;

  it('links on kind, number and the same day, or a number that carries its year', () => {
    expect(linkCitation(cite('Quyết định số 1234/QĐ-UBND ngày 15/3/2024'), library)).toEqual({ slug: 'qc-2024' });
    expect(linkCitation(cite('Quyết định số 15/2019/QĐ-UBND'), library)).toEqual({ slug: 'qc-2019' });
    expect(linkCitation(cite('Kế hoạch số 12/KH-UBND ngày 01/02/2025'), library)).toEqual({ slug: 'kh-12-2025' });
  });

  it('a number reused every year, undated: linked but marked as a weak guess', () => {
    const r = linkCitation(cite('Quyết định số 30/QĐ-UBND'), library);
    expect(r).toMatchObject({ slug: 'qd-30-2024' });
    expect('weak' in r && r.weak).toMatch(/không ghi ngày/);
  });

  it('does not link two candidates, another date, another kind, a decree, or the document itself', () => {
    expect(linkCitation(cite('Kế hoạch số 12/KH-UBND'), library)).toMatchObject({ reason: 'ambiguous' });
    expect(linkCitation(cite('Quyết định số 88/QĐ-UBND ngày 10/9/2025'), library)).toMatchObject({
      reason: 'different',
    });
    expect(linkCitation(cite('Hướng dẫn số 1234/QĐ-UBND'), library)).toMatchObject({ reason: 'different' });
    expect(linkCitation(cite('Nghị định số 152/2025/NĐ-CP'), library)).toEqual({ reason: 'external' });
    expect(linkCitation(cite('Quyết định số 9/QĐ-UBND'), library)).toEqual({ reason: 'missing' });
    expect(
      linkCitation(cite('Quyết định số 15/2019/QĐ-UBND'), library, {
        kind: 'quyet-dinh',
        number: '15/2019/QĐ-UBND',
        issuedAt: '2019-05-20',
      }),
    ).toEqual({ reason: 'missing' });
  });

  it('a citation not in the library is a note naming it, nothing linked', () => {
    const [o] = resolveRelations(
      findRelations(['thay thế Quyết định số 9/QĐ-UBND ngày 15/3/2024 của UBND xã']),
      library,
    );
    expect(o!.field).toBe('replaces');
    expect(o!.slug).toBeUndefined();
    expect(o!.note).toBe(
      'văn bản bị thay thế “Quyết định số 9/QĐ-UBND ngày 15/3/2024” chưa có trong thư viện; nhập văn bản đó rồi ghi vào replaces',
    );
  });
});

describe('the importer writes them', () => {
  const site = tempSite();
  afterAll(() => site.dispose());

  const paper = (number: string, kindHeading: string, title: string, body: string[]) =>
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÂM ĐỒNG',
      `Số: ${number}`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lâm Đồng, ngày 22 tháng 12 năm 2026',
      kindHeading,
      title,
      'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'QUYẾT ĐỊNH:',
      ...body,
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Hồ Văn Mười',
    ].join('\n\n');

  it('links a document of the library, marks one that is not, and the site still checks', () => {
    const library: Library = site.library();
    // Any decision of the sample library whose number carries its year.
    const target = library.documents.find((d) => d.kind === 'quyet-dinh' && d.number && /\/20\d\d\//.test(d.number));
    expect(target).toBeDefined();
    const text = paper('2999/QĐ-UBND', 'QUYẾT ĐỊNH', 'Ban hành Quy chế thi đua, khen thưởng năm 2027', [
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng năm 2027.',
      `Điều 2. Quyết định này có hiệu lực kể từ ngày 01/01/2027 và thay thế Quyết định số ${target!.number} của Ủy ban nhân dân tỉnh; bãi bỏ Quyết định số 4321/QĐ-UBND ngày 02/02/2021 của Ủy ban nhân dân tỉnh.`,
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.',
    ]);
    const result = importText(text, library, { today: '2026-12-23' });
    const main = result.entries[0]!;
    expect(main.data).toMatchObject({ effectiveFrom: '2027-01-01', replaces: [target!.slug] });
    expect(main.data.repeals).toBeUndefined();
    expect(main.needsReview).toBe(true);

    const outcomes = writeEntries(result.entries, { root: site.root, publish: true });
    expect(outcomes[0]!.draft).toBe(true);
    const written = readEntry(site.root, outcomes[0]!.file);
    expect(written.data.review).toContain(
      'repeals: văn bản bị bãi bỏ “Quyết định số 4321/QĐ-UBND ngày 02/02/2021” chưa có trong thư viện; nhập văn bản đó rồi ghi vào repeals',
    );
    expect(written.data.replaces).toEqual([target!.slug]);
    expect(checkErrors(site.root)).toEqual([]);

    const report = formatOutcome('qd.txt', outcomes, false, text).join('\n');
    expect(report).toContain('có hiệu lực: 2027-01-01');
    expect(report).toContain(`thay thế: Quyết định số ${target!.number} → ${target!.slug}`);
    expect(report).toContain('bãi bỏ: Quyết định số 4321/QĐ-UBND ngày 02/02/2021 (chưa liên kết, đánh dấu CẦN SỬA)');
  });

  it('a plan keeps no validity date, but its relations', () => {
    const text = paper('77/KH-UBND', 'KẾ HOẠCH', 'Tổ chức Hội nghị điển hình tiên tiến năm 2027', [
      'I. MỤC ĐÍCH',
      'Kế hoạch này có hiệu lực kể từ ngày ký và thay thế Kế hoạch số 5/KH-UBND ngày 02/01/2026 của Ủy ban nhân dân tỉnh.',
    ]);
    const main = importText(text, site.library(), { today: '2026-12-23' }).entries[0]!;
    expect(main.data.kind).toBe('ke-hoach');
    expect(main.data.effectiveFrom).toBeUndefined();
    expect(main.comments.replaces).toMatch(/^CẦN SỬA: văn bản bị thay thế “Kế hoạch số 5\/KH-UBND ngày 02\/01\/2026”/);
  });
});
