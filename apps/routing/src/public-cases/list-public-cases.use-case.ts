import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { areaContains } from '@loket/area-index';
import { ProblemException } from '@loket/http';
import { AreaDirectory } from '../areas/area-directory';
import { PublicCase, toPublicCase } from './public-case';
import { PublicCaseFilter, PublicCasesQuery } from './public-cases.query';
import { DEFAULT_PUBLIC_PAGE, PublicCasesQuery as PublicCasesRequest } from './http/public-cases.request';

/** At most this many cases are looked at inside an area's bounding box before its polygon is applied. */
const AREA_SCAN_LIMIT = 5_000;

/** The public map's list: open, non-sensitive cases, filtered by area, category and box; newest first. */
@Injectable()
export class ListPublicCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: PublicCasesQuery,
    private readonly areas: AreaDirectory,
  ) {}

  async execute(request: PublicCasesRequest): Promise<PublicCase[]> {
    const limit = request.limit ?? DEFAULT_PUBLIC_PAGE;
    const offset = request.offset ?? 0;
    const filter: PublicCaseFilter = { limit, offset, ...(request.category ? { category: request.category } : {}) };
    if (request.bbox) filter.bbox = parseBbox(request.bbox);
    if (!request.area) return this.publicOf(await this.cases.find(filter));
    const area = (await this.areas.index(this.dataSource.manager)).get(request.area);
    if (!area) throw ProblemException.badRequest(`area: there is no area with code ${request.area}`);
    const [minLon, minLat, maxLon, maxLat] = area.bbox;
    const box = filter.bbox ? intersect(filter.bbox, { minLon, minLat, maxLon, maxLat }) : { minLon, minLat, maxLon, maxLat };
    if (!box) return [];
    const candidates = await this.cases.find({ ...filter, bbox: box, limit: AREA_SCAN_LIMIT, offset: 0 });
    const inside = candidates.filter((row) => areaContains(area, row.lon, row.lat));
    return this.publicOf(inside.slice(offset, offset + limit));
  }

  private publicOf(rows: Awaited<ReturnType<PublicCasesQuery['find']>>): PublicCase[] {
    return rows.map((row) => toPublicCase(row, this.cases.sensitivityOf)).filter((c): c is PublicCase => c !== null);
  }
}

function parseBbox(text: string): NonNullable<PublicCaseFilter['bbox']> {
  const [minLon, minLat, maxLon, maxLat] = text.split(',').map(Number) as [number, number, number, number];
  const faults = [
    ...(minLon < -180 || maxLon > 180 ? ['longitudes must lie from -180 to 180'] : []),
    ...(minLat < -90 || maxLat > 90 ? ['latitudes must lie from -90 to 90'] : []),
    ...(minLon > maxLon || minLat > maxLat ? ['minLon,minLat must lie south-west of maxLon,maxLat'] : []),
  ];
  if (faults.length) throw ProblemException.badRequest(`bbox: ${faults.join('; ')}`);
  return { minLon, minLat, maxLon, maxLat };
}

function intersect(a: NonNullable<PublicCaseFilter['bbox']>, b: NonNullable<PublicCaseFilter['bbox']>): PublicCaseFilter['bbox'] | null {
  const box = { minLon: Math.max(a.minLon, b.minLon), minLat: Math.max(a.minLat, b.minLat), maxLon: Math.min(a.maxLon, b.maxLon), maxLat: Math.min(a.maxLat, b.maxLat) };
  return box.minLon <= box.maxLon && box.minLat <= box.maxLat ? box : null;
}
