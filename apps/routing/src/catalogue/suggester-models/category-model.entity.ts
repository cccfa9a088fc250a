import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ModelActivationColumns } from '../../model-versions/model-activation-columns';
import type { CategoryModelEvaluation, CategoryModelTraining, TrainingExample } from './category-model-view';

/**
 * One trained version of the category suggester: the examples it adds to the repository's (the corpus's development
 * half and the coordinators' corrections, reduced to words the repository's examples already contain), never
 * personal data. The suggester is trained from them again wherever it is used (under a second).
 */
@Entity({ name: 'category_models' })
export class CategoryModelRecord {
  @PrimaryColumn({ name: 'version', type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @Column({ name: 'examples', type: 'jsonb' })
  examples!: TrainingExample[];

  @Column({ name: 'trained_on', type: 'jsonb' })
  trainedOn!: CategoryModelTraining;

  /** Null until the version was evaluated on the held-out half; it cannot be activated before. */
  @Column({ name: 'evaluation', type: 'jsonb', nullable: true })
  evaluation!: CategoryModelEvaluation | null;
}

/** Each time a version became the active one (version 0: the built-in model); the newest row is active. */
@Entity({ name: 'category_model_activations' })
export class CategoryModelActivationRecord extends ModelActivationColumns {}
