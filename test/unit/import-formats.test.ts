/**
 * Every kind of file a board receives, read back as the same plain lines: a text PDF
 * with its two-column header side by side, a scan through OCR, an old .doc, a .docx, a
 * saved portal page with menus and a metadata table, an 8-bit text file. Then the
 * original is attached to the imported document and OCR's doubtful words are marked.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocx, scanPdf, typesetPdf } from '../../scripts/lib/eval-files.ts';
import { readingOrder, rowsOfPage } from '../../src/lib/import/columns.ts';
import { importText } from '../../src/lib/import/index.ts';
import { ocrAvailable } from '../../src/lib/import/ocr.ts';
import { readSource, spacedColumns, UnreadableFile } from '../../src/lib/import/read.ts';
import { applySource } from '../../src/lib/import/source.ts';
import { decodeText } from '../../src/lib/import/text.ts';
import { writeEntries } from '../../src/lib/import/write.ts';

const work = mkdtempSync(path.join(tmpdir(), 'thidua-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAPER = [
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'XÃ ĐỨC TRỌNG\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 27/QĐ-UBND\tĐức Trọng, ngày 09 tháng 4 năm 2026',
  '',
  'QUYẾT ĐỊNH',
  'Về việc tặng Giấy khen cho các hộ gia đình có thành tích trong phong trào xây dựng nông thôn mới kiểu mẫu năm 2025 trên địa bàn xã',
  '',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỨC TRỌNG',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 08 hộ gia đình đã có thành tích tiêu biểu trong phong trào xây dựng nông thôn mới kiểu mẫu, hiến đất mở đường và giữ gìn cảnh quan sạch đẹp.',
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'Nơi nhận:\tCHỦ TỊCH',
  '- Như Điều 2;\t',
  '- Lưu: VT.\tLê Thị Hồng Nhung',
].join('\n');

/** What every reader must give back, in this order. */
const IN_ORDER = [
  'ỦY BAN NHÂN DÂN',
  'XÃ ĐỨC TRỌNG',
  'Số: 27/QĐ-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Đức Trọng, ngày 09 tháng 4 năm 2026',
  'QUYẾT ĐỊNH',
];
const plainLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/\*\*/g, '').trim())
    .filter(Boolean);

async function written(name: string, bytes: Uint8Array | Buffer) {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  return file;
}

describe('reading order of two-column pages', () => {
  it('puts a block of left and right cells column by column and leaves other rows alone', () => {
    expect(spacedColumns('A1\tB1\nA2      B2\n                              B3\nThân bài dài.').split('\n')).toEqual([
      'A1',
      'A2',
      'B1',
      'B2',
      'B3',
      'Thân bài dài.',
    ]);
  });

  it('joins a paragraph the page wrapped, but not a new list item under a full line', () => {
    const box = (str: string, x: number, y: number, width: number) => ({ str, x, y, width, size: 12 });
    const rows = rowsOfPage([
      box('Điều 1. Một đoạn văn dài chạy hết chiều ngang của trang giấy', 70, 700, 465),
      box('và tiếp tục ở dòng dưới.', 70, 683, 150),
      box('Một dòng đầy khác cũng chạy hết chiều ngang của trang giấy', 70, 666, 465),
      box('- Gạch đầu dòng mới.', 70, 649, 120),
    ]);
    expect(readingOrder(rows)).toEqual([
      'Điều 1. Một đoạn văn dài chạy hết chiều ngang của trang giấy và tiếp tục ở dòng dưới.',
      'Một dòng đầy khác cũng chạy hết chiều ngang của trang giấy',
      '- Gạch đầu dòng mới.',
    ]);
  });
});

