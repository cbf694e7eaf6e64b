/**
 * The one rule for a website address that the site links to (an organization's
 * `website`): the organization schema enforces it, and the page that draws the link
 * asks it again, so no other value ever becomes an `href`. A `javascript:`, `data:` or
 * `file:` address would run or open something on the reader's machine; a user name and
 * password in the address (`https://tai-khoan:mat-khau@...`) would publish a login, or
 * disguise the real host behind a familiar name.
 */

/** What the editor is told when an address breaks the rule. */
export const WEBSITE_MESSAGE =
  'Địa chỉ trang web phải bắt đầu bằng https:// hoặc http:// và không chứa tên đăng nhập, mật khẩu';

/** Whether `value` is an `https://` or `http://` address with a host and no user name or password. */
export function isWebsite(value: string): boolean {
  // The URL parser drops leading spaces and control characters and accepts `https:host`;
  // the written address itself must start with the scheme and its `//`.
  if (!/^https?:\/\//i.test(value)) return false;
  const url = URL.parse(value);
  return (
    url !== null &&
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** `value` when it may be linked to, otherwise `undefined`. */
export function websiteHref(value: string | undefined): string | undefined {
  return value !== undefined && isWebsite(value) ? value : undefined;
}
