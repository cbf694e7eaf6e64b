/**
 * The form editor's configuration (`scripts/lib/cms-config.ts`) held to the schemas. The
 * schemas are walked here on their own, as the checker runs them (`schemas` of
 * `src/lib/check/schema-context.ts`) and through what they accept rather than through
 * their definitions: a field is required when it refuses `undefined`, a reference is what
 * parses to a `Ref`, an image what parses to an `ImagePath`, a pattern must let through
 * every value the schema keeps as written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { adminCspHeader } from '../../scripts/lib/admin-csp.ts';
import {
  CMS_VARIABLES,
  cmsBackend,
  cmsBackendSettings,
  cmsConfig,
  CmsSettingError,
  collectionFields,
  IMAGE_ACCEPT,
  LOCAL_API_ROOT,
  type CmsEnv,
  type CmsField,
  type CmsVariable,
} from '../../scripts/lib/cms-config.ts';
import { projectRoot } from '../../scripts/lib/site-copy.ts';
import { collectionNames, collections, type CollectionName } from '../../src/collections.ts';
import { IMAGE_EXT } from '../../src/lib/check/run.ts';
import { ImagePath, Ref, schemas } from '../../src/lib/check/schema-context.ts';
import { text, title } from '../../src/schemas/pieces.ts';
import * as vocabulary from '../../src/vocabulary/labels.ts';

/** Built on first use: a field without a label then fails each test with the generator's message. */
let built: ReturnType<typeof cmsConfig> | undefined;
const config = () => (built ??= cmsConfig());
const formOf = (c: CollectionName) => config().collections.find((x) => x.name === c)!;
const shapeOf = (c: CollectionName) => (schemas[c] as unknown as z.ZodObject).shape;

/** Down to the schema under `.optional()` and `.default()`. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

const refOf = (s: z.ZodType) => {
  const data = s.safeParse('ke-hoach-02').data;
  return data instanceof Ref ? data : undefined;
};
const isImage = (s: z.ZodType) => s.safeParse('./anh.jpg').data instanceof ImagePath;

/** A schema field and the form field of the same name (undefined when the form lacks it). */
interface Pair {
  path: string;
  declared: z.ZodType;
  core: z.ZodType;
  field: CmsField | undefined;
}

function pairs(object: z.ZodObject, fields: CmsField[], prefix = ''): Pair[] {
  return Object.entries(object.shape).flatMap(([name, declared]) => {
    const at = prefix ? `${prefix}.${name}` : name;
    const field = fields.find((f) => f.name === name);
    const core = unwrap(declared as z.ZodType);
    const own: Pair = { path: at, declared: declared as z.ZodType, core, field };
    const item = core instanceof z.ZodArray ? unwrap(core.element as z.ZodType) : core;
    const inner = field && item instanceof z.ZodObject ? pairs(item, (field.fields as CmsField[]) ?? [], at) : [];
    return [own, ...inner];
  });
}

/** Each single value the schema checks, with the input that edits it (a list of values: its item). */
function values(c: CollectionName): Array<{ path: string; schema: z.ZodType; input: CmsField; required: boolean }> {
  return pairs(schemas[c] as unknown as z.ZodObject, formOf(c).fields).flatMap(
    ({ path: at, declared, core, field }) => {
      if (!field || core instanceof z.ZodObject) return [];
      if (core instanceof z.ZodArray) {
        const item = unwrap(core.element as z.ZodType);
        if (item instanceof z.ZodObject || refOf(item)) return [];
        return [{ path: `${at}[]`, schema: item, input: field.field as CmsField, required: true }];
      }
      return [{ path: at, schema: core, input: field, required: !declared.safeParse(undefined).success }];
    },
  );
}

/** A `pattern` as Sveltia CMS reads it (src/lib/services/utils/regex.js): plain, or `/source/flags`. */
function sveltiaRegex(pattern: string): RegExp {
  const { source, flags } = /^\/?(?<source>.+?)(?:\/(?<flags>[dgimsuy]*))?$/.exec(pattern)!.groups!;
  return new RegExp(source!, flags);
}

