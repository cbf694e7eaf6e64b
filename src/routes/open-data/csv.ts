/** `/du-lieu/<set>.csv`: a data set as a spreadsheet (UTF-8 with BOM, for Excel). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataFile, openDataPaths } from '../../data/open-data.ts';

export const getStaticPaths = (() => openDataPaths('csv')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => openDataFile(site!, `${params.set}.csv`);
