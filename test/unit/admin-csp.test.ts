/**
 * The form editor's security policy (`scripts/lib/admin-csp.ts`): one policy per backend,
 * with exactly the other origins that backend needs, the same in the page's `<meta>` and
 * in the `/admin/*` rule of `_headers`; `public/_headers` holds the local-mode one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adminCsp,
  adminCspHeader,
  adminOpenerPolicy,
  adminOrigins,
  withAdminRule,
} from '../../scripts/lib/admin-csp.ts';
import { cmsBackendSettings, type CmsEnv } from '../../scripts/lib/cms-config.ts';
import { projectRoot } from '../../scripts/lib/site-copy.ts';
import { parseHeadersFile } from '../../scripts/lib/static-server.ts';

const PUBLIC_HEADERS = readFileSync(path.join(projectRoot, 'public/_headers'), 'utf8');
const GITEA_API = 'https://git.tdkt.example.gov.vn/api/v1';

const MODES = {
  local: {},
  github: { CMS_BACKEND: 'github', CMS_REPO: 'ban-tdkt/cong' },
  githubOauth: { CMS_BACKEND: 'github', CMS_REPO: 'ban-tdkt/cong', CMS_AUTH_URL: 'https://dang-nhap.example.vn/' },
  gitea: { CMS_BACKEND: 'gitea', CMS_REPO: 'ban-tdkt/cong', CMS_API_ROOT: GITEA_API },
  giteaOauth: { CMS_BACKEND: 'gitea', CMS_REPO: 'ban-tdkt/cong', CMS_API_ROOT: GITEA_API, CMS_APP_ID: 'abc-123' },
} satisfies Record<string, CmsEnv>;
const settingsOf = (mode: keyof typeof MODES) => cmsBackendSettings(MODES[mode]);

/** The policy's directives, name → sources. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

/** The headers a host sends for `pathname`, from a `_headers` text (as scripts/lib/static-server.ts does). */
function headersFor(text: string, pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of parseHeadersFile(text)
    .filter((r) => r.pattern.test(pathname))
    .flatMap((r) => r.headers)) {
    if (name.startsWith('!')) delete out[name.slice(1).trim()];
    else out[name] = value;
  }
  return out;
}

describe('the /admin/ policy', () => {
  it('is the measured local policy plus frame-src blob: when editing a local folder', () => {
    expect(adminCsp(settingsOf('local'))).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; " +
        "font-src 'self'; connect-src 'self' blob: data:; frame-src blob:; base-uri 'self'; form-action 'none'; " +
        "object-src 'none'",
    );
  });

  it('allows exactly the Git host (and the OAuth server) in connect-src, and its avatars in img-src', () => {
    const expected: Record<keyof typeof MODES, { connect: string[]; img: string[] }> = {
      local: { connect: [], img: [] },
      github: { connect: ['https://api.github.com'], img: ['https://avatars.githubusercontent.com'] },
      githubOauth: {
        connect: ['https://api.github.com', 'https://dang-nhap.example.vn'],
        img: ['https://avatars.githubusercontent.com'],
      },
      gitea: { connect: ['https://git.tdkt.example.gov.vn'], img: ['https://git.tdkt.example.gov.vn'] },
      giteaOauth: { connect: ['https://git.tdkt.example.gov.vn'], img: ['https://git.tdkt.example.gov.vn'] },
    };
    for (const mode of Object.keys(MODES) as Array<keyof typeof MODES>) {
      const settings = settingsOf(mode);
      expect(adminOrigins(settings), mode).toEqual(expected[mode]);
      const d = directives(adminCsp(settings));
      expect(d['connect-src'], mode).toEqual(["'self'", 'blob:', 'data:', ...expected[mode].connect]);
      expect(d['img-src'], mode).toEqual(["'self'", 'blob:', 'data:', ...expected[mode].img]);
      // Nothing else names another origin; no status page, no CDN, no inline script.
      const others = Object.entries(d).flatMap(([name, sources]) =>
        ['connect-src', 'img-src'].includes(name) ? [] : sources.filter((s) => /^https?:/.test(s)),
      );
      expect(others, mode).toEqual([]);
      expect(adminCsp(settings), mode).not.toContain('githubstatus');
      expect(d['script-src'], mode).toEqual(["'self'"]);
      expect(d['frame-src'], mode).toEqual(['blob:']);
      expect(d['default-src'], mode).toEqual(["'none'"]);
      expect(adminCspHeader(settings), mode).toBe(`${adminCsp(settings)}; frame-ancestors 'none'`);
    }
  });

  it('loosens the opener policy only for a sign-in popup on another origin', () => {
    expect(adminOpenerPolicy(settingsOf('local'))).toBe('same-origin');
    expect(adminOpenerPolicy(settingsOf('github'))).toBe('same-origin');
    expect(adminOpenerPolicy(settingsOf('gitea'))).toBe('same-origin');
    expect(adminOpenerPolicy(settingsOf('githubOauth'))).toBe('same-origin-allow-popups');
    expect(adminOpenerPolicy(settingsOf('giteaOauth'))).toBe('unsafe-none');
  });
});

