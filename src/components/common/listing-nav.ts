/**
 * A listing's filters and page numbers, applied in place: a click on one of their links
 * (inside `[data-listing-link]`) fetches that static page and puts its `<main>` in
 * place of this one, so the reader stays where they are. The address, the title and the
 * history follow; the new count is announced and focus goes to the results' heading.
 * Any failure goes to the page as the plain link would; without script, links do all.
 */
const main = document.querySelector('main');
const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('aria-live', 'polite');
document.body.append(live);
let shown = location.pathname;
let latest = 0;

async function show(url: string, push: boolean) {
  const mine = ++latest;
  try {
    const res = await fetch(url);
    const page = new DOMParser().parseFromString(await res.text(), 'text/html');
    const next = page.querySelector('main');
    if (!res.ok || !main || !next?.querySelector('[data-listing]')) throw Error();
    // A later click won the race.
    if (mine !== latest) return;
    main.replaceChildren(...next.childNodes);
    document.title = page.title;
    // The head's links that name this page: its canonical address and its feeds.
    const own = 'link[rel=canonical],link[rel=alternate][type="application/rss+xml"]';
    document.head.querySelectorAll(own).forEach((l) => l.remove());
    document.head.append(...page.head.querySelectorAll(own));
    if (push) history.pushState(null, '', url);
    shown = location.pathname;
    const heading = document.getElementById('ket-qua');
    live.textContent = `${document.querySelector('h1')?.textContent}. ${heading?.textContent?.trim()}`;
    heading?.focus();
  } catch {
    if (push) location.assign(url);
    else location.reload();
  }
}

document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('[data-listing-link] a[href]');
  if (!a || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.origin !== location.origin) return;
  e.preventDefault();
  void show(a.href, true);
});

// Back and forward between the pages shown here; a change of #fragment alone is not one.
addEventListener('popstate', () => {
  if (location.pathname !== shown) void show(location.href, false);
});

// A module, so that ListingShell can import() it.
export {};
