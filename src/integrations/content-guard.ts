import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem, type CheckResult } from '../lib/check/index.ts';
import { collectionLabel } from '../lib/labels.ts';
import { holdReasonLabel } from '../lib/visibility.ts';

/**
 * Makes the build as strict as the content contract: before Astro reads a single entry,
 * every file is checked (schemas, references, numbers, images, attachments, alt text)
 * and every problem is printed with file, line and field; any error stops the build.
 * It also prints what it holds back (drafts, profiles without consent) and, after the
 * build, publishes the attachments of published documents at stable URLs
 * (`/van-ban/<slug>/<file>`).
 */
export default function contentGuard(): AstroIntegration {
  let result: CheckResult | undefined;
  let root = '';
  return {
    name: 'thidua:content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        result = checkContent({ root });
        const errors = result.problems.filter((p) => p.severity === 'error');
        for (const p of result.problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
        if (result.heldBack.length) {
          logger.info(`Không xuất bản ${result.heldBack.length} mục (không có trang, danh sách, tìm kiếm hay dữ liệu nào chứa chúng):`);
          for (const h of result.heldBack) logger.info(`  ${h.file}: ${collectionLabel[h.collection]}, ${holdReasonLabel[h.reason]}`);
        }
        logger.info(`Kiểm tra nội dung: ${result.fileCount} tệp, ${errors.length} lỗi.`);
        if (errors.length && command !== 'dev') {
          throw new Error(
            `Nội dung có ${errors.length} lỗi (xem từng dòng ở trên, dạng tệp:dòng: trường: lỗi). Sửa xong rồi chạy lại; \`npm run check\` kiểm tra nhanh mà không cần xây dựng trang.\n` +
              errors.slice(0, 20).map(formatProblem).join('\n'),
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!result) return;
        const out = fileURLToPath(dir);
        let copied = 0;
        for (const doc of result.entries.documents.values()) {
          if (doc.held) continue;
          for (const a of doc.data.attachments as { file: string }[]) {
            const src = path.resolve(root, path.dirname(doc.file), a.file);
            const dest = path.join(out, 'van-ban', doc.id, path.basename(a.file));
            mkdirSync(path.dirname(dest), { recursive: true });
            copyFileSync(src, dest);
            copied++;
          }
        }
        logger.info(`Đã xuất bản ${copied} tệp đính kèm.`);
      },
    },
  };
}
