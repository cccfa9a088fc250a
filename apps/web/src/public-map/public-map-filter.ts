import type { PublicCasesFilter } from '../api/public-map';

/** Reports per page of the public map and list. */
export const PAGE_SIZE = 20;

/** What the public map shows, as its address says (`/kaart?buurt=BU..&categorie=afval&pagina=2`), so it can be shared. */
export interface MapFilter {
  area: string;
  category: string;
  page: number;
}

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export function filterFromSearch(search: URLSearchParams): MapFilter {
  const area = search.get('buurt') ?? '';
  const category = search.get('categorie') ?? '';
  const page = Number(search.get('pagina') ?? '1');
  return {
    area: CODE.test(area) ? area : '',
    category: /^[a-z0-9-]{1,64}$/.test(category) ? category : '',
    page: Number.isInteger(page) && page >= 1 && page <= 5_000 ? page : 1,
  };
}

export function searchFromFilter(filter: MapFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.area) search.set('buurt', filter.area);
  if (filter.category) search.set('categorie', filter.category);
  if (filter.page > 1) search.set('pagina', String(filter.page));
  return search;
}

/** One more than a page is asked for: if it comes, there is a next page. */
export function casesRequest(filter: MapFilter): PublicCasesFilter {
  return {
    ...(filter.area ? { area: filter.area } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    limit: PAGE_SIZE + 1,
    offset: (filter.page - 1) * PAGE_SIZE,
  };
}

export function pageOf<T>(rows: readonly T[]): { items: T[]; hasNext: boolean } {
  return { items: rows.slice(0, PAGE_SIZE), hasNext: rows.length > PAGE_SIZE };
}
