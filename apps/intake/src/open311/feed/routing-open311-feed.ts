import { FeedQuery, FeedRefusedError, FeedRequest, FeedUnavailableError, PublicOpen311Feed } from './public-open311-feed';

export interface RoutingFeedConfig {
  url: string;
  timeoutMs: number;
}

const SERVICES_CACHE_MS = 60_000;

/** Routing's `GET /api/v1/open311/...` (public routes). The list of public service codes is kept a minute. */
export class RoutingOpen311Feed extends PublicOpen311Feed {
  private services: { codes: ReadonlySet<string>; until: number } | null = null;

  constructor(
    private readonly config: RoutingFeedConfig,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async publicServiceCodes(): Promise<ReadonlySet<string>> {
    if (this.services && this.services.until > this.now()) return this.services.codes;
    const services = (await this.get('/api/v1/open311/services.json')) as { service_code?: unknown }[] | null;
    if (!Array.isArray(services)) throw new FeedUnavailableError('routing answered no services');
    const codes = new Set(services.map((s) => s.service_code).filter((c): c is string => typeof c === 'string'));
    this.services = { codes, until: this.now() + SERVICES_CACHE_MS };
    return codes;
  }

  async requests(query: FeedQuery): Promise<FeedRequest[]> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    return this.list(await this.get(`/api/v1/open311/requests.json?${params.toString()}`));
  }

  async request(id: string, locale: 'nl' | 'en'): Promise<FeedRequest | null> {
    const found = await this.get(`/api/v1/open311/requests/${encodeURIComponent(id)}.json?locale=${locale}`);
    return found === null ? null : (this.list(found)[0] ?? null);
  }

  async requestOfReport(reportId: string, locale: 'nl' | 'en'): Promise<FeedRequest | null> {
    const found = await this.get(`/api/v1/open311/reports/${encodeURIComponent(reportId)}/request.json?locale=${locale}`);
    return found === null ? null : (this.list(found)[0] ?? null);
  }

  /** The JSON routing answers; null for a 404. */
  private async get(path: string): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.config.url}${path}`, { signal: AbortSignal.timeout(this.config.timeoutMs), headers: { accept: 'application/json' } });
    } catch (error) {
      throw new FeedUnavailableError(`routing did not answer: ${(error as Error).message}`);
    }
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (response.status === 400) {
      const problem = (await response.json().catch(() => ({}))) as { detail?: unknown };
      throw new FeedRefusedError(typeof problem.detail === 'string' ? problem.detail : 'routing refused the filter');
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new FeedUnavailableError(`routing answered ${response.status}`);
    }
    return response.json();
  }

  private list(body: unknown): FeedRequest[] {
    if (!Array.isArray(body)) throw new FeedUnavailableError('routing answered something other than a list');
    return body as FeedRequest[];
  }
}
