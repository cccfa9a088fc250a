import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { RoutingPolicy } from '@loket/routing-policy';
import { AdminAudit } from '../../audit/admin-audit';
import { PolicyDocumentRequest } from '../http/policy-document.request';
import { PolicyStore } from '../policy-store';

/** Replaces a draft's rules and fallback. Published and retired versions never change. */
@Injectable()
export class EditDraft {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PolicyStore,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, policyId: string, version: number, document: PolicyDocumentRequest): Promise<RoutingPolicy> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.store.version(tx, policyId, version, true);
      if (before.status !== 'draft') {
        throw ProblemException.conflict(`Policy ${policyId} v${version} is ${before.status}; only a draft can be edited`);
      }
      const after: RoutingPolicy = { ...before, rules: structuredClone(document.rules), fallback: document.fallback ? structuredClone(document.fallback) : null };
      await this.store.replace(tx, after);
      await this.audit.record(tx, actor, { action: 'policy.draft-edited', subjectType: 'policy', subjectId: `${policyId}@${version}`, before, after });
      return after;
    });
  }
}
