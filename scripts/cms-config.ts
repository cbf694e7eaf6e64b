/**
 * Prints the configuration of the form editor at /admin/ (Sveltia CMS) as YAML, built
 * from the schemas by `scripts/lib/cms-config.ts`, for the backend the build variables
 * choose (`CMS_BACKEND`, `CMS_REPO`, `CMS_BRANCH`, `CMS_API_ROOT`, `CMS_AUTH_URL`,
 * `CMS_APP_ID`: docs/deploy.md, "The form editor's backends"):
 *
 *   node scripts/cms-config.ts [--repo owner/name] [--branch main] > config.yml
 *   CMS_BACKEND=gitea CMS_REPO=ban-tdkt/cong CMS_API_ROOT=https://git.example/api/v1 \
 *     node scripts/cms-config.ts --csp
 *
 * `--repo` and `--branch` stand for `CMS_REPO` and `CMS_BRANCH`. `--csp` prints instead the
 * Content-Security-Policy header /admin/ needs with those settings (for an nginx
 * `location /admin/`, docs/security-headers.md). Exits 1 with a Vietnamese message naming
 * the variable when a setting is missing or wrong, or naming the field when a schema field
 * has no Vietnamese label or a zod construct the generator cannot read.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { adminCspHeader } from './lib/admin-csp.ts';
import { cmsBackendSettings, cmsConfig, type CmsEnv } from './lib/cms-config.ts';

const { values } = parseArgs({
  options: { repo: { type: 'string' }, branch: { type: 'string' }, csp: { type: 'boolean' } },
});
const env: CmsEnv = {
  ...process.env,
  ...(values.repo ? { CMS_REPO: values.repo } : {}),
  ...(values.branch ? { CMS_BRANCH: values.branch } : {}),
};

try {
  if (values.csp) {
    process.stdout.write(`${adminCspHeader(cmsBackendSettings(env))}\n`);
  } else {
    const config = cmsConfig(env);
    process.stdout.write(
      '# Sinh tự động từ src/schemas/ bởi scripts/cms-config.ts: đừng sửa tay, hãy sửa lược đồ hoặc\n' +
        '# scripts/lib/cms-labels.ts rồi sinh lại.\n' +
        stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }),
    );
    if (!env.CMS_REPO?.trim()) {
      process.stderr.write('cms-config: chưa có --repo (hoặc CMS_REPO); backend.repo để OWNER/REPO.\n');
    }
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
