import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A neighbourhood (CBS buurt or wijk) or a custom area, as a GeoJSON (multi)polygon. */
@Entity({ name: 'areas' })
export class AreaRecord {
  @PrimaryColumn({ name: 'id', type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'name', type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind!: string;

  @Column({ name: 'geometry', type: 'jsonb' })
  geometry!: unknown;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
