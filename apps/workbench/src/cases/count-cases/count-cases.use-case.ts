import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { Clock } from '../../clock';
import { CaseAccess } from '../case-access';
import { queueCriteriaOf } from '../list-cases/queue-criteria';
import { QueueSettings } from '../list-cases/queue-settings';
import { CaseRepository } from '../persistence/case-repository';
import { CaseCountsResponse, COUNT_CAP, CountCasesQuery, QueueCountResponse } from './count-cases.request';

/**
 * How many cases each of the caller's queues holds (mine, team, organisation), with the listing's filters and
 * exactly its scope: the same criteria, applied by the same repository, counted no further than COUNT_CAP.
 */
@Injectable()
export class CountCases {
  constructor(
    private readonly access: CaseAccess,
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
    private readonly settings: QueueSettings,
  ) {}

  async execute(principal: Principal, query: CountCasesQuery): Promise<CaseCountsResponse> {
    const scope = this.access.scopeOf(principal);
    const now = this.clock.now();
    const count = async (queue: 'mine' | 'team' | 'organisation'): Promise<QueueCountResponse> => {
      const criteria = queueCriteriaOf({ ...query, queue }, principal, now, this.settings.atRiskMarginMs);
      const found = await this.cases.countUpTo(scope, criteria, COUNT_CAP);
      return { count: Math.min(found, COUNT_CAP), more: found > COUNT_CAP };
    };
    const [mine, team, organisation] = await Promise.all([
      count('mine'),
      principal.teams.length > 0 ? count('team') : Promise.resolve(null),
      count('organisation'),
    ]);
    return { mine, team, organisation, cap: COUNT_CAP };
  }
}
