import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { SEED_TAXONOMY } from '@loket/taxonomy';
import { AdminAudit } from '../../audit/admin-audit';
import { TaxonomyStore } from '../taxonomy-store';
import { TaxonomyVersionRecord } from '../taxonomy-version.entity';

/**
 * A new draft, copied from the version in force, one above the highest. There is at most one draft at a time, so
 * every draft starts from the version in force and publishing it loses no one's change: a second is a 409 naming
 * the draft to edit.
 */
@Injectable()
export class CreateTaxonomyDraft {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: TaxonomyStore,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal): Promise<TaxonomyVersionRecord> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('taxonomy-versions'))`);
      const open = await this.store.draft(tx);
      if (open) {
        throw new ProblemException(409, 'taxonomy-draft-exists', 'A draft exists already', `Version ${open.version} is a draft (made by ${open.createdBy ?? 'someone'}): edit or publish that one`, { draftVersion: open.version });
      }
      const source = (await this.store.published(tx))?.document ?? SEED_TAXONOMY;
      const version = await this.store.nextVersion(tx);
      await this.store.insertDraft(tx, version, structuredClone(source), actor.username);
      await this.audit.record(tx, actor, { action: 'taxonomy.draft-created', subjectType: 'taxonomy', subjectId: `taxonomy@${version}`, before: null, after: { version } });
      return this.store.version(tx, version);
    });
  }
}
