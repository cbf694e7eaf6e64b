/**
 * The Vietnamese words of the form editor at /admin/ (Sveltia CMS): a label for every
 * field of every collection, and a hint where the field's meaning is not obvious. The
 * wording follows the schema comments in `src/schemas/` and the tables of
 * `docs/content-model.md`. `scripts/lib/cms-config.ts` reads this table while it walks
 * the schemas, and refuses to build a form with a field missing here: a field added to a
 * schema without its words fails `test/unit/cms-config.test.ts` until it gets them.
 *
 * Keys are field paths inside the collection: `signer.name` for a field of an object,
 * `basis.text` for a field of each item of a list, `body` for the text below the
 * frontmatter. Formats (date patterns, image types) are hinted by the generator itself.
 */
import type { CollectionName } from '../../src/collections.ts';
import {
  campaignKindLabel,
  documentKindLabel,
  exemplarKindLabel,
  newsCategoryLabel,
  organizationKindLabel,
} from '../../src/vocabulary/labels.ts';

/** A field's words: its label, and a help line shown under the input. */
export interface FieldText {
  label: string;
  hint?: string;
}

type Texts = Record<string, string | FieldText>;

/** The same group of fields under another path: `under('awardees', awardee)`. */
const under = (prefix: string, texts: Texts): Texts =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [`${prefix}.${key}`, text]));

/** One person or unit proposed for, or given, an award (documents). */
const awardee: Texts = {
  name: 'Họ tên cá nhân hoặc tên tập thể',
  kind: 'Cá nhân hay tập thể',
  unit: { label: 'Đơn vị công tác', hint: 'Ví dụ: Trường THCS Lê Lợi.' },
  award: { label: 'Hình thức khen thưởng', hint: 'Ví dụ: Bằng khen của Chủ tịch UBND tỉnh.' },
};

const draft = (hint: string): FieldText => ({ label: 'Bản nháp (chưa xuất bản)', hint });
const draftHint = 'Bản nháp không lên cổng. Bỏ chọn khi nội dung đã kiểm tra xong và được phép đăng.';

/** The importer's review notes (`review`), in the three collections it writes. */
const review: FieldText = {
  label: 'Chỗ cần kiểm tra (CẦN SỬA)',
  hint: 'Máy đánh dấu khi nhập từ Word, PDF: mỗi dòng là một trường chưa chắc đúng. Đối chiếu với bản gốc, sửa trường đó rồi xóa dòng. Còn dòng nào thì bài chưa đăng được.',
};

const cover: Texts = {
  cover: { label: 'Ảnh bìa' },
  coverAlt: {
    label: 'Mô tả ảnh bìa',
    hint: 'Bắt buộc khi có ảnh: tả ngắn điều ảnh cho thấy, cho người không nhìn thấy ảnh.',
  },
};

