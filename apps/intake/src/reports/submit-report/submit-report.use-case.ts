import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import { ReporterContactSubmitted, ReportSubmitted, ReporterTier, sealFor, SealedReporterDetails } from '@loket/contracts';
import { ProblemException } from '@loket/http';
import { Outbox } from '@loket/messaging';
import { IdempotencyKeyRecord } from '../idempotency-key.entity';
import { ReportRecord } from '../report.entity';
import { SealingKey } from '../sealing-key';
import { SubmitReportRequest, SubmitReportResponse } from './submit-report.request';
import { newReporterRef, newTrackingCode } from './tracking-code';

/**
 * Stores a report and, in the same transaction, the events that tell the rest of Loket: the report itself
 * (no contact details, a pseudonymous reporterRef) and the reporter's details sealed for the feedback service.
 */
@Injectable()
export class SubmitReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly sealingKey: SealingKey,
  ) {}

  async execute(request: SubmitReportRequest, principal: Principal | undefined, idempotencyKey?: string): Promise<SubmitReportResponse> {
    return this.dataSource.transaction(async (tx) => {
      if (idempotencyKey) {
        const replay = await this.replayOf(tx, idempotencyKey, request);
        if (replay) return replay;
      }
      const response = await this.submit(tx, request, tierOf(principal));
      if (idempotencyKey) {
        await tx.update(IdempotencyKeyRecord, { key: idempotencyKey }, { reportId: response.reportId, response: { ...response } });
      }
      return response;
    });
  }

  private async submit(tx: EntityManager, request: SubmitReportRequest, tier: ReporterTier): Promise<SubmitReportResponse> {
    const reportId = randomUUID();
    const reporterRef = newReporterRef();
    const trackingCode = newTrackingCode();
    const submittedAt = new Date();
    const category = request.category ? { main: request.category, ...(request.subcategory ? { sub: request.subcategory } : {}) } : null;
    await tx.insert(ReportRecord, {
      id: reportId,
      reporterRef,
      description: request.description,
      categoryMain: category?.main ?? null,
      categorySub: category?.sub ?? null,
      lat: request.location.lat,
      lon: request.location.lon,
      reporterTier: tier,
      channel: 'web',
      submittedAt,
    });
    await this.outbox.add(tx, ReportSubmitted, {
      reportId,
      reporterRef,
      description: request.description,
      category,
      location: { lat: request.location.lat, lon: request.location.lon },
      ...(request.address ? { address: { ...request.address } } : {}),
      submittedAt: submittedAt.toISOString(),
      reporterTier: tier,
      channel: 'web',
    });
    const details: SealedReporterDetails = {
      trackingCode,
      contact: request.contact ? { ...request.contact } : undefined,
      consentToContact: request.consentToContact ?? true,
      language: request.language ?? 'nl',
      tier,
    };
    await this.outbox.add(tx, ReporterContactSubmitted, { reportId, reporterRef, sealed: sealFor(this.sealingKey, details) });
    return { reportId, trackingCode };
  }

  /** Claims the key, or answers the first request's response again when the same body comes back. */
  private async replayOf(tx: EntityManager, key: string, request: SubmitReportRequest): Promise<SubmitReportResponse | null> {
    if (!/^[A-Za-z0-9_.:-]{8,200}$/.test(key)) {
      throw ProblemException.badRequest('Idempotency-Key must be 8 to 200 letters, digits or _.:-');
    }
    const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    const claimed: unknown[] = await tx.query(
      `INSERT INTO idempotency_keys (key, request_hash, report_id, response) VALUES ($1, $2, $3, '{}')
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, requestHash, randomUUID()],
    );
    if (claimed.length > 0) return null;
    const existing = await tx.findOneByOrFail(IdempotencyKeyRecord, { key });
    if (existing.requestHash !== requestHash) {
      throw ProblemException.conflict('This Idempotency-Key was used with a different request body');
    }
    return existing.response as unknown as SubmitReportResponse;
  }
}

function tierOf(principal: Principal | undefined): ReporterTier {
  if (!principal) return 'anonymous';
  if (principal.roles.includes('professional')) return 'professional';
  if (principal.roles.includes('volunteer')) return 'volunteer';
  return 'resident';
}
