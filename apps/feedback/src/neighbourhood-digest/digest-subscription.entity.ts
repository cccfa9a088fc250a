import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A signed-in resident's subscription to the daily digest of their neighbourhood: one per person (by keyed subject),
 * the address encrypted (`FieldCipher`), the period already told (`coveredUntil`) and when the next one is due.
 */
@Entity({ name: 'neighbourhood_digests' })
@Index('idx_neighbourhood_digests_due', ['nextDueAt'])
export class DigestSubscriptionRecord {
  @PrimaryColumn({ name: 'id', type: 'uuid', primaryKeyConstraintName: 'PK_neighbourhood_digests' })
  id!: string;

  @Index('uq_neighbourhood_digests_subject', { unique: true })
  @Column({ name: 'subject_key', type: 'varchar', length: 64 })
  subjectKey!: string;

  @Column({ name: 'email', type: 'text' })
  email!: string;

  @Column({ name: 'area_id', type: 'varchar', length: 64 })
  areaId!: string;

  @Column({ name: 'language', type: 'varchar', length: 2 })
  language!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'covered_until', type: 'timestamptz' })
  coveredUntil!: Date;

  @Column({ name: 'next_due_at', type: 'timestamptz' })
  nextDueAt!: Date;
}
