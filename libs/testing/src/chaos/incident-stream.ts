import { randomUUID } from 'node:crypto';
import { SeededRandom } from '@loket/seeded-random';
import { metresNorthOf, randomPlace } from '../random-place';

export interface StreamedReport {
  index: number;
  reportId: string;
  email: string | null;
  /** The index of the first report about the same incident (its own index when it is the first). */
  incident: number;
  status: number;
  /** Attempts it took (connection failures, 5xx and 429 are retried with the same Idempotency-Key). */
  attempts: number;
}

export interface IncidentStreamOptions {
  intakeUrl: () => string;
  count: number;
  ratePerSecond: number;
  concurrency: number;
  /** Share of reports (0–1) about an incident someone reported shortly before: same category, a few metres off. */
  sameIncidentShare: number;
  /** Share of reporters (0–1) who leave an e-mail address (each address used once). */
  emailShare: number;
  seed: number;
  /** How long one report may keep being retried before it counts as not accepted. */
  giveUpAfterMs: number;
  onAnswer?: (report: StreamedReport) => void;
}

const INCIDENTS = [
  { category: 'afval', subcategory: 'grofvuil', text: 'Grofvuil naast de container: een bank en matrassen op de stoep' },
  { category: 'afval', subcategory: 'zwerfafval', text: 'Veel zwerfafval rond de bankjes bij het speelveld' },
  { category: 'openbare-ruimte', subcategory: 'straatverlichting', text: 'Straatlantaarn brandt niet meer, het pad is helemaal donker' },
  { category: 'overlast', subcategory: 'geluid', text: 'Harde muziek uit een bedrijfspand, elke avond tot laat' },
  { category: 'veiligheid', subcategory: 'vandalisme', text: 'Bushokje vernield, overal glas op de stoep' },
  { category: 'wonen', subcategory: 'portiek', text: 'Portiek vervuild en de deur sluit niet meer' },
] as const;

/**
 * Reports streamed at intake over HTTP as residents send them: a steady offered rate, a bounded number in flight,
 * and a realistic share about the same incident as an earlier report (same category and a similar description, a
 * few metres away, minutes later), so routing links them and several reporters follow one case. A report whose
 * request fails (intake away, a 5xx while the database restarts) is sent again with the same Idempotency-Key, as
 * the web loket does, so it is accepted once or not at all.
 */
export async function streamIncidentReports(options: IncidentStreamOptions): Promise<StreamedReport[]> {
  const random = new SeededRandom(options.seed);
  const run = randomUUID().slice(0, 8);
  const seen: Seen = { places: [], incidents: [] };
  const plan = Array.from({ length: options.count }, (_, index) => planReport(index, random, options, run, seen));
  const results: StreamedReport[] = [];
  const start = Date.now();
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < options.count; index = next++) {
      const due = start + (index * 1000) / options.ratePerSecond;
      if (due > Date.now()) await new Promise((done) => setTimeout(done, due - Date.now()));
      const report = plan[index]!;
      const outcome = await submit(options, report.body);
      const result: StreamedReport = { index, reportId: outcome.reportId, email: report.email, incident: report.incident, status: outcome.status, attempts: outcome.attempts };
      results.push(result);
      options.onAnswer?.(result);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return results.sort((a, b) => a.index - b.index);
}

interface PlannedReport {
  incident: number;
  email: string | null;
  body: string;
}

/** Per planned report: where it is and which incident it is about. */
interface Seen {
  places: { lat: number; lon: number }[];
  incidents: number[];
}

function planReport(index: number, random: SeededRandom, options: IncidentStreamOptions, run: string, seen: Seen): PlannedReport {
  // An earlier incident among the last 40 reports (within minutes, well inside every linking window).
  const earlier = index > 0 && random.chance(options.sameIncidentShare) ? Math.max(0, index - 1 - random.int(Math.min(index, 40))) : index;
  const incident = earlier === index ? index : seen.incidents[earlier]!;
  const kind = INCIDENTS[incident % INCIDENTS.length]!;
  const place = incident === index ? randomPlace() : metresNorthOf(seen.places[incident]!, 3 + random.int(20));
  seen.places[index] = place;
  seen.incidents[index] = incident;
  const email = random.chance(options.emailShare) ? `reporter.${run}.${index}@example.nl` : null;
  const body = JSON.stringify({
    description: incident === index ? `${kind.text} (melding ${index}, run ${run})` : `${kind.text}, ik zag het ook (melding ${index}, run ${run})`,
    category: kind.category,
    subcategory: kind.subcategory,
    location: place,
    ...(email ? { contact: { email } } : {}),
  });
  return { incident, email, body };
}

async function submit(options: IncidentStreamOptions, body: string): Promise<{ status: number; reportId: string; attempts: number }> {
  const idempotencyKey = randomUUID();
  const giveUpAt = Date.now() + options.giveUpAfterMs;
  for (let attempts = 1; ; attempts++) {
    let status = 0;
    try {
      const response = await fetch(`${options.intakeUrl()}/api/v1/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      status = response.status;
      if (response.ok) return { status, reportId: ((await response.json()) as { reportId: string }).reportId, attempts };
      await response.text();
      if (status < 500 && status !== 429 && status !== 409) return { status, reportId: '', attempts };
    } catch {
      // intake away or the answer cut off: the same key again
    }
    if (Date.now() > giveUpAt) return { status, reportId: '', attempts };
    await new Promise((done) => setTimeout(done, Math.min(5_000, 250 * attempts)));
  }
}
