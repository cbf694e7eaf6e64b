/**
 * A news article copied from a portal: headline, a date line, the sapo, the text, a
 * byline. When it reports on a document ("Kế hoạch số 02/KH-HĐTĐKT ngày 07/3/2022 ..."),
 * the citation says which.
 */
import { findDate } from './dates.ts';
import { findCitations, type Citation } from './header.ts';
import { plain, sentences, PERSON_NAME } from './text.ts';

export interface Article {
  title: string;
  publishedAt?: string | undefined;
  summary?: string | undefined;
  author?: string | undefined;
  /** Body paragraphs, without headline, date line, sapo and byline. */
  body: string[];
  citations: Citation[];
}

/** A line that is only a date, maybe with a weekday and time ("Thứ Hai, 07/03/2022 - 14:30"). */
const DATE_LINE =
  /^(?:(?:Thứ\s+\S+|Chủ nhật|Ngày đăng|Cập nhật|Đăng ngày|Ngày)\s*[,:]?\s*)?(?:\d{1,2}:\d{2}\s*[-,|]?\s*)?(?:ngày\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?:\s*(?:AM|PM|GMT\+7))?)?\s*$/iu;
const BYLINE = /^(?:Tác giả|Bài(?:, | và )ảnh|Tin(?:, | và )ảnh|Bài|Tin|Nguồn)\s*:\s*(.+)$/iu;
const NAME = PERSON_NAME;

/** Reads an article from its lines (leftovers already removed). */
export function parseArticle(lines: string[]): Article {
  const rest = [...lines];
  const title = plain(rest.shift() ?? '').replace(/[.]$/, '');
  let publishedAt: string | undefined;
  for (let i = 0; i < Math.min(3, rest.length); i++) {
    if (DATE_LINE.test(plain(rest[i]!))) {
      publishedAt = findDate(plain(rest[i]!))?.iso;
      rest.splice(i, 1);
      break;
    }
  }
  let author: string | undefined;
  const last = plain(rest[rest.length - 1] ?? '');
  const by = BYLINE.exec(last);
  if (by || (NAME.test(last) && rest.length > 1)) {
    author = (by ? by[1]! : last).trim();
    rest.pop();
  }
  const first = plain(rest[0] ?? '');
  let summary: string | undefined;
  if (first) {
    summary = first.length <= 320 ? first : sentences(first)[0];
    if (summary === first) rest.shift();
  }
  return { title, publishedAt, summary, author, body: rest, citations: findCitations(lines.map(plain).join('\n')) };
}
