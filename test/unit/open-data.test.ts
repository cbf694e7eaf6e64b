/**
 * The open data record builders and files over small fake entries parsed through the
 * real collection schemas: references to unpublished entries are dropped without a
 * trace, partial dates stay partial, every URL is absolute, and the files match the
 * JSON Schemas they publish.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildOpenData } from '../../src/lib/open-data.ts';
import { csvColumns, csvRows, toCsv, type CsvColumn } from '../../src/lib/open-data-csv.ts';
import { recordRows, typeLabel } from '../../src/lib/open-data-fields.ts';
import {
  campaignRecordOf,
  documentRecordOf,
  eventTime,
  exemplarRecordOf,
  newsRecordOf,
  publishedRelations,
  type OpenDataContext,
  type RefCollection,
} from '../../src/lib/open-data-records.ts';
import { datasetNames, documentRecord, exemplarRecord, jsonSchemaOf } from '../../src/lib/open-data-schemas.ts';
import { entry } from '../helpers/entries.ts';
import { jsonSchemaValidator } from '../helpers/json-schema.ts';

const SITE = 'https://thidua.example.gov.vn/';

/** What is published in this fake site; anything else (the drafts below) is not. */
const published: Record<RefCollection, Record<string, string>> = {
  organizations: { 'ubnd-tinh': 'Ủy ban nhân dân tỉnh', 'so-noi-vu': 'Sở Nội vụ' },
  campaigns: { 'thi-dua-2026': 'Phong trào thi đua năm 2026' },
  documents: {
    'ke-hoach-01': 'Kế hoạch thi đua năm 2026',
    'quyet-dinh-khen-thuong': 'Quyết định khen thưởng năm 2025',
    'quy-che-2024': 'Quy chế công tác thi đua, khen thưởng năm 2024',
    'quy-che-2026': 'Quy chế công tác thi đua, khen thưởng năm 2026',
    'sua-doi-quy-che-2026': 'Sửa đổi, bổ sung Quy chế năm 2026',
    'huong-dan-quy-che-2026': 'Hướng dẫn thực hiện Quy chế năm 2026',
  },
  exemplars: { 'hop-tac-xa-mau': 'Hợp tác xã Mẫu' },
};
const DRAFTS = ['phong-trao-nhap', 'van-ban-nhap', 'ho-so-chua-dong-y'];

