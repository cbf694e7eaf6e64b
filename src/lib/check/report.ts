import { collections } from '../../collections.ts';
import { holdReasonLabel } from '../visibility.ts';
import { formatProblem, runCheck, type CheckResult } from './index.ts';
import { formatDraftMarks } from './review-marks.ts';

/**
 * Runs the content check and prints it for a person: problems, what is held back and
 * why, drafts that still carry `CẦN SỬA` marks, and a closing count. Returns whether the
 * content can be published.
 */
export async function reportCheck(root: string, print: (line: string) => void): Promise<boolean> {
  const started = performance.now();
  const result: CheckResult = await runCheck({ root });
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  for (const p of result.problems) print(formatProblem(p));
  if (result.heldBack.length) {
    print(`Không xuất bản ${result.heldBack.length} mục:`);
    for (const h of result.heldBack)
      print(`  ${h.file}: ${collections[h.collection].label}, ${holdReasonLabel[h.reason]}`);
  }
  const marked = formatDraftMarks(result.draftMarks);
  if (marked) print(marked);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  print(
    `Kiểm tra nội dung: ${result.fileCount} tệp, ${errors.length} lỗi, ${warnings.length} cảnh báo (${seconds} giây).` +
      (errors.length ? ' Hãy sửa các lỗi trên rồi chạy lại.' : ''),
  );
  return errors.length === 0;
}
