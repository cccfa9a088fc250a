import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ReplyLibraryVersionRecord } from './reply-library-version.entity';

/** The saved versions of the ready-made reply library. */
export abstract class ReplyLibraryVersions {
  /** The version in force (the highest), or null before the first save. */
  abstract current(tx?: EntityManager): Promise<ReplyLibraryVersionRecord | null>;
  abstract find(version: number): Promise<ReplyLibraryVersionRecord | null>;
  /** Newest first. */
  abstract history(): Promise<ReplyLibraryVersionRecord[]>;
  /** False (nothing written) when that version exists already: another administrator saved at the same moment. */
  abstract append(tx: EntityManager, record: ReplyLibraryVersionRecord): Promise<boolean>;
}

@Injectable()
export class TypeormReplyLibraryVersions extends ReplyLibraryVersions {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  current(tx: EntityManager = this.dataSource.manager): Promise<ReplyLibraryVersionRecord | null> {
    return tx.findOne(ReplyLibraryVersionRecord, { where: {}, order: { version: 'DESC' } });
  }

  find(version: number): Promise<ReplyLibraryVersionRecord | null> {
    return this.dataSource.manager.findOneBy(ReplyLibraryVersionRecord, { version });
  }

  history(): Promise<ReplyLibraryVersionRecord[]> {
    return this.dataSource.manager.find(ReplyLibraryVersionRecord, { order: { version: 'DESC' } });
  }

  async append(tx: EntityManager, record: ReplyLibraryVersionRecord): Promise<boolean> {
    const inserted = await tx.createQueryBuilder().insert().into(ReplyLibraryVersionRecord).values(record).orIgnore().returning(['version']).execute();
    return (inserted.raw as unknown[]).length > 0;
  }
}
