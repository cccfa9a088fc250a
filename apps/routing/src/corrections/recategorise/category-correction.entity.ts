import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CategorySource } from '../../cases/case.entity';

/**
 * A coordinator corrected the category of a case, kept as a labelled example: the category it had, the one it
 * has now, who had chosen the first (reporter or suggester), when the case opened, and the text of its reports
 * reduced to the words the suggester's repository examples already contain (KnownWords). No name, place or person.
 */
@Entity({ name: 'category_corrections' })
@Index('idx_category_corrections_case_opened_at', ['caseOpenedAt'])
export class CategoryCorrectionRecord {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'case_opened_at', type: 'timestamptz' })
  caseOpenedAt!: Date;

  /** Who had chosen the category it was corrected from, as the case opened; null for older cases. */
  @Column({ name: 'category_source', type: 'varchar', length: 16, nullable: true })
  categorySource!: CategorySource | null;

  @Column({ name: 'from_main', type: 'varchar', length: 64 })
  fromMain!: string;

  @Column({ name: 'from_sub', type: 'varchar', length: 64, nullable: true })
  fromSub!: string | null;

  @Column({ name: 'to_main', type: 'varchar', length: 64 })
  toMain!: string;

  @Column({ name: 'to_sub', type: 'varchar', length: 64, nullable: true })
  toSub!: string | null;

  /** The case's reports reduced to known words, for retraining the suggester; null for corrections before it was kept. */
  @Column({ name: 'known_words', type: 'text', nullable: true })
  knownWords!: string | null;
}
