import { type DisclosureLevel, describeLevel, isDisclosureLevel } from '../disclosure-levels';
import type { FeedbackStage } from '../feedback-stage';

/** Whether a reporter gets a message for a stage, and with what in it. */
export type DeliveryDecision =
  | { deliver: false; reason: string }
  | {
      deliver: true;
      /**
       * The professional's note for the reporter goes in (level 3 and up, note stage only); at level 2 a note
       * is a content-free progress message instead.
       */
      includeNoteText: boolean;
      /** The kind of organisation that follows it up is named (level 4, all stages after receipt). */
      includeOrganisationKind: boolean;
    };

const REQUIRED: Readonly<Record<FeedbackStage, DisclosureLevel>> = {
  received: 1,
  'picked-up': 2,
  referred: 2,
  waiting: 2,
  resolved: 2,
  closed: 2,
  reopened: 2,
  'note-for-reporter': 2,
};

/** The lowest level at which the text of a professional's note for the reporter is delivered. */
export const NOTE_TEXT_LEVEL: DisclosureLevel = 3;

/** The lowest level at which a reporter hears about a stage. */
export function requiredLevel(stage: FeedbackStage): DisclosureLevel {
  return REQUIRED[stage];
}

/**
 * What a reporter at `level` gets for `stage`. Receipt from level 1; stage messages from level 2, without
 * content; a note written for the reporter with its text from level 3 — at level 2 the reporter gets the
 * generic progress message instead, without the note; at level 4 messages also name the kind of organisation.
 */
export function messagesFor(level: DisclosureLevel, stage: FeedbackStage): DeliveryDecision {
  const required = REQUIRED[stage];
  if (required === undefined) return { deliver: false, reason: `unknown stage "${String(stage)}"` };
  if (!isDisclosureLevel(level))
    return { deliver: false, reason: `unknown disclosure level ${String(level)}` };
  if (level === 0) return { deliver: false, reason: 'the reporter asked for no contact (level 0)' };
  if (level < required) {
    const what = stage === 'note-for-reporter' ? 'a note for the reporter' : `stage ${stage}`;
    return {
      deliver: false,
      reason: `${what} needs ${describeLevel(required)}; the reporter's ceiling is ${describeLevel(level)}`,
    };
  }
  return {
    deliver: true,
    includeNoteText: stage === 'note-for-reporter' && level >= NOTE_TEXT_LEVEL,
    includeOrganisationKind: level >= 4 && stage !== 'received',
  };
}
