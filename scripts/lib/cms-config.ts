/**
 * The configuration of the form editor at /admin/ (Sveltia CMS, Decap-compatible
 * format), built from the content contract itself: the zod schemas of `src/schemas/`,
 * the registry `src/collections.ts`, the enum labels of `src/vocabulary/labels.ts` and
 * the Vietnamese words of `./cms-labels.ts`. Nothing about a field is written twice: a
 * field added to a schema appears in the form (or the build of the form stops, naming
 * it, until it has its Vietnamese label), and `test/unit/cms-config.test.ts` walks the
 * schemas again on its own to hold every form field to its schema.
 *
 * How the schemas are read. They are functions of a schema context (ADR 0005, and
 * `src/lib/check/schema-context.ts` for the checker's): here the context hands out
 * marker schemas for `image()` and `reference(collection)`, recognised by identity, so
 * images and references need no guessing. The rest is read from the zod 4 definitions
 * (`_zod.def`): object, optional, default, array (its `min`), enum, boolean, number
 * (integer, bounds), string (maximum length, regex, URL with its protocols), pipe and
 * transform. The three date pieces (`isoDate`, `partialDate`, `dateTime` of
 * `src/schemas/dates.ts`) are all `unknown` piped into a transform; they are told apart
 * by what they accept ("2022" is only a partial date, "2025-01-10T08:00" keeps its time
 * only as a date-time). Any other construct (union, record, nullable, literal…) stops
 * the build with the field's path, so a schema change cannot silently lose a field.
 *
 * What the form cannot hold, `npm run check` still does: the pairs (`cover` needs
 * `coverAlt`), one number per issuer, campaign end after start, consent for persons,
 * references to held-back entries, real calendar days (`2026-02-30`).
 *
 * Where the form saves is one build-time setting, `CMS_BACKEND` (`local`, `github` or
 * `gitea`), with `CMS_REPO`, `CMS_BRANCH`, `CMS_API_ROOT`, `CMS_AUTH_URL`, `CMS_APP_ID`
 * (docs/deploy.md, "The form editor's backends"): `cmsBackendSettings()` reads and checks
 * them, refusing with a Vietnamese message that names the variable, and `cmsBackend()`
 * turns them into Sveltia's `backend` and `publish_mode`. The page's security policy
 * follows the same settings (`./admin-csp.ts`).
 */
import type { GiteaBackend, GitHubBackend } from '@sveltia/cms';
import { z } from 'astro/zod';
import { collectionNames, collections, type CollectionName } from '../../src/collections.ts';
import { collectionSchemas, type SchemaContext } from '../../src/schemas/index.ts';
import { MAX_LENGTH } from '../../src/schemas/pieces.ts';
import { board } from '../../src/site.ts';
import { collectionHints, enumLabelMaps, fieldTexts, type FieldText } from './cms-labels.ts';

/** One field of the form, as Sveltia CMS reads it (`name`, `label`, `widget`, options). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** A folder collection of the form: one per content collection. */
interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: 'yaml' | 'yaml-frontmatter';
  create: true;
  identifier_field: string;
  slug: string;
  preview_path: string;
  media_folder?: string;
  public_folder?: string;
  view_filters: Array<{ label: string; field: string; pattern: boolean }>;
  fields: CmsField[];
}

export interface CmsConfig {
  backend: CmsBackend;
  publish_mode: 'simple' | 'editorial_workflow';
  app_title: string;
  media_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; maxlength: number };
  media_libraries: { default: { config: { slugify_filename: true } } };
  output: { omit_empty_optional_fields: true };
  collections: CmsCollection[];
}

// ── Reading the schemas ────────────────────────────────────────────────────────────────

/** The parts of a zod 4 definition this generator reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  checks?: ReadonlyArray<{ _zod: { def: CheckDef } }>;
  defaultValue?: unknown;
  format?: string;
  protocol?: RegExp;
  error?: (issue: unknown) => unknown;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType): CheckDef[] => (defOf(schema).checks ?? []).map((c) => c._zod.def);

/** The message a schema or check was given (`{ error: '…' }`), if any. */
function messageOf(error: Def['error']): string | undefined {
  let out: unknown;
  try {
    out = error?.({});
  } catch {
    return undefined;
  }
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && 'message' in out && typeof out.message === 'string') return out.message;
  return undefined;
}

