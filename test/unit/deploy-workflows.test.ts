/**
 * The CI workflows that turn a commit into a deploy (.github/workflows/, .forgejo/workflows/;
 * docs/deploy.md, "How a commit becomes a deploy"), read as YAML: each checks the content
 * and builds the site as `npm run check` and `npm run build` do locally, keeps Astro's
 * cache between runs, installs with `npm install` (never `npm ci`), and uses actions that
 * exist at the versions named.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../scripts/lib/site-copy.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }>;
}

const WORKFLOWS = {
  githubDeploy: '.github/workflows/deploy.yml',
  githubCheck: '.github/workflows/check.yml',
  forgejoDeploy: '.forgejo/workflows/deploy.yml',
  forgejoCheck: '.forgejo/workflows/check.yml',
} as const;

const read = (file: string): { text: string; workflow: Workflow } => {
  const text = readFileSync(path.join(projectRoot, file), 'utf8');
  return { text, workflow: parse(text) as Workflow };
};
const stepsOf = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const runs = (w: Workflow) => stepsOf(w).flatMap((s) => (s.run ? [s.run] : []));
/** Index of the first step whose `run` executes `command` on a line of its own. */
const stepRunning = (w: Workflow, command: string) =>
  stepsOf(w).findIndex((s) => s.run?.split('\n').some((line) => line.trim() === command));

/** The actions and major versions the workflows may use: they exist, and are the official ones. */
const PINNED = new Set([
  'actions/checkout@v4',
  'actions/setup-node@v4',
  'actions/cache@v4',
  'actions/upload-pages-artifact@v3',
  'actions/deploy-pages@v4',
]);

describe.each(Object.entries(WORKFLOWS))('%s (%s)', (_, file) => {
  const { text, workflow } = read(file);

  it('checks the content, then builds, with Node from .nvmrc', () => {
    const check = stepRunning(workflow, 'npm run check');
    const build = stepRunning(workflow, 'npm run build');
    expect(check).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(check);
    const node = stepsOf(workflow).find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with).toEqual({ 'node-version-file': '.nvmrc' });
    const install = stepRunning(workflow, 'npm install --no-audit --no-fund');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(install).toBeLessThan(check);
  });

  it('never runs npm ci', () => {
    for (const run of runs(workflow)) expect(run).not.toMatch(/\bnpm\s+(ci|clean-install|install-clean)\b/);
    // Nor an action that would (setup-node's `cache:` only caches ~/.npm, but keep it simple).
    expect(text).not.toMatch(/^\s*-?\s*run:\s*npm ci\b/m);
  });

  it("keeps Astro's cache, by branch, restored before the build", () => {
    const steps = stepsOf(workflow);
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThanOrEqual(0);
    const { path: cached, key, 'restore-keys': restore } = steps[cache]!.with!;
    expect(cached).toBe('node_modules/.astro');
    expect(key).toMatch(
      /^astro-\$\{\{ github\.(ref_name|head_ref \|\| github\.ref_name) \}\}-\$\{\{ github\.run_id \}\}$/,
    );
    // Each run saves a new entry; the next run restores the newest of its branch.
    expect(restore!.split('\n')[0]).toBe(key!.replace('${{ github.run_id }}', ''));
    expect(cache).toBeLessThan(stepRunning(workflow, 'npm run build'));
    // After the install: npm must not find (or remove) it in a half-made node_modules.
    expect(cache).toBeGreaterThan(stepRunning(workflow, 'npm install --no-audit --no-fund'));
  });

  it('builds with the settings of the repository: the site address and the form editor backend', () => {
    const build = stepsOf(workflow)[stepRunning(workflow, 'npm run build')]!;
    expect(build.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    for (const name of ['CMS_BACKEND', 'CMS_REPO', 'CMS_BRANCH', 'CMS_API_ROOT', 'CMS_AUTH_URL', 'CMS_APP_ID']) {
      expect(build.env?.[name], name).toMatch(
        new RegExp(`^\\$\\{\\{ vars\\.${name}( \\|\\| github\\.repository)? \\}\\}$`),
      );
    }
  });

  it('uses only official actions at major versions that exist', () => {
    for (const step of stepsOf(workflow).filter((s) => s.uses)) expect(PINNED, step.uses).toContain(step.uses);
  });
});

describe('deploys', () => {
  it('on push to main, every day at 00:05 Vietnam time, and by hand', () => {
    for (const file of [WORKFLOWS.githubDeploy, WORKFLOWS.forgejoDeploy]) {
      const { on } = read(file).workflow;
      expect(on.push, file).toEqual({ branches: ['main'] });
      // 17:05 UTC is 00:05 in Vietnam (UTC+7 all year).
      expect(on.schedule, file).toEqual([{ cron: '5 17 * * *' }]);
      expect(on, file).toHaveProperty('workflow_dispatch');
    }
  });

  it('to GitHub Pages with the official actions, from dist/', () => {
    const { workflow } = read(WORKFLOWS.githubDeploy);
    const upload = stepsOf(workflow).find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with).toEqual({ path: 'dist' });
    const deploy = Object.values(workflow.jobs).find((j) =>
      j.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')),
    );
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('to the board nginx server with rsync over SSH, the key a secret and the host key pinned', () => {
    const { workflow } = read(WORKFLOWS.forgejoDeploy);
    const steps = stepsOf(workflow);
    const publish = steps.findIndex((s) => s.run?.includes('rsync '));
    expect(publish).toBeGreaterThan(stepRunning(workflow, 'npm run build'));
    const step = steps[publish]!;
    expect(step.env?.DEPLOY_SSH_KEY).toBe('${{ secrets.DEPLOY_SSH_KEY }}');
    expect(step.run).toMatch(/rsync [^\n]*--delete-after/);
    expect(step.run).toMatch(/\bdist\/ "\$DEPLOY_TARGET"/);
    expect(step.run).toContain('StrictHostKeyChecking=yes');
    expect(step.run).not.toMatch(/StrictHostKeyChecking=no/);
  });
});

describe('pull requests', () => {
  it('are checked and built, not deployed', () => {
    for (const file of [WORKFLOWS.githubCheck, WORKFLOWS.forgejoCheck]) {
      const { workflow, text } = read(file);
      expect(workflow.on, file).toHaveProperty('pull_request');
      expect(text, file).not.toMatch(/deploy-pages|upload-pages-artifact|rsync|secrets\./);
    }
  });
});