/** Values an editor might type; each schema keeps some as written and refuses others. */
const SAMPLES = [
  'Kế hoạch thi đua',
  'a',
  '-',
  '…',
  '2022',
  '2022-02',
  '2022-02-07',
  '2022-02-30',
  '2022-13',
  '2022-2-7',
  '07/02/2022',
  '2025-01-10T08:00',
  '2025-01-10T24:00',
  '2025-01-10T08:00:00',
  'https://lamdong.gov.vn',
  'http://sonoivu.lamdong.gov.vn/gioi-thieu',
  'ftp://lamdong.gov.vn',
  'lamdong.gov.vn',
  './ke-hoach.pdf',
  './KE-HOACH.PDF',
  './bang-diem.xlsx',
  './ghi-chu.txt',
  './anh.jpg',
];
/** Refused by the schema for a reason no pattern states: a day that is not in the calendar. */
const BEYOND_A_PATTERN = ['2022-02-30'];

const GITEA_API = 'https://git.tdkt.example.gov.vn/api/v1';

/** `node scripts/cms-config.ts …` with exactly the given backend variables set. */
function cli(args: string[], vars: CmsEnv = {}) {
  const env = { ...process.env };
  for (const name of CMS_VARIABLES) delete env[name];
  return spawnSync(process.execPath, [path.join(projectRoot, 'scripts/cms-config.ts'), ...args], {
    encoding: 'utf8',
    env: { ...env, ...vars },
  });
}