/** The first message the schema gives for a value it refuses. */
function refusal(schema: z.ZodType, value: unknown): string | undefined {
  return schema.safeParse(value).error?.issues[0]?.message;
}

// The schema context of the form: markers, recognised by identity while walking.
const imageMarkers = new WeakSet<z.ZodType>();
const referenceMarkers = new WeakMap<z.ZodType, CollectionName>();
const formContext: SchemaContext = {
  image: () => {
    const marker = z.string();
    imageMarkers.add(marker);
    return marker;
  },
  reference: (collection) => {
    const marker = z.string();
    referenceMarkers.set(marker, collection);
    return marker as unknown as ReturnType<SchemaContext['reference']>;
  },
};

/** Each collection's schema as the form reads it. */
function formSchema(collection: CollectionName): z.ZodType {
  return collectionSchemas[collection](formContext) as z.ZodType;
}

/** A field without its optional/default wrappers: it is required only when there were none. */
function peel(schema: z.ZodType): { core: z.ZodType; required: boolean; defaultValue?: unknown } {
  let core = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(core);
    if (def.type === 'optional' && def.innerType) {
      required = false;
      core = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      required = false;
      defaultValue ??= def.defaultValue;
      core = def.innerType;
    } else {
      return defaultValue === undefined ? { core, required } : { core, required, defaultValue };
    }
  }
}

/** The object inside a schema (a collection's schema carries refinements but stays an object). */
function shapeOf(schema: z.ZodType, where: string): Record<string, z.ZodType> {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) throw unsupported(where, def.type);
  return def.shape;
}

function unsupported(where: string, what: string): Error {
  return new Error(
    `cms-config: ${where}: không biết dựng ô nhập cho kiểu zod "${what}". ` +
      `Thêm cách đọc kiểu này vào scripts/lib/cms-config.ts (biểu mẫu không được thiếu trường nào).`,
  );
}

// ── Patterns ───────────────────────────────────────────────────────────────────────────

/**
 * Dates whose day or month may be unknown (`partialDate()`) and dates with an optional
 * time (`dateTime()`) are text inputs with a pattern: Sveltia's date picker stores one
 * format only, so it could not leave the day of "ngày   tháng 02 năm 2022" blank, nor
 * hold an all-day event beside one at 08:00. The patterns check the shape and the ranges
 * of month, day, hour and minute; a day not in the calendar (`2026-02-30`) is left to
 * `npm run check`. Full dates (`isoDate()`) do get the picker (see `textWidget`).
 */
const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const DATE_PATTERNS = {
  partial: new RegExp(`^\\d{4}(?:-${MONTH}(?:-${DAY})?)?$`),
  dateTime: new RegExp(`^\\d{4}-${MONTH}-${DAY}(?:T${TIME})?$`),
} as const;

type DateKind = 'date' | keyof typeof DATE_PATTERNS;

const DATE_HINTS: Record<DateKind, string> = {
  date: '',
  partial: 'Viết NĂM-THÁNG-NGÀY: 2022-02-07; 2022-02 nếu chưa rõ ngày; 2022 nếu chưa rõ cả tháng.',
  dateTime: 'Viết 2025-01-10 nếu diễn ra cả ngày, 2025-01-10T08:00 nếu có giờ bắt đầu (giờ Việt Nam).',
};

/** Which of the date pieces of `src/schemas/dates.ts` a transform is, told by what it accepts. */
function dateKind(schema: z.ZodType): DateKind | undefined {
  if (schema.safeParse('2022').success && schema.safeParse('2022-02').success) return 'partial';
  if (schema.safeParse('2025-01-10T08:00').data === '2025-01-10T08:00') return 'dateTime';
  if (schema.safeParse('2025-01-10').data === '2025-01-10') return 'date';
  return undefined;
}

/**
 * A pattern as Sveltia CMS reads it: a plain source, or `/source/flags` when the regex has
 * flags. Sveltia applies the pattern to an empty optional field too, so an optional
 * field's pattern also accepts the empty string.
 */
