import type { EntityManager } from 'typeorm';
import type { CaseNoteRecord } from './case-note.entity';
import type { CaseTimelineEntryRecord } from './case-timeline-entry.entity';

export type NewTimelineEntry = Omit<CaseTimelineEntryRecord, 'sequence' | 'case'>;
export type NewCaseNote = Omit<CaseNoteRecord, 'case'>;

/**
 * A case's notes and timeline. Reads take the reader's organisation and leave out, in the query, what is
 * restricted to another organisation (internal notes and their timeline entries).
 */
export abstract class CaseJournal {
  abstract record(tx: EntityManager, entry: NewTimelineEntry): Promise<void>;

  abstract addNote(tx: EntityManager, note: NewCaseNote): Promise<void>;

  /** Oldest first; with `until`, only what was written until then (a referring organisation's cut-off). */
  abstract notesFor(caseId: string, readerOrganisation: string | null, until?: Date): Promise<CaseNoteRecord[]>;

  /** In the order it happened; with `until`, only what happened until then. */
  abstract timelineFor(
    caseId: string,
    readerOrganisation: string | null,
    until?: Date,
  ): Promise<CaseTimelineEntryRecord[]>;
}
