import { CategoryCatalogue } from './category-catalogue';

describe('CategoryCatalogue', () => {
  const catalogue = new CategoryCatalogue();

  it('resolves a main and a sub category with the main category sensitivity', () => {
    expect(catalogue.resolve({ main: 'afval', sub: 'grofvuil' })).toEqual({ main: 'afval', sub: 'grofvuil', sensitivity: 1, known: true });
  });

  it('takes a sub category override of the sensitivity', () => {
    expect(catalogue.resolve({ main: 'wonen', sub: 'woonfraude' }).sensitivity).toBe(3);
  });

  it('finds the main category of a sub category given alone', () => {
    expect(catalogue.resolve({ main: 'verward-gedrag' })).toMatchObject({ main: 'zorg', sub: 'verward-gedrag', sensitivity: 4 });
  });

  it('turns an unknown or missing category into "overig"', () => {
    expect(catalogue.resolve({ main: 'ufo' })).toMatchObject({ main: 'overig', known: false });
    expect(catalogue.resolve(null)).toMatchObject({ main: 'overig', known: false });
  });
});
