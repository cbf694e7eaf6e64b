import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneCspHashes } from '../../src/lib/csp-prune.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const css = 'body{color:red}';
const js = 'console.log(1)';
const other = hash('.unused{}');
const page = (policy: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${css}</style>` +
  `<script type="module">${js}</script><script type="module" src="/a.js"></script>` +
  `<script type="application/ld+json">{"@type":"Thing"}</script></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('pruneCspHashes', () => {
  it("keeps only the hashes of the page's own inline styles and scripts", () => {
    const policy = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(js)} ${hash('x()')};style-src 'self' ${other} ${hash(css)}`;
    expect(policyOf(pruneCspHashes(page(policy)))).toBe(
      `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(js)};style-src 'self' ${hash(css)}`,
    );
  });

  it('never adds a hash Astro did not list', () => {
    const policy = `script-src 'self';style-src 'self' ${other}`;
    expect(policyOf(pruneCspHashes(page(policy)))).toBe(`script-src 'self';style-src 'self'`);
  });

  it('leaves a page without a policy as it was', () => {
    const html = '<html><head><style>a{}</style></head></html>';
    expect(pruneCspHashes(html)).toBe(html);
  });
});
