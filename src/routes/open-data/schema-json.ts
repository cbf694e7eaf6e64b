/** `/du-lieu/<set>.schema.json`: the JSON Schema (draft 2020-12) of `<set>.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataFile, openDataPaths } from '../../data/open-data.ts';

export const getStaticPaths = (() => openDataPaths('schema')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => openDataFile(site!, `${params.set}.schema.json`);
