/** Whether a case may be followed: only open cases shown in public (sensitivity 1-2). */
export type Followability = 'followable' | 'not-followable';

/** Asks routing, which knows the cases, whether one may be followed. */
export abstract class FollowableCases {
  abstract check(caseId: string): Promise<Followability>;
}

/** Routing could not be asked, or answered something this service does not understand. */
export class FollowCheckUnavailableError extends Error {}
