import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseReporterNoteAddedV1, EventEnvelope } from '@loket/contracts';
import { CaseDirectory } from '../case-links/case-directory';
import { lockCases } from '../case-links/reporter-locks';
import { CaseNoteRecord } from '../case-links/case-note.entity';
import { ReporterDirectory } from '../reporters/reporter-directory';
import { DisclosurePolicy } from './disclosure-policy';
import { MessageBook } from './message-book';
import { planForCase } from './plan-message';

/**
 * A professional wrote a note for the reporters of a case. Only reporters whose ceiling reaches level 3
 * (outcome) read it, redacted; the others hear nothing of the note itself — the system decides, not the
 * professional.
 */
@Injectable()
export class NotifyReportersWhenReporterNoteAdded {
  constructor(
    private readonly cases: CaseDirectory,
    private readonly reporters: ReporterDirectory,
    private readonly messages: MessageBook,
    private readonly policy: DisclosurePolicy,
  ) {}

  async handle(event: EventEnvelope<CaseReporterNoteAddedV1>, tx: EntityManager): Promise<void> {
    const { caseId, noteId, organisation, text, writtenAt } = event.payload;
    await lockCases(tx, [caseId]);
    const occurredAt = new Date(writtenAt);
    await tx
      .createQueryBuilder()
      .insert()
      .into(CaseNoteRecord)
      .values({ noteId, caseId, organisation, text: this.cases.sealNote(noteId, text), writtenAt: occurredAt, eventId: event.id })
      .orIgnore()
      .execute();
    const kase = await this.cases.facts(tx, caseId);
    if (!kase) return; // the reporters catch up when routing's case.opened is consumed
    const reporters = await this.reporters.ofCase(tx, caseId);
    const occasion = { stage: 'note-for-reporter' as const, eventId: event.id, occurredAt, noteText: text };
    await this.messages.write(tx, planForCase(occasion, reporters, kase, this.policy));
  }
}
