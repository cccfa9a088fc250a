import { randomUUID } from 'node:crypto';
import { randomPlace } from './random-place';

export interface SubmittedReport {
  index: number;
  reportId: string;
  email: string | null;
  /** ms (Date.now()) just before the request was sent, and when its answer came. */
  sentAt: number;
  answeredAt: number;
  status: number;
}

export interface ReportStreamOptions {
  intakeUrl: string;
  /** Offered rate: report n is sent at start + n / ratePerSecond (or later, when `concurrency` are in flight). */
  ratePerSecond: number;
  count: number;
  /** Send nothing after this long (ms from the start), even if fewer than `count` were sent. */
  durationMs?: number;
  /** At most this many requests in flight at once. */
  concurrency: number;
  /** Share of reporters (0–1) who leave an e-mail address; each address is used once. */
  emailShare?: number;
  /** Called for every answered report, in answer order. */
  onAnswer?: (report: SubmittedReport) => void;
}

const CATEGORIES = [
  ['afval', 'grofvuil'],
  ['afval', 'zwerfafval'],
  ['openbare-ruimte', 'straatverlichting'],
  ['overlast', 'geluid'],
  ['veiligheid', 'vandalisme'],
  ['wonen', 'portiek'],
] as const;

/**
 * Submits `count` reports to intake over HTTP at a steady offered rate with a concurrency-limited client, as
 * residents would (every report at its own random place, so none are linked to each other). A request that
 * fails to connect is retried with the same Idempotency-Key, so a report is never submitted twice.
 */
export async function streamReports(options: ReportStreamOptions): Promise<SubmittedReport[]> {
  const { intakeUrl, ratePerSecond, count, concurrency } = options;
  const emailShare = options.emailShare ?? 0;
  const run = randomUUID().slice(0, 8);
  const results: SubmittedReport[] = [];
  const start = Date.now();
  const stopAt = start + (options.durationMs ?? Infinity);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count && Date.now() < stopAt; index = next++) {
      const due = start + (index * 1000) / ratePerSecond;
      if (due > Date.now()) await new Promise((done) => setTimeout(done, due - Date.now()));
      const [category, subcategory] = CATEGORIES[index % CATEGORIES.length]!;
      const email = (index * 7919) % 1000 < emailShare * 1000 ? `reporter.${run}.${index}@example.nl` : null;
      const body = JSON.stringify({
        description: `Melding ${index} van run ${run}: ${category} bij de ingang`,
        category,
        subcategory,
        location: randomPlace(),
        ...(email ? { contact: { email } } : {}),
      });
      const idempotencyKey = randomUUID();
      const sentAt = Date.now();
      const response = await postWithRetry(`${intakeUrl}/api/v1/reports`, body, idempotencyKey);
      const answer = response.ok ? ((await response.json()) as { reportId: string }) : { reportId: '' };
      if (!response.ok) await response.text();
      const result = { index, reportId: answer.reportId, email, sentAt, answeredAt: Date.now(), status: response.status };
      results.push(result);
      options.onAnswer?.(result);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results.sort((a, b) => a.index - b.index);
}

async function postWithRetry(url: string, body: string, idempotencyKey: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body,
      });
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((done) => setTimeout(done, 200 * attempt));
    }
  }
}
