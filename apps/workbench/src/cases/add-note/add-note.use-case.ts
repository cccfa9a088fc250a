import { randomUUID } from 'node:crypto';
import { ProblemException } from '@loket/http';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { CaseReporterNoteAdded } from '@loket/contracts';
import { Outbox } from '@loket/messaging';
import { Clock } from '../../clock';
import { CaseAccess } from '../case-access';
import { CaseJournal, NewCaseNote } from '../persistence/case-journal';
import { AddNoteRequest } from './add-note.request';
import { NoteResponse, toNoteResponse } from './note.response';

/**
 * Writes a note on a case. An internal note stays in the author's organisation and never leaves the
 * workbench. A note for the reporter is also put in the outbox, in the same transaction, for the feedback
 * service, which decides per reporter whether its text may be delivered.
 */
@Injectable()
export class AddNote {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly journal: CaseJournal,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  execute(principal: Principal, caseId: string, request: AddNoteRequest): Promise<NoteResponse> {
    return this.dataSource.transaction(async (tx) => {
      const kase = await this.access.requireCase(principal, caseId, tx);
      if (kase.status === 'referred') {
        throw ProblemException.conflict('The case is being referred to another organisation; notes can be added once it has arrived there');
      }
      const note: NewCaseNote = {
        id: randomUUID(),
        caseId: kase.id,
        organisation: principal.organisation ?? kase.organisation,
        authorSubject: principal.subject,
        authorUsername: principal.username,
        visibility: request.visibility,
        text: request.text,
        createdAt: this.clock.now(),
      };
      await this.journal.addNote(tx, note);
      await this.journal.record(tx, {
        caseId: kase.id,
        kind: 'note-added',
        details: { noteId: note.id, visibility: note.visibility },
        actorSubject: principal.subject,
        actorUsername: principal.username,
        actorOrganisation: principal.organisation,
        visibleToOrganisation: note.visibility === 'internal' ? note.organisation : null,
        caseVersion: null,
        occurredAt: note.createdAt,
      });
      if (note.visibility === 'reporter') {
        await this.outbox.add(tx, CaseReporterNoteAdded, {
          caseId: kase.id,
          noteId: note.id,
          organisation: kase.organisation,
          text: note.text,
          writtenAt: note.createdAt.toISOString(),
        });
      }
      return toNoteResponse(note);
    });
  }
}
