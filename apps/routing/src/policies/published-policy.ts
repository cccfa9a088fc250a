import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CompiledPolicy, compilePolicy } from '@loket/routing-policy';
import { RoutingPolicyRecord } from './routing-policy.entity';

/**
 * The published routing policy, compiled once per version. Each decision asks for it inside its own
 * transaction, so a policy published a moment ago routes the very next report.
 */
@Injectable()
export class PublishedPolicy {
  private cached: { key: string; compiled: CompiledPolicy } | null = null;

  async current(tx: EntityManager): Promise<CompiledPolicy> {
    const record = await tx.findOne(RoutingPolicyRecord, { where: { status: 'published' } });
    if (!record) throw new Error('no routing policy is published');
    const key = `${record.policyId}@${record.version}`;
    if (this.cached?.key !== key) this.cached = { key, compiled: compilePolicy(record.document) };
    return this.cached.compiled;
  }
}
