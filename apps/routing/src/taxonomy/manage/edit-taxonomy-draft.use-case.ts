import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import type { Taxonomy } from '@loket/taxonomy';
import { AdminAudit } from '../../audit/admin-audit';
import { TaxonomyStore } from '../taxonomy-store';
import { TaxonomyVersionRecord } from '../taxonomy-version.entity';

/**
 * Replaces a draft's whole document. Published and superseded versions never change; an edit from an older
 * revision of the draft than the stored one is a 409 (someone else saved meanwhile). A draft may be saved with
 * faults: validating and publishing say what they are.
 */
@Injectable()
export class EditTaxonomyDraft {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: TaxonomyStore,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, version: number, revision: number, document: Taxonomy): Promise<TaxonomyVersionRecord> {
    return this.dataSource.transaction(async (tx) => {
      const before = await this.store.version(tx, version, true);
      if (before.status !== 'draft') {
        throw new ProblemException(409, 'taxonomy-not-a-draft', 'Only a draft can be edited', `Taxonomy version ${version} is ${before.status}; make a new draft to change it`);
      }
      if (before.revision !== revision) {
        throw new ProblemException(409, 'taxonomy-draft-changed', 'The draft was changed meanwhile', `Taxonomy version ${version} changed since you read it (revision ${before.revision}, yours was ${revision}): reload it and make your change again`, { revision: before.revision });
      }
      const after = { categories: structuredClone(document.categories), organisations: structuredClone(document.organisations) };
      await this.store.replace(tx, version, after, revision + 1);
      await this.audit.record(tx, actor, { action: 'taxonomy.draft-edited', subjectType: 'taxonomy', subjectId: `taxonomy@${version}`, before: before.document, after });
      return this.store.version(tx, version);
    });
  }
}
