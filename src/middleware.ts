/**
 * Runs on every page as it is rendered at build time: keeps in the page's CSP only the
 * hashes of its own inline styles and scripts (src/lib/csp-prune.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { pruneCspHashes } from './lib/csp-prune.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(pruneCspHashes(html), { status: response.status, headers: response.headers });
});
