import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CategoryExampleV1 } from '@loket/contracts';

/**
 * A category suggester version routing activated (or rolled back to), as `category-model.activated` brought it. The
 * highest activation is in force.
 */
@Entity({ name: 'received_category_models' })
export class ReceivedCategoryModelRecord {
  @PrimaryColumn({ name: 'activation', type: 'int' })
  activation!: number;

  /** 0: the built-in model. */
  @Column({ name: 'version', type: 'int' })
  version!: number;

  /** What the version adds to the repository's examples (known words only: no personal data). */
  @Column({ name: 'examples', type: 'jsonb' })
  examples!: CategoryExampleV1[];

  @Column({ name: 'activated_at', type: 'timestamptz' })
  activatedAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