function patternOf(regex: RegExp, required: boolean): string {
  const source = required ? regex.source : `^$|(?:${regex.source})`;
  return regex.flags ? `/${source}/${regex.flags}` : source;
}

/** A value `npm run check` refuses in a facet (`facetText()`): nothing that makes a slug. */
const FACET_PROBE = '-';
const FACET_PATTERN = /[\p{L}\p{N}]/u;

/** Image types the checker accepts (`IMAGE_EXT`); SVG is refused because it can carry script. */
export const IMAGE_ACCEPT = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff'];
const IMAGE_HINT = 'Ảnh được lưu cạnh tệp nội dung; .jpg, .png, .webp hoặc .avif; không dùng SVG.';
const FILE_HINT = 'Tệp được lưu cạnh tệp nội dung.';

// ── Building the fields ────────────────────────────────────────────────────────────────

/**
 * Values that keep a new entry held back (docs/content-model.md §8): an entry created in the
 * form is a draft until an editor unticks it, and a person's profile waits for consent.
 * The schema's own default for `draft` is `false`, for files written by hand.
 */
const HELD_BACK: Record<string, boolean> = { draft: true, consent: false };

/**
 * How a reference shows in the form: the value stored is always the slug (file name);
 * organizations are shown by name, documents by number and title. (A document without a
 * number shows its title twice: Sveltia fills an empty display field with the summary.)
 */
const RELATION_VIEW: Record<CollectionName, { display_fields: string[]; search_fields: string[] }> = {
  documents: { display_fields: ['number', 'title'], search_fields: ['number', 'title'] },
  campaigns: { display_fields: ['title'], search_fields: ['title'] },
  exemplars: { display_fields: ['name'], search_fields: ['name', 'unit'] },
  news: { display_fields: ['title'], search_fields: ['title'] },
  organizations: { display_fields: ['name'], search_fields: ['name', 'shortName'] },
};

interface Walk {
  collection: CollectionName;
  texts: Record<string, string | FieldText>;
  /** Label keys used, to find words for fields that are gone. */
  used: Set<string>;
}

function textFor(walk: Walk, path: string): FieldText {
  const text = walk.texts[path];
  if (text === undefined) {
    throw new Error(
      `cms-config: trường ${walk.collection}.${path} chưa có nhãn tiếng Việt: thêm "${path}" vào ` +
        `fieldTexts.${walk.collection} trong scripts/lib/cms-labels.ts.`,
    );
  }
  walk.used.add(path);
  return typeof text === 'string' ? { label: text } : text;
}

const joinHints = (...hints: Array<string | undefined>) => hints.filter(Boolean).join(' ') || undefined;

/** The form fields of an object schema, in the schema's order. */
function objectFields(walk: Walk, schema: z.ZodType, prefix: string): CmsField[] {
  return Object.entries(shapeOf(schema, `${walk.collection}.${prefix || '(gốc)'}`)).map(([name, field]) =>
    formField(walk, prefix ? `${prefix}.${name}` : name, name, field),
  );
}

function formField(walk: Walk, path: string, name: string, schema: z.ZodType): CmsField {
  const { core, required, defaultValue } = peel(schema);
  const text = textFor(walk, path);
  const { hint, widget, ...options } = widgetFor(walk, path, core, required, defaultValue);
  const hints = joinHints(text.hint, hint);
  return { name, label: text.label, widget, required, ...(hints ? { hint: hints } : {}), ...options };
}

type Widget = { widget: string; hint?: string } & Record<string, unknown>;

function widgetFor(walk: Walk, path: string, core: z.ZodType, required: boolean, defaultValue: unknown): Widget {
  const where = `${walk.collection}.${path}`;
  if (imageMarkers.has(core)) {
    return { widget: 'image', choose_url: false, accept: IMAGE_ACCEPT.join(','), hint: IMAGE_HINT };
  }
  const target = referenceMarkers.get(core);
  if (target) return relation(target);
  const def = defOf(core);
  switch (def.type) {
    case 'enum':
      return { widget: 'select', options: selectOptions(Object.values(def.entries ?? {}), where) };
    case 'boolean':
      return { widget: 'boolean', default: HELD_BACK[path] ?? defaultValue === true };
    case 'number':
      return numberWidget(core);
    case 'object':
      return { widget: 'object', fields: objectFields(walk, core, path) };
    case 'array':
      return listWidget(walk, path, core);
    case 'string':
    case 'pipe':
      return textWidget(core, required, where);
    default:
      throw unsupported(where, def.type);
  }
}

