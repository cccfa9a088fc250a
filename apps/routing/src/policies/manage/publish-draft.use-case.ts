import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { PolicyIssue, publishPolicy, RoutingPolicy } from '@loket/routing-policy';
import { AdminAudit } from '../../audit/admin-audit';
import { PolicyCatalogueSource } from '../policy-catalogue-source';
import { PolicyStore } from '../policy-store';

/**
 * Publishes a draft: it becomes the one active version and the previous one is retired, in one transaction.
 * A draft with validation errors is refused with the issues; warnings are returned, never hidden.
 */
@Injectable()
export class PublishDraft {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PolicyStore,
    private readonly catalogue: PolicyCatalogueSource,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, policyId: string, version: number): Promise<{ published: RoutingPolicy; warnings: PolicyIssue[] }> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('routing-policy-publish'))`);
      const draft = await this.store.version(tx, policyId, version, true);
      const current = await this.store.published(tx);
      const result = publishPolicy(draft, current, await this.catalogue.catalogue(tx));
      if (!result.ok) {
        throw new ProblemException(result.code === 'invalid-policy' ? 422 : 409, `policy-${result.code}`, 'Policy not published', result.message, { issues: result.issues });
      }
      if (result.retired) await this.store.markRetired(tx, result.retired, actor.username);
      await this.store.markPublished(tx, result.published, actor.username);
      await this.audit.record(tx, actor, {
        action: 'policy.published',
        subjectType: 'policy',
        subjectId: `${policyId}@${version}`,
        before: current ? { id: current.id, version: current.version } : null,
        after: { id: policyId, version },
      });
      return { published: result.published, warnings: result.warnings };
    });
  }
}
