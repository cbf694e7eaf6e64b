/** The open data files: `/du-lieu/van-ban.json`, `van-ban.csv`, `van-ban.schema.json`, ... */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData, openDataFileNames } from '../../data/open-data.ts';

export const getStaticPaths = (() => openDataFileNames.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await openData(site!)).files.get(params.file!);
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
