import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RoutingPolicy } from '@loket/routing-policy';

/** One version of a routing policy. At most one version is published (the partial unique index says so). */
@Entity({ name: 'routing_policies' })
@Index('uq_routing_policies_one_published', ['status'], { unique: true, where: `status = 'published'` })
export class RoutingPolicyRecord {
  @PrimaryColumn({ name: 'policy_id', type: 'varchar', length: 64 })
  policyId!: string;

  @PrimaryColumn({ name: 'version', type: 'int' })
  version!: number;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status!: 'draft' | 'published' | 'retired';

  @Column({ name: 'document', type: 'jsonb' })
  document!: RoutingPolicy;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
