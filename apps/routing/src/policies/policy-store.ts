import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RoutingPolicy } from '@loket/routing-policy';
import { ProblemException } from '@loket/http';
import { RoutingPolicyRecord } from './routing-policy.entity';

/** Reads and writes policy versions; the document is the routing-policy library's own shape. */
@Injectable()
export class PolicyStore {
  async published(tx: EntityManager): Promise<RoutingPolicy | null> {
    return (await tx.findOne(RoutingPolicyRecord, { where: { status: 'published' } }))?.document ?? null;
  }

  async version(tx: EntityManager, policyId: string, version: number, lock = false): Promise<RoutingPolicy> {
    const record = await tx.findOne(RoutingPolicyRecord, {
      where: { policyId, version },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!record) throw ProblemException.notFound(`Policy ${policyId} has no version ${version}`);
    return record.document;
  }

  async nextVersion(tx: EntityManager, policyId: string): Promise<number> {
    const [row] = await tx.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM routing_policies WHERE policy_id = $1`, [policyId]);
    return Number(row.next);
  }

  async list(tx: EntityManager): Promise<RoutingPolicyRecord[]> {
    return tx.find(RoutingPolicyRecord, { order: { policyId: 'ASC', version: 'DESC' } });
  }

  async record(tx: EntityManager, policyId: string, version: number): Promise<RoutingPolicyRecord> {
    const record = await tx.findOne(RoutingPolicyRecord, { where: { policyId, version } });
    if (!record) throw ProblemException.notFound(`Policy ${policyId} has no version ${version}`);
    return record;
  }

  /** Stores a new version (a draft) made by `createdBy`. */
  async insert(tx: EntityManager, policy: RoutingPolicy, createdBy: string): Promise<void> {
    await tx.insert(RoutingPolicyRecord, { policyId: policy.id, version: policy.version, status: policy.status, document: policy, createdBy });
  }

  /** Replaces a draft's document. */
  async replace(tx: EntityManager, policy: RoutingPolicy): Promise<void> {
    await tx.update(RoutingPolicyRecord, { policyId: policy.id, version: policy.version }, { status: policy.status, document: policy });
  }

  async markPublished(tx: EntityManager, policy: RoutingPolicy, by: string): Promise<void> {
    await tx.update(RoutingPolicyRecord, { policyId: policy.id, version: policy.version }, { status: 'published', document: policy, publishedAt: new Date(), publishedBy: by });
  }

  async markRetired(tx: EntityManager, policy: RoutingPolicy, by: string): Promise<void> {
    await tx.update(RoutingPolicyRecord, { policyId: policy.id, version: policy.version }, { status: 'retired', document: policy, retiredAt: new Date(), retiredBy: by });
  }
}
