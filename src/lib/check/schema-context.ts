/**
 * The schemas as the checker runs them: the same factories as Astro's, with stand-ins for
 * `image()` and `reference()` that record each image path and reference, so the rules
 * across entries can check them; and the helpers that read a zod schema's shape.
 */
import { z } from 'astro/zod';
import { collections } from '../../collections.ts';
import { collectionNames, collectionSchemas, type CollectionName, type SchemaContext } from '../../schemas/index.ts';

/** A reference as the checker's schema context records it (same shape as Astro's). */
export class Ref {
  readonly id: string;
  readonly collection: CollectionName;
  constructor(id: string, collection: CollectionName) {
    this.id = id;
    this.collection = collection;
  }
}
/** An image path as written, resolved later against the entry's folder. */
export class ImagePath {
  readonly src: string;
  constructor(src: string) {
    this.src = src;
  }
}

const checkerContext: SchemaContext = {
  image: () =>
    z.string({ error: 'Đường dẫn ảnh phải là một đoạn chữ, ví dụ ./anh.jpg' }).transform((s) => new ImagePath(s)),
  reference: (collection) =>
    z
      .union([z.string(), z.number()], { error: `Cần tên tệp của một ${collections[collection].label}` })
      .transform((v) => new Ref(String(v).trim(), collection)),
};

export const schemas = Object.fromEntries(
  collectionNames.map((c) => [c, collectionSchemas[c](checkerContext)]),
) as unknown as Record<CollectionName, z.ZodType>;

/** A schema without its wrappers (optional, default, pipe, refinements), down to an object where there is one. */
function unwrap(x: unknown): unknown {
  for (let i = 0; i < 10; i++) {
    const def = (x as { def?: Record<string, unknown> })?.def;
    if (!def || def.type === 'object') return x;
    const next = def.innerType ?? def.in;
    if (!next) return x;
    x = next;
  }
  return x;
}

/**
 * The fields that are valid on their own, when the entry as a whole is not: their
 * references and images can still be checked in the same run.
 */
export function validFields(schema: z.ZodType, data: Record<string, unknown>): Record<string, unknown> {
  const shape = (unwrap(schema) as { def?: { type?: string; shape?: Record<string, z.ZodType> } }).def?.shape;
  if (!shape) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = shape[key];
    const parsed = field?.safeParse(value);
    if (parsed?.success) out[key] = parsed.data;
  }
  return out;
}

/** The schema's known keys at a path, for "did you mean" suggestions. */
export function knownKeysAt(schema: z.ZodType, p: ReadonlyArray<PropertyKey>): string[] {
  let s: unknown = schema;
  for (const seg of p) {
    s = unwrap(s);
    const def = (s as { def?: Record<string, unknown> })?.def;
    if (!def) return [];
    if (def.type === 'object' && typeof seg === 'string') s = (def.shape as Record<string, unknown>)[seg];
    else if (def.type === 'array') s = def.element;
    else return [];
  }
  s = unwrap(s);
  const def = (s as { def?: { type?: string; shape?: Record<string, unknown> } })?.def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export function fieldName(p: ReadonlyArray<PropertyKey>): string {
  return p.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)),
    '',
  );
}
