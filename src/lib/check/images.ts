import path from 'node:path';
import type { ImageUse, Problem } from './types.ts';

/**
 * Decodes every image an entry uses, as the build will (sharp, with its limit on pixels
 * against decompression bombs), so a corrupt or disguised file is reported with the
 * entry's file, line and field instead of failing the build with a stack trace.
 * Each file is read once, however many entries use it.
 */
export async function decodeImages(images: readonly ImageUse[], concurrency = 4): Promise<Problem[]> {
  const { default: sharp } = await import('sharp');
  const verdicts = new Map<string, Promise<string | undefined>>();
  const decode = (abs: string) =>
    sharp(abs, { failOn: 'error' })
      .metadata()
      .then((m) => {
        if (!m.width || !m.height) return 'no size';
        if (m.format === 'svg') return 'svg';
        return undefined;
      })
      .catch((e: Error) => e.message);
  const problems: Problem[] = [];
  let next = 0;
  const worker = async () => {
    while (next < images.length) {
      const use = images[next++]!;
      let verdict = verdicts.get(use.abs);
      if (!verdict) {
        verdict = decode(use.abs);
        verdicts.set(use.abs, verdict);
      }
      const error = await verdict;
      if (error) {
        problems.push({
          severity: 'error',
          file: use.file,
          line: use.line,
          field: use.field,
          message:
            error === 'svg'
              ? 'Tệp này thực chất là ảnh SVG (có thể chứa mã chạy): hãy xuất ảnh ra .png hoặc .jpg'
              : 'Không đọc được tệp ảnh: tệp hỏng, chưa tải xong, hoặc không phải ảnh dù có đuôi ảnh; hãy xuất lại ảnh ra .jpg hoặc .png',
          found: path.basename(use.abs),
          detail: error.length > 120 ? error.slice(0, 117) + '…' : error,
        });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return problems;
}
