/**
 * Prints the configuration of the form editor at /admin/ (Sveltia CMS) as YAML, built
 * from the schemas by `scripts/lib/cms-config.ts`:
 *
 *   node scripts/cms-config.ts [--repo owner/name] [--branch main] > dist/admin/config.yml
 *
 * The repository defaults to `CMS_REPO` (and the branch to `CMS_BRANCH`); editing a local
 * folder in Chrome or Edge does not use it. Exits 1, naming the field, when a schema field
 * has no Vietnamese label or a zod construct the generator cannot read.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { cmsConfig } from './lib/cms-config.ts';

const { values } = parseArgs({ options: { repo: { type: 'string' }, branch: { type: 'string' } } });
const repo = values.repo ?? process.env.CMS_REPO;
const branch = values.branch ?? process.env.CMS_BRANCH;

try {
  const config = cmsConfig({ ...(repo ? { repo } : {}), ...(branch ? { branch } : {}) });
  process.stdout.write(
    '# Sinh tự động từ src/schemas/ bởi scripts/cms-config.ts: đừng sửa tay, hãy sửa lược đồ hoặc\n' +
      '# scripts/lib/cms-labels.ts rồi sinh lại.\n' +
      stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }),
  );
  if (!repo) process.stderr.write('cms-config: chưa có --repo (hoặc CMS_REPO); backend.repo để OWNER/REPO.\n');
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
