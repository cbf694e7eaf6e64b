// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import adminInDev from './src/integrations/admin-dev.ts';
import contentGuard, { pageDates } from './src/integrations/content-guard.ts';
import oldOutput from './src/integrations/old-output.ts';
import routes from './src/integrations/routes.ts';
import shareImages from './src/integrations/share-images.ts';
import { incrementalBuilds } from './src/lib/incremental.ts';

// The public address of the site, for canonical links and feeds: SITE_URL=https://… npm run build
const site = process.env.SITE_URL ?? 'https://thiduakhenthuong.lamdong.gov.vn';

export default defineConfig({
  site,
  // Tests and the benchmark build copies of the site side by side; each keeps its own
  // cache, Vite's dependency cache included (the copies share one node_modules).
  ...(process.env.ASTRO_CACHE_DIR
    ? { cacheDir: process.env.ASTRO_CACHE_DIR, vite: { cacheDir: `${process.env.ASTRO_CACHE_DIR}/vite` } }
    : {}),
  output: 'static',
  // Astro 7's default ('jsx') drops the line break between inline elements, gluing
  // Vietnamese words together ("Kế hoạchSố 02/KH-UBND"); lossless compression keeps
  // one space wherever the source had white space. See docs/adr/0001-compress-html.md.
  compressHTML: true,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The whole stylesheet is about 3 KB gzip: inline it, saving a render-blocking
    // round trip on slow mobile connections (hashed by the CSP like any inline style).
    inlineStylesheets: 'always',
    // Pages render two at a time, so that one page's file writes overlap the next
    // page's rendering.
    concurrency: 2,
  },
  experimental: {
    // INCREMENTAL_BUILD=1 npm run build: a rebuild renders again only the entry pages
    // whose data or code changed and copies the others from the previous build (kept in
    // the cache folder); each entry page's getStaticPaths returns a cacheKey
    // (src/data/page-keys.ts). Off by default: at 10,000 documents it saves 9 s of a
    // 94-second rebuild but raises a cold build's peak memory from 2.6 to 4.2 GB
    // (docs/adr/0008-incremental-builds.md).
    incrementalBuild: incrementalBuilds(),
  },
  integrations: [
    oldOutput(),
    contentGuard(),
    // Every page outside src/pages/, at the address the collection registry gives it.
    routes(),
    mdx(),
    // /sitemap-index.xml, pointed at by /robots.txt. Pages of entries carry the entry's
    // own date as lastmod; the 404 page is left out.
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      serialize(item) {
        const date = pageDates().get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    shareImages(),
    // `npm run dev` also serves the form editor at /admin/ (built by scripts/after-build.ts
    // for `npm run build`).
    adminInDev(),
  ],
  // Content-Security-Policy as a <meta> on every page, with hashes of Astro's own
  // scripts and styles; no 'unsafe-inline'. Pagefind needs WebAssembly and a worker.
  // The same policy minus the hashes is sent as a header by hosts that read
  // public/_headers (see docs/security-headers.md).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No code in our documents; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  image: {
    responsiveStyles: true,
    // AVIF at effort 2 instead of sharp's 4: on a sample photo at 320 and 640 px, 53 ms
    // instead of 289 ms per image, for files about 12 % larger (ADR 0007).
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
});
