import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A professional as the workbench last saw them in their token: who they are and which organisation and teams
 * they belong to. Kept so a case can be assigned to a colleague of its team (and refused for anyone else);
 * updated whenever they call the API with a token that says something new.
 */
@Entity({ name: 'professionals' })
@Index('idx_professionals_organisation', ['organisation'])
export class ProfessionalRecord {
  /** The Keycloak subject. */
  @PrimaryColumn({ name: 'subject', type: 'varchar', length: 100, primaryKeyConstraintName: 'pk_professionals' })
  subject!: string;

  @Column({ name: 'username', type: 'varchar', length: 200 })
  username!: string;

  @Column({ name: 'organisation', type: 'varchar', length: 64, nullable: true })
  organisation!: string | null;

  @Column({ name: 'teams', type: 'text', array: true })
  teams!: string[];

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;
}
