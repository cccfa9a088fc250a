import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { catalogueFromTaxonomy, PolicyCatalogue, validatePolicy } from '@loket/routing-policy';
import { CategoriesInUse, categoryRemovalIssues, SEED_TAXONOMY, Taxonomy, TaxonomyIssue, validateTaxonomy } from '@loket/taxonomy';
import { PolicyStore } from '../policies/policy-store';
import { TaxonomyStore } from './taxonomy-store';

/**
 * Everything that keeps an edited taxonomy from being put in force: its own faults (libs/taxonomy's
 * validateTaxonomy), categories it drops that the policy in force or open cases still use, and whatever else of
 * the policy in force it would break (an organisation or team the policy sends reports to).
 */
@Injectable()
export class TaxonomyIssues {
  constructor(
    private readonly store: TaxonomyStore,
    private readonly policies: PolicyStore,
  ) {}

  async of(tx: EntityManager, edited: Taxonomy): Promise<TaxonomyIssue[]> {
    const inForce = (await this.store.published(tx))?.document ?? SEED_TAXONOMY;
    const policy = await this.policies.published(tx);
    const inUse: CategoriesInUse = {
      byPolicy: new Set(policy?.rules.flatMap((r) => r.conditions.categories ?? []) ?? []),
      ...(await this.openCases(tx)),
    };
    const issues = [...validateTaxonomy(edited), ...categoryRemovalIssues(inForce, edited, inUse)];
    if (policy) {
      const areas = ((await tx.query(`SELECT id FROM areas`)) as { id: string }[]).map((a) => a.id);
      const errors = (catalogue: PolicyCatalogue) =>
        validatePolicy(policy, catalogue).filter((i) => i.severity === 'error' && i.code !== 'unknown-category');
      const before = new Set(errors(catalogueFromTaxonomy(inForce, areas)).map((i) => i.message));
      for (const issue of errors(catalogueFromTaxonomy(edited, areas))) {
        if (!before.has(issue.message)) issues.push({ path: 'organisations', message: `the routing policy in force would no longer hold: ${issue.message}` });
      }
    }
    return issues;
  }

  private async openCases(tx: EntityManager): Promise<Pick<CategoriesInUse, 'openCasesByMain' | 'openCasesBySub'>> {
    const rows: { main: string; sub: string | null; count: string }[] = await tx.query(
      `SELECT category_main AS main, category_sub AS sub, count(*) AS count FROM cases WHERE status = 'open' GROUP BY category_main, category_sub`,
    );
    const openCasesByMain = new Map<string, number>();
    const openCasesBySub = new Map<string, number>();
    for (const row of rows) {
      openCasesByMain.set(row.main, (openCasesByMain.get(row.main) ?? 0) + Number(row.count));
      if (row.sub) openCasesBySub.set(row.sub, (openCasesBySub.get(row.sub) ?? 0) + Number(row.count));
    }
    return { openCasesByMain, openCasesBySub };
  }
}

/** An issue's place as the HTTP problems name fields: `categories[2].sub[0].code` → `categories.2.sub.0.code`. */
export function fieldOf(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}
