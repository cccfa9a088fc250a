import { randomUUID } from 'node:crypto';
import { randomPlace } from './random-place';

export interface SubmittedReport {
  index: number;
  reportId: string;
  /** The index of the earlier report of this stream whose incident this one reports again, or null. */
  repeatOf: number | null;
  email: string | null;
  /** ms (Date.now()) just before the request was sent, and when its answer came. */
  sentAt: number;
  answeredAt: number;
  status: number;
}

export interface ReportStreamOptions {
  /** One intake, or several instances of it: report n goes to the (n mod count)-th. */
  intakeUrl: string | readonly string[];
  /** Offered rate: report n is sent at start + n / ratePerSecond (or later, when `concurrency` are in flight). */
  ratePerSecond: number;
  count: number;
  /** Send nothing after this long (ms from the start), even if fewer than `count` were sent. */
  durationMs?: number;
  /** At most this many requests in flight at once. */
  concurrency: number;
  /** Share of reporters (0–1) who leave an e-mail address; each address is used once. */
  emailShare?: number;
  /**
   * Share of reports (0–1) about an incident already reported: the same place, category and description as an
   * earlier report of this stream sent about `repeatLagMs` before (3 s by default), so routing links it to
   * that report's open case. The others are each at a random place of their own.
   */
  repeatShare?: number;
  repeatLagMs?: number;
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

interface Incident {
  index: number;
  category: string;
  subcategory: string;
  location: { lat: number; lon: number };
  description: string;
}

/**
 * Submits `count` reports to intake over HTTP at a steady offered rate with a concurrency-limited client, as
 * residents would (every report at its own random place, so none are linked to each other, unless
 * `repeatShare` asks for reports about incidents already reported). A request that fails to connect is
 * retried with the same Idempotency-Key, so a report is never submitted twice.
 */
export async function streamReports(options: ReportStreamOptions): Promise<SubmittedReport[]> {
  const { intakeUrl, ratePerSecond, count, concurrency } = options;
  const emailShare = options.emailShare ?? 0;
  const repeatShare = options.repeatShare ?? 0;
  const repeatLag = Math.max(1, Math.round(((options.repeatLagMs ?? 3_000) * ratePerSecond) / 1000));
  const urls = typeof intakeUrl === 'string' ? [intakeUrl] : intakeUrl;
  const run = randomUUID().slice(0, 8);
  // What each report is about, decided when its index is claimed (in index order, so an earlier report's
  // incident is known before a later one repeats it).
  const incidents: Incident[] = [];
  const incidentOf = (index: number): Incident => {
    const repeats = index >= repeatLag && (index * 7907) % 1000 < repeatShare * 1000;
    if (repeats) return incidents[index - repeatLag]!;
    const [category, subcategory] = CATEGORIES[index % CATEGORIES.length]!;
    return { index, category, subcategory, location: randomPlace(), description: `Melding ${index} van run ${run}: ${category} bij de ingang` };
  };
  const results: SubmittedReport[] = [];
  const start = Date.now();
  const stopAt = start + (options.durationMs ?? Infinity);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count && Date.now() < stopAt; index = next++) {
      const incident = incidentOf(index);
      incidents[index] = incident;
      const due = start + (index * 1000) / ratePerSecond;
      if (due > Date.now()) await new Promise((done) => setTimeout(done, due - Date.now()));
      const { category, subcategory, location, description } = incident;
      const email = (index * 7919) % 1000 < emailShare * 1000 ? `reporter.${run}.${index}@example.nl` : null;
      const body = JSON.stringify({ description, category, subcategory, location, ...(email ? { contact: { email } } : {}) });
      const idempotencyKey = randomUUID();
      const sentAt = Date.now();
      const response = await postWithRetry(`${urls[index % urls.length]}/api/v1/reports`, body, idempotencyKey);
      const answer = response.ok ? ((await response.json()) as { reportId: string }) : { reportId: '' };
      if (!response.ok) await response.text();
      const repeatOf = incident.index === index ? null : incident.index;
      const result = { index, reportId: answer.reportId, repeatOf, email, sentAt, answeredAt: Date.now(), status: response.status };
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
