import { CaseStatus, FeedbackStage } from '@loket/contracts';

/** A stage that a case status change can make (the receipt, notes and questions come from other events). */
export type CaseStage = Exclude<FeedbackStage, 'received' | 'note-for-reporter' | 'question-for-reporter'>;

const DONE: readonly CaseStatus[] = ['resolved', 'closed'];

/**
 * What a status change means to reporters, given the stages the case already had (oldest first); `null`
 * when it means nothing new to them. Picked up is told once per episode: again after a referral (another
 * organisation picks it up) or a reopening, but not when work resumes after waiting or moves from
 * assigned to in progress.
 */
export function stageOfStatusChange(from: CaseStatus, to: CaseStatus, earlier: readonly string[]): CaseStage | null {
  if (DONE.includes(from) && !DONE.includes(to)) return 'reopened';
  switch (to) {
    case 'closed':
      return 'closed';
    case 'resolved':
      return 'resolved';
    case 'waiting':
      return 'waiting';
    case 'referred':
      return 'referred';
    case 'assigned':
    case 'in_progress':
      return pickedUpThisEpisode(earlier) ? null : 'picked-up';
    case 'new':
      return null;
  }
}

function pickedUpThisEpisode(earlier: readonly string[]): boolean {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const stage = earlier[i];
    if (stage === 'picked-up') return true;
    if (stage === 'referred' || stage === 'reopened') return false;
  }
  return false;
}
