import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { TaxonomyPublished } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { AdminAudit } from '../../audit/admin-audit';
import { fieldOf, TaxonomyIssues } from '../taxonomy-issues';
import { TaxonomyInForce } from '../taxonomy-in-force';
import { TaxonomyStore } from '../taxonomy-store';
import { TaxonomyVersionRecord } from '../taxonomy-version.entity';

/**
 * Puts a draft in force: the version in force is superseded, the draft published and `taxonomy.published` added
 * to the outbox, in one transaction. A draft with issues is refused (422) with each issue at the field it concerns.
 */
@Injectable()
export class PublishTaxonomyDraft {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: TaxonomyStore,
    private readonly issues: TaxonomyIssues,
    private readonly outbox: Outbox,
    private readonly audit: AdminAudit,
    private readonly inForce: TaxonomyInForce,
  ) {}

  async execute(actor: Principal, version: number): Promise<TaxonomyVersionRecord> {
    const published = await this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('taxonomy-versions'))`);
      const draft = await this.store.version(tx, version, true);
      if (draft.status !== 'draft') {
        throw new ProblemException(409, 'taxonomy-not-a-draft', 'Only a draft can be published', `Taxonomy version ${version} is ${draft.status} already`);
      }
      const issues = await this.issues.of(tx, draft.document);
      if (issues.length > 0) {
        throw new ProblemException(422, 'taxonomy-invalid', 'The taxonomy cannot be published', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
          errors: issues.map((i) => ({ field: fieldOf(i.path), messages: [i.message] })),
        });
      }
      const current = await this.store.published(tx);
      if (current) await this.store.markSuperseded(tx, current.version);
      const at = new Date();
      await this.store.markPublished(tx, version, actor.username, at);
      await this.outbox.add(tx, TaxonomyPublished, { version, publishedAt: at.toISOString(), taxonomy: draft.document });
      await this.audit.record(tx, actor, {
        action: 'taxonomy.published',
        subjectType: 'taxonomy',
        subjectId: `taxonomy@${version}`,
        before: current ? { version: current.version } : null,
        after: { version },
      });
      return this.store.version(tx, version);
    });
    this.inForce.use(published.version, published.document);
    return published;
  }
}
