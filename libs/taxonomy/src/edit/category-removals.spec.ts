import { SEED_TAXONOMY } from '../seed-taxonomy';
import type { Taxonomy } from '../taxonomy.types';
import { categoryRemovalIssues } from './category-removals';

const nothingInUse = { byPolicy: new Set<string>(), openCasesByMain: new Map<string, number>(), openCasesBySub: new Map<string, number>() };

describe('categoryRemovalIssues', () => {
  const withoutWaste: Taxonomy = { ...SEED_TAXONOMY, categories: SEED_TAXONOMY.categories.filter((c) => c.code !== 'afval') };
  const withoutBulkyWaste: Taxonomy = {
    ...SEED_TAXONOMY,
    categories: SEED_TAXONOMY.categories.map((c) => (c.code === 'afval' ? { ...c, sub: c.sub.filter((s) => s.code !== 'grofvuil') } : c)),
  };

  it('lets a category go that nothing uses', () => {
    expect(categoryRemovalIssues(SEED_TAXONOMY, withoutWaste, nothingInUse)).toEqual([]);
    expect(categoryRemovalIssues(SEED_TAXONOMY, SEED_TAXONOMY, { ...nothingInUse, byPolicy: new Set(['afval']) })).toEqual([]);
  });

  it('refuses removing a main category the policy in force routes by or open cases are in, saying why, at the list', () => {
    const issues = categoryRemovalIssues(SEED_TAXONOMY, withoutWaste, { ...nothingInUse, byPolicy: new Set(['afval']), openCasesByMain: new Map([['afval', 3]]) });
    expect(issues).toEqual([
      { path: 'categories', message: 'category afval cannot be removed: the routing policy in force routes by it (change the policy first); 3 open cases are in it (close or move them first)' },
    ]);
  });

  it('refuses removing a subcategory in use, at its main category’s list of subcategories', () => {
    const issues = categoryRemovalIssues(SEED_TAXONOMY, withoutBulkyWaste, { ...nothingInUse, openCasesBySub: new Map([['grofvuil', 1]]) });
    expect(issues).toEqual([{ path: 'categories[0].sub', message: 'subcategory grofvuil cannot be removed: 1 open case is in it (close or move them first)' }]);
  });
});