const ctx: OpenDataContext & { publisher: string } = {
  site: SITE,
  nameOf: (collection, id) => published[collection][id],
  attachment: (doc, file) => ({
    href: `/van-ban/${doc.id}/${file.replace(/^\.\//, '')}`,
    fileName: file.replace(/^\.\//, ''),
    type: 'PDF',
    bytes: 2048,
  }),
  today: '2026-11-20',
  publisher: 'Ban Thi đua - Khen thưởng tỉnh Mẫu',
  // Built from the documents below, once they are defined.
  get relations() {
    return publishedRelations(library(), ctx);
  },
};

const plan = entry('documents', 'ke-hoach-01', {
  title: 'Kế hoạch thi đua năm 2026',
  kind: 'ke-hoach',
  number: '01/KH-UBND',
  issuedAt: '2026-02',
  issuer: 'ubnd-tinh',
  signer: { name: 'Trần Văn An', title: 'Chủ tịch' },
  basis: [{ text: 'Căn cứ Luật Thi đua, khen thưởng;' }, { text: 'Căn cứ văn bản nháp;', document: 'van-ban-nhap' }],
  campaigns: ['thi-dua-2026', 'phong-trao-nhap'],
  deadlines: [
    { date: '2026-12', task: 'Gửi báo cáo', assignee: 'so-noi-vu' },
    { date: '2026-12-10', task: 'Tổng kết' },
  ],
  events: [
    { title: 'Hội nghị tổng kết', start: '2026-12-15T08:00', end: '2026-12-15T11:30', online: true },
    { title: 'Lễ phát động', start: '2026-03-01' },
  ],
  attachments: [{ file: './ke-hoach-01.pdf', title: 'Toàn văn kế hoạch' }],
  recipients: ['Như trên', 'Lưu: VT'],
}) as never;

const decision = entry('documents', 'quyet-dinh-khen-thuong', {
  title: 'Quyết định khen thưởng năm 2025',
  kind: 'quyet-dinh',
  issuedAt: '2026-01-28',
  publishedAt: '2026-02-02',
  issuer: 'ubnd-tinh',
  awardees: [
    { name: 'Hợp tác xã Mẫu', kind: 'tap-the', award: 'Cờ thi đua', exemplar: 'hop-tac-xa-mau' },
    {
      name: 'Nguyễn Thị B',
      kind: 'ca-nhan',
      unit: 'Trường Tiểu học A',
      award: 'Bằng khen',
      exemplar: 'ho-so-chua-dong-y',
    },
  ],
  consultation: {
    basis: 'Điều 44 Nghị định số 152/2025/NĐ-CP',
    until: '2026-12-04',
    contact: 'Sở Nội vụ',
    proposed: [{ name: 'Lê Văn C', kind: 'ca-nhan', award: '=Huân chương Lao động hạng Ba' }],
  },
}) as never;

/** Rules replaced by newer ones, which are amended (from a day after the build date) and guided. */
const rules2024 = entry('documents', 'quy-che-2024', {
  title: 'Quy chế công tác thi đua, khen thưởng năm 2024',
  kind: 'quyet-dinh',
  number: '05/QĐ-UBND',
  issuedAt: '2024-01-10',
  effectiveFrom: '2024-01-15',
  issuer: 'ubnd-tinh',
}) as never;
const rules2026 = entry('documents', 'quy-che-2026', {
  title: 'Quy chế công tác thi đua, khen thưởng năm 2026',
  kind: 'quyet-dinh',
  number: '09/QĐ-UBND',
  issuedAt: '2026-01-20',
  effectiveFrom: '2026-02-01',
  issuer: 'ubnd-tinh',
  basis: [{ text: 'Căn cứ Quy chế năm 2024;', document: 'quy-che-2024' }],
  // Itself (rejected by the check, ignored here) and a draft: neither may appear.
  replaces: ['quy-che-2024', 'quy-che-2026', 'van-ban-nhap'],
}) as never;
const amendment = entry('documents', 'sua-doi-quy-che-2026', {
  title: 'Sửa đổi, bổ sung Quy chế năm 2026',
  kind: 'quyet-dinh',
  issuedAt: '2026-11-10',
  effectiveFrom: '2026-12-01',
  issuer: 'ubnd-tinh',
  amends: ['quy-che-2026', 'van-ban-nhap'],
}) as never;
const guide = entry('documents', 'huong-dan-quy-che-2026', {
  title: 'Hướng dẫn thực hiện Quy chế năm 2026',
  kind: 'huong-dan',
  issuedAt: '2026-03-02',
  issuer: 'so-noi-vu',
  guides: ['quy-che-2026'],
}) as never;
const drafted = entry('documents', 'van-ban-nhap', {
  title: 'Văn bản nháp',
  kind: 'quyet-dinh',
  issuedAt: '2026-10-01',
  issuer: 'ubnd-tinh',
  repeals: ['quy-che-2026'],
  draft: true,
}) as never;
/** Every document of the fake site, published or not: the index keeps the published ones' relations. */
const library = () => [plan, decision, rules2024, rules2026, amendment, guide, drafted];

const exemplar = entry('exemplars', 'hop-tac-xa-mau', {
  name: 'Hợp tác xã Mẫu',
  kind: 'tap-the',
  summary: 'Giúp nông dân tiêu thụ nông sản, kể cả “mùa được giá”.',
  locality: { province: 'Tỉnh Mẫu', commune: 'xã Bình Minh' },
  fields: ['Nông nghiệp', 'Kinh tế tập thể'],
  campaigns: ['thi-dua-2026', 'phong-trao-nhap'],
  awards: [
    { title: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2023, decision: 'van-ban-nhap' },
    { title: 'Cờ thi đua', year: 2025, decision: 'quyet-dinh-khen-thuong' },
  ],
  publishedAt: '2026-03-01',
}) as never;

const campaign = entry('campaigns', 'thi-dua-2026', {
  title: 'Phong trào thi đua năm 2026',
  kind: 'thuong-xuyen',
  launchedBy: 'ubnd-tinh',
  launchedAt: '2026-01-05',
  period: { start: '2026-01', end: '2026-12' },
}) as never;

const article = entry('news', 'tin-mau', {
  title: 'Tin mẫu',
  summary: 'Tỉnh Mẫu phát động thi đua.',
  publishedAt: '2026-03-02',
  category: 'hoat-dong',
  campaigns: ['phong-trao-nhap', 'thi-dua-2026'],
  documents: ['van-ban-nhap', 'ke-hoach-01'],
  exemplars: ['ho-so-chua-dong-y'],
}) as never;

const leaksNoDraft = (value: unknown) => {
  const text = JSON.stringify(value);
  for (const d of DRAFTS) expect(text, d).not.toContain(d);
};

describe('document records', () => {
  const r = documentRecordOf(plan, ctx);

  it('use the slug as id and absolute URLs for the page, references and attachments', () => {
    expect(r.id).toBe('ke-hoach-01');
    expect(r.url).toBe(`${SITE}van-ban/ke-hoach-01/`);
    expect(r.issuer).toEqual({ id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', url: `${SITE}co-quan/ubnd-tinh/` });
    expect(r.deadlines[0]!.assignee?.url).toBe(`${SITE}co-quan/so-noi-vu/`);
    expect(r.attachments).toEqual([
      {
        title: 'Toàn văn kế hoạch',
        fileName: 'ke-hoach-01.pdf',
        url: `${SITE}van-ban/ke-hoach-01/ke-hoach-01.pdf`,
        format: 'PDF',
        bytes: 2048,
      },
    ]);
  });

  it('keep a partial date of issue partial, and post the document on it when no publishedAt is given', () => {
    expect(r.issuedAt).toBe('2026-02');
    expect(r.publishedAt).toBe('2026-02');
    expect(r.deadlines.map((d) => d.date)).toEqual(['2026-12', '2026-12-10']);
    expect(documentRecordOf(decision, ctx).publishedAt).toBe('2026-02-02');
  });

  it('drop references to unpublished entries without leaking their slug, keeping the text the page shows', () => {
    expect(r.campaigns.map((c) => c.id)).toEqual(['thi-dua-2026']);
    expect(r.basis).toEqual([
      { text: 'Căn cứ Luật Thi đua, khen thưởng;', document: null },
      { text: 'Căn cứ văn bản nháp;', document: null },
    ]);
    const d = documentRecordOf(decision, ctx);
    expect(d.awardees.map((a) => [a.name, a.exemplar?.id ?? null])).toEqual([
      ['Hợp tác xã Mẫu', 'hop-tac-xa-mau'],
      ['Nguyễn Thị B', null],
    ]);
    leaksNoDraft(r);
    leaksNoDraft(d);
  });

  it('state every optional value as null and give labels next to codes', () => {
    const d = documentRecordOf(decision, ctx);
    expect(d.number).toBeNull();
    expect(d.place).toBeNull();
    expect(d.signer).toBeNull();
    expect([d.kind, d.kindLabel]).toEqual(['quyet-dinh', 'Quyết định']);
    expect(d.awardees[0]!.kindLabel).toBe('Tập thể');
    expect(r.signer).toEqual({ name: 'Trần Văn An', title: 'Chủ tịch', authority: null });
    expect(d.consultation).toEqual({
      basis: 'Điều 44 Nghị định số 152/2025/NĐ-CP',
      until: '2026-12-04',
      contact: 'Sở Nội vụ',
      proposed: [
        { name: 'Lê Văn C', kind: 'ca-nhan', kindLabel: 'Cá nhân', unit: null, award: '=Huân chương Lao động hạng Ba' },
      ],
    });
  });

  it('give event times as local Vietnam time with its offset, and all-day events as dates', () => {
    expect(r.events.map((e) => [e.start, e.end, e.online])).toEqual([
      ['2026-12-15T08:00:00+07:00', '2026-12-15T11:30:00+07:00', true],
      ['2026-03-01', null, false],
    ]);
    expect(eventTime('2026-12-15T08:00')).toBe('2026-12-15T08:00:00+07:00');
    expect(eventTime('2026-12-15')).toBe('2026-12-15');
  });

  it('pass their own output schema', () => {
    expect(documentRecord.safeParse(r).success).toBe(true);
    expect(documentRecord.safeParse(documentRecordOf(decision, ctx)).success).toBe(true);
  });
});

describe('document validity and relations', () => {
  const rec = (doc: never, today = ctx.today) => documentRecordOf(doc, { ...ctx, today });
  const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

  it('give the document’s own dates, or null', () => {
    expect([rec(rules2026).effectiveFrom, rec(rules2026).effectiveUntil]).toEqual(['2026-02-01', null]);
    expect([rec(plan).effectiveFrom, rec(plan).effectiveUntil]).toEqual([null, null]);
  });

  it('link the relations both ways, as references like a linked basis, to published documents only', () => {
    const r = rec(rules2026);
    expect(r.replaces).toEqual([
      {
        id: 'quy-che-2024',
        name: 'Quy chế công tác thi đua, khen thưởng năm 2024',
        url: `${SITE}van-ban/quy-che-2024/`,
      },
    ]);
    expect(r.basis[0]!.document).toEqual(r.replaces[0]);
    expect(ids(r.amendedBy)).toEqual(['sua-doi-quy-che-2026']);
    expect(ids(r.guidedBy)).toEqual(['huong-dan-quy-che-2026']);
    // The draft repeals it, but is not published: neither way shows it.
    expect([r.repealedBy, r.repeals, r.replacedBy]).toEqual([[], [], []]);
    expect(ids(rec(rules2024).replacedBy)).toEqual(['quy-che-2026']);
    expect(ids(rec(amendment).amends)).toEqual(['quy-che-2026']);
    expect(ids(rec(guide).guides)).toEqual(['quy-che-2026']);
    for (const d of [rules2024, rules2026, amendment, guide]) leaksNoDraft(rec(d));
  });

  it('derive the state on the build date: ended, in force, not yet in force, none', () => {
    expect(rec(rules2024).validity).toEqual({
      state: 'het-hieu-luc',
      label: 'Hết hiệu lực toàn bộ',
      from: '2024-01-15',
      until: '2026-01-31',
      endedBy: {
        id: 'quy-che-2026',
        name: 'Quy chế công tác thi đua, khen thưởng năm 2026',
        url: `${SITE}van-ban/quy-che-2026/`,
      },
    });
    // Amended from 1 December: in force as it is until then, amended from that day.
    expect(rec(rules2026).validity).toMatchObject({
      state: 'con-hieu-luc',
      from: '2026-02-01',
      until: null,
      endedBy: null,
    });
    expect(rec(rules2026, '2026-12-01').validity).toMatchObject({
      state: 'da-sua-doi',
      label: 'Đã được sửa đổi, bổ sung',
    });
    expect(rec(amendment).validity).toMatchObject({ state: 'chua-co-hieu-luc', label: 'Chưa có hiệu lực' });
    // Before the new rules took effect, the old ones were in force and known to end.
    expect(rec(rules2024, '2026-01-31').validity).toMatchObject({ state: 'con-hieu-luc', until: '2026-01-31' });
    // A plan, and a guide that no document acts on, show no state.
    expect(rec(plan).validity).toBeNull();
    expect(rec(guide).validity).toBeNull();
  });

  it('pass the record schema, and the state is the same in CSV', () => {
    const records = library()
      .slice(0, -1)
      .map((d) => rec(d as never));
    for (const r of records) expect(documentRecord.safeParse(r).success, r.id).toBe(true);
    const rows = parse(toCsv(records, csvColumns['van-ban']), { bom: true, columns: true }) as Record<string, string>[];
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('quy-che-2024')).toMatchObject({
      effectiveFrom: '2024-01-15',
      effectiveUntil: '',
      validity: 'het-hieu-luc',
      validityLabel: 'Hết hiệu lực toàn bộ',
      validUntil: '2026-01-31',
      replacedByIds: 'quy-che-2026',
    });
    expect(row('quy-che-2026')).toMatchObject({
      replacesIds: 'quy-che-2024',
      amendedByIds: 'sua-doi-quy-che-2026',
      guidedByIds: 'huong-dan-quy-che-2026',
      repealedByIds: '',
    });
    expect(row('ke-hoach-01')).toMatchObject({ validity: '', validityLabel: '', validUntil: '' });
    expect(row('quyet-dinh-khen-thuong').consultationBasis).toBe('Điều 44 Nghị định số 152/2025/NĐ-CP');
  });
});

describe('exemplar, campaign and news records', () => {
  it('exemplars: newest award first, decisions only when published, locality with nulls', () => {
    const r = exemplarRecordOf(exemplar, ctx);
    expect(r.url).toBe(`${SITE}guong-dien-hinh/hop-tac-xa-mau/`);
    expect(r.awards).toEqual([
      {
        title: 'Cờ thi đua',
        year: 2025,
        decision: {
          id: 'quyet-dinh-khen-thuong',
          name: 'Quyết định khen thưởng năm 2025',
          url: `${SITE}van-ban/quyet-dinh-khen-thuong/`,
        },
      },
      { title: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2023, decision: null },
    ]);
    expect(r.locality).toEqual({ province: 'Tỉnh Mẫu', district: null, commune: 'xã Bình Minh' });
    expect(r.campaigns.map((c) => c.id)).toEqual(['thi-dua-2026']);
    expect(exemplarRecord.safeParse(r).success).toBe(true);
    leaksNoDraft(r);
  });

  it('campaigns: partial period kept, status as on the build date', () => {
    const r = campaignRecordOf(campaign, ctx);
    expect(r.period).toEqual({ start: '2026-01', end: '2026-12' });
    expect([r.status, r.statusLabel]).toEqual(['dang-trien-khai', 'Đang triển khai']);
    expect(campaignRecordOf(campaign, { ...ctx, today: '2027-01-01' }).status).toBe('da-tong-ket');
    expect(r.launchedBy.url).toBe(`${SITE}co-quan/ubnd-tinh/`);
  });

  it('news: only published related entries, in order', () => {
    const r = newsRecordOf(article, ctx);
    expect(r.campaigns.map((c) => c.id)).toEqual(['thi-dua-2026']);
    expect(r.documents.map((c) => c.id)).toEqual(['ke-hoach-01']);
    expect(r.exemplars).toEqual([]);
    expect([r.updatedAt, r.author, r.categoryLabel]).toEqual([null, null, 'Tin hoạt động']);
    leaksNoDraft(r);
  });
});

describe('CSV', () => {
  const records = [documentRecordOf(plan, ctx), documentRecordOf(decision, ctx)];
  const csv = toCsv(records, csvColumns['van-ban']);

  it('starts with a UTF-8 byte order mark and ends records with CRLF', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF' + csvColumns['van-ban'].map((c) => c.header).join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one row per record, lists joined with "; ", empty cells for null, Vietnamese intact', () => {
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(['ke-hoach-01', 'quyet-dinh-khen-thuong']);
    expect(rows[0]!.title).toBe('Kế hoạch thi đua năm 2026');
    expect(rows[0]!.issuedAt).toBe('2026-02');
    expect(rows[0]!.recipients).toBe('Như trên; Lưu: VT');
    expect(rows[0]!.deadlines).toBe('2026-12: Gửi báo cáo; 2026-12-10: Tổng kết');
    expect(rows[0]!.attachmentUrls).toBe(`${SITE}van-ban/ke-hoach-01/ke-hoach-01.pdf`);
    expect(rows[0]!.campaignIds).toBe('thi-dua-2026');
    expect(rows[1]!.number).toBe('');
    expect(rows[1]!.awardees).toBe('Hợp tác xã Mẫu: Cờ thi đua; Nguyễn Thị B: Bằng khen');
  });

  it('keeps a cell from being read as a formula by Excel', () => {
    const rows = parse(
      toCsv(
        [{ v: '=SUM(A1)' }, { v: '+84 263' }, { v: 'Bình thường, có dấu phẩy' }],
        [{ header: 'v', description: 'x', value: (r) => r.v }],
      ),
      {
        bom: true,
        columns: true,
      },
    ) as { v: string }[];
    expect(rows.map((r) => r.v)).toEqual(["'=SUM(A1)", "'+84 263", 'Bình thường, có dấu phẩy']);
  });

  it('keeps a line break inside a cell from forging a row, and no line of a cell starts a formula', () => {
    const hostile = [
      "Tổng kết\n=cmd|' /C calc'!A0",
      'Báo cáo\r+84 263 111',
      'Danh sách\r\n-1+1\n@SUM(A1)\n\tTab',
      '\r=HYPERLINK("x")',
      '\uFF1D1+1',
      'Bình thường',
    ];
    const records = Array.from({ length: 30 }, (_, i) => ({
      id: `van-ban-${i}`,
      title: hostile[i % hostile.length]!,
      list: [hostile[(i + 1) % hostile.length]!, 'Sở Nội vụ'],
    }));
    const columns: CsvColumn<(typeof records)[number]>[] = [
      { header: 'id', description: 'x', value: (r) => r.id },
      { header: 'title', description: 'x', value: (r) => r.title },
      { header: 'list', description: 'x', list: true, value: (r) => r.list },
    ];
    const csv = toCsv(records, columns);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(records.length);
    expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    const formula = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
    for (const row of rows) {
      for (const value of Object.values(row)) {
        expect(value, JSON.stringify(value)).not.toMatch(formula);
        for (const line of value.split(/\r\n|\r|\n/)) expect(line, JSON.stringify(value)).not.toMatch(formula);
      }
    }
    // Read as plain lines of text, as a naive program would, the file starts no formula either.
    for (const line of csv.split(/\r\n|\r|\n/))
      expect(line.replace(/^"/, ''), JSON.stringify(line)).not.toMatch(formula);
    // The text is kept, only marked: the reader sees the editor's words after the `'`.
    expect(rows[0]!.title).toBe("Tổng kết\n'=cmd|' /C calc'!A0");
    expect(rows[2]!.title).toBe("Danh sách\r\n'-1+1\n'@SUM(A1)\n'\tTab");
  });

  it('writes a number as a number, a negative one included', () => {
    const rows = parse(toCsv([{ n: -3 }, { n: 12 }], [{ header: 'n', description: 'x', value: (r) => r.n }]), {
      bom: true,
      columns: true,
    }) as { n: string }[];
    expect(rows.map((r) => r.n)).toEqual(['-3', '12']);
  });
});

describe('files', () => {
  const files = buildOpenData(
    { documents: [plan, decision], exemplars: [exemplar], campaigns: [campaign], news: [article] },
    ctx,
  );

  it('wrap the records in an envelope that names its schema, date, licence and source', () => {
    const json = JSON.parse(files['van-ban'].json);
    expect(json.$schema).toBe(`${SITE}du-lieu/van-ban.schema.json`);
    expect(json.generatedAt).toBe('2026-11-20');
    expect(json.license.url).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    expect(json.source).toEqual({ name: 'Ban Thi đua - Khen thưởng tỉnh Mẫu', url: `${SITE}du-lieu/` });
    expect(json.count).toBe(2);
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(['ke-hoach-01', 'quyet-dinh-khen-thuong']);
    expect(files['phong-trao'].csv).toBeUndefined();
    expect(files['van-ban'].csv).toBeDefined();
  });

  it('validate against their own JSON Schema (draft 2020-12) with Ajv', () => {
    const ajv = jsonSchemaValidator();
    for (const name of datasetNames) {
      const schema = JSON.parse(files[name].schema);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`${SITE}du-lieu/${name}.schema.json`);
      const validate = ajv.compile(schema);
      expect(validate(JSON.parse(files[name].json)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('are rejected by the schema when a record is wrong', () => {
    const validate = jsonSchemaValidator().compile(JSON.parse(files['van-ban'].schema));
    const json = JSON.parse(files['van-ban'].json);
    json.items[0].issuedAt = '02/2026';
    expect(validate(json)).toBe(false);
    json.items[0].issuedAt = '2026-02';
    json.items[0].url = '/van-ban/ke-hoach-01/';
    expect(validate(json)).toBe(false);
    delete json.items[0].url;
    expect(validate(json)).toBe(false);
  });

  it('fail the build rather than publish a record that breaks the contract', () => {
    const bad = entry('documents', 'Không Phải Slug', {
      title: 'X',
      kind: 'ke-hoach',
      issuedAt: '2026',
      issuer: 'ubnd-tinh',
    }) as never;
    expect(() => buildOpenData({ documents: [bad], exemplars: [], campaigns: [], news: [] }, ctx)).toThrow(
      /van-ban\.json breaks its schema/,
    );
  });

  it('leave out nothing but unpublished references', () => {
    for (const name of datasetNames) {
      leaksNoDraft(files[name].json);
      if (files[name].csv) leaksNoDraft(files[name].csv);
    }
  });
});

describe('field documentation', () => {
  it('describes every field of every record in Vietnamese, from the schemas', () => {
    for (const name of datasetNames) {
      const rows = recordRows(name);
      expect(rows.length).toBeGreaterThan(8);
      for (const r of rows) expect(r.description, `${name}: ${r.name}`).toMatch(/\p{L}{2,}/u);
    }
    const names = recordRows('van-ban').map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'issuer.url',
        'deadlines[].assignee.id',
        'consultation.proposed[].award',
        'attachments[].bytes',
        'effectiveFrom',
        'validity.state',
        'validity.until',
        'validity.endedBy.url',
        'replaces[].url',
        'guidedBy[].id',
        'consultation.basis',
      ]),
    );
  });

  it('says the derived state holds on generatedAt, and names no decree for the consultation', () => {
    const rows = new Map(recordRows('van-ban').map((r) => [r.name, r]));
    for (const name of ['validity', 'validity.state'])
      expect(rows.get(name)!.description, name).toContain('generatedAt');
    expect(rows.get('validity')!.type).toBe('đối tượng hoặc null');
    // The legal basis of a consultation is data (consultation.basis), never the schema's words.
    expect(rows.get('consultation')!.description).not.toMatch(/Nghị định|NĐ-CP|Điều \d/);
    expect(JSON.stringify(jsonSchemaOf('van-ban', SITE))).not.toContain('98/2023');
  });

  it('lists the top-level keys of a record exactly', () => {
    const r = documentRecordOf(plan, ctx);
    expect(
      recordRows('van-ban')
        .filter((row) => !/[.[]/.test(row.name))
        .map((row) => row.name),
    ).toEqual(Object.keys(r));
  });

  it('describes each CSV column, and a list column says how values are separated', () => {
    for (const name of ['van-ban', 'guong-dien-hinh'] as const) {
      const rows = csvRows(name);
      expect(rows.map((r) => r.name)).toEqual(csvColumns[name].map((c) => c.header));
      for (const r of rows) expect(r.description, r.name).toMatch(/\p{L}{2,}/u);
    }
    const byName = new Map(csvRows('van-ban').map((r) => [r.name, r]));
    expect(byName.get('fields')!.type).toContain('“;”');
    expect(byName.get('number')!.type).toBe('chuỗi ký tự, có thể để trống');
    expect(byName.get('number')!.description).not.toContain('null');
  });

  it('names JSON Schema types in Vietnamese', () => {
    expect(typeLabel({ type: ['string', 'null'] })).toBe('chuỗi ký tự hoặc null');
    expect(typeLabel({ type: 'string', format: 'date' })).toBe('ngày (YYYY-MM-DD)');
    expect(typeLabel({ type: 'array', items: { type: 'object' } })).toBe('danh sách đối tượng');
    expect(typeLabel({ anyOf: [{ type: 'object' }, { type: 'null' }] })).toBe('đối tượng hoặc null');
    const issued = (
      jsonSchemaOf('van-ban', SITE) as { properties: { items: { items: { properties: Record<string, object> } } } }
    ).properties.items.items.properties.issuedAt!;
    expect(typeLabel(issued)).toBe('ngày (YYYY-MM-DD, YYYY-MM hoặc YYYY)');
  });
});
