import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CategoryMatchLevel } from '@loket/incident-linking';

/** Where a labelled example came from: a coordinator's correction or confirmation. */
export type LinkingExampleSource = 'confirm' | 'unlink' | 'split' | 'move-out' | 'move-in' | 'merge';

/**
 * A coordinator's correction kept as a labelled pair (report, case): only the measures the linker's score is made
 * of, so it holds no text, place, time or id and outlives every report it came from.
 */
@Entity({ name: 'linking_examples' })
@Index('idx_linking_examples_recorded_at', ['recordedAt'])
export class LinkingExampleRecord {
  @PrimaryGeneratedColumn({ name: 'id', type: 'bigint' })
  id!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'source', type: 'varchar', length: 32 })
  source!: LinkingExampleSource;

  /** The pair had been linked by the linker (so the example measures its precision). */
  @Column({ name: 'automatic_link', type: 'boolean' })
  automaticLink!: boolean;

  @Column({ name: 'same_incident', type: 'boolean' })
  sameIncident!: boolean;

  /** Within the case's radius and window: only such pairs are ever scored, so only they are learned from. */
  @Column({ name: 'within_reach', type: 'boolean' })
  withinReach!: boolean;

  @Column({ name: 'distance', type: 'double precision' })
  distance!: number;

  @Column({ name: 'time', type: 'double precision' })
  time!: number;

  @Column({ name: 'text', type: 'double precision' })
  text!: number;

  @Column({ name: 'category_level', type: 'varchar', length: 16 })
  categoryLevel!: CategoryMatchLevel;

  /** The texts ruled out a link (different house numbers, or "another one"); null when kept before that was known. */
  @Column({ name: 'ruled_out_by_text', type: 'boolean', nullable: true })
  ruledOutByText!: boolean | null;
}
