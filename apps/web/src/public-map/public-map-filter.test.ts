import { describe, expect, it } from 'vitest';
import { casesRequest, filterFromSearch, PAGE_SIZE, pageOf, searchFromFilter } from './public-map-filter';

describe('the public map filter in the address', () => {
  it('reads area, category and page, and writes them back the same', () => {
    const filter = filterFromSearch(new URLSearchParams('buurt=BU99990103&categorie=afval&pagina=3'));
    expect(filter).toEqual({ area: 'BU99990103', category: 'afval', page: 3 });
    expect(searchFromFilter(filter).toString()).toBe('buurt=BU99990103&categorie=afval&pagina=3');
    expect(searchFromFilter({ area: '', category: '', page: 1 }).toString()).toBe('');
  });

  it('ignores what is no code or no page', () => {
    expect(filterFromSearch(new URLSearchParams('buurt=<script>&categorie=Afval Rest&pagina=-2'))).toEqual({ area: '', category: '', page: 1 });
    expect(filterFromSearch(new URLSearchParams('pagina=1.5')).page).toBe(1);
  });

  it('asks for one more than a page, from where the page starts, and tells whether there is a next one', () => {
    expect(casesRequest({ area: 'BU1', category: '', page: 2 })).toEqual({ area: 'BU1', limit: PAGE_SIZE + 1, offset: PAGE_SIZE });
    const rows = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => i);
    expect(pageOf(rows)).toEqual({ items: rows.slice(0, PAGE_SIZE), hasNext: true });
    expect(pageOf(rows.slice(0, 3))).toEqual({ items: [0, 1, 2], hasNext: false });
  });
});
