/**
 * Quick results under the header search box, loaded the first time the reader focuses
 * it. Typing shows the five best results; ↓ moves into them, Esc closes; the form
 * still submits to /tim-kiem/ for the full page.
 */
import { runSearch, shortenedNote } from './engine.ts';
import { esc, renderHit } from './render.ts';
import quickResultsCss from './quick-results.css?raw';

/**
 * The panel's style comes with this script, not with every page: a constructed style
 * sheet (no inline style element, nothing for the page's first load to carry).
 */
function adoptStyle() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(quickResultsCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function attach(input: HTMLInputElement) {
  if (input.dataset.quick) return;
  input.dataset.quick = '1';
  adoptStyle();
  const form = input.form!;
  const panel = document.createElement('div');
  panel.className = 'quick-results';
  panel.id = 'ket-qua-nhanh';
  panel.hidden = true;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Kết quả tìm nhanh');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'quick-status';
  const list = document.createElement('ol');
  panel.append(status, list);
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-describedby', 'ket-qua-nhanh');

  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];
  const close = () => {
    panel.hidden = true;
  };

  const update = async () => {
    const q = input.value.trim();
    const mine = ++run;
    if (q.length < 2) {
      close();
      return;
    }
    panel.hidden = false;
    status.textContent = 'Đang tìm…';
    try {
      const out = await runSearch(q, {}, 'relevance', 5, false, true);
      if (mine !== run) return;
      const all = `${form.getAttribute('action')}?q=${encodeURIComponent(q)}`;
      if (out.unmatched.length || !out.total) {
        const fix = out.suggestion
          ? ` <span data-suggestion>Có phải bạn muốn tìm: <a href="${form.getAttribute('action')}?q=${encodeURIComponent(out.suggestion)}">${esc(out.suggestion)}</a>?</span>`
          : ` <a href="${all}">Mở trang tìm kiếm</a>`;
        status.innerHTML = `Không tìm thấy kết quả cho “${esc(q)}”.${fix}`;
        list.replaceChildren();
        return;
      }
      status.textContent =
        `${out.total} kết quả${out.readAs ? ` cho “${out.readAs}”` : ''}` +
        (out.shortened ? `. ${shortenedNote(out)}` : '');
      list.innerHTML =
        out.hits.map((h) => `<li>${renderHit(h, true)}</li>`).join('') +
        `<li class="all"><a href="${all}">Xem tất cả ${out.total} kết quả cho “${esc(q)}”</a></li>`;
    } catch {
      if (mine === run) status.textContent = 'Chưa tải được bộ tìm kiếm; nhấn Tìm để mở trang tìm kiếm.';
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !panel.hidden) {
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === 'Escape') close();
  });
  panel.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      all[Math.min(i + 1, all.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i <= 0) input.focus();
      else all[i - 1]?.focus();
    } else if (e.key === 'Escape') {
      close();
      input.focus();
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void update();
}