function relation(target: CollectionName): Widget {
  const { display_fields, search_fields } = RELATION_VIEW[target];
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    display_fields: [...display_fields],
    search_fields: [...search_fields],
  };
}

function selectOptions(values: ReadonlyArray<string | number>, where: string) {
  const labels = enumLabelMaps.find((map) => {
    const keys = Object.keys(map);
    return keys.length === values.length && values.every((v) => keys.includes(String(v)));
  });
  if (!labels) throw new Error(`cms-config: ${where}: chưa có nhãn tiếng Việt cho các giá trị ${values.join(', ')}`);
  return values.map((value) => ({ label: labels[String(value)]!, value }));
}

function numberWidget(core: z.ZodType): Widget {
  const widget: Widget = { widget: 'number', value_type: 'float' };
  for (const check of checksOf(core)) {
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) widget.value_type = 'int';
    if (check.check === 'greater_than' && check.inclusive) widget.min = check.value;
    if (check.check === 'less_than' && check.inclusive) widget.max = check.value;
  }
  return widget;
}

function listWidget(walk: Walk, path: string, core: z.ZodType): Widget {
  const def = defOf(core);
  const min = checksOf(core).find((c) => c.check === 'min_length')?.minimum;
  const bounds = min ? { min } : {};
  const { core: item } = peel(def.element!);
  const target = referenceMarkers.get(item);
  if (target) return { ...relation(target), multiple: true, ...bounds };
  if (defOf(item).type === 'object') {
    return { widget: 'list', ...bounds, fields: objectFields(walk, item, path) };
  }
  // A list of single values: one input per item (Decap's comma-separated simple list would
  // split a value such as "Chính sách xã hội, việc làm" in two).
  const { hint, widget, ...options } = widgetFor(walk, path, item, true, undefined);
  const field = {
    name: path.slice(path.lastIndexOf('.') + 1),
    label: textFor(walk, path).label,
    widget,
    required: true,
    ...options,
  };
  return { widget: 'list', ...(hint ? { hint } : {}), ...bounds, field };
}

/**
 * A text: the strings of `text()` (trimmed, NFC, bounded), URLs, relative paths of
 * attachments, and the date pieces.
 */
function textWidget(core: z.ZodType, required: boolean, where: string): Widget {
  const nodes = flatten(core);
  const first = defOf(nodes[0]!);
  if (first.type === 'unknown') {
    const kind = dateKind(core);
    if (!kind) throw unsupported(where, 'unknown → transform');
    if (kind === 'date') {
      // A calendar, stored as `YYYY-MM-DD`, the one form a full date has in the contract.
      // `type: date` is Sveltia's date-only input; `time_format: false` says the same to Decap.
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', time_format: false };
    }
    const message = refusal(core, 'x');
    return {
      widget: 'string',
      pattern: [patternOf(DATE_PATTERNS[kind], required), message],
      hint: DATE_HINTS[kind],
    };
  }
  if (first.type !== 'string') throw unsupported(where, first.type);

  const widget: Widget = { widget: 'string' };
  let maxlength: number | undefined;
  const patterns: Array<[RegExp, string | undefined]> = [];
  for (const node of nodes) {
    const def = defOf(node);
    if (def.type === 'string' && def.format === 'url') {
      widget.type = 'url';
      const protocols = def.protocol?.source.replace(/^\^/, '').replace(/\$$/, '') ?? '[a-z][a-z0-9+.-]*';
      patterns.push([new RegExp(`^(?:${protocols}):\\/\\/\\S+$`), messageOf(def.error)]);
    }
    for (const check of checksOf(node)) {
      if (check.check === 'max_length' && check.maximum !== undefined) {
        maxlength = Math.min(maxlength ?? Infinity, check.maximum);
      }
      if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
        patterns.push([check.pattern, messageOf(check.error)]);
      }
    }
  }
  // A refinement the form cannot read, known by what it refuses: a facet needs a letter or a digit.
  if (core.safeParse('a').success && !core.safeParse(FACET_PROBE).success) {
    patterns.push([FACET_PATTERN, refusal(core, FACET_PROBE)]);
  }
  if (patterns.length > 1) throw unsupported(where, 'string with several patterns');

  const [pattern] = patterns;
  const extensions = pattern && /^\\\.\(([a-z0-9|]+)\)\$$/i.exec(pattern[0].source)?.[1]?.split('|');
  if (extensions) {
    // A relative path with one of these extensions: a file stored next to the entry.
    Object.assign(widget, { widget: 'file', choose_url: false, accept: extensions.map((e) => `.${e}`).join(',') });
    widget.hint = FILE_HINT;
  } else if (maxlength !== undefined) {
    // Titles and names (≤ 500) on one line; longer texts (≤ 2000) in a box that grows.
    if (maxlength > MAX_LENGTH.title) widget.widget = 'text';
    widget.maxlength = maxlength;
  }
  if (pattern) widget.pattern = [patternOf(pattern[0], required), pattern[1] ?? 'Giá trị không đúng dạng'];
  return widget;
}