describe("public/_headers' /admin/* rule", () => {
  it('is the local-mode policy plus frame-ancestors, detached from the site policy', () => {
    const admin = headersFor(PUBLIC_HEADERS, '/admin/');
    expect(admin['Content-Security-Policy']).toBe(`${adminCsp(settingsOf('local'))}; frame-ancestors 'none'`);
    expect(admin['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(admin['X-Robots-Tag']).toBe('noindex, nofollow');
    // Rewriting it for the local mode changes nothing: the file is in step with the code.
    expect(withAdminRule(PUBLIC_HEADERS, settingsOf('local'))).toBe(PUBLIC_HEADERS);
  });

  it('is rewritten for each backend, header and opener policy, leaving the rest of the file alone', () => {
    for (const mode of Object.keys(MODES) as Array<keyof typeof MODES>) {
      const settings = settingsOf(mode);
      const text = withAdminRule(PUBLIC_HEADERS, settings);
      const admin = headersFor(text, '/admin/assets/index.js');
      expect(admin['Content-Security-Policy'], mode).toBe(adminCspHeader(settings));
      expect(admin['Cross-Origin-Opener-Policy'], mode).toBe(adminOpenerPolicy(settings));
      expect(admin['Cache-Control'], mode).toBe('no-cache');
      // The site's pages keep the site's headers.
      expect(headersFor(text, '/van-ban/'), mode).toEqual(headersFor(PUBLIC_HEADERS, '/van-ban/'));
      // Only the /admin/* rule changed, and rewriting again (or back) is stable.
      expect(text.replace(/\n\/admin\/\*\n(?:[ \t]+\S.*\n)+/, ''), mode).toBe(
        PUBLIC_HEADERS.replace(/\n\/admin\/\*\n(?:[ \t]+\S.*\n)+/, ''),
      );
      expect(withAdminRule(text, settings), mode).toBe(text);
      expect(withAdminRule(text, settingsOf('local')), mode).toBe(PUBLIC_HEADERS);
    }
  });

  it('cannot be rewritten when the rule or its policy line is missing', () => {
    const local = settingsOf('local');
    expect(() => withAdminRule('/*\n  X-Frame-Options: DENY\n', local)).toThrow(/không có quy tắc \/admin\/\*/);
    expect(() => withAdminRule('/admin/*\n  X-Robots-Tag: noindex\n', local)).toThrow(
      /thiếu dòng Content-Security-Policy/,
    );
  });
});

describe('admin/index.html', () => {
  it('leaves its policy to the build: no hand-written CSP <meta>, a charset line to put it after', () => {
    const html = readFileSync(path.join(projectRoot, 'admin/index.html'), 'utf8');
    expect(html).not.toMatch(/http-equiv=["']?content-security-policy/i);
    expect(html).toContain('<meta charset="utf-8" />');
  });
});
