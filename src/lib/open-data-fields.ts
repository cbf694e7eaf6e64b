/**
 * The field tables of `/du-lieu/`, generated from the JSON Schemas of the data sets, so
 * the documentation cannot drift from the files it documents.
 */
import {
  DAY_OR_TIME_PATTERN,
  PARTIAL_DATE_PATTERN,
  SLUG_PATTERN,
  jsonSchemaOf,
  type DatasetName,
  type JsonSchema,
} from './open-data-schemas.ts';

/** One row of a field table: dotted name (`issuer.name`, `deadlines[].date`), type and meaning. */
export interface FieldRow {
  name: string;
  type: string;
  description: string;
}

/** The slice of JSON Schema the field tables read. */
interface SchemaNode {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  anyOf?: SchemaNode[];
  description?: string | undefined;
}

/** The non-null branch of a nullable schema, and whether it was nullable. */
function unwrapNullable(node: SchemaNode): { node: SchemaNode; nullable: boolean } {
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const rest = node.type.filter((t) => t !== 'null');
    return { node: { ...node, type: rest.length === 1 ? rest[0]! : rest }, nullable: true };
  }
  if (node.anyOf?.some((b) => b.type === 'null')) {
    const rest = node.anyOf.filter((b) => b.type !== 'null');
    if (rest.length === 1)
      return { node: { ...rest[0]!, description: node.description ?? rest[0]!.description }, nullable: true };
  }
  return { node, nullable: false };
}

/** A Vietnamese name for a JSON Schema type: "ngày (YYYY-MM-DD)", "danh sách đối tượng", "chuỗi ký tự hoặc null". */
export function typeLabel(schema: SchemaNode): string {
  const { node, nullable } = unwrapNullable(schema);
  const base = (() => {
    if (node.enum) return `mã, một trong: ${node.enum.map(String).join(', ')}`;
    if (node.const !== undefined) return `hằng “${String(node.const)}”`;
    switch (node.type) {
      case 'string':
        if (node.format === 'date') return 'ngày (YYYY-MM-DD)';
        if (node.format === 'uri') return 'địa chỉ URL';
        if (node.pattern === PARTIAL_DATE_PATTERN.source) return 'ngày (YYYY-MM-DD, YYYY-MM hoặc YYYY)';
        if (node.pattern === DAY_OR_TIME_PATTERN.source) return 'ngày hoặc ngày giờ (ISO 8601)';
        if (node.pattern === SLUG_PATTERN.source) return 'mã (chữ thường không dấu, gạch nối)';
        return 'chuỗi ký tự';
      case 'integer':
        return 'số nguyên';
      case 'number':
        return 'số';
      case 'boolean':
        return 'đúng/sai (true/false)';
      case 'object':
        return 'đối tượng';
      case 'array': {
        const item = node.items ? typeLabel(node.items) : 'giá trị';
        return item === 'chuỗi ký tự'
          ? 'danh sách chuỗi ký tự'
          : `danh sách ${item === 'đối tượng' ? 'đối tượng' : `(${item})`}`;
      }
      default:
        return 'giá trị';
    }
  })();
  return nullable ? `${base} hoặc null` : base;
}

/**
 * The rows of a field table, one per property at any depth, from a JSON Schema object:
 * `issuer`, `issuer.id`, ..., `deadlines[].date`. Properties named in `leaves` are listed
 * without their children.
 */
function fieldRows(schema: JsonSchema | SchemaNode, leaves: readonly string[] = [], prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const props = (schema as SchemaNode).properties ?? {};
  for (const [key, raw] of Object.entries(props)) {
    const name = `${prefix}${key}`;
    rows.push({ name, type: typeLabel(raw), description: raw.description ?? '' });
    if (leaves.includes(name)) continue;
    const { node } = unwrapNullable(raw);
    if (node.type === 'object') rows.push(...fieldRows(node, leaves, `${name}.`));
    else if (node.type === 'array' && node.items?.type === 'object')
      rows.push(...fieldRows(node.items, leaves, `${name}[].`));
  }
  return rows;
}

/** The rows describing a data file's envelope (everything but the records). */
export function envelopeRows(name: DatasetName, schemaUrl = 'https://example.invalid/'): FieldRow[] {
  return fieldRows(jsonSchemaOf(name, schemaUrl), ['items']);
}

/** The rows describing one record of a data set. */
export function recordRows(name: DatasetName): FieldRow[] {
  const schema = jsonSchemaOf(name, 'https://example.invalid/') as SchemaNode;
  return fieldRows(schema.properties!.items!.items!);
}
