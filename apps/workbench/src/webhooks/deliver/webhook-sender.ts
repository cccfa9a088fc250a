import { Injectable } from '@nestjs/common';

/** What came of one POST: a 2xx is delivered; anything else (another status, no answer) is an error. */
export type SendResult = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/** Posts one signed webhook. */
export abstract class WebhookSender {
  abstract post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SendResult>;
}

/** Over HTTP(S) with fetch: redirects are not followed (a 3xx is a failure), the answer's body is not read. */
@Injectable()
export class FetchWebhookSender extends WebhookSender {
  async post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<SendResult> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/cloudevents+json; charset=utf-8', 'user-agent': 'Loket-Webhooks/1', ...headers },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status };
      return { ok: false, statusCode: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, statusCode: null, error: describe(error, timeoutMs) };
    }
  }
}

function describe(error: unknown, timeoutMs: number): string {
  const failure = error as Error & { cause?: { code?: string; message?: string } };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = failure.cause;
  return cause?.code ? `${cause.code}: ${cause.message ?? failure.message}` : failure.message || String(error);
}
