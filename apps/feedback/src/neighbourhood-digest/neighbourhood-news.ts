/** What happened in public in one area over a period, as routing tells it (public categories only, redacted). */
export interface NeighbourhoodNews {
  area: string;
  areaName: string;
  since: string;
  until: string;
  opened: { caseId: string; category: string; subcategory?: string; description: string; openedAt: string }[];
  outcomes: { caseId: string; category: string; subcategory?: string; outcome: 'resolved' | 'closed'; at: string; description: string }[];
}

export class NewsUnavailableError extends Error {}

/** Routing's public digest of an area; abstract so tests can fake it. */
export abstract class NeighbourhoodNewsSource {
  abstract between(areaId: string, since: Date, until: Date): Promise<NeighbourhoodNews>;
}

/** Routing over HTTP: `GET /api/v1/public/areas/{area}/digest` (public, no token). */
export class RoutingNeighbourhoodNews extends NeighbourhoodNewsSource {
  constructor(private readonly routing: { url: string; timeoutMs: number }) {
    super();
  }

  async between(areaId: string, since: Date, until: Date): Promise<NeighbourhoodNews> {
    const url = `${this.routing.url}/api/v1/public/areas/${encodeURIComponent(areaId)}/digest?since=${since.toISOString()}&until=${until.toISOString()}`;
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.routing.timeoutMs) });
    } catch (error) {
      throw new NewsUnavailableError(`routing did not answer: ${(error as Error).message}`);
    }
    if (!response.ok) throw new NewsUnavailableError(`routing answered ${response.status} for area ${areaId}`);
    return (await response.json()) as NeighbourhoodNews;
  }
}
