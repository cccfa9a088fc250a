import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { areaContains } from '@loket/area-index';
import { ProblemException } from '@loket/http';
import { AreaDirectory } from '../../areas/area-directory';
import { AreaRecord } from '../../areas/area.entity';
import { effectiveSensitivity, MAX_PUBLIC_SENSITIVITY, publicViewOf } from '../public-case';
import { PublicCasesQuery } from '../public-cases.query';
import { DigestOutcomeResponse, NeighbourhoodDigestQuery, NeighbourhoodDigestResponse } from './neighbourhood-digest';

const MAX_PERIOD_MS = 8 * 86_400_000;
/** A digest lists at most this many cases of each kind; a neighbourhood with more in a day is told the first ones. */
const MAX_CASES = 200;

/**
 * What happened in public in one area over a period, for the daily neighbourhood digest: public cases that opened
 * (as the public map shows them) and public cases that were resolved or closed, with the same redacted text. A
 * category more sensitive now than when the case opened is left out, as on the map.
 */
@Injectable()
export class ShowNeighbourhoodDigest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: PublicCasesQuery,
    private readonly areas: AreaDirectory,
  ) {}

  async execute(areaId: string, query: NeighbourhoodDigestQuery, now: Date = new Date()): Promise<NeighbourhoodDigestResponse> {
    const since = new Date(query.since);
    const until = query.until ? new Date(query.until) : now;
    if (!(since < until)) throw ProblemException.badRequest('since must lie before until', [{ field: 'since', messages: ['since must lie before until'] }]);
    if (until.getTime() - since.getTime() > MAX_PERIOD_MS) {
      throw ProblemException.badRequest('a digest covers at most 8 days', [{ field: 'since', messages: ['until - since must be at most 8 days'] }]);
    }
    const area = (await this.areas.index(this.dataSource.manager)).get(areaId);
    const record = area ? await this.dataSource.getRepository(AreaRecord).findOne({ where: { id: areaId }, select: { id: true, name: true } }) : null;
    if (!area || !record) throw ProblemException.notFound(`There is no area with code ${areaId}`);
    const [minLon, minLat, maxLon, maxLat] = area.bbox;
    const rows = (await this.cases.changedBetween({ minLon, minLat, maxLon, maxLat }, since, until, 5 * MAX_CASES)).filter(
      (row) => areaContains(area, row.lon, row.lat) && effectiveSensitivity(row, this.cases.sensitivityOf) <= MAX_PUBLIC_SENSITIVITY,
    );
    const opened = rows
      .filter((row) => row.openedAt >= since && row.openedAt < until)
      .map((row) => publicViewOf(row, this.cases.sensitivityOf))
      .slice(0, MAX_CASES);
    const outcomes = rows.flatMap((row): DigestOutcomeResponse[] => {
      const at = row.closedAt ?? row.resolvedAt;
      if (!at) return [];
      const view = publicViewOf(row, this.cases.sensitivityOf);
      return [{
        caseId: row.id,
        category: view.category,
        ...(view.subcategory ? { subcategory: view.subcategory } : {}),
        outcome: row.closedAt ? 'closed' : 'resolved',
        at: at.toISOString(),
        description: view.description,
      }];
    }).slice(0, MAX_CASES);
    return { area: areaId, areaName: record.name, since: since.toISOString(), until: until.toISOString(), opened, outcomes };
  }
}
