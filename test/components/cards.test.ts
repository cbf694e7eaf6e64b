import { describe, expect, it } from 'vitest';
import CampaignCard from '../../src/components/campaigns/CampaignCard.astro';
import ExemplarCard from '../../src/components/exemplars/ExemplarCard.astro';
import NewsCard from '../../src/components/news/NewsCard.astro';
import Pagination from '../../src/components/common/Pagination.astro';
import { entry } from '../helpers/entries.ts';
import { renderToDOM, text } from '../helpers/render.ts';

const campaign = (period: { start: string; end?: string }) =>
  entry('campaigns', 'chung-tay-vi-nguoi-ngheo', {
    title: 'Phong trào “Lâm Đồng chung tay vì người nghèo”',
    theme: 'Không để ai bị bỏ lại phía sau',
    kind: 'chuyen-de',
    launchedBy: 'ubnd-tinh-lam-dong',
    launchedAt: '2021-03-01',
    period,
  });

describe('CampaignCard', () => {
  it('shows the status computed from the period and the build date', async () => {
    process.env.BUILD_DATE = '2026-11-20';
    const ended = await renderToDOM(CampaignCard, { campaign: campaign({ start: '2021-01-01', end: '2025-12-31' }) });
    expect(text(ended.$('.status').text())).toBe('Đã tổng kết');
    const running = await renderToDOM(CampaignCard, { campaign: campaign({ start: '2021-01-01' }) });
    expect(text(running.$('.status').text())).toBe('Đang triển khai');
    expect(text(running.$('.period').text())).toBe('Thời gian: từ 01/01/2021 (chưa định ngày kết thúc)');
    const upcoming = await renderToDOM(CampaignCard, {
      campaign: campaign({ start: '2027-01-01', end: '2027-06-30' }),
    });
    expect(text(upcoming.$('.status').text())).toBe('Sắp triển khai');
    expect(text(upcoming.$('.period').text())).toBe('Thời gian: từ 01/01/2027 đến 30/06/2027');
  });
  it('links the title and shows the theme and kind', async () => {
    const { $ } = await renderToDOM(CampaignCard, { campaign: campaign({ start: '2021-01-01' }) });
    expect($('h3 a').attr('href')).toBe('/phong-trao/chung-tay-vi-nguoi-ngheo/');
    expect(text($('.theme').text())).toBe('Chủ đề: “Không để ai bị bỏ lại phía sau”');
    expect(text($('.meta').text())).toContain('Thi đua theo chuyên đề');
  });
});

describe('ExemplarCard', () => {
  it('shows kind, locality from the most local place, name and deed', async () => {
    const exemplar = entry('exemplars', 'to-tu-quan-dak-mil', {
      name: 'Tổ tự quản an ninh trật tự thôn 3',
      kind: 'tap-the',
      summary: 'Mười năm liền giữ thôn không có tội phạm.',
      locality: { province: 'Lâm Đồng', commune: 'xã Đắk Mil' },
      publishedAt: '2026-05-01',
    });
    const { $ } = await renderToDOM(ExemplarCard, { exemplar });
    expect(text($('.meta').text())).toBe('Tập thể xã Đắk Mil, Lâm Đồng');
    expect($('h3 a').attr('href')).toBe('/guong-dien-hinh/to-tu-quan-dak-mil/');
    expect(text($('.summary').text())).toBe('Mười năm liền giữ thôn không có tội phạm.');
    // Without a photo, a decorative placeholder hidden from screen readers.
    expect($('.placeholder').attr('aria-hidden')).toBe('true');
  });
});

describe('NewsCard', () => {
  it('shows date, category, linked title and sa-pô', async () => {
    const article = entry('news', 'hoi-nghi-tong-ket', {
      title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
      summary: 'Sáng 15/01, tỉnh tổ chức hội nghị.',
      publishedAt: '2026-01-15',
      category: 'hoat-dong',
    });
    const { $ } = await renderToDOM(NewsCard, { article });
    expect(text($('.meta').text())).toBe('15/01/2026 Tin hoạt động');
    expect($('time').attr('datetime')).toBe('2026-01-15');
    expect($('h3 a').attr('href')).toBe('/tin-tuc/hoi-nghi-tong-ket/');
    const bare = await renderToDOM(NewsCard, { article, withSummary: false });
    expect(bare.$('.summary')).toHaveLength(0);
  });
});

describe('Pagination', () => {
  it('marks the current page and links the others, with previous and next', async () => {
    const { $ } = await renderToDOM(Pagination, {
      page: 2,
      pageHrefs: ['/tin-tuc/', '/tin-tuc/trang-2/', '/tin-tuc/trang-3/'],
    });
    expect(text($('[aria-current="page"]').text())).toBe('Trang 2');
    expect($('a[rel="prev"]').attr('href')).toBe('/tin-tuc/');
    expect($('a[rel="next"]').attr('href')).toBe('/tin-tuc/trang-3/');
  });
  it('renders nothing for a single page', async () => {
    const { html } = await renderToDOM(Pagination, { page: 1, pageHrefs: ['/tin-tuc/'] });
    expect(html.trim()).toBe('');
  });
});
