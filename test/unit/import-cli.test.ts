/** `npm run import` and `npm run new` as an editor runs them, against a copy of the sample site. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkErrors, fixtures, projectRoot, readEntry, tempSite } from '../helpers/import-site.ts';

const site = tempSite();
afterAll(() => site.dispose());
const env = { ...process.env, BUILD_DATE: '2027-06-01' };

function run(script: 'import' | 'new', ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [path.join(projectRoot, `scripts/${script}.ts`), '--root', site.root, ...args],
    { encoding: 'utf8', env },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run import', () => {
  const plan = path.join(fixtures, 'ke-hoach-so-noi-vu.txt');
  const file = 'content/documents/ke-hoach-tong-hop-ho-so-de-nghi-khen-thuong-tong-ket-nam-2026-va-chuan-bi-hoi.md';

  it('prints the path written, each field found and each field not found', () => {
    const { code, out } = run('import', plan);
    expect(code).toBe(0);
    expect(out).toContain(`✓ ${file} (bản nháp)`);
    expect(out).toMatch(/tìm thấy:\n(?: {6}.+\n)*? {6}số\/ký hiệu: 214\/KH-SNV\n/);
    expect(out).toContain('      ngày ban hành: 2026-12-05');
    expect(out).toContain('      cơ quan ban hành: so-noi-vu (Sở Nội vụ tỉnh Lâm Đồng)');
    expect(out).toContain('      người ký: Võ Thị Thanh Hương, Phó Giám đốc, KT. Giám đốc');
    expect(out).toContain('      hạn: 2026-12-10 (so-y-te), 2026-12-15 (so-giao-duc-va-dao-tao), 2026-12');
    expect(readEntry(site.root, file).data.draft).toBe(true);
  });

  it('never overwrites without --force, and --publish writes draft: false', () => {
    const abs = path.join(site.root, file);
    writeFileSync(abs, readFileSync(abs, 'utf8').replace('draft: true', 'draft: true\n# sửa tay'));
    const again = run('import', plan);
    expect(again.code).toBe(1);
    expect(again.out).toContain(`✗ ${file} đã có; không ghi đè (thêm --force để ghi đè`);
    expect(readFileSync(abs, 'utf8')).toContain('# sửa tay');
    const forced = run('import', plan, '--force', '--publish');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`✓ ${file} (xuất bản)`);
    expect(readFileSync(abs, 'utf8')).not.toContain('# sửa tay');
    expect(readEntry(site.root, file).data.draft).toBe(false);
  });

  it('keeps an entry with stand-in values a draft even with --publish, and says what to fix', () => {
    const src = path.join(site.root, 'khong-ngay.txt');
    writeFileSync(
      src,
      'V/v tổ chức tập huấn nghiệp vụ thi đua năm 2027\n\nSở Nội vụ đề nghị các đơn vị cử người dự tập huấn, gửi danh sách trước ngày 12/3/2027./.\n',
    );
    const { code, out } = run('import', src, '--publish');
    expect(code).toBe(0);
    expect(out).toContain(
      '✓ content/documents/ve-viec-to-chuc-tap-huan-nghiep-vu-thi-dua-nam-2027.md (bản nháp: còn giá trị tạm, cần sửa)',
    );
    expect(out).toMatch(/không tìm thấy: số\/ký hiệu; ngày ban hành \(tạm ghi năm 2027, cần sửa\)/);
    const entry = readEntry(site.root, 'content/documents/ve-viec-to-chuc-tap-huan-nghiep-vu-thi-dua-nam-2027.md');
    expect(entry.data).toMatchObject({
      draft: true,
      issuedAt: '2027',
      issuer: 'so-noi-vu',
      deadlines: [{ date: '2027-03-12' }],
    });
    expect(entry.raw).toContain('# CẦN SỬA: không tìm thấy ngày ban hành');
  });

  it('exits non-zero when a file cannot be read, and still imports the others', () => {
    const { code, out } = run(
      'import',
      path.join(site.root, 'khong-co.docx'),
      path.join(fixtures, 'chi-thi-phat-dong-thi-dua.txt'),
      path.join(site.root, 'bang-tinh.xlsx'),
    );
    expect(code).toBe(1);
    expect(out).toMatch(/✗ .*khong-co\.docx: không đọc được tệp/);
    expect(out).toMatch(/✗ .*bang-tinh\.xlsx: không đọc được loại tệp \.xlsx; nhận \.pdf, .*\.doc, \.docx, \.txt/);
    expect(out).toContain(
      '✓ content/documents/chi-thi-ve-viec-phat-dong-phong-trao-thi-dua-thuc-hien-thang-loi-nhiem-vu-nam.md (bản nháp)',
    );
    expect(out).toContain('Đã nhập 1/3 tệp.');
  });

  it('refuses a document the library already has under another name (same issuer and number)', () => {
    const copy = path.join(site.root, 'ban-sao.txt');
    writeFileSync(
      copy,
      readFileSync(plan, 'utf8').replace(
        'Tổng hợp hồ sơ đề nghị khen thưởng tổng kết năm 2026',
        'Tổng hợp hồ sơ khen thưởng năm 2026',
      ),
    );
    const { code, out } = run('import', copy);
    expect(code).toBe(1);
    expect(out).toContain(`không ghi: văn bản số 214/KH-SNV của so-noi-vu đã có trong thư viện (${file})`);
  });

  it('--dry-run writes nothing', () => {
    const { code, out } = run('import', path.join(fixtures, 'cong-van-dang-ky-thi-dua.txt'), '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain(
      '○ content/documents/ve-viec-dang-ky-danh-hieu-thi-dua-va-hinh-thuc-khen-thuong-nam-2027.md (bản nháp) [chạy thử, chưa ghi]',
    );
    expect(() =>
      readEntry(site.root, 'content/documents/ve-viec-dang-ky-danh-hieu-thi-dua-va-hinh-thuc-khen-thuong-nam-2027.md'),
    ).toThrow();
  });
});

describe('npm run new', () => {
  const cases = [
    [
      'documents',
      'Kế hoạch tổ chức Hội nghị điển hình tiên tiến năm 2027',
      'content/documents/ke-hoach-to-chuc-hoi-nghi-dien-hinh-tien-tien-nam-2027.md',
    ],
    ['van-ban', 'V/v đôn đốc gửi hồ sơ khen thưởng', 'content/documents/ve-viec-don-doc-gui-ho-so-khen-thuong.md'],
    ['phong-trao', 'Phong trào “Dân vận khéo” năm 2027', 'content/campaigns/phong-trao-dan-van-kheo-nam-2027.md'],
    ['exemplars', 'Đặng Thị Hồng Nhung', 'content/exemplars/dang-thi-hong-nhung.md'],
    [
      'guong-dien-hinh',
      'Tổ tự quản đường hoa thôn Đạ Nghịt',
      'content/exemplars/to-tu-quan-duong-hoa-thon-da-nghit.md',
    ],
    ['news', 'Trao Bằng khen cho 15 tập thể', 'content/news/trao-bang-khen-cho-15-tap-the.md'],
    ['co-quan', 'Sở Tài chính tỉnh Lâm Đồng', 'content/organizations/so-tai-chinh-tinh-lam-dong.yaml'],
  ] as const;

  it.each(cases)('%s "%s" writes %s with every required field and draft: true', (collection, title, file) => {
    const { code, out } = run('new', collection, title);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(`✓ ${file}${file.endsWith('.yaml') ? '' : ' (bản nháp)'}`);
    const { data, raw } = readEntry(site.root, file);
    expect(raw).toMatch(/^# /m);
    if (file.endsWith('.yaml')) {
      expect(data).toEqual({ name: title, kind: 'so-nganh' });
      return;
    }
    expect(data.draft).toBe(true);
    expect(data.title ?? data.name).toBe(title.replace('V/v', 'Về việc'));
  });

  it('guesses the kind of a document and of an exemplar from the title', () => {
    expect(readEntry(site.root, cases[0][2]).data.kind).toBe('ke-hoach');
    expect(readEntry(site.root, cases[1][2]).data.kind).toBe('cong-van');
    expect(readEntry(site.root, cases[3][2]).data).toMatchObject({
      kind: 'ca-nhan',
      consent: false,
      locality: { province: 'Lâm Đồng' },
      publishedAt: '2027-06-01',
    });
    expect(readEntry(site.root, cases[4][2]).data.kind).toBe('tap-the');
  });

  it('refuses to overwrite and rejects an unknown collection', () => {
    expect(run('new', 'tin-tuc', 'Trao Bằng khen cho 15 tập thể')).toMatchObject({
      code: 1,
      err: expect.stringContaining('đã có; không ghi đè'),
    });
    expect(run('new', 'bai-viet', 'Tin')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Không có loại nội dung “bai-viet”'),
    });
  });
});

describe('after importing and scaffolding', () => {
  it('the site passes npm run check as written', () => {
    expect(checkErrors(site.root)).toEqual([]);
    const out = execFileSync(process.execPath, [path.join(projectRoot, 'scripts/check-content.ts'), site.root], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/0 lỗi/);
  });
});
