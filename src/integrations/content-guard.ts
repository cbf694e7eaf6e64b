import { copyFileSync, lstatSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblem, runCheck, type CheckedEntry, type CheckResult } from '../lib/check/index.ts';
import { formatDraftMarks } from '../lib/check/review-marks.ts';
import { collections, type CollectionName } from '../collections.ts';
import { attachmentPath, entryPath } from '../lib/routes.ts';
import { holdReasonLabel } from '../lib/visibility.ts';
import { forgetStaleContentStore } from '../lib/content-digest.ts';

/**
 * Makes the build as strict as the content contract: before Astro reads a single entry,
 * every file is checked (schemas, references, numbers, images, attachments, alt text,
 * the body policy of ADR 0009), every image is decoded, and every problem is printed
 * with file, line and field; any error stops the build.
 * It also prints what it holds back (drafts, profiles without consent) and the drafts
 * that still carry the importer's `CẦN SỬA` marks, and, after the build, publishes the
 * attachments of published documents at stable URLs (`/van-ban/<slug>/<file>`).
 */
let lastResult: CheckResult | undefined;

/**
 * When each published entry's page last changed, by site path (`/van-ban/<slug>/`):
 * the entry's own update or publication date, for the sitemap's `lastmod`. Empty
 * before the content check has run.
 */
let datesOf: { result: CheckResult; dates: Map<string, string> } | undefined;
export function pageDates(): Map<string, string> {
  if (!lastResult) return new Map();
  // The sitemap asks once per URL: build the map once per content check, not per call.
  if (datesOf?.result === lastResult) return datesOf.dates;
  const dates = new Map<string, string>();
  const pick: Record<CollectionName, string[]> = {
    documents: ['publishedAt', 'issuedAt'],
    campaigns: ['launchedAt'],
    exemplars: ['publishedAt'],
    news: ['updatedAt', 'publishedAt'],
    organizations: [],
  };
  for (const [collection, entries] of Object.entries(lastResult.entries) as [
    CollectionName,
    Map<string, CheckedEntry>,
  ][]) {
    for (const e of entries.values()) {
      if (e.held) continue;
      const date = pick[collection].map((f) => e.data[f]).find((v): v is string => typeof v === 'string');
      if (date) dates.set(entryPath(collection, e.id), date);
    }
  }
  datesOf = { result: lastResult, dates };
  return dates;
}

export default function contentGuard(): AstroIntegration {
  let result: CheckResult | undefined;
  let root = '';
  return {
    name: 'thidua:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (forgetStaleContentStore(root, fileURLToPath(config.cacheDir))) {
          logger.info('Lược đồ nội dung đã đổi: đọc lại mọi mục (xóa kho nội dung cũ trong bộ nhớ đệm).');
        }
        result = await runCheck({ root });
        lastResult = result;
        const errors = result.problems.filter((p) => p.severity === 'error');
        for (const p of result.problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
        if (result.heldBack.length) {
          logger.info(
            `Không xuất bản ${result.heldBack.length} mục (không có trang, danh sách, tìm kiếm hay dữ liệu nào chứa chúng):`,
          );
          for (const h of result.heldBack)
            logger.info(`  ${h.file}: ${collections[h.collection].label}, ${holdReasonLabel[h.reason]}`);
        }
        const marked = formatDraftMarks(result.draftMarks);
        if (marked) logger.info(marked);
        logger.info(`Kiểm tra nội dung: ${result.fileCount} tệp, ${errors.length} lỗi.`);
        if (errors.length === 0) return;
        // Each problem on its own line, as the editor's tools print them (`tệp:dòng: trường: lỗi`).
        for (const p of errors) logger.error(formatProblem(p));
        // Dev keeps serving so the editor can fix things and watch them change.
        if (command === 'dev') return;
        const summary = `Nội dung có ${errors.length} lỗi, liệt kê ở các dòng [ERROR] phía trên, dạng tệp:dòng: trường: lỗi.`;
        if (command === 'build') {
          // A build stops here, before Astro has read or written anything, on the
          // editor's messages alone: a thrown error would be followed by Astro's stack
          // trace in English, which tells a clerk nothing (ADR 0009).
          logger.error(summary);
          logger.error(
            'Sửa các lỗi trên rồi chạy lại. `npm run check` kiểm tra nội dung trong vài giây mà không cần xây dựng trang.',
          );
          process.exit(1);
        }
        // The thrown message names no file: Astro replaces the hint of any error whose
        // text contains "document" (as in content/documents/) with one about browser APIs.
        throw new AstroError(
          summary,
          'Sửa các lỗi trên rồi chạy lại. `npm run check` kiểm tra nội dung trong vài giây mà không cần xây dựng trang.',
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!result) return;
        const out = fileURLToPath(dir);
        const content = realpathSync(path.join(root, 'content')) + path.sep;
        let copied = 0;
        for (const doc of result.entries.documents.values()) {
          if (doc.held) continue;
          for (const a of doc.data.attachments as { file: string }[]) {
            const src = path.resolve(root, path.dirname(doc.file), a.file);
            // The checker has refused anything else; this guards the copy itself.
            if (lstatSync(src).isSymbolicLink() || !realpathSync(src).startsWith(content)) {
              throw new AstroError(`${doc.file}: attachments: tệp đính kèm ${a.file} nằm ngoài thư mục content/`);
            }
            const dest = path.join(out, ...attachmentPath(doc.id, path.basename(a.file)).split('/'));
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