export const fieldTexts: Record<CollectionName, Texts> = {
  documents: {
    title: {
      label: 'Trích yếu nội dung',
      hint: 'Như trên văn bản, ví dụ: Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026.',
    },
    kind: 'Loại văn bản',
    number: { label: 'Số, ký hiệu', hint: 'Ví dụ: 21/QĐ-UBND. Bỏ trống nếu bản công bố để trống số.' },
    issuedAt: 'Ngày ban hành',
    place: { label: 'Địa danh', hint: 'Địa danh ghi trên văn bản, ví dụ: Lâm Đồng.' },
    issuer: 'Cơ quan ban hành',
    signer: 'Người ký',
    'signer.name': { label: 'Họ và tên người ký', hint: 'Ví dụ: Trần Văn An.' },
    'signer.title': { label: 'Chức vụ', hint: 'Ví dụ: Chủ tịch, Phó Chủ tịch.' },
    'signer.authority': { label: 'Thẩm quyền ký', hint: 'Ví dụ: TM. Ủy ban nhân dân, KT. Chủ tịch.' },
    basis: 'Căn cứ ban hành',
    'basis.text': { label: 'Câu căn cứ', hint: 'Như trên văn bản.' },
    'basis.document': { label: 'Văn bản được viện dẫn', hint: 'Chọn nếu văn bản đó có trong thư viện.' },
    effectiveFrom: {
      label: 'Ngày có hiệu lực',
      hint: 'Chỉ ghi khi văn bản nói "có hiệu lực kể từ ngày ...". Kế hoạch, thông báo thì bỏ trống.',
    },
    effectiveUntil: {
      label: 'Ngày hết hiệu lực',
      hint: 'Chỉ ghi khi chính văn bản nói ngày hết hiệu lực. Văn bản bị thay thế, bãi bỏ thì ghi ở văn bản mới.',
    },
    replaces: { label: 'Thay thế văn bản', hint: 'Các văn bản trong thư viện mà văn bản này thay thế.' },
    amends: { label: 'Sửa đổi, bổ sung văn bản', hint: 'Các văn bản trong thư viện mà văn bản này sửa đổi, bổ sung.' },
    repeals: { label: 'Bãi bỏ văn bản', hint: 'Các văn bản trong thư viện mà văn bản này bãi bỏ.' },
    guides: {
      label: 'Hướng dẫn thi hành văn bản',
      hint: 'Các văn bản trong thư viện mà văn bản này hướng dẫn thi hành.',
    },
    campaigns: {
      label: 'Phong trào thi đua',
      hint: 'Phong trào mà văn bản kế hoạch, phát động hoặc tổng kết.',
    },
    fields: { label: 'Lĩnh vực', hint: 'Nhãn tự do, dùng để lọc khi tìm kiếm.' },
    deadlines: { label: 'Thời hạn', hint: 'Việc phải làm và hạn chót; hiện trên lịch công tác.' },
    'deadlines.date': 'Hạn chót',
    'deadlines.task': { label: 'Việc phải làm', hint: 'Như câu trong văn bản.' },
    'deadlines.assignee': 'Đơn vị chịu trách nhiệm',
    events: { label: 'Hội nghị, sự kiện', hint: 'Hội nghị, lễ phát động và các sự kiện có ngày giờ; hiện trên lịch.' },
    'events.title': 'Tên sự kiện',
    'events.start': 'Bắt đầu',
    'events.end': 'Kết thúc',
    'events.location': 'Địa điểm',
    'events.online': 'Tổ chức trực tuyến',
    recipients: 'Nơi nhận',
    attachments: { label: 'Tệp đính kèm', hint: 'Tệp được đặt cạnh tệp văn bản và đăng kèm trang văn bản.' },
    'attachments.file': 'Tệp',
    'attachments.title': { label: 'Tên hiển thị của tệp', hint: 'Ví dụ: Kế hoạch (bản PDF có chữ ký).' },
    awardees: {
      label: 'Danh sách được khen thưởng',
      hint: 'Người, tập thể được khen trong quyết định khen thưởng; hiện ở trang Khen thưởng.',
    },
    ...under('awardees', awardee),
    'awardees.exemplar': {
      label: 'Hồ sơ gương điển hình',
      hint: 'Chọn nếu người hoặc tập thể này có hồ sơ trên cổng.',
    },
    consultation: {
      label: 'Lấy ý kiến nhân dân',
      hint: 'Thông báo lấy ý kiến nhân dân về danh sách đề nghị khen thưởng.',
    },
    'consultation.basis': {
      label: 'Căn cứ lấy ý kiến',
      hint: 'Như văn bản ghi, ví dụ: Điều 44 Nghị định số 152/2025/NĐ-CP.',
    },
    'consultation.until': { label: 'Hạn cuối nhận ý kiến', hint: 'Ngày cuối cùng nhận ý kiến.' },
    'consultation.contact': { label: 'Nơi nhận ý kiến', hint: 'Địa chỉ, điện thoại, thư điện tử.' },
    'consultation.proposed': { label: 'Danh sách đề nghị khen thưởng', hint: 'Ít nhất một người hoặc tập thể.' },
    ...under('consultation.proposed', awardee),
    publishedAt: { label: 'Ngày đăng lên cổng', hint: 'Bỏ trống thì lấy ngày ban hành.' },
    draft: draft(draftHint),
    review,
    body: { label: 'Nội dung văn bản', hint: 'Các phần của văn bản (I., II., 1., a)) viết thành đề mục.' },
  },
  campaigns: {
    title: 'Tên phong trào',
    theme: { label: 'Chủ đề, khẩu hiệu', hint: 'Ví dụ: Đoàn kết, đổi mới, chia sẻ, cùng phát triển.' },
    kind: 'Hình thức thi đua',
    launchedBy: 'Cơ quan phát động',
    launchedAt: 'Ngày phát động',
    period: {
      label: 'Thời gian thực hiện',
      hint: 'Trạng thái (sắp triển khai, đang triển khai, đã tổng kết) tự suy ra từ đây.',
    },
    'period.start': 'Bắt đầu',
    'period.end': { label: 'Kết thúc', hint: 'Bỏ trống nếu chưa định.' },
    parent: { label: 'Phong trào toàn quốc hưởng ứng', hint: 'Tên phong trào toàn quốc, ghi bằng chữ.' },
    fields: 'Lĩnh vực',
    draft: draft(draftHint),
    ...cover,
    body: 'Nội dung phong trào',
  },
  exemplars: {
    name: 'Họ tên cá nhân hoặc tên tập thể',
    kind: 'Cá nhân hay tập thể',
    summary: { label: 'Tóm tắt việc làm', hint: 'Một câu, như người đọc sẽ trích dẫn.' },
    unit: { label: 'Đơn vị công tác', hint: 'Ví dụ: Công an xã Nhơn Hải.' },
    locality: { label: 'Địa bàn', hint: 'Mỗi cấp là một bộ lọc trên trang Gương điển hình.' },
    'locality.province': 'Tỉnh, thành phố',
    'locality.district': 'Huyện, thị xã, thành phố thuộc tỉnh',
    'locality.commune': 'Xã, phường, thị trấn',
    fields: 'Lĩnh vực',
    campaigns: 'Phong trào thi đua liên quan',
    awards: 'Hình thức khen thưởng đã nhận',
    'awards.title': { label: 'Hình thức khen thưởng', hint: 'Ví dụ: Bằng khen của Chủ tịch UBND tỉnh.' },
    'awards.year': 'Năm được khen thưởng',
    'awards.decision': { label: 'Quyết định khen thưởng', hint: 'Chọn nếu quyết định có trong thư viện văn bản.' },
    consent: {
      label: 'Người được giới thiệu đã đồng ý công bố',
      hint: 'Hồ sơ cá nhân chỉ được đăng khi người đó đã đồng ý; tập thể không cần.',
    },
    publishedAt: 'Ngày đăng',
    draft: draft(draftHint),
    photo: 'Ảnh chân dung hoặc ảnh tập thể',
    photoAlt: {
      label: 'Mô tả ảnh',
      hint: 'Bắt buộc khi có ảnh: tả ngắn điều ảnh cho thấy, cho người không nhìn thấy ảnh.',
    },
    body: 'Câu chuyện',
  },
  news: {
    title: 'Tiêu đề',
    summary: { label: 'Sa-pô', hint: 'Một hai câu mở đầu bài.' },
    publishedAt: 'Ngày đăng',
    updatedAt: { label: 'Ngày cập nhật', hint: 'Chỉ ghi khi bài được sửa sau khi đăng.' },
    category: 'Chuyên mục',
    author: 'Tác giả',
    campaigns: 'Phong trào liên quan',
    documents: 'Văn bản liên quan',
    exemplars: 'Gương điển hình liên quan',
    draft: draft(draftHint),
    review,
    ...cover,
    body: 'Nội dung bài viết',
  },
  organizations: {
    name: { label: 'Tên đầy đủ', hint: 'Ví dụ: Ủy ban nhân dân tỉnh Lâm Đồng.' },
    shortName: { label: 'Tên viết tắt', hint: 'Ví dụ: UBND tỉnh.' },
    kind: 'Loại cơ quan, đơn vị',
    parent: 'Cơ quan cấp trên',
    website: { label: 'Trang thông tin điện tử', hint: 'Địa chỉ đầy đủ, bắt đầu bằng https://' },
    draft: {
      label: 'Bản nháp (chưa xác nhận)',
      hint: 'Cơ quan do lệnh import đề xuất ở bản nháp cho đến khi đã kiểm tra tên, loại và cơ quan cấp trên.',
    },
    review,
  },
};

/** One line under each collection's name in the editor. */
export const collectionHints: Record<CollectionName, string> = {
  documents: 'Kế hoạch, chỉ thị, quyết định, hướng dẫn, thông báo, công văn, báo cáo.',
  campaigns: 'Các phong trào thi đua; trạng thái tự suy ra từ thời gian thực hiện.',
  exemplars: 'Gương điển hình tiên tiến. Hồ sơ cá nhân chỉ được đăng khi người đó đã đồng ý.',
  news: 'Tin tức của Ban.',
  organizations: 'Cơ quan, đơn vị ban hành văn bản, được giao việc, được khen thưởng.',
};

/** The Vietnamese names of every enum of the content contract (`src/vocabulary/labels.ts`). */
export const enumLabelMaps: ReadonlyArray<Readonly<Record<string, string>>> = [
  documentKindLabel,
  campaignKindLabel,
  exemplarKindLabel,
  newsCategoryLabel,
  organizationKindLabel,
];
