/** The importer's report, in Vietnamese: per file, what was written, found and not found. */
import type { WriteOutcome } from './write.ts';

/** The line of the source a value was read from ("dòng 12"), when the value is found there as written. */
function sourceLine(value: unknown, sourceLines: string[]): string {
  const text =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object' && 'name' in value && typeof value.name === 'string'
        ? value.name
        : undefined;
  if (!text || text.length < 4) return '';
  const needle = text.slice(0, 40).toLocaleLowerCase('vi');
  const at = sourceLines.findIndex((l) => l.toLocaleLowerCase('vi').includes(needle));
  return at >= 0 ? ` (tệp gốc, dòng ${at + 1})` : '';
}

/**
 * Lines describing one imported file's outcome. `sourceText` is the text read from the
 * file: each value marked CẦN SỬA is listed under "cần kiểm tra" with the line it came from.
 */
export function formatOutcome(source: string, outcomes: WriteOutcome[], dryRun = false, sourceText = ''): string[] {
  const sourceLines = sourceText.split('\n');
  const out: string[] = [];
  const [main, ...rest] = outcomes;
  if (!main) return [`✗ ${source}: không tạo được mục nào`];
  const state = (o: WriteOutcome) =>
    o.entry.collection === 'organizations'
      ? ''
      : o.draft
        ? o.entry.needsReview
          ? ' (bản nháp: còn giá trị tạm, cần sửa)'
          : ' (bản nháp)'
        : ' (xuất bản)';
  const head = (o: WriteOutcome) => {
    if (o.written) return `${dryRun ? '○' : '✓'} ${o.file}${state(o)}${dryRun ? ' [chạy thử, chưa ghi]' : ''}`;
    if (o.reason === 'exists') {
      return o.entry.collection === 'organizations'
        ? `= ${o.file} đã có, dùng tệp sẵn có`
        : `✗ ${o.file} đã có; không ghi đè (thêm --force để ghi đè, hoặc đổi tên tệp cũ)`;
    }
    if (o.reason === 'duplicate') {
      return `✗ ${o.file} không ghi: văn bản số ${String(o.entry.data.number)} của ${String(o.entry.data.issuer)} đã có trong thư viện (content/documents/${o.entry.duplicateOf}.md)`;
    }
    return `✗ ${o.file} không ghi vì tệp chính không ghi được`;
  };
  out.push(`${source}`);
  for (const o of [main, ...rest]) {
    out.push(`  ${head(o)}`);
    if (o.entry.collection === 'organizations') {
      if (o.written)
        out.push(
          `    cơ quan mới đề xuất cho “${o.entry.proposedFor}”: kiểm tra tên, loại (kind: ${String(o.entry.data.kind)}) và cơ quan cấp trên`,
        );
      continue;
    }
    if (o.entry.found.length) {
      out.push('    tìm thấy:');
      for (const f of o.entry.found) out.push(`      ${f.label}${f.value ? `: ${f.value}` : ''}`);
    }
    const review = Object.entries(o.entry.comments).filter(([, c]) => c.startsWith('CẦN SỬA'));
    if (review.length) {
      out.push('    cần kiểm tra:');
      for (const [field, comment] of review) {
        out.push(
          `      ${field}: ${comment.replace(/^CẦN SỬA:\s*/, '')}${sourceLine(o.entry.data[field], sourceLines)}`,
        );
      }
    }
    if (o.entry.missing.length) {
      out.push(
        `    không tìm thấy: ${o.entry.missing.map((m) => (m.value ? `${m.label} (${m.value})` : m.label)).join('; ')}`,
      );
    }
  }
  return out;
}
