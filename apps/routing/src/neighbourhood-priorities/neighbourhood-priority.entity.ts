import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One person's neighbourhood priorities. Keyed by a keyed hash of their token subject (see
 * @loket/neighbourhood-priorities respondentKey), so they can change it; no name, e-mail or subject is stored.
 */
@Entity({ name: 'neighbourhood_priorities' })
export class NeighbourhoodPriorityRecord {
  @PrimaryColumn({ name: 'respondent_key', type: 'char', length: 64 })
  respondentKey!: string;

  @Index('idx_neighbourhood_priorities_area')
  @Column({ name: 'area_id', type: 'varchar', length: 64 })
  areaId!: string;

  /** Main category codes, most important first (1 to 3). */
  @Column({ name: 'themes', type: 'text', array: true })
  themes!: string[];
}
