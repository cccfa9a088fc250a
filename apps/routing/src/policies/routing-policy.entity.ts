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

  /** Who made the version (the username from the token); null for the seeded first version. */
  @Column({ name: 'created_by', type: 'varchar', length: 200, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'published_by', type: 'varchar', length: 200, nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  /** Who retired it: by hand (a draft), or by publishing its successor. */
  @Column({ name: 'retired_by', type: 'varchar', length: 200, nullable: true })
  retiredBy!: string | null;
}
