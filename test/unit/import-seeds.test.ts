/**
 * The importer on the three real documents in `../shared/seeds/` (public documents of
 * other provinces, as editors receive them). Skipped, with a message, when the folder is
 * not there; `THIDUA_SEEDS` points elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/import/index.ts';
import type { Library } from '../../src/lib/import/library.ts';
import { writeEntries } from '../../src/lib/import/write.ts';
import { checkErrors, projectRoot, readEntry, tempSite } from '../helpers/import-site.ts';

const seeds = process.env.THIDUA_SEEDS ?? path.resolve(projectRoot, '../shared/seeds');
const present = existsSync(path.join(seeds, '000_640db94b011e42d9.txt'));
if (!present)
  console.warn(
    `Bỏ qua các bài kiểm tra trên văn bản mẫu thật: không có thư mục ${seeds} (đặt THIDUA_SEEDS để chỉ tới nơi khác).`,
  );

describe.skipIf(!present)('importer on the real seeds', () => {
  // Made in beforeAll: Vitest runs this body to collect a skipped suite too, but never
  // its hooks, so a copy made here was left in the temporary folder on every CI run.
  let site: ReturnType<typeof tempSite>;
  let library: Library;
  beforeAll(() => {
    site = tempSite();
    library = site.library();
  });
  afterAll(() => site.dispose());
  const seed = (name: string) => {
    const result = importText(readFileSync(path.join(seeds, name), 'utf8'), library, { today: '2027-06-01' });
    const outcomes = writeEntries(result.entries, { root: site.root });
    return outcomes.map((o) => ({ file: o.file, written: o.written, entry: o.entry, ...readEntry(site.root, o.file) }));
  };

  it('000: a provincial plan with a blank number and day, from another province', () => {
    const [doc, org] = seed('000_640db94b011e42d9.txt');
    expect(doc!.data).toMatchObject({
      title:
        'Kế hoạch tổ chức Hội nghị trực tuyến tổng kết công tác thi đua, khen thưởng năm 2021 và triển khai nhiệm vụ năm 2022',
      kind: 'ke-hoach',
      issuedAt: '2022-02',
      place: 'Ninh Thuận',
      issuer: 'ubnd-tinh-ninh-thuan',
      signer: { name: 'Trần Quốc Nam', title: 'Chủ tịch' },
      draft: true,
    });
    expect(doc!.data.number).toBeUndefined();
    expect(doc!.entry.missing).toContainEqual({ label: 'số/ký hiệu', value: 'bản này để trống: “Số: /KH-UBND”' });
    // Two bases; the library's 02/CT-UBND is of 2026, not the one of 10/01/2022: no link.
    const basis = doc!.data.basis as { text: string; document?: string }[];
    expect(basis.map((b) => b.text.slice(0, 45))).toEqual([
      'Căn cứ Chỉ thị số 02/CT-UBND ngày 10/01/2022 ',
      'Căn cứ Quyết định số 21/QĐ-UBND ngày 10/01/20',
    ]);
    expect(basis.some((b) => b.document)).toBe(false);
    const recipients = doc!.data.recipients as string[];
    expect(recipients).toHaveLength(7);
    expect(recipients[0]).toBe('Thường trực Tỉnh ủy (b/c)');
    expect(recipients[6]).toBe('Lưu VT, VXNV, HCQT. NY');
    expect(doc!.body).toContain('## IV. TỔ CHỨC THỰC HIỆN\n\n### 1. Sở Nội vụ\n');
    expect(doc!.body).toContain(
      '- Các cơ quan, địa phương chuẩn bị báo cáo tham luận tại Hội nghị:\n  - *Sở Nông nghiệp và Phát triển nông thôn*:',
    );
    expect(doc!.body).not.toMatch(/Số: \/KH-UBND|Nơi nhận|Trần Quốc Nam\s*$/);
    expect(org!.file).toBe('content/organizations/ubnd-tinh-ninh-thuan.yaml');
    expect(org!.data).toEqual({
      name: 'Ủy ban nhân dân tỉnh Ninh Thuận',
      shortName: 'UBND tỉnh Ninh Thuận',
      kind: 'ubnd',
      draft: true,
    });
  });

  it('002: a guidance copied from a web page, its navigation removed', () => {
    const [doc] = seed('002_170647fe6e425d72.txt');
    expect(doc!.data).toMatchObject({
      title: 'Về việc tổng kết công tác thi đua khen thưởng năm 2020, phát động phong trào thi đua năm 2021',
      kind: 'cong-van',
      issuer: 'so-noi-vu',
      issuedAt: '2021',
      draft: true,
      deadlines: [
        {
          date: '2021-02-10',
          task: 'Tổ chức Hội nghị tổng kết công tác thi đua khen thưởng năm 2020, phát động phong trào thi đua năm 2021 của cụm, khối thi đua: hoàn thành xong trước ngày 10/02/2021',
        },
      ],
    });
    expect(doc!.entry.needsReview).toBe(true);
    expect(doc!.raw).toContain('# CẦN SỬA: không tìm thấy ngày ban hành');
    for (const junk of ['Các tin khác', 'Văn bản - tài liệu', 'Xem nhiều nhất']) expect(doc!.body).not.toContain(junk);
    expect(doc!.body.trim()).toMatch(/để phối hợp giải quyết\.\/\.$/);
    expect(doc!.entry.found).toContainEqual({
      label: 'đã bỏ phần thừa (của trang web, số trang)',
      value: 'Các tin khác; Văn bản - tài liệu; Xem nhiều nhất',
    });
  });

  it('004: a city plan with its theme in bold and lines broken by page breaks', () => {
    const [doc, org] = seed('004_a29d607782a6d4b0.txt');
    expect(doc!.data).toMatchObject({
      title: 'Kế hoạch phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2022',
      kind: 'ke-hoach',
      issuer: 'ubnd-thanh-pho-gia-nghia',
      signer: { name: 'Đỗ Tấn Sương', title: 'Chủ tịch' },
    });
    expect(doc!.data.recipients).toHaveLength(8);
    expect((doc!.data.recipients as string[])[7]).toBe('Lưu: VT, NV_(MT)');
    expect(doc!.body).toContain('với chủ đề “**Đoàn kết, đổi mới, chia sẻ, cùng phát triển**”');
    expect(doc!.body).toContain('cần kiểm tra, đánh giá, sơ kết và tổng kết');
    expect(doc!.body).toContain('tuyên truyền về các phong trào thi đua, yêu nước');
    expect(org!.data).toEqual({
      name: 'Ủy ban nhân dân thành phố Gia Nghĩa',
      shortName: 'UBND thành phố Gia Nghĩa',
      kind: 'huyen',
      draft: true,
    });
  });

  it('all three pass npm run check as written', () => {
    expect(checkErrors(site.root)).toEqual([]);
  });

  it('the command prints what it found for a seed', () => {
    const again = tempSite();
    try {
      const r = spawnSync(
        process.execPath,
        [
          path.join(projectRoot, 'scripts/import.ts'),
          '--root',
          again.root,
          path.join(seeds, '000_640db94b011e42d9.txt'),
        ],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(
        // The copy lost its header: the issuer, read from the signature and the body, is marked for review.
        '  ✓ content/documents/ke-hoach-to-chuc-hoi-nghi-truc-tuyen-tong-ket-cong-tac-thi-dua-khen-thuong-nam.md (bản nháp: còn giá trị tạm, cần sửa)',
      );
      expect(r.stdout).toContain(
        '      cơ quan ban hành: ubnd-tinh-ninh-thuan (Ủy ban nhân dân tỉnh Ninh Thuận; chưa có, đề xuất tệp mới)',
      );
      expect(r.stdout).toContain('    không tìm thấy: số/ký hiệu (bản này để trống: “Số: /KH-UBND”); hạn');
      expect(r.stdout).toContain('  ✓ content/organizations/ubnd-tinh-ninh-thuan.yaml');
    } finally {
      again.dispose();
    }
  });
});
