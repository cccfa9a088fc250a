import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProblemException } from '@loket/http';
import type { Taxonomy } from '@loket/taxonomy';
import { TaxonomyVersionRecord } from './taxonomy-version.entity';

/** Reads and writes the taxonomy's versions; the document is libs/taxonomy's own shape. */
@Injectable()
export class TaxonomyStore {
  async published(tx: EntityManager): Promise<TaxonomyVersionRecord | null> {
    return tx.findOne(TaxonomyVersionRecord, { where: { status: 'published' } });
  }

  /** Only the number of the version in force (cheap enough to ask every few seconds). */
  async publishedVersion(tx: EntityManager): Promise<number | null> {
    const [row] = await tx.query(`SELECT version FROM taxonomy_versions WHERE status = 'published'`);
    return row ? Number(row.version) : null;
  }

  async draft(tx: EntityManager): Promise<TaxonomyVersionRecord | null> {
    return tx.findOne(TaxonomyVersionRecord, { where: { status: 'draft' } });
  }

  async version(tx: EntityManager, version: number, lock = false): Promise<TaxonomyVersionRecord> {
    const record = await tx.findOne(TaxonomyVersionRecord, {
      where: { version },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!record) throw ProblemException.notFound(`The taxonomy has no version ${version}`);
    return record;
  }

  async list(tx: EntityManager): Promise<TaxonomyVersionRecord[]> {
    return tx.find(TaxonomyVersionRecord, { order: { version: 'DESC' } });
  }

  async nextVersion(tx: EntityManager): Promise<number> {
    const [row] = await tx.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM taxonomy_versions`);
    return Number(row.next);
  }

  async insertDraft(tx: EntityManager, version: number, document: Taxonomy, createdBy: string): Promise<void> {
    await tx.insert(TaxonomyVersionRecord, { version, status: 'draft', document, revision: 1, createdBy });
  }

  /** Replaces a draft's document; its revision goes one up. */
  async replace(tx: EntityManager, version: number, document: Taxonomy, revision: number): Promise<void> {
    await tx.update(TaxonomyVersionRecord, { version }, { document, revision });
  }

  async markSuperseded(tx: EntityManager, version: number): Promise<void> {
    await tx.update(TaxonomyVersionRecord, { version }, { status: 'superseded', supersededAt: new Date() });
  }

  async markPublished(tx: EntityManager, version: number, by: string, at: Date): Promise<void> {
    await tx.update(TaxonomyVersionRecord, { version }, { status: 'published', publishedAt: at, publishedBy: by });
  }
}
