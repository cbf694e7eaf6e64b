/**
 * The form editor's configuration (`scripts/lib/cms-config.ts`) held to the schemas. The
 * schemas are walked here on their own, as the checker runs them (`schemas` of
 * `src/lib/check/schema-context.ts`) and through what they accept rather than through
 * their definitions: a field is required when it refuses `undefined`, a reference is what
 * parses to a `Ref`, an image what parses to an `ImagePath`, a pattern must let through
 * every value the schema keeps as written.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { cmsConfig, collectionFields, IMAGE_ACCEPT, type CmsField } from '../../scripts/lib/cms-config.ts';
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
    const r = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'scripts/cms-config.ts'), '--repo', 'ban-tdkt/cong'],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(parse(r.stdout)).toEqual(cmsConfig({ repo: 'ban-tdkt/cong' }));
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
