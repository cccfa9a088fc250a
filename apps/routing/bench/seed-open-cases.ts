import type { DataSource } from 'typeorm';

/** The benchmarks' city: 20 × 17 km, the demo areas in its middle. */
export const CITY = { minLat: 52.28, latSpan: 0.15, minLon: 4.75, lonSpan: 0.3 };

/** An incident kind: main category, subcategory and the text its cases were reported with (more may follow). */
export type IncidentKind = readonly [main: string, sub: string, text: string, ...rest: string[]];

/**
 * `count` open cases spread over the city, the kinds taken in turn, reported over the last 14 days, each with its
 * report: two bulk INSERT … SELECT generate_series statements, then ANALYZE.
 */
export async function seedOpenCases(dataSource: DataSource, count: number, kinds: readonly IncidentKind[]): Promise<void> {
  const values = kinds.map(([main, sub, text], i) => `(${i}, '${main}', '${sub}', '${text}')`).join(', ');
  await dataSource.query(
    `INSERT INTO cases (id, organisation, team, priority, status, work_status, category_main, category_sub, sensitivity,
                        lat, lon, opened_at, first_report_at, last_report_at, link_text, closed_at, updated_at)
     SELECT gen_random_uuid(), 'municipality', 'stadsbeheer', 'normal', 'open', 'new', kind.main, kind.sub, 1,
            $2::float8 + random() * $3::float8, $4::float8 + random() * $5::float8, at, at, at, kind.text, NULL, at
       FROM (SELECT i, now() - interval '14 days' * random() - interval '1 minute' AS at FROM generate_series(1, $1::int) AS i) AS s
       JOIN (VALUES ${values}) AS kind(n, main, sub, text) ON kind.n = s.i % ${kinds.length}`,
    [count, CITY.minLat, CITY.latSpan, CITY.minLon, CITY.lonSpan],
  );
  await dataSource.query(
    `INSERT INTO case_reports (report_id, case_id, reporter_ref, description, submitted_at, linked_at)
     SELECT gen_random_uuid(), id, 'rr_bench_seed', link_text, opened_at, opened_at FROM cases`,
  );
  await dataSource.query('ANALYZE');
}
