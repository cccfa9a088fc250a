import { CaseReporterNoteAdded } from '@loket/contracts';
import {
  aCase,
  COORDINATOR,
  fakeDataSource,
  FixedClock,
  InMemoryCaseJournal,
  InMemoryCaseRepository,
  RecordingOutbox,
  SANNE,
  WIJKAGENT,
} from '../../../testing/workbench-fakes';
import { CaseAccess } from '../case-access';
import type { CaseRecord } from '../persistence/case.entity';
import { AddNote } from './add-note.use-case';

describe('AddNote', () => {
  const clock = new FixedClock(new Date('2026-05-04T12:00:00.000Z'));

  function setup(overrides: Partial<CaseRecord> = {}) {
    const kase = aCase({ status: 'in_progress', version: 3, assignee: SANNE.subject, ...overrides });
    const cases = new InMemoryCaseRepository(kase);
    const journal = new InMemoryCaseJournal();
    const outbox = new RecordingOutbox();
    return {
      kase,
      journal,
      outbox,
      sut: new AddNote(fakeDataSource, new CaseAccess(cases, undefined, undefined, clock), journal, outbox, clock),
    };
  }

  it('keeps an internal note inside the organisation: stored, in its timeline only, and no event', async () => {
    const { kase, journal, outbox, sut } = setup();

    const note = await sut.execute(SANNE, kase.id, {
      visibility: 'internal',
      text: 'Bewoner nr. 12 belde ook.',
    });

    expect(note).toMatchObject({
      caseId: kase.id,
      visibility: 'internal',
      author: { username: 'gemeente.stadsbeheer', organisation: 'municipality' },
    });
    expect(journal.notes).toHaveLength(1);
    expect(journal.entries).toEqual([
      expect.objectContaining({ kind: 'note-added', visibleToOrganisation: 'municipality' }),
    ]);
    expect(outbox.events).toEqual([]);
    expect(await journal.notesFor(kase.id, 'police')).toEqual([]);
  });

  it('sends a note for the reporter to the feedback service through the outbox, with the case organisation', async () => {
    const { kase, journal, outbox, sut } = setup();

    const note = await sut.execute(SANNE, kase.id, {
      visibility: 'reporter',
      text: 'Het grofvuil is opgehaald.',
    });

    expect(journal.entries).toEqual([
      expect.objectContaining({
        kind: 'note-added',
        visibleToOrganisation: null,
        details: { noteId: note.id, visibility: 'reporter' },
      }),
    ]);
    expect(outbox.events).toEqual([
      expect.objectContaining({
        type: CaseReporterNoteAdded.type,
        payload: {
          caseId: kase.id,
          noteId: note.id,
          organisation: 'municipality',
          text: 'Het grofvuil is opgehaald.',
          writtenAt: '2026-05-04T12:00:00.000Z',
        },
      }),
    ]);
  });

  it("refuses a note on another organisation's case with a 404 and stores nothing", async () => {
    const { kase, journal, outbox, sut } = setup();
    await expect(
      sut.execute(WIJKAGENT, kase.id, { visibility: 'reporter', text: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(journal.notes).toEqual([]);
    expect(outbox.events).toEqual([]);
  });

  it("does not let a coordinator write in another organisation's case, in triage or not", async () => {
    const quiet = setup();
    await expect(quiet.sut.execute(COORDINATOR, quiet.kase.id, { visibility: 'internal', text: 'Let op SLA' })).rejects.toMatchObject({ status: 404 });
    const breached = setup({ dueAt: new Date('2026-05-01T00:00:00.000Z') });
    await expect(breached.sut.execute(COORDINATOR, breached.kase.id, { visibility: 'reporter', text: 'Wij kijken ernaar' })).rejects.toMatchObject({ status: 403 });
    expect([...quiet.journal.notes, ...breached.journal.notes]).toEqual([]);
  });

  it("files a coordinator's internal note on a case the coordinators hold under the coordinators", async () => {
    const { kase, journal, sut } = setup({ organisation: 'coordinators', team: 'triage' });
    await sut.execute(COORDINATOR, kase.id, { visibility: 'internal', text: 'Let op SLA' });
    expect(journal.notes[0]).toMatchObject({ organisation: 'coordinators' });
    expect(await journal.notesFor(kase.id, 'municipality')).toEqual([]);
  });
});
