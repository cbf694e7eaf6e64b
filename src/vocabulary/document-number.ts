/**
 * What a document number says about its issuer. A Vietnamese administrative number is
 * "<number>/<kind code>-<issuer code>" ("02/KH-UBND", "1015/BC-SNV"), or for a công văn
 * "<number>/<issuer code>-<unit>" ("85/SNV-TĐKT"); party and youth-union numbers put the
 * kind first ("15-KH/TĐTN-PT"). Used by the importer to find an issuer from its number,
 * and by an organization's page to show the code its documents carry.
 */
import type { DocumentKind } from './labels.ts';

/** Kind codes of document numbers ("02/KH-UBND"). */
export const KIND_CODES: Record<string, DocumentKind> = {
  KH: 'ke-hoach',
  CT: 'chi-thi',
  QĐ: 'quyet-dinh',
  HD: 'huong-dan',
  TB: 'thong-bao',
  BC: 'bao-cao',
};

/** The issuer's code in a number's suffix: "KH-SNV" -> "SNV", "SNV-TĐKT" -> "SNV", "QĐ-UBND" -> "UBND". */
export function issuerCode(suffix: string | undefined): string | undefined {
  if (!suffix || suffix.includes('/')) return undefined;
  const parts = suffix.split('-');
  const code = parts[0]!.toUpperCase() in KIND_CODES ? parts[1] : parts[0];
  return code && /^\p{Lu}{2,10}$/u.test(code) ? code : undefined;
}

/** The issuer's code of a whole number: "1015/BC-SNV" -> "SNV", "15-KH/TĐTN-PT" -> "TĐTN". */
export const issuerCodeOfNumber = (number: string) =>
  issuerCode(number.normalize('NFC').trim().split('/').at(-1)?.replace(/\s+/g, ''));
