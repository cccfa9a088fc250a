import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '@loket/auth';
import { linkingFigures, replayGroups } from '@loket/evaluation';
import { ProblemException } from '@loket/http';
import { DEFAULT_LINKING_RULES } from '@loket/incident-linking';
import type { LinkingRules } from '@loket/incident-linking';
import { AdminAudit } from '../../audit/admin-audit';
import { LinkingCorpus } from './linking-corpus';
import type { LinkingModelEvaluation, LinkingModelView } from './linking-model-view';
import { figuresView } from './linking-model-views';
import { LinkingModelRecord } from './linking-model.entity';
import { LinkingModelsQuery } from './linking-models.query';

/**
 * Scores a trained version on the held-out half of the corpus — the half nothing is learned from — through
 * routing's own path, beside the built-in rules on the same groups, exactly as `npm run eval` does. Only an
 * evaluated version can be activated.
 */
@Injectable()
export class EvaluateLinkingModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly corpus: LinkingCorpus,
    private readonly models: LinkingModelsQuery,
    private readonly audit: AdminAudit,
  ) {}

  execute(actor: Principal, version: number): Promise<LinkingModelView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await tx.findOne(LinkingModelRecord, { where: { version }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw ProblemException.notFound(`No linking model version ${version}`);
      const evaluation: LinkingModelEvaluation = {
        evaluatedAt: new Date().toISOString(),
        corpus: this.corpus.name('held-out'),
        ...this.figures(record.rules),
        baseline: this.figures(DEFAULT_LINKING_RULES),
      };
      await tx.update(LinkingModelRecord, { version }, { evaluation });
      await this.audit.record(tx, actor, {
        action: 'linking-model.evaluated',
        subjectType: 'linking-model',
        subjectId: String(version),
        before: record.evaluation,
        after: evaluation,
      });
      return this.models.one(tx, version);
    });
  }

  private figures(rules: LinkingRules) {
    return figuresView(linkingFigures(replayGroups(this.corpus.groups('held-out'), { route: this.corpus.route, rules })));
  }
}
