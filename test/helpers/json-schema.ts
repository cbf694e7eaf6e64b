/**
 * A JSON Schema (draft 2020-12) validator for the published open data, as an outside
 * tool would use it: Ajv with the formats our schemas name (`date`, `uri`) checked.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';

export function jsonSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat(
    'date',
    (s: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(s) &&
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  );
  ajv.addFormat('uri', (s: string) => {
    try {
      return /^https?:$/.test(new URL(s).protocol);
    } catch {
      return false;
    }
  });
  return ajv;
}
