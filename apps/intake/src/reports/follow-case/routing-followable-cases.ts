import { FollowableCases, FollowCheckUnavailableError, Followability } from './followable-cases';

export interface RoutingClientConfig {
  url: string;
  timeoutMs: number;
}

/**
 * Routing's public case route (`GET /api/v1/public/cases/{caseId}`, no token: it shows only what the public
 * map shows): 200 means open and public, 404 closed, sensitive or unknown alike.
 */
export class RoutingFollowableCases extends FollowableCases {
  constructor(private readonly config: RoutingClientConfig) {
    super();
  }

  async check(caseId: string): Promise<Followability> {
    let response: Response;
    try {
      response = await fetch(`${this.config.url}/api/v1/public/cases/${encodeURIComponent(caseId)}`, {
        signal: AbortSignal.timeout(this.config.timeoutMs),
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      throw new FollowCheckUnavailableError(`routing did not answer: ${(error as Error).message}`);
    }
    await response.body?.cancel();
    if (response.status === 200) return 'followable';
    if (response.status === 404) return 'not-followable';
    throw new FollowCheckUnavailableError(`routing answered ${response.status}`);
  }
}
