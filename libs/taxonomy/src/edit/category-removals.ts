import type { Taxonomy } from '../taxonomy.types';
import type { TaxonomyIssue } from './validate-taxonomy';

/** What still uses categories: the codes the routing policy in force names, and open cases per category code. */
export interface CategoriesInUse {
  /** Codes (main or sub) the policy in force names in a rule. */
  byPolicy: ReadonlySet<string>;
  /** Open cases per main category code and per subcategory code. */
  openCasesByMain: ReadonlyMap<string, number>;
  openCasesBySub: ReadonlyMap<string, number>;
}

/**
 * The categories an edited taxonomy drops from the one in force that are still in use: a rule of the policy in
 * force routes by it, or open cases are in it. Each is an issue at the list it was removed from (`categories`, or
 * the main category's `sub`), saying what keeps it. Pure.
 */
export function categoryRemovalIssues(inForce: Taxonomy, edited: Taxonomy, inUse: CategoriesInUse): TaxonomyIssue[] {
  const issues: TaxonomyIssue[] = [];
  const mainsAfter = new Set(edited.categories.map((c) => c.code));
  const subsAfter = new Set(edited.categories.flatMap((c) => c.sub.map((s) => s.code)));
  for (const main of inForce.categories) {
    if (!mainsAfter.has(main.code)) {
      const reasons = reasonsFor(main.code, inUse.byPolicy, inUse.openCasesByMain.get(main.code) ?? 0);
      if (reasons) issues.push({ path: 'categories', message: `category ${main.code} cannot be removed: ${reasons}` });
    }
    const index = edited.categories.findIndex((c) => c.code === main.code);
    for (const sub of main.sub) {
      if (subsAfter.has(sub.code)) continue;
      const reasons = reasonsFor(sub.code, inUse.byPolicy, inUse.openCasesBySub.get(sub.code) ?? 0);
      if (reasons) issues.push({ path: index >= 0 ? `categories[${index}].sub` : 'categories', message: `subcategory ${sub.code} cannot be removed: ${reasons}` });
    }
  }
  return issues;
}

function reasonsFor(code: string, byPolicy: ReadonlySet<string>, openCases: number): string | null {
  const reasons = [
    ...(byPolicy.has(code) ? ['the routing policy in force routes by it (change the policy first)'] : []),
    ...(openCases > 0 ? [`${openCases} open ${openCases === 1 ? 'case is' : 'cases are'} in it (close or move them first)`] : []),
  ];
  return reasons.length ? reasons.join('; ') : null;
}