describe('the form editor configuration', () => {
  it('has one collection per content collection, in its folder, format and Vietnamese name', () => {
    expect(config().collections.map((c) => c.name)).toEqual(collectionNames);
    for (const c of config().collections) {
      const entry = collections[c.name];
      expect(c.folder).toBe(`content/${entry.folder}`);
      expect(entry.formats).toContain(c.extension);
      expect(c.format).toBe(c.extension === 'md' ? 'yaml-frontmatter' : 'yaml');
      expect(c.create).toBe(true);
      expect(c.label).toBe(entry.title);
      expect(c.slug).toBe('{{slug}}');
      const identifier = c.fields.find((f) => f.name === c.identifier_field);
      expect(identifier, c.name).toMatchObject({ widget: 'string', required: true });
      if (c.extension === 'md') {
        expect(c.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
        expect(c).toMatchObject({ media_folder: '', public_folder: '.' });
      }
    }
    // Lowercase ASCII file names, as the checker wants: Sveltia keeps Unicode letters otherwise.
    expect(config().slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
    expect(config().output.omit_empty_optional_fields).toBe(true);
  });

  it('keeps a new entry held back: a draft, and a person without consent', () => {
    for (const c of config().collections) {
      expect(
        c.fields.find((f) => f.name === 'draft'),
        c.name,
      ).toMatchObject({ widget: 'boolean', default: true });
    }
    expect(formOf('exemplars').fields.find((f) => f.name === 'consent')).toMatchObject({ default: false });
  });

  it('words every collection, field, hint and option in Vietnamese', () => {
    const vietnamese = /[^\p{ASCII}]/u;
    const seen: string[] = [];
    const visit = (field: CmsField, at: string) => {
      seen.push(at);
      expect(field.label.trim(), at).not.toBe('');
      expect(field.label, at).not.toBe(field.name);
      expect(field.label, at).toMatch(vietnamese);
      if (field.hint !== undefined) expect(field.hint, at).toMatch(vietnamese);
      for (const o of (field.options as Array<{ label: string }> | undefined) ?? [])
        expect(o.label, at).toMatch(vietnamese);
      if (Array.isArray(field.pattern)) expect(field.pattern[1], at).toMatch(vietnamese);
      for (const f of (field.fields as CmsField[] | undefined) ?? []) visit(f, `${at}.${f.name}`);
      if (field.field) visit(field.field as CmsField, `${at}[]`);
    };
    for (const c of config().collections) {
      expect(c.label).toMatch(vietnamese);
      expect(c.description).toMatch(vietnamese);
      for (const f of c.fields) visit(f, `${c.name}.${f.name}`);
    }
    expect(seen.length).toBeGreaterThan(100);
  });

  it('prints the same configuration as YAML', () => {
    const r = cli(['--repo', 'ban-tdkt/cong']);
    expect(r.status, r.stderr).toBe(0);
    expect(parse(r.stdout)).toEqual(cmsConfig({ CMS_REPO: 'ban-tdkt/cong' }));
    const gitea = { CMS_BACKEND: 'gitea', CMS_REPO: 'ban-tdkt/cong', CMS_API_ROOT: GITEA_API };
    const g = cli(['--branch', 'bien-tap'], gitea);
    expect(g.status, g.stderr).toBe(0);
    expect(parse(g.stdout)).toEqual(cmsConfig({ ...gitea, CMS_BRANCH: 'bien-tap' }));
  });

  it('stops on a field without a Vietnamese label, a label left over, or a zod type it cannot read', () => {
    const withFax = z.strictObject({ name: title(), fax: text().optional() });
    expect(() => collectionFields('organizations', withFax, { name: 'Tên' })).toThrow(
      /organizations\.fax chưa có nhãn tiếng Việt/,
    );
    expect(() => collectionFields('organizations', withFax, { name: 'Tên', fax: 'Số fax', email: 'Thư' })).toThrow(
      /còn nhãn cho trường không có: organizations\.email/,
    );
    const withUnion = z.strictObject({ name: title(), code: z.union([z.string(), z.number()]) });
    expect(() => collectionFields('organizations', withUnion, { name: 'Tên', code: 'Mã' })).toThrow(
      /organizations\.code: .*"union"/,
    );
  });
});

describe('the backend the build variables choose', () => {
  const COMMITS = cmsConfig().backend.commit_messages;
  const backendOf = (env: CmsEnv) => cmsBackend(cmsBackendSettings(env));

  it('edits a local folder by default, with a root GitHub never answers and token sign-in only', () => {
    expect(backendOf({})).toEqual({
      backend: {
        name: 'github',
        repo: 'OWNER/REPO',
        branch: 'main',
        api_root: LOCAL_API_ROOT,
        auth_methods: ['token'],
        commit_messages: COMMITS,
      },
      publish_mode: 'simple',
    });
    // Not GitHub's default root, or Sveltia would poll www.githubstatus.com.
    expect(LOCAL_API_ROOT).not.toBe('https://api.github.com');
    expect(
      backendOf({ CMS_BACKEND: 'local', CMS_REPO: 'ban-tdkt/cong', CMS_BRANCH: 'bien-tap' }).backend,
    ).toMatchObject({
      repo: 'ban-tdkt/cong',
      branch: 'bien-tap',
      api_root: LOCAL_API_ROOT,
    });
    // A variable left empty (a blank CI variable) is unset.
    const blank = Object.fromEntries(CMS_VARIABLES.map((name) => [name, ' ']));
    expect(backendOf(blank)).toEqual(backendOf({}));
    expect(Object.keys(COMMITS)).toEqual(['create', 'update', 'delete', 'uploadMedia', 'deleteMedia']);
  });

  it('uses github.com with the editorial workflow: a token, or OAuth through CMS_AUTH_URL', () => {
    expect(backendOf({ CMS_BACKEND: 'github', CMS_REPO: 'ban-tdkt/cong' })).toEqual({
      backend: {
        name: 'github',
        repo: 'ban-tdkt/cong',
        branch: 'main',
        auth_methods: ['token'],
        commit_messages: COMMITS,
      },
      publish_mode: 'editorial_workflow',
    });
    const oauth = { CMS_BACKEND: 'github', CMS_REPO: 'ban-tdkt/cong', CMS_AUTH_URL: 'https://auth.example.vn/' };
    expect(backendOf(oauth)).toEqual({
      // GitHub's own API root (no api_root): status polling and all; OAuth and token both offered.
      backend: {
        name: 'github',
        repo: 'ban-tdkt/cong',
        branch: 'main',
        base_url: 'https://auth.example.vn',
        commit_messages: COMMITS,
      },
      publish_mode: 'editorial_workflow',
    });
  });

  it('uses a Gitea/Forgejo server in simple mode: a token, or OAuth with CMS_APP_ID on the server itself', () => {
    const gitea = { CMS_BACKEND: 'gitea', CMS_REPO: 'ban-tdkt/cong', CMS_API_ROOT: `${GITEA_API}/` };
    expect(backendOf({ ...gitea, CMS_BRANCH: 'bien-tap' })).toEqual({
      backend: {
        name: 'gitea',
        repo: 'ban-tdkt/cong',
        branch: 'bien-tap',
        api_root: GITEA_API,
        auth_methods: ['token'],
        commit_messages: COMMITS,
      },
      // Sveltia 0.221 has no editorial workflow for Gitea.
      publish_mode: 'simple',
    });
    const appId = '9c5b7a4e-3f0d-4b8e-a1c2-0d5e6f7a8b9c';
    expect(backendOf({ ...gitea, CMS_APP_ID: appId })).toEqual({
      backend: {
        name: 'gitea',
        repo: 'ban-tdkt/cong',
        branch: 'main',
        api_root: GITEA_API,
        app_id: appId,
        // Sveltia's default is gitea.com: the sign-in pages are the server's own.
        base_url: 'https://git.tdkt.example.gov.vn',
        commit_messages: COMMITS,
      },
      publish_mode: 'simple',
    });
    // A server under a path keeps it.
    expect(
      backendOf({ ...gitea, CMS_API_ROOT: 'https://tinh.example.gov.vn/git/api/v1', CMS_APP_ID: appId }).backend,
    ).toMatchObject({
      api_root: 'https://tinh.example.gov.vn/git/api/v1',
      base_url: 'https://tinh.example.gov.vn/git',
    });
  });

  it("is valid for Sveltia CMS's own JSON schema, in every mode", () => {
    const schema = JSON.parse(
      readFileSync(path.join(projectRoot, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false, validateFormats: false, logger: false }).compile(schema);
    for (const env of [
      {},
      { CMS_BACKEND: 'github', CMS_REPO: 'ban-tdkt/cong' },
      { CMS_BACKEND: 'github', CMS_REPO: 'ban-tdkt/cong', CMS_AUTH_URL: 'https://auth.example.vn' },
      { CMS_BACKEND: 'gitea', CMS_REPO: 'ban-tdkt/cong', CMS_API_ROOT: GITEA_API, CMS_APP_ID: 'abc' },
    ]) {
      const config = { ...cmsConfig(env), load_config_file: false };
      expect(validate(config), `${JSON.stringify(env)}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      // The schema does catch a wrong backend option.
      expect(validate({ ...config, backend: { ...config.backend, apiRoot: GITEA_API } })).toBe(false);
    }
  });

  const refused: Array<[string, CmsEnv, CmsVariable, RegExp]> = [
    ['an unknown backend', { CMS_BACKEND: 'gitlab' }, 'CMS_BACKEND', /"gitlab" không dùng được: chọn local/],
    ['a backend in capitals', { CMS_BACKEND: 'GitHub', CMS_REPO: 'a/b' }, 'CMS_BACKEND', /không dùng được/],
    ['github without a repository', { CMS_BACKEND: 'github' }, 'CMS_REPO', /CMS_BACKEND=github cần CMS_REPO/],
    ['gitea without a repository', { CMS_BACKEND: 'gitea', CMS_API_ROOT: GITEA_API }, 'CMS_REPO', /gitea cần CMS_REPO/],
    ['a repository without owner', { CMS_REPO: 'cong' }, 'CMS_REPO', /"cong" không đúng dạng chủ-sở-hữu\/tên-kho/],
    ['a repository URL', { CMS_REPO: 'https://github.com/a/b' }, 'CMS_REPO', /không đúng dạng/],
    ['a repository path too deep', { CMS_REPO: 'a/b/c' }, 'CMS_REPO', /không đúng dạng/],
    ['a branch with a space', { CMS_BRANCH: 'bien tap' }, 'CMS_BRANCH', /"bien tap" không phải tên nhánh/],
    ['a branch with ..', { CMS_BRANCH: 'a..b' }, 'CMS_BRANCH', /tên nhánh/],
    ['a branch like an option', { CMS_BRANCH: '-f' }, 'CMS_BRANCH', /tên nhánh/],
    ['a branch ending in .lock', { CMS_BRANCH: 'main.lock' }, 'CMS_BRANCH', /tên nhánh/],
    [
      'gitea without its API',
      { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b' },
      'CMS_API_ROOT',
      /CMS_BACKEND=gitea cần CMS_API_ROOT: .*https:\/\/git\.tdkt\.example\.gov\.vn\/api\/v1/,
    ],
    [
      'a Gitea root without /api/v1',
      { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: 'https://git.tdkt.example.gov.vn' },
      'CMS_API_ROOT',
      /kết thúc bằng \/api\/v1/,
    ],
    [
      'a Gitea API over plain http',
      { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: 'http://git.tdkt.example.gov.vn/api/v1' },
      'CMS_API_ROOT',
      /phải bắt đầu bằng https:\/\//,
    ],
    [
      'a Gitea API that is not an address',
      { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: 'git.tdkt.example.gov.vn/api/v1' },
      'CMS_API_ROOT',
      /không phải một địa chỉ web đầy đủ/,
    ],
    [
      'a Gitea API with a query',
      { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: `${GITEA_API}?token=x` },
      'CMS_API_ROOT',
      /bỏ phần \?…/,
    ],
    [
      'an OAuth application id with spaces',
      { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: GITEA_API, CMS_APP_ID: 'ma ung dung' },
      'CMS_APP_ID',
      /Client ID/,
    ],
    [
      'an authenticator over plain http',
      { CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_AUTH_URL: 'http://auth.example.vn' },
      'CMS_AUTH_URL',
      /https:\/\//,
    ],
    [
      'a Gitea API root with the default (local) backend',
      { CMS_API_ROOT: GITEA_API },
      'CMS_API_ROOT',
      /CMS_API_ROOT chỉ dùng khi CMS_BACKEND=gitea, nhưng CMS_BACKEND đang là local \(mặc định, vì chưa đặt\)/,
    ],
    [
      'an authenticator with gitea',
      { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: GITEA_API, CMS_AUTH_URL: 'https://auth.example.vn' },
      'CMS_AUTH_URL',
      /CMS_AUTH_URL chỉ dùng khi CMS_BACKEND=github, nhưng CMS_BACKEND đang là gitea:/,
    ],
    [
      'an OAuth application id with github',
      { CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_APP_ID: 'abc' },
      'CMS_APP_ID',
      /CMS_APP_ID chỉ dùng khi CMS_BACKEND=gitea/,
    ],
  ];

  it.each(refused)('refuses %s, naming the variable', (_, env, variable, message) => {
    let error: unknown;
    try {
      cmsBackendSettings(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CmsSettingError);
    expect((error as CmsSettingError).variable).toBe(variable);
    expect((error as CmsSettingError).message).toContain(variable);
    expect((error as CmsSettingError).message).toMatch(message);
    // The whole configuration refuses it the same way.
    expect(() => cmsConfig(env)).toThrow(message);
  });

  it('stops the command with the message and status 1, printing no configuration', () => {
    const r = cli([], { CMS_BACKEND: 'gitea', CMS_REPO: 'ban-tdkt/cong' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^CMS_BACKEND=gitea cần CMS_API_ROOT/);
  });

  it("prints the /admin/ policy header for the backend's settings (--csp)", () => {
    const github = { CMS_BACKEND: 'github', CMS_REPO: 'ban-tdkt/cong' };
    const r = cli(['--csp'], github);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${adminCspHeader(cmsBackendSettings(github))}\n`);
    expect(r.stdout).toContain("connect-src 'self' blob: data: https://api.github.com;");
  });

  it('documents every variable in docs/deploy.md and in scripts/build-admin.ts', () => {
    const docs = readFileSync(path.join(projectRoot, 'docs/deploy.md'), 'utf8');
    const script = readFileSync(path.join(projectRoot, 'scripts/build-admin.ts'), 'utf8');
    for (const name of CMS_VARIABLES) {
      // A row of the table that starts with the variable, in each.
      expect(new RegExp(`^\\| \`${name}\`\\s+\\|`, 'm').test(docs), `${name} in docs/deploy.md`).toBe(true);
      expect(new RegExp(`^ \\* \\| \`${name}\`\\s+\\|`, 'm').test(script), `${name} in build-admin.ts`).toBe(true);
    }
  });
});

describe.each(collectionNames)('%s', (c) => {
  it('has a form field for every schema field, in the schema order, and nothing else', () => {
    const compare = (object: z.ZodObject, fields: CmsField[], at: string, body: boolean) => {
      expect(
        fields.map((f) => f.name),
        at,
      ).toEqual([...Object.keys(object.shape), ...(body ? ['body'] : [])]);
      for (const [name, declared] of Object.entries(object.shape)) {
        const core = unwrap(declared as z.ZodType);
        const item = core instanceof z.ZodArray ? unwrap(core.element as z.ZodType) : core;
        const field = fields.find((f) => f.name === name)!;
        if (item instanceof z.ZodObject) compare(item, field.fields as CmsField[], `${at}.${name}`, false);
      }
    };
    compare(schemas[c] as unknown as z.ZodObject, formOf(c).fields, c, collections[c].formats[0] === 'md');
  });

  it('requires exactly what the schema requires', () => {
    for (const { path: at, declared, field } of pairs(schemas[c] as unknown as z.ZodObject, formOf(c).fields)) {
      expect(field?.required, `${c}.${at}`).toBe(!declared.safeParse(undefined).success);
      const core = unwrap(declared);
      if (core instanceof z.ZodArray) {
        expect(field?.min !== undefined && Number(field.min) > 0, `${c}.${at}: min`).toBe(!core.safeParse([]).success);
      }
    }
  });

  it('offers the enum values as options, with the labels of src/vocabulary/labels.ts', () => {
    const maps = Object.values(vocabulary).filter(
      (v): v is Record<string, string> => typeof v === 'object' && !Array.isArray(v),
    );
    for (const { path: at, schema, input } of values(c)) {
      if (!(schema instanceof z.ZodEnum)) {
        expect(input.widget, `${c}.${at}`).not.toBe('select');
        continue;
      }
      const options = schema.options as string[];
      const labels = maps.find((m) => Object.keys(m).sort().join() === [...options].sort().join())!;
      expect(labels, `${c}.${at}: no label map`).toBeDefined();
      expect(input.widget, `${c}.${at}`).toBe('select');
      expect(input.options, `${c}.${at}`).toEqual(options.map((value) => ({ label: labels[value], value })));
    }
  });

  it('links references to the right collection, stored by slug', () => {
    let count = 0;
    for (const { path: at, core, field } of pairs(schemas[c] as unknown as z.ZodObject, formOf(c).fields)) {
      const many = core instanceof z.ZodArray;
      const ref = refOf(many ? unwrap(core.element as z.ZodType) : core);
      if (!ref) {
        expect(field?.widget, `${c}.${at}`).not.toBe('relation');
        continue;
      }
      count++;
      expect(field, `${c}.${at}`).toMatchObject({
        widget: 'relation',
        collection: ref.collection,
        value_field: '{{slug}}',
      });
      expect(Boolean(field?.multiple), `${c}.${at}: multiple`).toBe(many);
      const targetFields = Object.keys(shapeOf(ref.collection));
      for (const f of [...(field?.display_fields as string[]), ...(field?.search_fields as string[])]) {
        expect(targetFields, `${c}.${at} shows ${f}`).toContain(f);
      }
    }
    expect(count, 'every collection refers to another').toBeGreaterThan(0);
  });

  it('checks text as the schema does: lengths, dates and other patterns', () => {
    for (const { path: at, schema, input, required } of values(c)) {
      const where = `${c}.${at}`;
      if (!['string', 'text', 'file'].includes(input.widget)) continue;
      const kept = SAMPLES.filter((s) => schema.safeParse(s).data === s);
      const refused = SAMPLES.filter((s) => !schema.safeParse(s).success);
      if (input.pattern === undefined) {
        // Without a pattern, the schema refuses no ordinary text.
        expect(refused, where).toEqual([]);
      } else {
        const [pattern, message] = input.pattern as [string, string];
        const regex = sveltiaRegex(pattern);
        expect(message, where).toBeTruthy();
        for (const s of kept) expect(regex.test(s), `${where}: the form refuses ${s}`).toBe(true);
        for (const s of refused.filter((r) => !BEYOND_A_PATTERN.includes(r))) {
          expect(regex.test(s), `${where}: the form lets ${s} through`).toBe(false);
        }
        // Sveltia tests the pattern on an empty optional field too.
        expect(regex.test(''), `${where}: empty`).toBe(!required);
      }
      if (input.maxlength !== undefined) {
        const max = Number(input.maxlength);
        expect(schema.safeParse('a'.repeat(max)).success, where).toBe(true);
        expect(schema.safeParse('a'.repeat(max + 1)).success, where).toBe(false);
      } else if (input.widget !== 'file') {
        expect(schema.safeParse('a'.repeat(10_000)).success || refused.includes('a'), where).toBe(true);
      }
      // Partial dates in particular: the three precisions are written as they are.
      if (refused.includes('Kế hoạch thi đua') && kept.includes('2022')) {
        for (const d of ['2022', '2022-02', '2022-02-07']) expect(kept, where).toContain(d);
        expect(input.pattern, where).toBeDefined();
      }
    }
  });

  it('takes full dates from a calendar, numbers and booleans as the schema bounds them', () => {
    for (const { path: at, schema, input } of values(c)) {
      const where = `${c}.${at}`;
      if (input.widget === 'datetime') {
        expect(input, where).toMatchObject({ type: 'date', format: 'YYYY-MM-DD' });
        expect(schema.safeParse('2025-01-10').data, where).toBe('2025-01-10');
        expect(schema.safeParse('2025-01').success, where).toBe(false);
      } else {
        // Only a full date (not a partial date, not a date-time) takes the calendar.
        const fullDate =
          schema.safeParse('2025-01-10').data === '2025-01-10' &&
          !schema.safeParse('2025').success &&
          schema.safeParse('2025-01-10T08:00').data !== '2025-01-10T08:00';
        expect(fullDate, where).toBe(false);
      }
      expect(input.widget === 'boolean', where).toBe(schema instanceof z.ZodBoolean);
      expect(input.widget === 'number', where).toBe(schema instanceof z.ZodNumber);
      if (schema instanceof z.ZodNumber) {
        const [min, max] = [Number(input.min), Number(input.max)];
        expect([schema.safeParse(min).success, schema.safeParse(min - 1).success], where).toEqual([true, false]);
        expect([schema.safeParse(max).success, schema.safeParse(max + 1).success], where).toEqual([true, false]);
        expect(input.value_type === 'int', where).toBe(!schema.safeParse(min + 0.5).success);
      }
    }
  });

  it('stores images and attachments next to the entry, of the types the checker takes', () => {
    for (const { path: at, schema, input } of values(c)) {
      const where = `${c}.${at}`;
      expect(input.widget === 'image', where).toBe(isImage(schema));
      if (input.widget === 'image') {
        expect(input.accept, where).toBe(IMAGE_ACCEPT.join(','));
        expect(input.choose_url, where).toBe(false);
      }
      if (input.widget === 'file') {
        const accepted = String(input.accept).split(',');
        for (const ext of accepted) expect(schema.safeParse(`./tep${ext}`).success, `${where} ${ext}`).toBe(true);
        expect(schema.safeParse('./tep.txt').success, where).toBe(false);
        expect(input.choose_url, where).toBe(false);
      }
    }
    for (const ext of IMAGE_ACCEPT) expect(IMAGE_EXT.test(`anh${ext}`), ext).toBe(true);
    for (const ext of ['.svg', '.svgz', '.heic', '.bmp']) expect(IMAGE_ACCEPT).not.toContain(ext);
  });
});
