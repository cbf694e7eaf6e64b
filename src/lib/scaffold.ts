/**
 * `npm run new`: a new entry with the right file name, every required field present
 * with a hint in a YAML comment, and `draft: true`. The placeholders are valid values,
 * so the new file passes `npm run check` as written and the editor can build at once.
 */
import { collectionNames, collections, type CollectionName } from '../collections.ts';
import { newEntryFile } from './content-files.ts';
import { guessOrgKind } from './import/organizations.ts';
import { PERSON_NAME } from './import/text.ts';
import {
  campaignKinds,
  documentKindLabel,
  documentKinds,
  exemplarKinds,
  newsCategories,
  organizationKinds,
  type DocumentKind,
} from '../vocabulary/labels.ts';
import { shortSlug } from './import/slug.ts';
import { foldKey } from './import/text.ts';

/** Collection names editors may type, in English or as the site's URL word. */
export const collectionAliases: Record<string, CollectionName> = Object.fromEntries(
  collectionNames.flatMap((c) => [
    [c, c],
    [collections[c].route, c],
  ]),
);

export interface ScaffoldContext {
  /** `YYYY-MM-DD`. */
  today: string;
  /** The board's province, for an exemplar's locality. */
  province: string;
  /** Existing organizations: the hint lists some, the placeholder uses the People's Committee. */
  organizations: { slug: string; kind: string }[];
}

export interface Scaffold {
  slug: string;
  /** Relative to the project root. */
  file: string;
  text: string;
}

const q = (s: string) => JSON.stringify(s.normalize('NFC').trim());

/** The kind a title starts with: "Kế hoạch ..." -> `ke-hoach`; "V/v ..." -> `cong-van`. */
function kindFromTitle(title: string): DocumentKind | undefined {
  const key = foldKey(title);
  if (/^(v v|ve viec)\b/.test(key)) return 'cong-van';
  return documentKinds.find((k) => key.startsWith(foldKey(documentKindLabel[k])));
}

