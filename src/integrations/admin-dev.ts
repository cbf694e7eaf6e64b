import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `npm run dev` serves the form editor at `/admin/` beside the site, so an editor with a
 * clone needs one command: the site at http://localhost:4321/, the editor at
 * http://localhost:4321/admin/ ("Làm việc với kho mã nguồn cục bộ" only shows on localhost).
 *
 * The editor is not an Astro page (Astro's CSP hashes would disable the inline styles Svelte
 * needs, docs/notes/sveltia-cms.md): it is built once by `scripts/build-admin.ts` into the
 * cache folder on the first request to `/admin/` (a few seconds; the site itself starts
 * without waiting) and served from there with its own policy as a header, as a host would.
 * A change to the schemas shows in the form after restarting `npm run dev`. The build
 * scripts are imported only then: `astro build` never loads them (and copies of the site
 * made by the tests have no `scripts/`).
 */
export default function adminInDev(): AstroIntegration {
  let cacheDir = '';
  let dev = false;
  return {
    name: 'thidua:admin-dev',
    hooks: {
      // `astro build` starts a Vite server of its own too (content sync): only `astro dev` serves the editor.
      'astro:config:setup': ({ command }) => {
        dev = command === 'dev';
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': async ({ server, logger }) => {
        if (!dev) return;
        const [{ buildAdmin }, { adminCspHeader }, { cmsBackendSettings }, { contentType }] = await Promise.all([
          import('../../scripts/build-admin.ts'),
          import('../../scripts/lib/admin-csp.ts'),
          import('../../scripts/lib/cms-config.ts'),
          import('../../scripts/lib/static-server.ts'),
        ]);
        const out = path.join(cacheDir, 'admin-dev');
        let built: Promise<void> | undefined;
        const build = () =>
          (built ??= (async () => {
            const started = performance.now();
            logger.info('Đang dựng trình biên tập /admin/ (chỉ lần đầu)…');
            await buildAdmin(out);
            logger.info(
              `Trình biên tập /admin/ sẵn sàng sau ${((performance.now() - started) / 1000).toFixed(1)} giây.`,
            );
          })().catch((error: unknown) => {
            built = undefined;
            throw error;
          }));
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (url.pathname === '/admin') {
            res.writeHead(301, { location: '/admin/' }).end();
            return;
          }
          if (!url.pathname.startsWith('/admin/')) return next();
          build().then(
            () => {
              const root = path.join(out, 'admin');
              const relative = decodeURIComponent(url.pathname.slice('/admin/'.length)) || 'index.html';
              const file = path.resolve(root, relative);
              // Nothing outside the editor's own folder, whatever the address says.
              if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
                res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không có tệp này.');
                return;
              }
              res.writeHead(200, {
                'content-type': contentType(file),
                'content-security-policy': adminCspHeader(cmsBackendSettings(process.env)),
                'cache-control': 'no-cache',
              });
              res.end(readFileSync(file));
            },
            (error: unknown) => {
              const message = error instanceof Error ? error.message : String(error);
              logger.error(`Không dựng được trình biên tập /admin/: ${message}`);
              res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
              res.end(`Không dựng được trình biên tập /admin/: ${message}`);
            },
          );
        });
      },
    },
  };
}
