import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Sensitivity } from '@loket/disclosure-policy';
import { FieldCipher } from '../crypto/field-cipher';
import { CaseFacts } from '../messages/plan-message';
import { CaseNoteRecord } from './case-note.entity';
import { CaseStageRecord } from './case-stage.entity';
import { CaseRecord } from './case.entity';

export interface NoteForReporters {
  noteId: string;
  eventId: string;
  text: string;
  writtenAt: Date;
}

/** What feedback knows of cases: their sensitivity and organisation, their reports, stages and notes. */
@Injectable()
export class CaseDirectory {
  constructor(private readonly cipher: FieldCipher) {}

  async facts(tx: EntityManager, caseId: string): Promise<CaseFacts | null> {
    const record = await tx.findOneBy(CaseRecord, { caseId });
    return record ? { caseId: record.caseId, sensitivity: record.sensitivity as Sensitivity, organisation: record.organisation } : null;
  }

  /** The case a report belongs to, once feedback knows both the link and the case (one query). */
  async ofReport(tx: EntityManager, reportId: string): Promise<CaseFacts | null> {
    const [row] = (await tx.query(
      `SELECT c.case_id, c.sensitivity, c.organisation FROM case_reports l JOIN cases c ON c.case_id = l.case_id WHERE l.report_id = $1`,
      [reportId],
    )) as { case_id: string; sensitivity: number; organisation: string }[];
    return row ? { caseId: row.case_id, sensitivity: row.sensitivity as Sensitivity, organisation: row.organisation } : null;
  }

  /**
   * The organisation that holds the case from `at` on (opened, referred on, reassigned). Events about one
   * case come on several topics, so an older event arriving late never moves the case back.
   */
  async heldBy(tx: EntityManager, caseId: string, organisation: string, at: Date): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(CaseRecord)
      .set({ organisation, organisationSince: at })
      .where('case_id = :caseId AND (organisation_since IS NULL OR organisation_since <= :at)', { caseId, at })
      .execute();
  }

  /**
   * A coordinator corrected the case's category: from now on its reporters hear what the new category's
   * sensitivity allows (more, or less). What they were told before stays as it was sent.
   */
  async filedUnder(tx: EntityManager, caseId: string, category: { main: string; sub?: string; sensitivity: number }): Promise<void> {
    await tx.update(CaseRecord, { caseId }, { categoryMain: category.main, categorySub: category.sub ?? null, sensitivity: category.sensitivity });
  }

  /** The case's stages, oldest first. */
  stages(tx: EntityManager, caseId: string): Promise<CaseStageRecord[]> {
    return tx.find(CaseStageRecord, { where: { caseId }, order: { occurredAt: 'ASC' } });
  }

  async notes(tx: EntityManager, caseId: string): Promise<NoteForReporters[]> {
    const records = await tx.find(CaseNoteRecord, { where: { caseId }, order: { writtenAt: 'ASC' } });
    return records.map((r) => ({ noteId: r.noteId, eventId: r.eventId, writtenAt: r.writtenAt, text: this.openNote(r.noteId, r.text) }));
  }

  sealNote(noteId: string, text: string): string {
    return this.cipher.encrypt(text, `note:${noteId}:text`);
  }

  private openNote(noteId: string, stored: string): string {
    return this.cipher.decrypt(stored, `note:${noteId}:text`);
  }
}