describe('readers', () => {
  it('reads a text PDF in reading order, its wrapped title as one line', async () => {
    const source = await readSource(await written('qd.pdf', await typesetPdf(PAPER)));
    expect(source).toMatchObject({ format: 'pdf', attach: true });
    const lines = plainLines(source.text);
    expect(lines.slice(0, IN_ORDER.length)).toEqual(IN_ORDER);
    expect(lines).toContain(PAPER.split('\n')[5]);
    expect(lines.slice(-5)).toEqual(['Nơi nhận:', '- Như Điều 2;', '- Lưu: VT.', 'CHỦ TỊCH', 'Lê Thị Hồng Nhung']);
  });

  it('reads a .docx laid out with header tables', async () => {
    const source = await readSource(await written('qd.docx', await buildDocx(PAPER)));
    expect(source.format).toBe('docx');
    expect(plainLines(source.text).slice(0, IN_ORDER.length)).toEqual(IN_ORDER);
  });

  it('reads an old .doc (saved by LibreOffice from the same paper) in the same order', async () => {
    const source = await readSource(path.resolve(import.meta.dirname, '../fixtures/import/formats/quyet-dinh.doc'));
    expect(source).toMatchObject({ format: 'doc', attach: true });
    expect(plainLines(source.text).slice(0, IN_ORDER.length)).toEqual(IN_ORDER);
  });

  it.skipIf(!ocrAvailable() && !process.env.CI)(
    'reads a scan by OCR, and reports the words it was unsure of',
    async () => {
      const source = await readSource(await written('quet.pdf', await scanPdf(PAPER)));
      expect(source.format).toBe('scan');
      const lines = plainLines(source.text);
      expect(lines).toContain('QUYẾT ĐỊNH');
      expect(lines.findIndex((l) => l.startsWith('Số:'))).toBeLessThan(lines.findIndex((l) => l.startsWith('CỘNG')));
      expect(source.doubtful).toBeInstanceOf(Set);
    },
    60_000,
  );

  it('reads a saved portal page: no menus or scripts, the metadata table as label: value lines', async () => {
    const html = `<!doctype html><html><head><title>Văn bản</title><script>track()</script></head><body>
      <nav><a href="/">Trang chủ</a> <a href="/van-ban">Văn bản</a></nav>
      <table><tr><td>Số hiệu</td><td>27/QĐ-UBND</td></tr><tr><td>Ngày ban hành</td><td>09/04/2026</td></tr></table>
      <div class="noi-dung"><table><tr><td><p>ỦY BAN NHÂN DÂN<br>XÃ ĐỨC TRỌNG</p><p>Số: 27/QĐ-UBND</p></td>
      <td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p><p>Đức Trọng, ngày 09 tháng 4 năm 2026</p></td></tr></table>
      <p align="center"><b>QUYẾT ĐỊNH</b></p></div><footer>Bản quyền</footer></body></html>`;
    const source = await readSource(await written('trang.html', Buffer.from(html)));
    expect(source.format).toBe('html');
    const lines = plainLines(source.text);
    expect(lines.slice(0, 2)).toEqual(['Số hiệu: 27/QĐ-UBND', 'Ngày ban hành: 09/04/2026']);
    expect(lines.slice(2)).toEqual(IN_ORDER);
    expect(source.text).not.toMatch(/Trang chủ|track|Bản quyền/);
  });

  it('reads an 8-bit file as Windows-1252 instead of failing on bad UTF-8', () => {
    expect(decodeText(new Uint8Array([0x53, 0xe9, 0x20, 0x61]))).toBe('Sé a');
    expect(decodeText(new TextEncoder().encode('Số: 27'))).toBe('Số: 27');
  });

  it('converts an old TCVN3 (.VnTime) text file saved in an 8-bit code page to Unicode', async () => {
    const file = await written('cu.txt', Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam\nSè: 15/Q§-UBND', 'latin1'));
    expect((await readSource(file)).text).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam\nSố: 15/QĐ-UBND');
  });

  it('refuses a file it cannot read, or a .pdf that is not one, in Vietnamese', async () => {
    await expect(readSource(await written('bang.xlsx', Buffer.from('PK')))).rejects.toThrow(UnreadableFile);
    await expect(readSource(await written('gia.pdf', Buffer.from('<html>')))).rejects.toThrow(/không phải PDF/);
  });
});

describe('file names', () => {
  it('gives two decisions with one title and different numbers two files, never one', () => {
    const root = path.join(work, 'hai-quyet-dinh');
    const library = { organizations: [], documents: [], province: 'Lâm Đồng' };
    const paper = (n: string) => PAPER.replace(/27\/QĐ-UBND/g, n).replace(/\t/g, '\n');
    const first = importText(paper('27/QĐ-UBND'), library, { today: '2026-05-01' });
    const second = importText(paper('31/QĐ-UBND'), library, { today: '2026-05-01' });
    const [a] = writeEntries(first.entries, { root });
    const [b] = writeEntries(second.entries, { root });
    expect(a!.written && b!.written).toBe(true);
    expect(b!.file).not.toBe(a!.file);
    expect(b!.file).toMatch(/-31-qd-ubnd\.md$/);
    expect(readFileSync(path.join(root, a!.file), 'utf8')).toContain('27/QĐ-UBND');
  });
});

describe('the original file and OCR marks', () => {
  it('attaches the PDF beside the document it became', async () => {
    const file = await written('goc.pdf', await typesetPdf(PAPER));
    const source = await readSource(file);
    const result = importText(
      source.text,
      { organizations: [], documents: [], province: 'Lâm Đồng' },
      { today: '2026-05-01' },
    );
    applySource(result.entries, source, file);
    const root = path.join(work, 'site');
    const [main] = writeEntries(result.entries, { root });
    const attachment = path.join(root, path.dirname(main!.file), `${result.entries[0]!.slug}.pdf`);
    expect(readFileSync(attachment)).toEqual(readFileSync(file));
    expect(readFileSync(path.join(root, main!.file), 'utf8')).toContain(`file: ./${result.entries[0]!.slug}.pdf`);
  });

  it('marks a value holding a word OCR doubted, and leaves the others plain', () => {
    const result = importText(
      PAPER.replace(/\t/g, '\n'),
      { organizations: [], documents: [], province: 'Lâm Đồng' },
      { today: '2026-05-01' },
    );
    applySource(
      result.entries,
      { text: '', format: 'scan', attach: false, doubtful: new Set(['27/QĐ-UBND']) },
      'x.pdf',
    );
    const main = result.entries[0]!;
    expect(main.comments.number).toMatch(/^CẦN SỬA: đọc bằng OCR/);
    expect(main.comments.title).toBeUndefined();
    expect(main.needsReview).toBe(true);
  });
});

it('knows whether OCR is installed the way it is asked for', () => {
  const tesseract = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  expect(ocrAvailable()).toBe(
    !tesseract.error && tesseract.stdout.split('\n').includes('vie') && !spawnSync('pdftoppm', ['-v']).error,
  );
});
