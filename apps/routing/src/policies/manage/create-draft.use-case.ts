import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { nextDraft, RoutingPolicy } from '@loket/routing-policy';
import { AdminAudit } from '../../audit/admin-audit';
import { PolicyStore } from '../policy-store';

/** A new draft, copied from the published version (or a named one), one version above the highest. */
@Injectable()
export class CreateDraft {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PolicyStore,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, policyId: string, fromVersion?: number): Promise<RoutingPolicy> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`routing-policy:${policyId}`]);
      const source = fromVersion ? await this.store.version(tx, policyId, fromVersion) : await this.store.published(tx);
      if (!source || source.id !== policyId) throw ProblemException.notFound(`Policy ${policyId} has nothing to copy a draft from`);
      const draft = nextDraft(source, await this.store.nextVersion(tx, policyId));
      await this.store.insert(tx, draft, actor.username);
      await this.audit.record(tx, actor, { action: 'policy.draft-created', subjectType: 'policy', subjectId: `${policyId}@${draft.version}`, before: null, after: draft });
      return draft;
    });
  }
}
