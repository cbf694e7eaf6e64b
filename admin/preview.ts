/**
 * The entry preview beside the form: the site's stylesheet and fonts (`./preview.css`) and one
 * template per collection that lays an entry out as its page does: the kind as a kicker, the
 * title, the facts, the summary as a lede, the picture and the body. Everything it names comes
 * from the generated configuration (labels, select options), so the preview says what the form
 * says. Sveltia CMS renders it in an iframe from a `blob:` URL (hence `frame-src blob:`).
 */
import { formatDateLong, parseDateParts } from '../src/vocabulary/dates.ts';
import previewCss from './preview.css?url';

/** The parts of a form field the preview reads. */
interface Field {
  name: string;
  label: string;
  widget: string;
  options?: Array<{ label: string; value: string | number }>;
  collection?: string;
  display_fields?: string[];
  fields?: Field[];
  field?: Field;
}

interface Collection {
  name: string;
  identifier_field?: string;
  fields: Field[];
}

/** What Sveltia CMS hands a preview template (Decap-compatible). */
interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  /** For relation fields: field → collection → stored value → the entry it names. */
  fieldsMetaData?: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => { toString(): string } | undefined;
}

type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

interface Cms {
  registerPreviewStyle: (url: string) => void;
  registerPreviewTemplate: (name: string, component: (props: PreviewProps) => unknown) => void;
}

/** Fields shown elsewhere in the preview, or not shown at all (flags, files' alt texts). */
const NOT_FACTS = new Set(['summary', 'body', 'draft', 'consent']);
const FACT_WIDGETS = new Set(['string', 'text', 'datetime', 'select', 'relation', 'number']);

type Lookup = PreviewProps['fieldsMetaData'];

/**
 * A value as the page would print it: a select's label, a referenced entry's name, a date in
 * words ("tháng 3 năm 2026"), a list joined by commas.
 */
function shown(field: Field, value: unknown, related?: Lookup): string {
  if (value === undefined || value === null || value === '') return '';
  const plain = (v: unknown) => {
    const option = field.options?.find((o) => String(o.value) === String(v));
    if (option) return option.label;
    if (field.widget === 'relation' && field.collection) {
      const names = (field.display_fields ?? [])
        .map((key) => related?.getIn([field.name, field.collection!, String(v), key]))
        .filter((x) => typeof x === 'string' && x !== '');
      if (names.length) return names.join(' ');
    }
    if (typeof v === 'string' && parseDateParts(v)) return formatDateLong(v);
    return String(v);
  };
  if (typeof value === 'object' && value !== null && 'toJS' in value) {
    const js = (value as { toJS: () => unknown }).toJS();
    return Array.isArray(js) ? js.map(plain).join(', ') : '';
  }
  return Array.isArray(value) ? value.map(plain).join(', ') : plain(value);
}

function template(collection: Collection) {
  const h = (window as unknown as { h: H }).h;
  const titleField = collection.identifier_field ?? 'title';
  const kicker = collection.fields.find((f) => f.widget === 'select' && (f.name === 'kind' || f.name === 'category'));
  const image = collection.fields.find((f) => f.widget === 'image');
  const facts = collection.fields.filter(
    (f) =>
      FACT_WIDGETS.has(f.widget) &&
      f !== kicker &&
      f.name !== titleField &&
      !NOT_FACTS.has(f.name) &&
      !f.name.endsWith('Alt'),
  );
  const hasBody = collection.fields.some((f) => f.name === 'body');

  return function EntryPreview({ entry, widgetFor, getAsset, fieldsMetaData }: PreviewProps) {
    const value = (name: string) => entry.getIn(['data', name]);
    const rows = facts
      .map((f) => [f.label, shown(f, value(f.name), fieldsMetaData)] as const)
      .filter(([, text]) => text !== '')
      .map(([label, text]) => h('div', { key: label }, h('dt', null, label), h('dd', null, text)));
    // A file just uploaded is a `blob:` URL until the entry is saved; a saved one is a path.
    const file = image ? value(image.name) : undefined;
    const picture =
      typeof file === 'string' && file ? (file.startsWith('blob:') ? file : getAsset(file)?.toString()) : undefined;
    const alt = image ? value(`${image.name}Alt`) : undefined;
    return h(
      'main',
      { className: 'container preview' },
      value('draft') === true
        ? h('p', { className: 'held-back' }, 'Bản nháp: chưa xuất bản, chỉ người biên tập thấy trang này.')
        : null,
      h(
        'article',
        { className: 'article' },
        kicker && value(kicker.name) ? h('p', { className: 'kicker' }, shown(kicker, value(kicker.name))) : null,
        h('h1', null, String(value(titleField) ?? '')),
        rows.length ? h('dl', { className: 'facts' }, ...rows) : null,
        value('summary') ? h('p', { className: 'lede' }, String(value('summary'))) : null,
        picture ? h('img', { src: picture, alt: typeof alt === 'string' ? alt : '', className: 'cover photo' }) : null,
        hasBody ? h('div', { className: 'prose' }, widgetFor('body')) : null,
      ),
    );
  };
}

/** Registers the site's styles and a template for every collection of the form. */
export function registerPreviews(cms: Cms, collections: readonly Collection[]): void {
  cms.registerPreviewStyle(previewCss);
  for (const collection of collections) cms.registerPreviewTemplate(collection.name, template(collection));
}
