import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { retirePolicy, RoutingPolicy } from '@loket/routing-policy';
import { AdminAudit } from '../../audit/admin-audit';
import { PolicyStore } from '../policy-store';

/** Retires a version that is not in force (a draft set aside); the version in force is a 409 with the reason. */
@Injectable()
export class RetireVersion {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: PolicyStore,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, policyId: string, version: number): Promise<RoutingPolicy> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('routing-policy-publish'))`);
      const before = await this.store.version(tx, policyId, version, true);
      const result = retirePolicy(before);
      if (!result.ok) {
        throw new ProblemException(409, `policy-${result.code}`, result.code === 'in-force' ? 'The version in force cannot be retired' : 'Already retired', result.message);
      }
      await this.store.markRetired(tx, result.retired, actor.username);
      await this.audit.record(tx, actor, { action: 'policy.retired', subjectType: 'policy', subjectId: `${policyId}@${version}`, before: { status: before.status }, after: { status: 'retired' } });
      return result.retired;
    });
  }
}
