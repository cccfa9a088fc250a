import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What feedback needs to know of a case to decide what its reporters may hear. */
@Entity({ name: 'cases' })
export class CaseRecord {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'organisation', type: 'varchar', length: 64 })
  organisation!: string;

  /** When the organisation above took the case (opened, reassigned): an older event never moves it back. */
  @Column({ name: 'organisation_since', type: 'timestamptz', nullable: true })
  organisationSince!: Date | null;

  @Column({ name: 'category_main', type: 'varchar', length: 64 })
  categoryMain!: string;

  @Column({ name: 'category_sub', type: 'varchar', length: 64, nullable: true })
  categorySub!: string | null;

  /** 1 public space, 2 nuisance, 3 safety, 4 about a person or serious crime. */
  @Column({ name: 'sensitivity', type: 'smallint' })
  sensitivity!: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;
}
