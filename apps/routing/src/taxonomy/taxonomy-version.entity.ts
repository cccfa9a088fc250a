import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Taxonomy } from '@loket/taxonomy';

export type TaxonomyVersionStatus = 'draft' | 'published' | 'superseded';

/**
 * One version of the category taxonomy. At most one is published (the partial unique index says so): the one in
 * force; publishing another supersedes it. `revision` counts a draft's edits, so an edit made on an older reading
 * of it is refused instead of overwriting someone else's.
 */
@Entity({ name: 'taxonomy_versions' })
@Index('uq_taxonomy_versions_one_published', ['status'], { unique: true, where: `status = 'published'` })
export class TaxonomyVersionRecord {
  @PrimaryColumn({ name: 'version', type: 'int' })
  version!: number;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status!: TaxonomyVersionStatus;

  @Column({ name: 'document', type: 'jsonb' })
  document!: Taxonomy;

  @Column({ name: 'revision', type: 'int', default: 1 })
  revision!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** Who made the version (the username from the token); null for the seeded first version. */
  @Column({ name: 'created_by', type: 'varchar', length: 200, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'published_by', type: 'varchar', length: 200, nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
