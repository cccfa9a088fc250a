import type { CategoryRef } from '../model/case-summary';
import type { CategoryRelation, LinkingRules } from '../rules/linking-rules';

export type CategoryMatchLevel = 'same-sub' | 'same-main' | 'related' | 'unknown' | 'other';

export interface CategoryMatch {
  readonly level: CategoryMatchLevel;
  /** E.g. "same subcategory grofvuil", "related categories overlast/drugsoverlast ~ ondermijning". */
  readonly description: string;
}

/** How a report's category relates to a case's: same sub > same main > related > unknown > other. */
export function matchCategories(
  report: CategoryRef | null,
  kase: CategoryRef,
  rules: Pick<LinkingRules, 'related' | 'catchAllMains'>,
): CategoryMatch {
  if (report === null)
    return { level: 'unknown', description: `report has no category (case: ${label(kase)})` };
  if (report.main === kase.main) {
    if (report.sub !== undefined && report.sub === kase.sub) {
      return { level: 'same-sub', description: `same subcategory ${report.sub}` };
    }
    const subs = report.sub !== undefined && kase.sub !== undefined ? ` (${report.sub} vs ${kase.sub})` : '';
    return { level: 'same-main', description: `same category ${report.main}${subs}` };
  }
  const relation = rules.related.find((r) => relates(r, report, kase));
  if (relation)
    return { level: 'related', description: `related categories ${relation[0]} ~ ${relation[1]}` };
  const catchAll = [report, kase].find((c) => rules.catchAllMains.includes(c.main));
  if (catchAll)
    return {
      level: 'unknown',
      description: `catch-all category ${catchAll.main} (${label(report)} vs ${label(kase)})`,
    };
  return { level: 'other', description: `different category (${label(report)} vs ${label(kase)})` };
}

function relates(relation: CategoryRelation, a: CategoryRef, b: CategoryRef): boolean {
  const [left, right] = relation;
  return (covers(left, a) && covers(right, b)) || (covers(left, b) && covers(right, a));
}

/** "main" covers every subcategory of main; "main/sub" only that one. */
function covers(pattern: string, category: CategoryRef): boolean {
  const slash = pattern.indexOf('/');
  if (slash < 0) return pattern === category.main;
  return pattern.slice(0, slash) === category.main && pattern.slice(slash + 1) === category.sub;
}

function label(category: CategoryRef): string {
  return category.sub !== undefined ? `${category.main}/${category.sub}` : category.main;
}
