import type { FeedbackStage, Language } from '../feedback-stage';

export interface MessageTemplate {
  subject: string;
  body: string;
}

/**
 * Which variant of a message a reporter gets: 'generic' (levels 1–2: no content), 'with-outcome' (level 3: may
 * carry the professional's note), 'trusted' (level 4: also names the kind of organisation).
 */
export type LevelBand = 'generic' | 'with-outcome' | 'trusted';

export const LEVEL_BANDS: readonly LevelBand[] = ['generic', 'with-outcome', 'trusted'];

/** A stage's variants per band. A band that never receives the stage may be left out (a note has no generic variant). */
export type BandTemplates = Readonly<Partial<Record<LevelBand, MessageTemplate>>>;

export type MessageTemplates = Readonly<Record<FeedbackStage, Readonly<Record<Language, BandTemplates>>>>;

/** Variables the default templates use: always trackingCode; noteText for notes; organisationKind when trusted. */
export interface MessageContext {
  trackingCode: string;
  noteText?: string;
  organisationKind?: string;
}
