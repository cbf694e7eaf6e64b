/**
 * The search page (`/tim-kiem/`): reads the query, filters and order from the URL,
 * shows results, and writes every change back to the URL, so a search can be shared
 * and the back button steps through it.
 */
import type { Filters, SearchOutcome, SortOrder } from './engine.ts';
import { esc, renderHit } from './render.ts';

/** Filters in the order of the pane, their URL names and Vietnamese labels. */
const FILTERS = [
  { key: 'type', param: 'nhom', label: 'Loại nội dung' },
  { key: 'year', param: 'nam', label: 'Năm' },
  { key: 'kind', param: 'loai', label: 'Loại văn bản' },
  { key: 'validity', param: 'hieu-luc', label: 'Tình trạng hiệu lực' },
  { key: 'issuer', param: 'co-quan', label: 'Cơ quan ban hành' },
  { key: 'province', param: 'tinh', label: 'Tỉnh, thành phố' },
  { key: 'field', param: 'linh-vuc', label: 'Lĩnh vực' },
] as const;
const SORTS: Record<string, SortOrder> = { 'lien-quan': 'relevance', 'moi-nhat': 'newest', 'cu-nhat': 'oldest' };
const PAGE = 10;

interface State {
  q: string;
  filters: Filters;
  sort: SortOrder;
}

function stateFromUrl(url: URL): State {
  const filters: Filters = {};
  for (const f of FILTERS) {
    const values = url.searchParams.getAll(f.param).filter(Boolean);
    if (values.length) filters[f.key] = values;
  }
  return {
    q: url.searchParams.get('q') ?? '',
    filters,
    sort: SORTS[url.searchParams.get('sap-xep') ?? ''] ?? 'relevance',
  };
}

