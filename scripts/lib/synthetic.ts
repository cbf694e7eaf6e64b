/**
 * A synthetic but realistic site: Vietnamese documents, exemplars and news following
 * the content contract, with references between them and deadlines, for benchmarks.
 * Deterministic for a given size (a seeded generator), written into a `content/` folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SyntheticSize {
  documents: number;
  exemplars: number;
  news: number;
  /** Share of exemplars with a photo (0..1); the caller writes the image files (`photos`). */
  photoShare?: number;
}

export interface SyntheticSite {
  entries: number;
  sampleNumber: string;
  /** Image files the exemplars reference, relative to `content/`: the caller writes them. */
  photos: string[];
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ORGS = [
  ['ubnd-tinh', 'Ủy ban nhân dân tỉnh', 'UBND tỉnh', 'ubnd', 'UBND'],
  ['hoi-dong-tdkt', 'Hội đồng Thi đua - Khen thưởng tỉnh', 'Hội đồng TĐ-KT', 'hoi-dong', 'HĐTĐKT'],
  ['so-noi-vu', 'Sở Nội vụ', 'Sở Nội vụ', 'so-nganh', 'SNV'],
  ['so-giao-duc', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'so-nganh', 'SGDĐT'],
  ['so-y-te', 'Sở Y tế', 'Sở Y tế', 'so-nganh', 'SYT'],
  ['so-nong-nghiep', 'Sở Nông nghiệp và Môi trường', 'Sở NN&MT', 'so-nganh', 'SNNMT'],
  ['lien-doan-lao-dong', 'Liên đoàn Lao động tỉnh', 'LĐLĐ tỉnh', 'doan-the', 'LĐLĐ'],
  ['tinh-doan', 'Tỉnh Đoàn', 'Tỉnh Đoàn', 'doan-the', 'TĐ'],
] as const;
const KINDS = [
  ['ke-hoach', 'Kế hoạch', 'KH'],
  ['chi-thi', 'Chỉ thị', 'CT'],
  ['quyet-dinh', 'Quyết định', 'QĐ'],
  ['huong-dan', 'Hướng dẫn', 'HD'],
  ['thong-bao', 'Thông báo', 'TB'],
  ['cong-van', 'Công văn', 'CV'],
  ['bao-cao', 'Báo cáo', 'BC'],
] as const;
const TOPICS = [
  'tổ chức phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội',
  'tổng kết công tác thi đua, khen thưởng và phát động phong trào thi đua',
  'xét tặng danh hiệu Chiến sĩ thi đua cơ sở và Lao động tiên tiến',
  'phát hiện, bồi dưỡng và nhân rộng gương điển hình tiên tiến',
  'đẩy mạnh phong trào “Người tốt, việc tốt” trong cán bộ, công chức',
  'thi đua chuyển đổi số trong cơ quan hành chính nhà nước',
  'chung tay vì người nghèo, không để ai bị bỏ lại phía sau',
  'xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo',
  'thi đua lao động giỏi, lao động sáng tạo trong công nhân, viên chức',
  'khen thưởng thành tích đột xuất trong phòng, chống thiên tai',
];
const SENTENCES = [
  'Các sở, ban, ngành và Ủy ban nhân dân cấp xã căn cứ chức năng, nhiệm vụ xây dựng kế hoạch cụ thể, tổ chức thực hiện nghiêm túc, hiệu quả.',
  'Công tác thi đua, khen thưởng phải bảo đảm chính xác, công khai, minh bạch, công bằng, kịp thời và đúng quy định của Luật Thi đua, khen thưởng.',
  'Chú trọng khen thưởng công nhân, nông dân, người lao động trực tiếp, cán bộ cơ sở có thành tích xuất sắc.',
  'Đổi mới nội dung, hình thức tổ chức phong trào thi đua theo hướng thiết thực, tránh hình thức, phô trương, lãng phí.',
  'Hồ sơ đề nghị khen thưởng gửi về Sở Nội vụ qua Ban Thi đua - Khen thưởng trước thời hạn quy định.',
  'Tăng cường tuyên truyền trên các phương tiện thông tin đại chúng về các điển hình tiên tiến, người tốt, việc tốt.',
  'Cụm trưởng, khối trưởng thi đua tổ chức ký kết giao ước thi đua và chấm điểm, bình xét cuối năm.',
  'Người dân tham gia đóng góp ngày công, vật liệu xây dựng, hỗ trợ hộ nghèo ổn định cuộc sống.',
  'Mô hình sản xuất nông nghiệp ứng dụng công nghệ cao giúp tăng năng suất, nâng cao thu nhập cho bà con.',
  'Đoàn viên thanh niên tình nguyện hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.',
];
const NAMES = [
  'Nguyễn Văn',
  'Trần Thị',
  'Lê Văn',
  'Phạm Thị',
  'Hoàng Văn',
  'Vũ Thị',
  'Đặng Văn',
  'Bùi Thị',
  'Đỗ Văn',
  'Hồ Thị',
];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Hà',
  'Hùng',
  'Lan',
  'Minh',
  'Nga',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Vân',
];
const COMMUNES = [
  'xã Đắk Mil',
  'phường Xuân Hương - Đà Lạt',
  'xã Nam Đà',
  'phường Mũi Né',
  'xã Đức Trọng',
  'xã Di Linh',
  'phường Bắc Gia Nghĩa',
  'đặc khu Phú Quý',
];
const FIELDS = [
  'Thi đua, khen thưởng',
  'Giáo dục',
  'Y tế',
  'Nông nghiệp',
  'Giảm nghèo',
  'Chuyển đổi số',
  'An ninh trật tự',
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const yaml = (s: string) => JSON.stringify(s);

export function writeSyntheticContent(contentDir: string, size: SyntheticSize, seed = 42): SyntheticSite {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const para = (n: number) => Array.from({ length: n }, () => pick(SENTENCES)).join(' ');
  const dirs = ['documents', 'campaigns', 'exemplars', 'news', 'organizations'].map((d) => path.join(contentDir, d));
  for (const d of dirs) mkdirSync(d, { recursive: true });
  const [docDir, campDir, exDir, newsDir, orgDir] = dirs as [string, string, string, string, string];

  for (const [id, name, short, kind] of ORGS) {
    writeFileSync(
      path.join(orgDir, `${id}.yaml`),
      `name: ${yaml(name)}\nshortName: ${yaml(short)}\nkind: ${kind}\n${id !== 'ubnd-tinh' ? 'parent: ubnd-tinh\n' : ''}`,
    );
  }
  const campaigns = Array.from({ length: 12 }, (_, i) => `phong-trao-${i + 1}`);
  campaigns.forEach((id, i) => {
    const year = 2015 + i;
    writeFileSync(
      path.join(campDir, `${id}.md`),
      `---\ntitle: ${yaml(`Phong trào thi đua ${pick(TOPICS)} năm ${year}`)}\nkind: ${pick(['thuong-xuyen', 'chuyen-de', 'dot'])}\nlaunchedBy: ubnd-tinh\nlaunchedAt: ${year}-01-10\nperiod:\n  start: ${year}-01-01\n  end: ${year}-12-31\nfields: [${yaml(pick(FIELDS))}]\n---\n${para(4)}\n`,
    );
  });

  const docIds: string[] = [];
  let sampleNumber = '';
  for (let i = 0; i < size.documents; i++) {
    const [kind, label, abbr] = pick(KINDS);
    const [org, , , , code] = pick(ORGS);
    const year = 2015 + Math.floor(r() * 12);
    const id = `${kind}-${i + 1}`;
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const basis =
      docIds.length && r() < 0.6
        ? `basis:\n  - text: ${yaml('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')}\n  - text: ${yaml('Căn cứ văn bản số liên quan của Ủy ban nhân dân tỉnh;')}\n    document: ${pick(docIds.slice(-200))}\n`
        : '';
    const deadlines =
      r() < 0.5
        ? `deadlines:\n  - date: ${year}-${pad(Math.min(12, month + 1))}-${pad(day)}\n    task: ${yaml(`Gửi báo cáo kết quả về ${pick(ORGS)[1]}`)}\n    assignee: ${pick(ORGS)[0]}\n`
        : '';
    // One document in a thousand mentions a rare place, for the "rare word" measure.
    const rare = i % 1000 === 7 ? `\n\nĐoàn kiểm tra làm việc tại khu vực thác Đrây Sáp.\n` : '';
    writeFileSync(
      path.join(docDir, `${id}.md`),
      `---\ntitle: ${yaml(`${label} về việc ${pick(TOPICS)} năm ${year}`)}\nkind: ${kind}\nnumber: ${yaml(`${i + 1}/${abbr}-${code}`)}\nissuedAt: ${year}-${pad(month)}-${pad(day)}\nplace: Lâm Đồng\nissuer: ${org}\nsigner:\n  name: ${yaml(`${pick(NAMES)} ${pick(GIVEN)}`)}\n  title: Phó Chủ tịch\n  authority: KT. Chủ tịch\n${basis}campaigns: [${pick(campaigns)}]\nfields: [${yaml(pick(FIELDS))}]\n${deadlines}recipients:\n  - Như trên\n  - Lưu VT\n---\n## I. MỤC ĐÍCH, YÊU CẦU\n\n${para(3)}\n\n## II. NỘI DUNG\n\n### 1. Nhiệm vụ trọng tâm\n\n- ${para(1)}\n- ${para(1)}\n\n### 2. Tổ chức thực hiện\n\n${para(4)}\n${rare}`,
    );
    docIds.push(id);
    if (i === Math.floor(size.documents / 2)) sampleNumber = `${i + 1}/${abbr}-${code}`;
  }
  const exIds: string[] = [];
  const photos: string[] = [];
  const photoEvery = size.photoShare ? Math.max(1, Math.round(1 / size.photoShare)) : 0;
  for (let i = 0; i < size.exemplars; i++) {
    const id = `guong-${i + 1}`;
    const person = r() < 0.6;
    const name = person ? `${pick(NAMES)} ${pick(GIVEN)}` : `Tổ tự quản thôn ${i + 1}`;
    const year = 2018 + Math.floor(r() * 9);
    const photo = photoEvery && i % photoEvery === 0 ? `${id}.jpg` : '';
    if (photo) photos.push(`exemplars/${photo}`);
    writeFileSync(
      path.join(exDir, `${id}.md`),
      `---\nname: ${yaml(name)}\nkind: ${person ? 'ca-nhan' : 'tap-the'}\nsummary: ${yaml(pick(SENTENCES))}\nlocality:\n  province: Lâm Đồng\n  commune: ${yaml(pick(COMMUNES))}\nfields: [${yaml(pick(FIELDS))}]\ncampaigns: [${pick(campaigns)}]\nawards:\n  - title: Bằng khen của Chủ tịch UBND tỉnh\n    year: ${year}\n    decision: ${pick(docIds)}\n${photo ? `photo: ./${photo}\nphotoAlt: ${yaml(`Ảnh ${name}`)}\n` : ''}${person ? 'consent: true\n' : ''}publishedAt: ${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}\n---\n${para(5)}\n\n${para(4)}\n`,
    );
    exIds.push(id);
  }
  for (let i = 0; i < size.news; i++) {
    const year = 2018 + Math.floor(r() * 9);
    writeFileSync(
      path.join(newsDir, `tin-${i + 1}.md`),
      `---\ntitle: ${yaml(`Tin ${pick(['hoạt động', 'gương sáng', 'chỉ đạo'])}: ${pick(TOPICS)}`)}\nsummary: ${yaml(pick(SENTENCES))}\npublishedAt: ${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}\ncategory: ${pick(['hoat-dong', 'guong-sang', 'thong-bao', 'chi-dao'])}\ncampaigns: [${pick(campaigns)}]\ndocuments: [${pick(docIds)}]\n${exIds.length ? `exemplars: [${pick(exIds)}]\n` : ''}---\n${para(4)}\n\n${para(4)}\n`,
    );
  }
  return {
    entries: ORGS.length + campaigns.length + size.documents + size.exemplars + size.news,
    sampleNumber,
    photos,
  };
}
