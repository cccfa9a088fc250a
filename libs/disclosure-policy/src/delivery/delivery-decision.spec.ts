import { DISCLOSURE_LEVELS, type DisclosureLevel } from '../disclosure-levels';
import { FEEDBACK_STAGES, type FeedbackStage } from '../feedback-stage';
import { messagesFor, requiredLevel } from './delivery-decision';

describe('messagesFor', () => {
  it('tells a receipt-level reporter only that the report was received', () => {
    expect(FEEDBACK_STAGES.filter((stage) => messagesFor(1, stage).deliver)).toEqual(['received']);
  });

  it('gives a progress-level reporter every stage message, and for a note the generic progress message', () => {
    expect(FEEDBACK_STAGES.filter((stage) => messagesFor(2, stage).deliver)).toEqual([...FEEDBACK_STAGES]);
  });

  it('never puts the note text in what a progress-level reporter gets for a note', () => {
    expect(messagesFor(2, 'note-for-reporter')).toEqual({
      deliver: true,
      includeNoteText: false,
      includeOrganisationKind: false,
    });
  });

  it('explains why a receipt-level reporter hears nothing of a note', () => {
    expect(messagesFor(1, 'note-for-reporter')).toEqual({
      deliver: false,
      reason: "a note for the reporter needs level 2 (progress); the reporter's ceiling is level 1 (receipt)",
    });
  });

  it('delivers the note text from the outcome level, without the organisation kind', () => {
    expect(messagesFor(3, 'note-for-reporter')).toEqual({
      deliver: true,
      includeNoteText: true,
      includeOrganisationKind: false,
    });
  });

  it('keeps stage messages content-free at the outcome level', () => {
    expect(messagesFor(3, 'resolved')).toEqual({
      deliver: true,
      includeNoteText: false,
      includeOrganisationKind: false,
    });
  });

  it('names the kind of organisation at the trusted level, in every stage after receipt', () => {
    const named = FEEDBACK_STAGES.filter((stage) => {
      const decision = messagesFor(4, stage);
      return decision.deliver && decision.includeOrganisationKind;
    });
    expect(named).toEqual(FEEDBACK_STAGES.filter((stage) => stage !== 'received'));
  });

  it('sends nothing at level 0, because the reporter asked for no contact', () => {
    expect(FEEDBACK_STAGES.map((stage) => messagesFor(0, stage))).toEqual(
      FEEDBACK_STAGES.map(() => ({ deliver: false, reason: 'the reporter asked for no contact (level 0)' })),
    );
  });

  it('fails closed for a level outside 0 … 4', () => {
    expect(messagesFor(9 as DisclosureLevel, 'resolved')).toEqual({
      deliver: false,
      reason: 'unknown disclosure level 9',
    });
  });

  it('delivers exactly when the level reaches the stage requirement, and never more at a lower level', () => {
    for (const stage of FEEDBACK_STAGES) {
      for (const level of DISCLOSURE_LEVELS)
        expect(messagesFor(level, stage).deliver).toBe(level >= requiredLevel(stage) && level > 0);
    }
  });

  it('puts the note text in only from level 3', () => {
    const withText = DISCLOSURE_LEVELS.filter((level) => {
      const decision = messagesFor(level, 'note-for-reporter');
      return decision.deliver && decision.includeNoteText;
    });
    expect(withText).toEqual([3, 4]);
  });
});

describe('requiredLevel', () => {
  it.each([
    ['received', 1],
    ['picked-up', 2],
    ['referred', 2],
    ['waiting', 2],
    ['resolved', 2],
    ['closed', 2],
    ['reopened', 2],
    ['note-for-reporter', 2],
  ] as [FeedbackStage, DisclosureLevel][])('is %s → %s', (stage, level) => {
    expect(requiredLevel(stage)).toBe(level);
  });
});
