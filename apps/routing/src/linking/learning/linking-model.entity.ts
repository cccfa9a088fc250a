import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ModelActivationColumns } from '../../model-versions/model-activation-columns';
import type { LinkingRules } from '@loket/incident-linking';
import type { LinkingModelEvaluation, LinkingModelTraining } from './linking-model-view';

/** One trained version of the linker's rules: numbers and category codes only, never personal data. */
@Entity({ name: 'linking_models' })
export class LinkingModelRecord {
  @PrimaryColumn({ name: 'version', type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @Column({ name: 'rules', type: 'jsonb' })
  rules!: LinkingRules;

  @Column({ name: 'trained_on', type: 'jsonb' })
  trainedOn!: LinkingModelTraining;

  /** Null until the version was evaluated on the held-out half; it cannot be activated before. */
  @Column({ name: 'evaluation', type: 'jsonb', nullable: true })
  evaluation!: LinkingModelEvaluation | null;
}

/** Each time a version became the active one (version 0: the built-in rules); the newest row is active. */
@Entity({ name: 'linking_model_activations' })
export class LinkingModelActivationRecord extends ModelActivationColumns {}
