import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { CaseStatusChanged, type CaseStatus } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { Clock } from '../../clock';
import { CaseAccess } from '../case-access';
import { CaseProblems } from '../case-problems';
import { CaseSummaryResponse, toCaseSummary } from '../case-summary.response';
import { CaseJournal } from '../persistence/case-journal';
import { CaseRepository } from '../persistence/case-repository';
import { HandOverRequest } from './hand-over.request';
import { teamsOf } from './organisation-teams';

/** States a case can be handed over in: open, and not on its way to another organisation. */
const HANDOVER_FROM: readonly CaseStatus[] = ['new', 'assigned', 'in_progress', 'waiting'];

/**
 * Hands a case to another team of the same organisation. The new team has to pick it up: an assigned or
 * started case goes back to `new` without assignee (published as a status change); a waiting case keeps
 * waiting. In one transaction: access, version check (409 when stale), `UPDATE … WHERE version`, timeline.
 */
@Injectable()
export class HandOver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly cases: CaseRepository,
    private readonly journal: CaseJournal,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(principal: Principal, caseId: string, request: HandOverRequest): Promise<CaseSummaryResponse> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.access.requireCase(principal, caseId, tx);
      if (current.version !== request.expectedVersion)
        throw CaseProblems.staleVersion(request.expectedVersion, current.version);
      const teams = teamsOf(current.organisation);
      if (!teams.includes(request.team)) {
        throw ProblemException.badRequest(`${request.team} is not a team of ${current.organisation}`, [
          { field: 'team', messages: [`team must be one of ${current.organisation}'s teams: ${teams.join(', ')}`] },
        ]);
      }
      if (request.team === current.team) {
        throw ProblemException.conflict(`The case is already with team ${current.team}`, { team: current.team });
      }
      if (!HANDOVER_FROM.includes(current.status)) {
        throw new ProblemException(
          409,
          'handover-not-possible',
          'Conflict',
          `A case that is ${current.status} cannot be handed over; only one that is ${HANDOVER_FROM.join(', ')}`,
          { currentStatus: current.status },
        );
      }
      const now = this.clock.now();
      const status: CaseStatus = current.status === 'waiting' ? 'waiting' : 'new';
      const updated = await this.cases.updateIfVersion(tx, current.id, current.version, {
        team: request.team,
        status,
        version: current.version + 1,
        assignee: null,
        resolutionCode: current.resolutionCode,
        closedAt: current.closedAt,
        updatedAt: now,
      });
      if (!updated) {
        const fresh = await this.cases.findVisible(this.access.scopeOf(principal, 'work'), caseId, tx);
        throw fresh ? CaseProblems.staleVersion(request.expectedVersion, fresh.version) : CaseProblems.notFound(caseId);
      }
      await this.journal.record(tx, {
        caseId: updated.id,
        kind: 'handed-over',
        details: {
          fromTeam: current.team,
          toTeam: updated.team,
          reason: request.reason,
          from: current.status,
          to: updated.status,
          previousAssignee: current.assignee,
        },
        actorSubject: principal.subject,
        actorUsername: principal.username,
        actorOrganisation: principal.organisation,
        visibleToOrganisation: null,
        caseVersion: updated.version,
        occurredAt: now,
      });
      if (updated.status !== current.status) {
        await this.outbox.add(tx, CaseStatusChanged, {
          caseId: updated.id,
          organisation: updated.organisation,
          from: current.status,
          to: updated.status,
          resolutionCode: null,
          caseVersion: updated.version,
          changedAt: now.toISOString(),
        });
      }
      return toCaseSummary(updated);
    });
  }
}
