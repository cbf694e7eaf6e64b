/**
 * A news entry from an article copied from a portal; the document it reports on is linked,
 * or drafted from the citation when the library does not have it yet.
 */
import type { DocumentKind, NewsCategory } from '../../vocabulary/labels.ts';
import { resolveCitation } from './basis.ts';
import { documentFromCitation } from './cited-document.ts';
import { emptyEntry, standIn, type EntryDraft } from './draft.ts';
import type { Library } from './library.ts';
import { parseArticle } from './news.ts';

export { readsLikeArticle } from './news.ts';
import type { OrgMatcher } from './organizations.ts';
import { blocksToMarkdown, toBlocks } from './sections.ts';
import { shortSlug } from './slug.ts';
import { plain } from './text.ts';

/** The news category of an article about a document of this kind; anything else is an activity. */
const CATEGORY_BY_KIND: Partial<Record<DocumentKind, NewsCategory>> = {
  'ke-hoach': 'chi-dao',
  'chi-thi': 'chi-dao',
  'quyet-dinh': 'chi-dao',
  'huong-dan': 'chi-dao',
  'cong-van': 'chi-dao',
  'thong-bao': 'thong-bao',
};

/** An article copied from a portal, and a draft of the document it reports on when the library lacks it. */
export function importArticle(lines: string[], library: Library, orgs: OrgMatcher, today: string): EntryDraft[] {
  const a = parseArticle(lines, today);
  const news = emptyEntry('news', shortSlug(a.title));
  const { data, found, missing } = news;
  data.title = a.title;
  found.push({ label: 'tiêu đề', value: a.title });
  if (a.titleDoubt) standIn(news, 'title', a.titleDoubt);
  if (a.summary) {
    data.summary = a.summary;
    found.push({ label: 'sa-pô', value: a.summary.length > 90 ? `${a.summary.slice(0, 87)}…` : a.summary });
  } else {
    data.summary = a.title;
    standIn(news, 'summary', 'không tìm thấy sa-pô; tạm chép tiêu đề', {
      label: 'sa-pô',
      value: 'tạm chép tiêu đề, cần sửa',
    });
  }
  if (a.publishedAt && a.publishedAt > today) {
    data.publishedAt = a.publishedAt;
    standIn(news, 'publishedAt', `ngày đọc được (${a.publishedAt}) sau hôm nay; kiểm tra lại`, {
      label: 'ngày đăng',
      value: `${a.publishedAt}, sau hôm nay, cần sửa`,
    });
  } else if (a.publishedAt && a.publishedDoubt) {
    data.publishedAt = a.publishedAt;
    standIn(news, 'publishedAt', a.publishedDoubt, { label: 'ngày đăng', value: `${a.publishedAt}, cần sửa` });
  } else if (a.publishedAt) {
    data.publishedAt = a.publishedAt;
    found.push({ label: 'ngày đăng', value: a.publishedAt });
  } else {
    // Never an invented date written plainly: today stands in, marked.
    data.publishedAt = today;
    standIn(news, 'publishedAt', `bài không ghi ngày đăng; tạm ghi hôm nay (${today})`, {
      label: 'ngày đăng',
      value: `tạm ghi hôm nay, ${today}, cần sửa`,
    });
  }
  // The document reported on is the one the headline or lead cites; others are cited in passing.
  const main = a.about;
  const category: NewsCategory = (main && CATEGORY_BY_KIND[main.kind]) ?? 'hoat-dong';
  data.category = category;
  found.push({ label: 'chuyên mục', value: category });
  if (a.author) {
    data.author = a.author;
    found.push({ label: 'tác giả', value: a.author });
  }
  const extra: EntryDraft[] = [];
  const refs: string[] = [];
  const paras = [a.summary ?? '', ...a.body.map(plain)];
  if (main) {
    const hit = resolveCitation(main, library.documents);
    if (hit) refs.push(hit.slug);
    else {
      const dated = a.publishedAt && !a.publishedDoubt && a.publishedAt <= today ? a.publishedAt : undefined;
      const made = documentFromCitation(main, paras, library, orgs, 'bài viết', dated);
      refs.push(made[0]!.slug);
      extra.push(...made);
    }
  }
  for (const c of a.citations) {
    const hit = resolveCitation(c, library.documents);
    if (hit && !refs.includes(hit.slug)) refs.push(hit.slug);
  }
  if (refs.length) {
    data.documents = refs;
    found.push({
      label: 'văn bản liên quan',
      value: refs.join(', ') + (extra.length ? ' (văn bản mới, bản nháp)' : ''),
    });
  } else missing.push({ label: 'văn bản liên quan' });
  news.body = blocksToMarkdown(toBlocks(a.body));
  return [news, ...extra];
}

/** `--as document` on an article: the cited document, with the article's text as its body. */
export function importArticleAsDocument(
  lines: string[],
  library: Library,
  orgs: OrgMatcher,
  today: string,
): EntryDraft[] {
  const a = parseArticle(lines, today);
  const main = a.about ?? a.citations[0];
  if (!main) return importArticle(lines, library, orgs, today);
  const paras = [a.summary ?? '', ...a.body.map(plain)];
  const made = documentFromCitation(main, paras, library, orgs, 'bài viết');
  made[0]!.body = blocksToMarkdown(toBlocks([...(a.summary ? [a.summary] : []), ...a.body]));
  made[0]!.missing = made[0]!.missing.filter((m) => m.label !== 'toàn văn');
  return made;
}
