/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that component tests can import `.astro` files and the
// `astro:*` modules. Build tests run real `astro build`s of fixture copies: slow, so
// they get long timeouts and run one file at a time on two cores.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // The JSON report lets CI print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test/.tmp/vitest-report.json' },
  },
}, {
  // Said again here: the container does not pick it up from astro.config.mjs, and
  // component tests must see the whitespace the built pages have.
  compressHTML: true,
});
