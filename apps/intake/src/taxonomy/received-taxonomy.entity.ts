import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Taxonomy } from '@loket/taxonomy';

/** A version of the category taxonomy routing published, as `taxonomy.published` brought it. The highest is in force. */
@Entity({ name: 'received_taxonomies' })
export class ReceivedTaxonomyRecord {
  @PrimaryColumn({ name: 'version', type: 'int' })
  version!: number;

  @Column({ name: 'document', type: 'jsonb' })
  document!: Taxonomy;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