/** Every schema of a chain of pipes, innermost input first. */
function flatten(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.type === 'pipe' && def.in && def.out) return [...flatten(def.in), schema, ...flatten(def.out)];
  return [schema];
}

// ── The collections ────────────────────────────────────────────────────────────────────

/**
 * The form fields of one collection, with the body of Markdown collections last. Throws
 * when a field has no Vietnamese label, or when a label is left for a field that is gone.
 */
export function collectionFields(
  collection: CollectionName,
  schema: z.ZodType = formSchema(collection),
  texts: Record<string, string | FieldText> = fieldTexts[collection],
): CmsField[] {
  const walk: Walk = { collection, texts, used: new Set() };
  const fields = objectFields(walk, schema, '');
  if (collections[collection].formats[0] === 'md') {
    const text = textFor(walk, 'body');
    // Images put into the body are stored next to the entry too (the collection's media folder).
    fields.push({ name: 'body', label: text.label, widget: 'markdown', required: false, ...hintOf(text) });
  }
  const stale = Object.keys(texts).filter((key) => !walk.used.has(key));
  if (stale.length) {
    throw new Error(
      `cms-config: scripts/lib/cms-labels.ts còn nhãn cho trường không có: ${collection}.${stale.join(', ')}`,
    );
  }
  return fields;
}

const hintOf = (text: FieldText) => (text.hint ? { hint: text.hint } : {});

function cmsCollection(name: CollectionName): CmsCollection {
  const entry = collections[name];
  const fields = collectionFields(name);
  const markdown = entry.formats[0] === 'md';
  const hasFiles = markdown || JSON.stringify(fields).includes('"widget":"image"');
  return {
    name,
    label: entry.title,
    label_singular: entry.label,
    description: collectionHints[name],
    folder: `content/${entry.folder}`,
    // Only the first format: the form writes `.md` (never `.mdx`, which may import components)
    // and `.yaml`; `.mdx` and `.yml` files are edited by hand and do not show in the form.
    extension: entry.formats[0],
    // YAML between `---` lines, as Astro reads it; `frontmatter` would also take TOML or JSON.
    format: markdown ? 'yaml-frontmatter' : 'yaml',
    create: true,
    identifier_field: fields.some((f) => f.name === 'title') ? 'title' : 'name',
    // The file name is the slug of the title (or name), made with the global `slug` options
    // below; `{{fields._slug}}` would instead ask for it in an input of its own.
    slug: '{{slug}}',
    preview_path: `${entry.route}/{{slug}}/`,
    // Images and attachments go next to the entry and are written `./name.jpg`: an empty
    // media folder is the entry's own folder, and the public folder `.` makes the value
    // start with `./` (Sveltia CMS, entry-relative media).
    ...(hasFiles ? { media_folder: '', public_folder: '.' } : {}),
    // Drafts at a glance. No "published" filter: a file that leaves `draft` out is published
    // and would not match `false`.
    view_filters: fields.some((f) => f.name === 'draft') ? [{ label: 'Bản nháp', field: 'draft', pattern: true }] : [],
    fields,
  };
}

