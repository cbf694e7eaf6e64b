/** "xã Đắk Mil, Lâm Đồng": the most local place first, the province last. */
export function localityLine(l: {
  province: string;
  district?: string | undefined;
  commune?: string | undefined;
}): string {
  return [l.commune, l.district, l.province].filter(Boolean).join(', ');
}
