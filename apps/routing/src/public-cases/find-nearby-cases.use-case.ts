import { Injectable } from '@nestjs/common';
import { ProblemException } from '@loket/http';
import { CategoryCatalogue } from '../catalogue/category-catalogue';
import { distanceMetres, PublicCase, toPublicCase } from './public-case';
import { PublicCasesQuery } from './public-cases.query';
import { DEFAULT_NEARBY_LIMIT, DEFAULT_NEARBY_RADIUS, NearbyCasesQuery } from './http/public-cases.request';

export type NearbyCase = PublicCase & { distanceMetres: number };

/** Cases looked at within the radius's box before sorting by distance. */
const SCAN_LIMIT = 500;

/**
 * "Is it one of these?": open, non-sensitive cases of the same main category within a few hundred metres,
 * nearest first. Distance is measured to the place the public sees (coarsened for nuisance), so the answer
 * gives away nothing finer than the map does.
 */
@Injectable()
export class FindNearbyCases {
  constructor(
    private readonly cases: PublicCasesQuery,
    private readonly catalogue: CategoryCatalogue,
  ) {}

  async execute(request: NearbyCasesQuery): Promise<NearbyCase[]> {
    const resolved = this.catalogue.resolve({ main: request.category });
    if (!resolved.known) throw ProblemException.badRequest(`category: there is no category ${request.category}`);
    const radius = request.radius ?? DEFAULT_NEARBY_RADIUS;
    const point = { lat: request.lat, lon: request.lon };
    const dLat = (radius + 100) / 111_320;
    const dLon = dLat / Math.max(Math.cos((request.lat * Math.PI) / 180), 0.01);
    const rows = await this.cases.find({
      mains: [resolved.main],
      bbox: { minLat: request.lat - dLat, maxLat: request.lat + dLat, minLon: request.lon - dLon, maxLon: request.lon + dLon },
      limit: SCAN_LIMIT,
      offset: 0,
    });
    return rows
      .map((row) => toPublicCase(row, this.cases.sensitivityOf))
      .filter((c): c is PublicCase => c !== null)
      .map((c) => ({ ...c, distanceMetres: Math.round(distanceMetres(point, c)) }))
      .filter((c) => c.distanceMetres <= radius)
      .sort((a, b) => a.distanceMetres - b.distanceMetres || b.openedAt.localeCompare(a.openedAt))
      .slice(0, request.limit ?? DEFAULT_NEARBY_LIMIT);
  }
}