// ── The backend ────────────────────────────────────────────────────────────────────────

/** The build-time variables that choose and describe the backend (docs/deploy.md). */
export const CMS_VARIABLES = [
  'CMS_BACKEND',
  'CMS_REPO',
  'CMS_BRANCH',
  'CMS_API_ROOT',
  'CMS_AUTH_URL',
  'CMS_APP_ID',
] as const;
export type CmsVariable = (typeof CMS_VARIABLES)[number];
/** The variables as the environment holds them: `process.env` fits; empty means unset. */
export type CmsEnv = Partial<Record<CmsVariable, string | undefined>>;

/** The backend settings once read and checked (`cmsBackendSettings`). */
export type CmsBackendSettings =
  /** A folder on the editor's computer (Chrome/Edge, only on 127.0.0.1 or localhost). */
  | { kind: 'local'; repo: string; branch: string }
  /** github.com: sign-in with an access token, or OAuth through the authenticator at `authUrl`. */
  | { kind: 'github'; repo: string; branch: string; authUrl?: string }
  /** A Gitea or Forgejo server: `apiRoot` ends in `/api/v1`; OAuth when `appId` is given. */
  | { kind: 'gitea'; repo: string; branch: string; apiRoot: string; appId?: string };

type CmsBackendKind = CmsBackendSettings['kind'];
const BACKEND_KINDS: readonly CmsBackendKind[] = ['local', 'github', 'gitea'];

/** Sveltia's `backend`: `local` is the GitHub backend pointed nowhere (see `cmsBackend`). */
type CmsBackend = (GitHubBackend | GiteaBackend) & { commit_messages: Record<string, string> };

/** A setting the build refuses; the message (Vietnamese) names the variable. */
export class CmsSettingError extends Error {
  readonly variable: CmsVariable;
  constructor(variable: CmsVariable, message: string) {
    super(message);
    this.name = 'CmsSettingError';
    this.variable = variable;
  }
}

/**
 * Any root but GitHub's own: Sveltia then takes the backend for self-hosted and never
 * polls www.githubstatus.com (docs/notes/sveltia-cms.md, section 2). Nothing is ever
 * fetched from it: the local backend reads the folder.
 */
export const LOCAL_API_ROOT = 'https://api.github.com/local-only';
const REPO_EXAMPLE = 'ban-tdkt/cong-thi-dua';
const GITEA_EXAMPLE = 'https://git.tdkt.example.gov.vn/api/v1';
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/** A branch name git accepts, kept simple: letters, digits, `._/-`; no `..`, no `.lock` end. */
const BRANCH = /^[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9_-])?$/;
const APP_ID = /^[A-Za-z0-9._-]+$/;

/** Which variables each backend reads besides `CMS_REPO` and `CMS_BRANCH`. */
const OWN_VARIABLES: Record<CmsBackendKind, CmsVariable[]> = {
  local: [],
  github: ['CMS_AUTH_URL'],
  gitea: ['CMS_API_ROOT', 'CMS_APP_ID'],
};

/**
 * Reads the backend variables and checks them. Empty values count as unset (a CI
 * variable left blank). Throws a `CmsSettingError` naming the variable when a value is
 * malformed, when `github`/`gitea` lack `CMS_REPO` or `gitea` lacks `CMS_API_ROOT`, and
 * when a variable is set that the chosen backend would ignore (most likely a forgotten
 * `CMS_BACKEND`).
 */
