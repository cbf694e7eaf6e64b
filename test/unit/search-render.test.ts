/**
 * One search result as HTML: a document's validity shows as a badge after its number
 * and date, its label escaped and its state only ever a plain class name.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { renderHit } from '../../src/components/search/render.ts';
import type { Hit } from '../../src/components/search/engine.ts';

const hit: Hit = {
  url: '/van-ban/quy-che-2024/',
  title: 'Quy chế công tác thi đua, khen thưởng',
  type: 'Văn bản',
  date: '10/01/2024',
  number: '05/QĐ-UBND',
  excerpt: 'quy chế <mark>thi đua</mark>',
};

describe('a search result', () => {
  it('shows the validity badge last on the line of type, number and date', () => {
    const $ = cheerio.load(renderHit({ ...hit, validity: { label: 'Hết hiệu lực toàn bộ', state: 'het-hieu-luc' } }));
    const parts = $('.meta > span')
      .map((_, el) => $(el).text())
      .get();
    expect(parts).toEqual(['Văn bản', 'Số 05/QĐ-UBND', '10/01/2024', 'Hết hiệu lực toàn bộ']);
    expect($('.meta .validity').attr('class')).toBe('validity het-hieu-luc');
  });

  it('has no badge for a result without validity', () => {
    expect(cheerio.load(renderHit(hit))('.validity')).toHaveLength(0);
  });

  it('escapes the label and drops a state that is not a plain slug', () => {
    const $ = cheerio.load(
      renderHit({ ...hit, validity: { label: '<b>x</b>', state: 'a" onmouseover="alert(1)' } }, true),
    );
    expect($('.validity').text()).toBe('<b>x</b>');
    expect($('.validity').attr('class')).toBe('validity');
    expect($('[onmouseover]')).toHaveLength(0);
  });
});
