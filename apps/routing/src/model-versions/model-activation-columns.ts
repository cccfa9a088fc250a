import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns of a learned model's activation history (the linker's, the category suggester's): each time a version
 * became the active one, by whom and why; version 0 is the built-in one, and the newest row is active.
 */
export abstract class ModelActivationColumns {
  @PrimaryGeneratedColumn({ name: 'id', type: 'int' })
  id!: number;

  @Column({ name: 'version', type: 'int' })
  version!: number;

  @Column({ name: 'activated_at', type: 'timestamptz', default: () => 'now()' })
  activatedAt!: Date;

  @Column({ name: 'activated_by', type: 'varchar', length: 200 })
  activatedBy!: string;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;
}
