/**
 * The security policy of the form editor at /admin/, made from the backend settings
 * (`cmsBackendSettings()` of `./cms-config.ts`) by one function, `adminCsp()`, for both
 * places that carry it: the `<meta>` that `scripts/build-admin.ts` writes into
 * `admin/index.html`, and the `/admin/*` rule of `dist/_headers` (`withAdminRule()`, run
 * by the same build). `public/_headers` holds the local-mode rule;
 * `test/unit/admin-csp.test.ts` keeps it equal to what this file makes.
 *
 * The base policy is the one measured in docs/notes/sveltia-cms.md, section 5: nothing
 * from other origins, inline styles (Svelte injects `<style>` elements), `blob:`/`data:`
 * images and fetches (previews of the repository's images), plus `frame-src blob:` for
 * the entry preview with the site's styles, an iframe whose document is a `blob:` URL.
 * A Git backend adds exactly what Sveltia CMS 0.221.1 fetches or shows from elsewhere
 * (read in `node_modules/@sveltia/cms/npm/index.js`):
 *
 * - `connect-src`: the Git host's API origin. GitHub's GraphQL endpoint is on the same
 *   origin as its REST API; images and files come through the API as blobs (`/git/blobs`,
 *   Gitea's `/media`), never from raw.githubusercontent.com. With OAuth, the OAuth server's
 *   origin too: Gitea's PKCE sign-in POSTs to `<server>/login/oauth/access_token` from the
 *   page (the same origin as its API), and a refresh token would be POSTed to the GitHub
 *   authenticator at `CMS_AUTH_URL`.
 * - `img-src`: where the signed-in user's picture is (`avatar_url` of `GET /user`, shown
 *   as the account button and in an entry's history): avatars.githubusercontent.com for
 *   GitHub, the server itself for Gitea/Forgejo (`/avatars/…`; an instance that sends
 *   Gravatar addresses instead gets a blank button, see docs/deploy.md).
 * - Not allowed: `https://www.githubstatus.com`, which Sveltia polls every 5 minutes with
 *   the GitHub backend to show a banner when GitHub has an incident. The fetch is refused
 *   (CSP reports in the console when the page loads and every 5 minutes) and Sveltia then
 *   shows no banner.
 *
 * Sign-in windows: with OAuth, Sveltia opens a popup and waits for it to post the token
 * back. `Cross-Origin-Opener-Policy: same-origin` (the site's `/*` rule) cuts the popup
 * off from its opener as soon as it is on another origin, so the OAuth modes loosen it for
 * /admin/ only (`adminOpenerPolicy()`; measured in Chromium 156, see docs/security-headers.md).
 */
import type { CmsBackendSettings } from './cms-config.ts';

const GITHUB_API = 'https://api.github.com';
const GITHUB_AVATARS = 'https://avatars.githubusercontent.com';

/** The origins the editor reaches beyond its own, by directive. */
export function adminOrigins(settings: CmsBackendSettings): { connect: string[]; img: string[] } {
  switch (settings.kind) {
    case 'local':
      return { connect: [], img: [] };
    case 'github': {
      const connect = [GITHUB_API];
      if (settings.authUrl) connect.push(new URL(settings.authUrl).origin);
      return { connect: [...new Set(connect)], img: [GITHUB_AVATARS] };
    }
    case 'gitea': {
      const server = new URL(settings.apiRoot).origin;
      return { connect: [server], img: [server] };
    }
  }
}

const withOrigins = (sources: string, origins: string[]) => [sources, ...origins].join(' ');

/** The policy of the page, as its `<meta http-equiv="Content-Security-Policy">` carries it. */
export function adminCsp(settings: CmsBackendSettings): string {
  const { connect, img } = adminOrigins(settings);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${withOrigins("'self' blob: data:", img)}`,
    "font-src 'self'",
    `connect-src ${withOrigins("'self' blob: data:", connect)}`,
    'frame-src blob:',
    // The preview's blob: document sets `<base href="<origin>" target="_blank">` so that its
    // links open beside the editor; 'none' blocked it (a console error, links in the frame).
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The same policy as a header, with `frame-ancestors`, which a `<meta>` cannot carry. */
export const adminCspHeader = (settings: CmsBackendSettings) => `${adminCsp(settings)}; frame-ancestors 'none'`;

/**
 * `Cross-Origin-Opener-Policy` for /admin/. `same-origin` (the site's) unless the sign-in
 * opens a popup on another origin: the GitHub authenticator's popup stays linked under
 * `same-origin-allow-popups`; Gitea's PKCE popup starts on /admin/ itself, goes to the
 * server and comes back, and any COOP on /admin/ other than `unsafe-none` cuts it off on
 * the way.
 */
export function adminOpenerPolicy(
  settings: CmsBackendSettings,
): 'same-origin' | 'same-origin-allow-popups' | 'unsafe-none' {
  if (settings.kind === 'github' && settings.authUrl) return 'same-origin-allow-popups';
  if (settings.kind === 'gitea' && settings.appId) return 'unsafe-none';
  return 'same-origin';
}

/**
 * A `_headers` file (Netlify/Cloudflare Pages syntax) with the `/admin/*` rule's
 * Content-Security-Policy line set to `adminCspHeader(settings)`, and its opener policy
 * set as `adminOpenerPolicy(settings)` says (detached from the `/*` rule with `!` when it
 * is not `same-origin`). Other lines are kept as they are. Throws when the rule or its
 * policy line is missing, so that a changed `public/_headers` cannot leave the header and
 * the page's `<meta>` apart.
 */
export function withAdminRule(headers: string, settings: CmsBackendSettings): string {
  const lines = headers.split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === '/admin/*');
  if (start < 0) throw new Error('_headers: không có quy tắc /admin/* để ghi chính sách bảo mật của trình biên tập');
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  const rule = lines.slice(start + 1, end);
  const at = rule.findIndex((line) => /^\s*Content-Security-Policy\s*:/i.test(line));
  if (at < 0) throw new Error('_headers: quy tắc /admin/* thiếu dòng Content-Security-Policy');
  const indent = /^\s*/.exec(rule[at]!)![0];
  const coop = adminOpenerPolicy(settings);
  const policy = [
    `${indent}Content-Security-Policy: ${adminCspHeader(settings)}`,
    ...(coop === 'same-origin'
      ? []
      : [`${indent}! Cross-Origin-Opener-Policy`, `${indent}Cross-Origin-Opener-Policy: ${coop}`]),
  ];
  const isOpenerLine = (line: string) => /^\s*!?\s*Cross-Origin-Opener-Policy\b/i.test(line);
  const before = rule.slice(0, at).filter((line) => !isOpenerLine(line));
  const after = rule.slice(at + 1).filter((line) => !isOpenerLine(line));
  return [...lines.slice(0, start + 1), ...before, ...policy, ...after, ...lines.slice(end)].join('\n');
}
