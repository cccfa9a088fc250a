import type { DataSource } from 'typeorm';

/** Of these object keys, those no committed photo row names: objects that belong to no report. */
export async function unnamedObjectKeys(dataSource: DataSource, keys: readonly string[]): Promise<string[]> {
  if (!keys.length) return [];
  const rows: { object_key: string }[] = await dataSource.query(`SELECT object_key FROM report_photos WHERE object_key = ANY($1)`, [keys]);
  const named = new Set(rows.map((row) => row.object_key));
  return keys.filter((key) => !named.has(key));
}