export function cmsBackendSettings(env: CmsEnv = {}): CmsBackendSettings {
  const get = (name: CmsVariable) => env[name]?.trim() || undefined;
  const kind = (get('CMS_BACKEND') ?? 'local') as CmsBackendKind;
  if (!BACKEND_KINDS.includes(kind)) {
    throw new CmsSettingError(
      'CMS_BACKEND',
      `CMS_BACKEND="${get('CMS_BACKEND')}" không dùng được: chọn local (mặc định, sửa thư mục trên máy), ` +
        `github hoặc gitea (Gitea/Forgejo của tỉnh).`,
    );
  }
  const [stray] = BACKEND_KINDS.filter((k) => k !== kind).flatMap((owner) =>
    OWN_VARIABLES[owner].filter((name) => get(name)).map((name) => ({ owner, name })),
  );
  if (stray) {
    const { owner, name } = stray;
    throw new CmsSettingError(
      name,
      `${name} chỉ dùng khi CMS_BACKEND=${owner}, nhưng CMS_BACKEND đang là ${kind}` +
        (get('CMS_BACKEND') ? '' : ' (mặc định, vì chưa đặt)') +
        `: đặt CMS_BACKEND=${owner} hoặc bỏ ${name}.`,
    );
  }

  const repo = get('CMS_REPO');
  if (repo !== undefined && !REPO.test(repo)) {
    throw new CmsSettingError(
      'CMS_REPO',
      `CMS_REPO="${repo}" không đúng dạng chủ-sở-hữu/tên-kho (ví dụ ${REPO_EXAMPLE}).`,
    );
  }
  if (repo === undefined && kind !== 'local') {
    throw new CmsSettingError(
      'CMS_REPO',
      `CMS_BACKEND=${kind} cần CMS_REPO: kho chứa nội dung, dạng chủ-sở-hữu/tên-kho (ví dụ ${REPO_EXAMPLE}).`,
    );
  }
  const branch = get('CMS_BRANCH') ?? 'main';
  if (!BRANCH.test(branch) || branch.includes('..') || branch.includes('//') || branch.endsWith('.lock')) {
    throw new CmsSettingError('CMS_BRANCH', `CMS_BRANCH="${branch}" không phải tên nhánh git hợp lệ (ví dụ main).`);
  }
  const base = { repo: repo ?? 'OWNER/REPO', branch };

  if (kind === 'local') return { kind, ...base };
  if (kind === 'github') {
    const authUrl = get('CMS_AUTH_URL');
    return authUrl ? { kind, ...base, authUrl: webAddress('CMS_AUTH_URL', authUrl) } : { kind, ...base };
  }
  const rawRoot = get('CMS_API_ROOT');
  if (!rawRoot) {
    throw new CmsSettingError(
      'CMS_API_ROOT',
      `CMS_BACKEND=gitea cần CMS_API_ROOT: địa chỉ API của máy chủ Gitea/Forgejo, ví dụ ${GITEA_EXAMPLE}.`,
    );
  }
  const apiRoot = webAddress('CMS_API_ROOT', rawRoot);
  if (!apiRoot.endsWith('/api/v1')) {
    throw new CmsSettingError(
      'CMS_API_ROOT',
      `CMS_API_ROOT="${rawRoot}" phải là địa chỉ API của Gitea/Forgejo, kết thúc bằng /api/v1 ` +
        `(ví dụ ${GITEA_EXAMPLE}).`,
    );
  }
  const appId = get('CMS_APP_ID');
  if (appId !== undefined && !APP_ID.test(appId)) {
    throw new CmsSettingError(
      'CMS_APP_ID',
      `CMS_APP_ID="${appId}" không giống mã ứng dụng OAuth (Client ID) của Gitea/Forgejo: chỉ gồm chữ, số, dấu - . _.`,
    );
  }
  return appId ? { kind, ...base, apiRoot, appId } : { kind, ...base, apiRoot };
}

/**
 * An https address without query, fragment or credentials, without a trailing slash.
 * Sveltia sends access tokens only over https (or to localhost/127.0.0.1, for a test server).
 */
