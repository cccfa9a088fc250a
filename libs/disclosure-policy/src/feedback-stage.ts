/** The moments a reporter may hear about: the same names as the feedback.delivered event's `stage`. */
export const FEEDBACK_STAGES = [
  'received',
  'picked-up',
  'referred',
  'waiting',
  'resolved',
  'closed',
  'reopened',
  'note-for-reporter',
] as const;

export type FeedbackStage = (typeof FEEDBACK_STAGES)[number];

export type Language = 'nl' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
