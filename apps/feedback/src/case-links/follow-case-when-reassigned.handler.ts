import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseReassignedV1, EventEnvelope } from '@loket/contracts';
import { CaseDirectory } from './case-directory';

/**
 * Routing handed a referred case to another organisation: from now on that organisation holds it, so only
 * its professionals may ask for a consenting reporter's contact details, and trusted reporters hear its kind.
 * When a coordinator corrected the case's category with it, the case's sensitivity follows for what comes next.
 */
@Injectable()
export class FollowCaseWhenReassigned {
  constructor(private readonly cases: CaseDirectory) {}

  async handle(event: EventEnvelope<CaseReassignedV1>, tx: EntityManager): Promise<void> {
    const { caseId, organisation, reassignedAt, category } = event.payload;
    await this.cases.heldBy(tx, caseId, organisation, new Date(reassignedAt));
    if (category) await this.cases.filedUnder(tx, caseId, category);
  }
}
