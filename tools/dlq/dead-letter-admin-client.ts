import type { DeadLetterPageResponse, DeadLetterResponse } from '@loket/messaging';
import type { DlqConfig, DlqService } from './dlq.config';

/** The dead-letter admin API of the consuming services, called with an administrator's token. */
export class DeadLetterAdminClient {
  private token: string | null = null;

  constructor(private readonly config: DlqConfig) {}

  async list(service: DlqService, filters: { topic?: string; status?: string } = {}): Promise<DeadLetterResponse[]> {
    const items: DeadLetterResponse[] = [];
    let after: string | null = null;
    do {
      const query = new URLSearchParams({ limit: '200' });
      if (filters.topic) query.set('topic', filters.topic);
      if (filters.status) query.set('status', filters.status);
      if (after) query.set('after', after);
      const page = (await this.call(service, 'GET', `?${query}`)) as DeadLetterPageResponse;
      items.push(...page.items);
      after = page.nextAfter;
    } while (after);
    return items;
  }

  async replay(service: DlqService, id: string, reason?: string): Promise<void> {
    await this.call(service, 'POST', `/${encodeURIComponent(id)}/replay`, reason ? { reason } : {});
  }

  async discard(service: DlqService, id: string, reason: string): Promise<void> {
    await this.call(service, 'POST', `/${encodeURIComponent(id)}/discard`, { reason });
  }

  private async call(service: DlqService, method: string, path: string, body?: object): Promise<unknown> {
    const url = `${this.config.serviceUrls[service]}/api/v1/admin/dead-letters${path}`;
    const headers = { authorization: `Bearer ${await this.accessToken()}`, ...(body ? { 'content-type': 'application/json' } : {}) };
    const response = await fetch(url, { method, headers, body: body ? JSON.stringify(body) : undefined }).catch((error: Error) => {
      throw new Error(`${service} at ${url} does not answer: ${(error.cause as Error | undefined)?.message ?? error.message}`);
    });
    const text = await response.text();
    if (!response.ok) {
      const problem = safeJson(text) as { title?: string; detail?: string } | null;
      throw new Error(`${service}: ${response.status} ${problem?.detail ?? problem?.title ?? text}`);
    }
    return text ? safeJson(text) : null;
  }

  private async accessToken(): Promise<string> {
    if (this.token) return this.token;
    const { keycloakUrl, realm, username, password } = this.config;
    const response = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'loket-cli', username, password }),
    });
    if (!response.ok) throw new Error(`Keycloak refused ${username}: ${response.status} ${await response.text()}`);
    this.token = ((await response.json()) as { access_token: string }).access_token;
    return this.token;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
