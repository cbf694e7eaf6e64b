/** Renders an Astro component with the container API and returns it as a queryable DOM. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';

let container: AstroContainer | undefined;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function renderToDOM(component: any, props: Record<string, unknown>) {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  return { html, $: cheerio.load(html) };
}

/** Visible text with whitespace folded, as a reader would read it. */
export const text = (s: string) => s.replace(/\s+/g, ' ').trim();