/** Builds the file for a new entry. */
export function scaffold(collection: CollectionName, rawTitle: string, ctx: ScaffoldContext): Scaffold {
  // "V/v ..." is how a letter abbreviates its trích yếu; the library writes "Về việc ...".
  const title = collection === 'documents' ? rawTitle.replace(/^V\/v\s+/iu, 'Về việc ') : rawTitle;
  const slug = shortSlug(title) || 'muc-moi';
  const orgs = ctx.organizations.map((o) => o.slug);
  const issuer = ctx.organizations.find((o) => o.kind === 'ubnd')?.slug ?? orgs[0] ?? 'ten-co-quan';
  const orgHint = `tên một tệp trong content/organizations, không có đuôi: ${orgs.slice(0, 6).join(', ')}${orgs.length > 6 ? ', …' : ''}`;
  const draftHint = '# Bản nháp: không xuất bản. Đọc lại, chạy npm run check, rồi đổi thành false để xuất bản.';
  let front: string[];
  let body = '';
  switch (collection) {
    case 'documents': {
      const kind = kindFromTitle(title);
      front = [
        '# Trích yếu, như trên văn bản: "Kế hoạch tổ chức ...", "Về việc ..."',
        `title: ${q(title)}`,
        `# Loại văn bản${kind ? '' : ' (CẦN SỬA: chưa đoán được từ tiêu đề)'}: ${documentKinds.join(', ')}`,
        `kind: ${kind ?? 'cong-van'}`,
        '# Số, ký hiệu: bỏ dấu # ở đầu dòng dưới và sửa; để nguyên nếu bản đăng để trống số',
        '# number: 01/KH-UBND',
        '# Ngày ban hành (CẦN SỬA): 2026-03-07; 2026-03 hoặc 2026 nếu văn bản để trống ngày, tháng',
        `issuedAt: ${ctx.today}`,
        `# Cơ quan ban hành (CẦN SỬA nếu khác): ${orgHint}`,
        `issuer: ${issuer}`,
        '# Thêm khi có: place, signer (name, title, authority), basis, deadlines, recipients, attachments. Xem docs/huong-dan-bien-tap.md',
        draftHint,
        'draft: true',
      ];
      body =
        'Toàn văn văn bản. Mục I., II. viết thành “## I. MỤC ĐÍCH, YÊU CẦU”; mục 1., 2. thành “### 1. ...”; ý gạch đầu dòng bắt đầu bằng “- ”.\n';
      break;
    }
    case 'campaigns':
      front = [
        '# Tên phong trào',
        `title: ${q(title)}`,
        `# Hình thức: ${campaignKinds.join(', ')} (thường xuyên, theo chuyên đề, theo đợt)`,
        'kind: thuong-xuyen',
        `# Cơ quan phát động (CẦN SỬA nếu khác): ${orgHint}`,
        `launchedBy: ${issuer}`,
        '# Ngày phát động (CẦN SỬA), dạng 2026-01-15',
        `launchedAt: ${ctx.today}`,
        '# Thời gian thực hiện: start bắt buộc; end thêm khi biết ngày kết thúc',
        'period:',
        `  start: ${ctx.today}`,
        '# Thêm khi có: theme (chủ đề), parent (phong trào toàn quốc), fields, cover và coverAlt',
        draftHint,
        'draft: true',
      ];
      body = 'Giới thiệu phong trào: mục đích, nội dung thi đua, đối tượng, cách đăng ký.\n';
      break;
    case 'exemplars': {
      const person = PERSON_NAME.test(title.trim());
      front = [
        '# Họ tên cá nhân hoặc tên tập thể',
        `name: ${q(title)}`,
        `# ${exemplarKinds.join(' hoặc ')} (cá nhân, tập thể)`,
        `kind: ${person ? 'ca-nhan' : 'tap-the'}`,
        '# CẦN VIẾT: một câu kể việc làm, như người đọc sẽ kể lại',
        `summary: ${q('CẦN VIẾT: một câu tóm tắt việc làm tốt')}`,
        '# Địa bàn: province bắt buộc; thêm district, commune nếu có',
        'locality:',
        `  province: ${q(ctx.province)}`,
        ...(person
          ? [
              '# Hồ sơ cá nhân chỉ được đăng khi người đó đã đồng ý: đổi thành true khi đã có sự đồng ý',
              'consent: false',
            ]
          : []),
        '# Ngày đăng (CẦN SỬA khi xuất bản)',
        `publishedAt: ${ctx.today}`,
        '# Thêm khi có: unit, awards (title, year, decision), campaigns, photo và photoAlt',
        draftHint,
        'draft: true',
      ];
      body = 'Câu chuyện về việc làm tốt: ai, ở đâu, đã làm gì, kết quả ra sao.\n';
      break;
    }
    case 'news':
      front = [
        '# Tiêu đề',
        `title: ${q(title)}`,
        '# CẦN VIẾT: sa-pô, một hai câu mở đầu',
        `summary: ${q('CẦN VIẾT: một hai câu mở đầu bài')}`,
        '# Ngày đăng (CẦN SỬA khi xuất bản)',
        `publishedAt: ${ctx.today}`,
        `# Chuyên mục: ${newsCategories.join(', ')}`,
        'category: hoat-dong',
        '# Thêm khi có: author, cover và coverAlt, documents, campaigns, exemplars (tên tệp các mục liên quan)',
        draftHint,
        'draft: true',
      ];
      body =
        'Nội dung bài viết. Ảnh đặt cạnh tệp này và chèn kèm mô tả cho người không nhìn thấy ảnh (xem docs/huong-dan-bien-tap.md).\n';
      break;
    case 'organizations':
      front = [
        '# Tên đầy đủ: "Ủy ban nhân dân tỉnh Lâm Đồng"',
        `name: ${q(title)}`,
        '# Tên viết tắt (không bắt buộc): bỏ dấu # và sửa',
        '# shortName: UBND tỉnh',
        `# Loại: ${organizationKinds.join(', ')}`,
        `kind: ${guessOrgKind(title)}`,
        `# Cơ quan cấp trên (không bắt buộc): ${orgHint}`,
        `# parent: ${issuer}`,
      ];
      break;
  }
  const text = collection === 'organizations' ? front.join('\n') + '\n' : `---\n${front.join('\n')}\n---\n\n${body}`;
  return { slug, file: newEntryFile(collection, slug), text };
}
