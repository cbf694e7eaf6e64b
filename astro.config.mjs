// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentGuard from './src/integrations/content-guard.ts';

// The public address of the site, for canonical links and feeds: SITE_URL=https://… npm run build
const site = process.env.SITE_URL ?? 'https://thiduakhenthuong.lamdong.gov.vn';

export default defineConfig({
  site,
  // Tests and the benchmark build copies of the site side by side; each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
  image: {
    responsiveStyles: true,
  },
});
