import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail';
import { auditedCaseChange } from '../../audit/audited-case-change';
import { CaseJournal, NewCaseNote, NewTimelineEntry } from './case-journal';
import { CaseNoteRecord } from './case-note.entity';
import { CaseTimelineEntryRecord } from './case-timeline-entry.entity';

@Injectable()
export class TypeormCaseJournal extends CaseJournal {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {
    super();
  }

  async record(tx: EntityManager, entry: NewTimelineEntry): Promise<void> {
    await tx.insert(CaseTimelineEntryRecord, entry);
    this.audit.record(tx, auditedCaseChange(entry));
  }

  async addNote(tx: EntityManager, note: NewCaseNote): Promise<void> {
    await tx.insert(CaseNoteRecord, note);
  }

  notesFor(caseId: string, readerOrganisation: string | null, until?: Date): Promise<CaseNoteRecord[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(CaseNoteRecord, 'n')
      .where('n.case_id = :caseId', { caseId })
      .andWhere(`(n.visibility = 'reporter' OR n.organisation = :readerOrganisation)`, { readerOrganisation });
    if (until) query.andWhere('n.created_at <= :until', { until });
    return query
      .orderBy('n.created_at', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .getMany();
  }

  timelineFor(caseId: string, readerOrganisation: string | null, until?: Date): Promise<CaseTimelineEntryRecord[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(CaseTimelineEntryRecord, 't')
      .where('t.case_id = :caseId', { caseId })
      .andWhere('(t.visible_to_organisation IS NULL OR t.visible_to_organisation = :readerOrganisation)', {
        readerOrganisation,
      });
    if (until) query.andWhere('t.occurred_at <= :until', { until });
    return query
      .orderBy('t.sequence', 'ASC')
      .getMany();
  }
}