function urlFromState(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FILTERS) for (const v of s.filters[f.key] ?? []) p.append(f.param, v);
  const sortParam = Object.entries(SORTS).find(([, v]) => v === s.sort)?.[0];
  if (sortParam && sortParam !== 'lien-quan') p.set('sap-xep', sortParam);
  const qs = p.toString();
  return `${location.pathname}${qs ? '?' + qs : ''}`;
}

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private filtersBox!: HTMLElement;
  private sortSelect!: HTMLSelectElement;
  private limit = PAGE;
  private run = 0;
  /** Filter values are loaded once the reader opens the filter pane (or arrives with filters). */
  private facetsWanted = false;
  private facetsToggle!: HTMLDetailsElement;

  connectedCallback() {
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('input[name="q"]')!;
    this.status = this.querySelector('[data-status]')!;
    this.list = this.querySelector('[data-results]')!;
    this.more = this.querySelector('[data-more]')!;
    this.filtersBox = this.querySelector('[data-filters]')!;
    this.sortSelect = this.querySelector('select[name="sap-xep"]')!;
    this.facetsToggle = this.querySelector('details[data-facets]')!;
    this.facetsToggle.addEventListener('toggle', () => {
      if (this.facetsToggle.open && !this.facetsWanted) {
        this.facetsWanted = true;
        void this.show(this.readForm());
      }
    });
    this.querySelector('[data-js-only]')?.removeAttribute('hidden');

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.go(this.readForm(), true);
    });
    this.form.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).matches('input[type="checkbox"], select')) this.go(this.readForm(), true);
    });
    this.more.addEventListener('click', () => {
      this.limit += PAGE;
      void this.show(this.readForm(), this.list.children.length);
    });
    window.addEventListener('popstate', () => void this.show(stateFromUrl(new URL(location.href))));
    void this.show(stateFromUrl(new URL(location.href)));
  }

  private readForm(): State {
    const data = new FormData(this.form);
    const filters: Filters = {};
    for (const f of FILTERS) {
      const values = data.getAll(f.param).map(String);
      if (values.length) filters[f.key] = values;
    }
    return { q: String(data.get('q') ?? ''), filters, sort: SORTS[String(data.get('sap-xep'))] ?? 'relevance' };
  }

  private go(state: State, push: boolean) {
    this.limit = PAGE;
    const url = urlFromState(state);
    if (push && url !== location.pathname + location.search) history.pushState(null, '', url);
    void this.show(state);
  }

  private async show(state: State, focusFrom?: number) {
    const run = ++this.run;
    if (Object.values(state.filters).some((v) => v.length)) {
      this.facetsWanted = true;
      this.facetsToggle.open = true;
    }
    this.input.value = state.q;
    this.sortSelect.value = Object.entries(SORTS).find(([, v]) => v === state.sort)?.[0] ?? 'lien-quan';
    const hasFilters = Object.values(state.filters).some((v) => v.length);
    if (!state.q && !hasFilters && !this.facetsWanted) {
      // Nothing to show yet: Pagefind is not even loaded until there is a query.
      this.status.textContent = 'Nhập từ khóa, có dấu hay không dấu đều được, hoặc mở bộ lọc.';
      this.list.replaceChildren();
      this.more.hidden = true;
      return;
    }
    if (!state.q && !hasFilters) {
      this.status.textContent = 'Nhập từ khóa, có dấu hay không dấu đều được, hoặc chọn một bộ lọc.';
      this.list.replaceChildren();
      this.more.hidden = true;
    } else {
      this.status.textContent = 'Đang tìm…';
    }
    let outcome: SearchOutcome;
    let engine: typeof import('./engine.ts');
    try {
      // The engine (ranking, readings, corrections) comes after the page: its first load stays small.
      engine = await import('./engine.ts');
      outcome = await engine.runSearch(state.q, state.filters, state.sort, this.limit, this.facetsWanted);
    } catch {
      if (run === this.run)
        this.status.textContent = 'Chưa tải được bộ tìm kiếm. Hãy tải lại trang, hoặc duyệt theo chuyên mục.';
      return;
    }
    if (run !== this.run) return;
    this.renderFilters(outcome, state);
    // What was searched: a long query is cut to its first words (capQuery), and the reader is told.
    const q = outcome.query;
    const note = outcome.shortened ? `<span class="suggest">${engine.shortenedNote(outcome)}</span>` : '';
    document.title = q
      ? `Tìm “${q}” - ${document.title.replace(/^Tìm “.*?” - /, '')}`
      : document.title.replace(/^Tìm “.*?” - /, '');
    if (!q && !hasFilters) return;
    if (outcome.unmatched.length) {
      const rest = q
        .split(' ')
        .filter((w) => !outcome.unmatched.some((u) => w.includes(u)))
        .join(' ');
      // A correction from the site's own words first: the likeliest thing the reader meant.
      const suggestion = outcome.suggestion
        ? `<span class="suggest" data-suggestion>Có phải bạn muốn tìm: <a href="${esc(urlFromState({ ...state, q: outcome.suggestion }))}"><strong>${esc(outcome.suggestion)}</strong></a>?</span>`
        : '';
      this.status.innerHTML =
        `<strong>Không tìm thấy kết quả cho “${esc(q)}”</strong>: không trang nào có ${outcome.unmatched.map((u) => `“${esc(u)}”`).join(', ')}.` +
        suggestion +
        note +
        `<span class="suggest">Gợi ý: kiểm tra chính tả; gõ không dấu cũng được (“thi dua”); tìm văn bản theo số ký hiệu (“21/QĐ-UBND”)` +
        (rest ? `; hoặc <a href="${esc(urlFromState({ ...state, q: rest }))}">tìm “${esc(rest)}”</a>` : '') +
        `.</span>`;
      this.list.replaceChildren();
      this.more.hidden = true;
      return;
    }
    if (!outcome.total) {
      this.status.innerHTML = `<strong>Không tìm thấy kết quả${q ? ` cho “${esc(q)}”` : ''}</strong> với các bộ lọc đã chọn. Gợi ý: bỏ bớt bộ lọc.${note}`;
      this.list.replaceChildren();
      this.more.hidden = true;
      return;
    }
    // Typed with the Vietnamese keyboard off: say how the query was read, and offer it as typed.
    const shown = outcome.readAs ?? q;
    const readNote = outcome.readAs
      ? `<span class="suggest" data-read-as>Đã hiểu “${esc(q)}” là “${esc(outcome.readAs)}” (gõ khi chưa bật bộ gõ tiếng Việt).</span>`
      : '';
    this.status.innerHTML = `${outcome.total} kết quả${shown ? ` cho “${esc(shown)}”` : ''}${outcome.hits.length < outcome.total ? `, đang hiện ${outcome.hits.length}` : ''}.${readNote}${note}`;
    this.list.innerHTML = outcome.hits.map((h) => `<li>${renderHit(h)}</li>`).join('');
    this.more.hidden = outcome.hits.length >= outcome.total;
    if (focusFrom !== undefined) (this.list.children[focusFrom]?.querySelector('a') as HTMLElement | null)?.focus();
  }

  private renderFilters(outcome: SearchOutcome, state: State) {
    if (!this.facetsWanted) return;
    this.filtersBox.innerHTML = FILTERS.filter((f) => outcome.allFacets[f.key]?.length)
      .map((f) => {
        const counts = new Map((outcome.facets[f.key] ?? []).map((v) => [v.value, v.count]));
        const items = outcome.allFacets[f.key]!.map((v, i) => {
          const id = `loc-${f.param}-${i}`;
          const checked = state.filters[f.key]?.includes(v.value) ? ' checked' : '';
          const n = counts.get(v.value) ?? 0;
          return `<li><input type="checkbox" id="${id}" name="${f.param}" value="${esc(v.value)}"${checked}> <label for="${id}">${esc(v.value)} <span class="count">(${n})</span></label></li>`;
        }).join('');
        const open = state.filters[f.key]?.length || f.key === 'type' || f.key === 'year' ? ' open' : '';
        return `<details${open}><summary>${f.label}</summary><fieldset><legend class="visually-hidden">${f.label}</legend><ul>${items}</ul></fieldset></details>`;
      })
      .join('');
  }
}

customElements.define('search-page', SearchPage);
