/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that component tests can import `.astro` files and the
// `astro:*` modules. Two tiers, each a vitest project:
// - `unit`: unit, component and data tests; no build, seconds (`npm run test:unit`);
// - `build`: real `astro build`s of fixture copies and the built site in Chromium;
//   slow, so long timeouts and one file at a time on two cores (`npm run test:build`).
export default getViteConfig(
  {
    test: {
      environment: 'node',
      globalSetup: ['test/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 300_000,
      // The JSON report lets CI print a plain "N passed, N failed" closing line.
      reporters: ['default', 'json'],
      outputFile: { json: 'test/.tmp/vitest-report.json' },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['test/unit/**/*.test.ts', 'test/components/**/*.test.ts', 'test/data/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'build',
            include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/quality/**/*.test.ts'],
            fileParallelism: false,
          },
        },
      ],
    },
  },
  {
    // Said again here: the container does not pick it up from astro.config.mjs, and
    // component tests must see the whitespace the built pages have.
    compressHTML: true,
  },
);
