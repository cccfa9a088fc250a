import { DataSource } from 'typeorm';

/**
 * Fills a migrated workbench database with `count` cases in a few statements (INSERT … SELECT
 * generate_series), spread roughly as a city's year would be: most cases at the municipality, then police,
 * housing, social work and the coordinators; each organisation's teams; every status (most of them closed),
 * priorities mostly normal; opened over the last year, due 1–10 days later; each case with one report (one
 * in ten with two) somewhere in 1,000 neighbourhoods. Seeded, so two runs hold the same spread.
 */
export async function seedCases(dataSource: DataSource, count: number) {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT setseed(0.42)');
    await runner.query(
      `INSERT INTO cases (id, organisation, team, status, version, assignee, priority, category_main, category_sub,
                          sensitivity, sla, due_at, resolution_code, closed_at, routing_policy_id,
                          routing_policy_version, routing_rule_id, routing_explanation, opened_at, updated_at)
       SELECT gen_random_uuid(), org, team, status, 1 + (r5 * 6)::int,
              CASE WHEN status IN ('new', 'referred') THEN NULL ELSE org || '-user-' || (r6 * 20)::int END,
              priority, category, NULL, sensitivity, '{"amount": 3, "unit": "days", "calendar": "working"}'::jsonb,
              opened_at + interval '1 day' * (1 + (r6 * 9)::int),
              CASE WHEN status IN ('resolved', 'closed') THEN 'fixed' END,
              CASE WHEN status = 'closed' THEN opened_at + interval '6 days' END,
              'default', 1, 'rule-' || (r5 * 50)::int, 'benchmark seed', opened_at, opened_at
       FROM (
         SELECT *,
                CASE org WHEN 'municipality' THEN (ARRAY['stadsbeheer', 'handhaving', 'wijkteam-coordinatie'])[1 + floor(r2 * 3)::int]
                         WHEN 'police' THEN (ARRAY['wijkagenten', 'ondermijning'])[1 + floor(r2 * 2)::int]
                         WHEN 'housing' THEN 'huurdersservice'
                         WHEN 'social-work' THEN (ARRAY['wijkteam', 'ouderenwerk'])[1 + floor(r2 * 2)::int]
                         ELSE 'triage' END AS team,
                CASE org WHEN 'municipality' THEN (ARRAY['afval', 'openbare-ruimte', 'overlast'])[1 + floor(r2 * 3)::int]
                         WHEN 'police' THEN (ARRAY['veiligheid', 'ondermijning'])[1 + floor(r2 * 2)::int]
                         WHEN 'housing' THEN 'wonen' WHEN 'social-work' THEN 'zorg' ELSE 'overig' END AS category,
                CASE org WHEN 'police' THEN 3 WHEN 'social-work' THEN 4 WHEN 'housing' THEN 2 ELSE 1 END AS sensitivity
         FROM (
           SELECT i, r2, r5, r6,
                  now() - interval '365 days' * r4 AS opened_at,
                  CASE WHEN r1 < 0.45 THEN 'municipality' WHEN r1 < 0.65 THEN 'police' WHEN r1 < 0.80 THEN 'housing'
                       WHEN r1 < 0.92 THEN 'social-work' ELSE 'coordinators' END AS org,
                  CASE WHEN r3 < 0.12 THEN 'new' WHEN r3 < 0.27 THEN 'assigned' WHEN r3 < 0.45 THEN 'in_progress'
                       WHEN r3 < 0.50 THEN 'waiting' WHEN r3 < 0.52 THEN 'referred' WHEN r3 < 0.65 THEN 'resolved'
                       ELSE 'closed' END AS status,
                  CASE WHEN r5 < 0.20 THEN 'low' WHEN r5 < 0.80 THEN 'normal' WHEN r5 < 0.95 THEN 'high' ELSE 'urgent' END AS priority
           FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
                 FROM generate_series(1, $1::int) AS i) AS draws
         ) AS spread
       ) AS cases_to_be`,
      [count],
    );
    await runner.query(
      `INSERT INTO case_reports (case_id, report_id, description, category_main, category_sub, lat, lon, area_ids,
                                 reporter_tier, submitted_at, linked_at)
       SELECT c.id, gen_random_uuid(), 'Benchmark report ' || n, c.category_main, NULL,
              52.30 + random() * 0.1, 4.80 + random() * 0.2, ARRAY['BU-' || (random() * 999)::int],
              'resident', c.opened_at + interval '1 hour' * (n - 1), c.opened_at + interval '1 hour' * (n - 1)
       FROM cases c CROSS JOIN generate_series(1, 2) AS n
       WHERE n = 1 OR random() < 0.1`,
    );
    await runner.query('ANALYZE cases');
    await runner.query('ANALYZE case_reports');
  } finally {
    await runner.release();
  }
  return {
    /** How many of the municipality's cases a queue query string's team/status/priority/assignee select. */
    async matching(queryString: string): Promise<number> {
      const params = new URLSearchParams(queryString);
      const conditions = [`organisation = 'municipality'`];
      const values: string[] = [];
      for (const column of ['team', 'status', 'priority', 'assignee']) {
        const value = params.get(column);
        if (value === null) continue;
        values.push(value);
        conditions.push(`${column} = $${values.length}`);
      }
      const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM cases WHERE ${conditions.join(' AND ')}`, values)) as { n: number }[];
      return row!.n;
    },
  };
}

/**
 * The SQL the list endpoint runs for a query string, as this bench knows it (team/status/priority/assignee
 * filters within the caller's organisation; `sort=dueAt` or newest first), so its plan and execution time
 * can be shown beside the HTTP figure. A mirror, not the repository's own statement.
 */
export function mirroredQueueSql(queryString: string, organisation: string, limit = 26): { sql: string; values: string[] } {
  const params = new URLSearchParams(queryString);
  const values = [organisation];
  const conditions = ['organisation = $1'];
  for (const column of ['team', 'status', 'priority', 'assignee']) {
    const value = params.get(column);
    if (value === null) continue;
    values.push(value);
    conditions.push(`${column} = $${values.length}`);
  }
  const order = params.get('sort') === 'dueAt' ? 'due_at ASC, id ASC' : 'opened_at DESC, id DESC';
  return { sql: `SELECT * FROM cases WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${limit}`, values };
}
