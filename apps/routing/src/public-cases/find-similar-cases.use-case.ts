import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemException } from '@loket/http';
import { assessPair, reachFor } from '@loket/incident-linking';
import type { CandidateAssessment, IncomingReport } from '@loket/incident-linking';
import { CategoryCatalogue } from '../catalogue/category-catalogue';
import { ActiveLinkingRules } from '../linking/learning/active-linking-rules';
import { PublicCase, StoredCaseRow, toPublicCase } from './public-case';
import { PublicCasesQuery } from './public-cases.query';
import { DEFAULT_SIMILAR_LIMIT, SimilarCasesRequest } from './http/public-cases.request';

export type SimilarCase = PublicCase & {
  distanceMetres: number;
  likelihood: 'probably-same' | 'possibly-same';
  sharedWords: string[];
};

/** Cases looked at within the category's reach before judging. */
const SCAN_LIMIT = 200;
/** Public places of nuisance are grid-cell centres up to ~70 m from the real one: look that much further. */
const COARSENING_MARGIN_METRES = 100;

/**
 * "Is it one of these?" while a resident types: the open public cases near the pin that the linker — with the
 * active rules, the same judge that links submitted reports — finds probably (at or above its link threshold) or
 * possibly (in its grey zone) the same incident, best first. It judges only what the public may see: the case's
 * redacted first description and its public place, so the answer tells nothing the map does not.
 */
@Injectable()
export class FindSimilarCases {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: PublicCasesQuery,
    private readonly catalogue: CategoryCatalogue,
    private readonly activeRules: ActiveLinkingRules,
  ) {}

  async execute(request: SimilarCasesRequest): Promise<SimilarCase[]> {
    const resolved = this.catalogue.resolve({ main: request.category });
    if (!resolved.known) throw ProblemException.badRequest(`category: there is no category ${request.category}`);
    const category = { main: resolved.main, ...(resolved.sub ? { sub: resolved.sub } : {}) };
    const { rules } = await this.activeRules.current(this.dataSource.manager);
    const radius = reachFor(rules, resolved.main).radiusMetres + COARSENING_MARGIN_METRES;
    const dLat = radius / 111_320;
    const dLon = dLat / Math.max(Math.cos((request.lat * Math.PI) / 180), 0.01);
    const rows = await this.cases.find({
      ...(rules.catchAllMains.includes(resolved.main) ? {} : { mains: [resolved.main, ...relatedMains(rules.related, resolved.main)] }),
      bbox: { minLat: request.lat - dLat, maxLat: request.lat + dLat, minLon: request.lon - dLon, maxLon: request.lon + dLon },
      limit: SCAN_LIMIT,
      offset: 0,
    });
    const report: IncomingReport = {
      reportId: 'typing',
      category,
      location: { lat: request.lat, lon: request.lon },
      submittedAt: new Date(),
      description: request.description,
    };
    const judged: { view: SimilarCase; score: number }[] = [];
    for (const row of rows) {
      const view = toPublicCase(row, this.cases.sensitivityOf);
      if (!view) continue;
      const assessment = assessPair(report, summaryOf(row, view), rules);
      const likelihood = likelihoodOf(assessment, rules);
      if (!likelihood) continue;
      judged.push({
        score: assessment.score,
        view: { ...view, distanceMetres: Math.round(assessment.distanceMetres), likelihood, sharedWords: [...assessment.sharedWords].slice(0, 5) },
      });
    }
    return judged
      .sort((a, b) => b.score - a.score || a.view.distanceMetres - b.view.distanceMetres)
      .slice(0, request.limit ?? DEFAULT_SIMILAR_LIMIT)
      .map((j) => j.view);
  }
}

/** The case as the public sees it: its public place and redacted first description; its period as the linker weighs it. */
function summaryOf(row: StoredCaseRow, view: PublicCase) {
  return {
    caseId: row.id,
    category: { main: row.categoryMain, ...(row.categorySub ? { sub: row.categorySub } : {}) },
    location: { lat: view.lat, lon: view.lon },
    openedAt: row.openedAt,
    lastReportAt: row.lastReportAt ?? row.openedAt,
    text: view.description,
  };
}

function likelihoodOf(a: CandidateAssessment, rules: { linkThreshold: number; greyZoneThreshold: number }): SimilarCase['likelihood'] | null {
  if (a.linkable && a.score >= rules.linkThreshold) return 'probably-same';
  if (a.withinReach && a.score >= rules.greyZoneThreshold) return 'possibly-same';
  return null;
}

/** Main categories the rules relate to this one (either side of a relation, `main` or `main/sub`). */
function relatedMains(related: readonly (readonly [string, string])[], main: string): string[] {
  const mainOf = (side: string) => side.split('/', 1)[0] ?? side;
  const mains = new Set<string>();
  for (const [a, b] of related) {
    if (mainOf(a) === main) mains.add(mainOf(b));
    if (mainOf(b) === main) mains.add(mainOf(a));
  }
  mains.delete(main);
  return [...mains];
}
