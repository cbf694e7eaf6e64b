/**
 * HTML gate: every page passes html-validate (standard, accessibility and document
 * rules), has one <h1>, and its headings go in order (no jump from h2 to h4).
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { fileFor, htmlPages } from './site-files.ts';

export interface HtmlProblem {
  page: string;
  line: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
  rules: {
    // Astro writes `<meta charset="utf-8">` and boolean attributes its own way; both are valid HTML.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    // Long lines and whitespace are the compressor's business, not correctness.
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    // Subresource integrity matters for other origins; we load nothing from them.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});

function headingProblems(html: string): string[] {
  const $ = cheerio.load(html);
  const problems: string[] = [];
  const h1 = $('h1').length;
  if (h1 !== 1) problems.push(`trang có ${h1} thẻ <h1>, cần đúng 1`);
  let previous = 0;
  $('h1, h2, h3, h4, h5, h6').each((_, el) => {
    const level = Number(el.tagName.slice(1));
    if (previous && level > previous + 1)
      problems.push(`tiêu đề <h${level}> “${$(el).text().trim().slice(0, 40)}” đứng sau <h${previous}>, bỏ qua cấp`);
    previous = level;
  });
  return problems;
}

export async function validatePages(dist: string, pages = htmlPages(dist)): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const html = readFileSync(fileFor(dist, page)!, 'utf8');
    const report = await validator.validateString(html, page);
    for (const r of report.results) {
      for (const m of r.messages)
        if (m.severity === 2) problems.push({ page, line: m.line, rule: m.ruleId, message: m.message });
    }
    for (const message of headingProblems(html)) problems.push({ page, line: 0, rule: 'heading-order', message });
  }
  return problems;
}
