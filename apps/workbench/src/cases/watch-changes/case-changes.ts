import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseScope } from '../case-scope';
import { triageReachSql } from '../persistence/triage-reach.sql';

export interface ChangeFingerprints {
  /** Of the cases in scope changed after `since` (null when no `since` was asked for). */
  sinceFingerprint: string | null;
  /** Of the cases in scope changed after `watermark`. */
  watermarkFingerprint: string;
}

/**
 * Fingerprints of the cases in a scope that changed after an instant. Every UPDATE of a case sets its
 * `changed_at` (a trigger, so no change path can forget it), and the fingerprint hashes each such case's id,
 * version and `changed_at`: a case changing again, arriving in or leaving the set changes the fingerprint.
 */
export abstract class CaseChanges {
  abstract databaseNow(): Promise<Date>;
  abstract fingerprints(scope: CaseScope, since: Date | null, watermark: Date): Promise<ChangeFingerprints>;
}

const EMPTY = "md5('')";
const ROW = `c.id::text || ':' || c.version || ':' || to_char(c.changed_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS')`;

@Injectable()
export class TypeormCaseChanges extends CaseChanges {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async databaseNow(): Promise<Date> {
    const rows = (await this.dataSource.query(`SELECT date_trunc('milliseconds', clock_timestamp()) AS now`)) as { now: Date }[];
    return rows[0]?.now ?? new Date();
  }

  async fingerprints(scope: CaseScope, since: Date | null, watermark: Date): Promise<ChangeFingerprints> {
    const from = since && since < watermark ? since : watermark;
    const params: unknown[] = [from, since, watermark];
    const inScope = scopeSql(scope, params);
    const rows = (await this.dataSource.query(
      `SELECT CASE WHEN $2::timestamptz IS NULL THEN NULL
                   ELSE coalesce(md5(string_agg(${ROW}, ',' ORDER BY c.id) FILTER (WHERE c.changed_at > $2::timestamptz)), ${EMPTY}) END AS since_fingerprint,
              coalesce(md5(string_agg(${ROW}, ',' ORDER BY c.id) FILTER (WHERE c.changed_at > $3::timestamptz)), ${EMPTY}) AS watermark_fingerprint
         FROM cases c
        WHERE c.changed_at > $1::timestamptz ${inScope}`,
      params,
    )) as { since_fingerprint: string | null; watermark_fingerprint: string }[];
    // an aggregate without GROUP BY always answers one row
    const [row] = rows;
    return { sinceFingerprint: row?.since_fingerprint ?? null, watermarkFingerprint: row?.watermark_fingerprint ?? '' };
  }
}

/** The caller's scope as a condition of the raw query, its values pushed onto `params`. */
function scopeSql(scope: CaseScope, params: unknown[]): string {
  switch (scope.kind) {
    case 'all':
      return '';
    case 'organisation':
      return `AND c.organisation = $${params.push(scope.organisation)}`;
    case 'triage': {
      const organisation = `$${params.push(scope.organisation)}::varchar`;
      return `AND ${triageReachSql(organisation, `$${params.push(scope.now)}::timestamptz`)}`;
    }
  }
}
