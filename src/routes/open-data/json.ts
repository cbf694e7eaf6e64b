/** `/du-lieu/<set>.json`: a data set's records (see /du-lieu/ and docs/adr/0004-open-data.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataFile, openDataPaths } from '../../data/open-data.ts';

export const getStaticPaths = (() => openDataPaths('json')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => openDataFile(site!, `${params.set}.json`);
