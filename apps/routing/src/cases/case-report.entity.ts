import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AddressV1, ReportAnswerV1, ReportChannel, ReporterTier, ReportPhotoV1, ReportSubmittedV1 } from '@loket/contracts';
import type { RoutableReport } from './routable-report';

/** What routing needs to route a report again on its own when a coordinator unlinks it from its case. */
export interface CaseReportOrigin {
  location: { lat: number; lon: number };
  reporterTier: ReporterTier;
  /** What the reporter chose (null: nothing), so the category is chosen again the same way. */
  category: { main: string; sub?: string } | null;
  /** The address the reporter gave, if any, so a report routed again keeps it. */
  address?: AddressV1;
  /** The answers to the category's questions and the photo ids, so they go with the report when it moves. */
  answers?: ReportAnswerV1[];
  photos?: ReportPhotoV1[];
  /** How it came in and when it was seen, so they go with the report when it moves (absent on older rows). */
  channel?: ReportChannel;
  observedAt?: string;
}

/** How a report came in and when it was seen, as case events carry them (what is not known is left out). */
export function provenanceOf(report: { channel?: ReportChannel; observedAt?: string } | null | undefined): { channel?: ReportChannel; observedAt?: string } {
  return {
    ...(report?.channel ? { channel: report.channel } : {}),
    ...(report?.observedAt ? { observedAt: report.observedAt } : {}),
  };
}

/** A report's answers and photo ids as case events carry them (nothing when it has none). */
export function attachmentsOf(report: Pick<ReportSubmittedV1, 'answers' | 'photos'> | null | undefined): Pick<ReportSubmittedV1, 'answers' | 'photos'> {
  return {
    ...(report?.answers?.length ? { answers: report.answers } : {}),
    ...(report?.photos?.length ? { photos: report.photos } : {}),
  };
}

export function originOf(report: RoutableReport): CaseReportOrigin {
  return {
    location: { lat: report.location.lat, lon: report.location.lon },
    reporterTier: report.reporterTier,
    category: report.category ? { main: report.category.main, ...(report.category.sub ? { sub: report.category.sub } : {}) } : null,
    ...(report.address ? { address: { ...report.address } } : {}),
    ...attachmentsOf(report),
    ...provenanceOf(report),
  };
}

/** Which case a report belongs to. A report belongs to exactly one case. */
@Entity({ name: 'case_reports' })
@Index('idx_case_reports_case', ['caseId'])
export class CaseReportRecord {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'reporter_ref', type: 'varchar', length: 80 })
  reporterRef!: string;

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'linked_at', type: 'timestamptz', default: () => 'now()' })
  linkedAt!: Date;

  /** Null for reports recorded before it was kept: the case's place and category stand in for it. */
  @Column({ name: 'origin', type: 'jsonb', nullable: true })
  origin!: CaseReportOrigin | null;

  /** The case this report belonged to before a coordinator merged that case into this one. */
  @Column({ name: 'moved_from_case_id', type: 'uuid', nullable: true })
  movedFromCaseId!: string | null;
}