function webAddress(name: CmsVariable, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CmsSettingError(name, `${name}="${raw}" không phải một địa chỉ web đầy đủ (https://…).`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new CmsSettingError(
      name,
      `${name}="${raw}" phải bắt đầu bằng https:// (Sveltia CMS không gửi mã truy cập qua kết nối không mã hóa).`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new CmsSettingError(name, `${name}="${raw}" chỉ gồm máy chủ và đường dẫn: bỏ phần ?…, #… hay tên đăng nhập.`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

const COMMIT_MESSAGES = {
  create: 'Thêm {{collection}} “{{slug}}”',
  update: 'Sửa {{collection}} “{{slug}}”',
  delete: 'Xóa {{collection}} “{{slug}}”',
  uploadMedia: 'Tải lên “{{path}}”',
  deleteMedia: 'Xóa tệp “{{path}}”',
};

/**
 * Sveltia's `backend` and `publish_mode` for the settings:
 *
 * - `local`: the GitHub backend, which the local folder mode still needs for the
 *   repository's name, with the non-default `LOCAL_API_ROOT` (no status polling) and
 *   sign-in by token only (no OAuth button; signing in cannot succeed, by design).
 * - `github`: github.com's own API; OAuth through the authenticator at `base_url` when
 *   `CMS_AUTH_URL` is set, else sign-in with an access token only. Editorial workflow:
 *   each entry is a pull request, Bản nháp → Đang duyệt → Sẵn sàng, then published by merging.
 * - `gitea`: the server's API; OAuth (PKCE, in the browser) with the application
 *   `CMS_APP_ID`, whose pages are the server's root (`base_url`), else an access token.
 *   Simple publish mode: Sveltia 0.221 has editorial workflow for GitHub and GitLab only,
 *   so a save is a commit on `CMS_BRANCH` (docs/deploy.md says what the board does instead).
 */
export function cmsBackend(settings: CmsBackendSettings): Pick<CmsConfig, 'backend' | 'publish_mode'> {
  const { repo, branch } = settings;
  const token = { auth_methods: ['token' as const] };
  switch (settings.kind) {
    case 'local':
      return {
        backend: { name: 'github', repo, branch, api_root: LOCAL_API_ROOT, ...token, commit_messages: COMMIT_MESSAGES },
        publish_mode: 'simple',
      };
    case 'github':
      return {
        backend: {
          name: 'github',
          repo,
          branch,
          ...(settings.authUrl ? { base_url: settings.authUrl } : token),
          commit_messages: COMMIT_MESSAGES,
        },
        publish_mode: 'editorial_workflow',
      };
    case 'gitea':
      return {
        backend: {
          name: 'gitea',
          repo,
          branch,
          api_root: settings.apiRoot,
          ...(settings.appId ? { app_id: settings.appId, base_url: giteaRoot(settings.apiRoot) } : token),
          commit_messages: COMMIT_MESSAGES,
        },
        publish_mode: 'simple',
      };
  }
}

/** The server's root (its sign-in pages) from its API root: `https://host[/path]/api/v1` → `https://host[/path]`. */
const giteaRoot = (apiRoot: string) => apiRoot.replace(/\/api\/v1$/, '');

/**
 * The whole configuration, as `admin/config.yml` would hold it, for the backend the
 * variables of `env` choose (`cmsBackendSettings`; throws a `CmsSettingError` on a bad one).
 *
 * Slugs: Sveltia CMS keeps Unicode letters in slugs by default (`encoding: unicode`), so a
 * Vietnamese title would name its file `kế-hoạch-….md`, which `npm run check` refuses
 * (lowercase ASCII only). `encoding: ascii` keeps only `[A-Za-z0-9_~-]`, and
 * `clean_accents: true` first transliterates (NFD, then @sindresorhus/transliterate, which
 * maps đ → d), so "Kế hoạch số 21/KH-UBND" gives `ke-hoach-so-21-kh-ubnd` as
 * `src/vocabulary/slug.ts` does. Both are needed. Two differences remain: an apostrophe
 * splits instead of joining ("K'Tiếp" → `k-tiep`, not `ktiep`), and `_` or `~` in a title
 * stay, which the check reports. `maxlength` bounds the file names of long trích yếu.
 * Uploaded file names get the same treatment (`slugify_filename`).
 */
export function cmsConfig(env: CmsEnv = {}): CmsConfig {
  return {
    ...cmsBackend(cmsBackendSettings(env)),
    app_title: `Biên tập nội dung · ${board.siteName}`,
    // Required by Sveltia; every collection overrides it with the entry's own folder.
    media_folder: 'content',
    slug: { encoding: 'ascii', clean_accents: true, maxlength: 80 },
    media_libraries: { default: { config: { slugify_filename: true } } },
    // An optional field left empty is left out of the file, not written `''` or `null`,
    // which the schemas refuse (`text()` is never empty).
    output: { omit_empty_optional_fields: true },
    collections: collectionNames.map(cmsCollection),
  };
}
