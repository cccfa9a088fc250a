import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '@loket/auth';
import {
  MAX_PHOTOS_PER_REPORT, ReportChannel, ReporterContactSubmitted, ReportSubmitted, ReporterTier, SealedBoxV1, sealFor, SealedReporterDetails,
} from '@loket/contracts';
import { ProblemException, RateLimits } from '@loket/http';
import { Outbox } from '@loket/messaging';
import type { RecordedAnswer } from '@loket/taxonomy';
import { cleanPhoto, CleanPhoto } from '../../photos/upload/clean-photo';
import type { UploadedPhoto } from '../../photos/upload/multipart-report.interceptor';
import { PhotoProblems } from '../../photos/upload/photo-problems';
import { PhotoStore, PhotoStoreUnavailableError, PreparedPhoto } from '../../photos/store/photo-store';
import { ForwardedChatReader } from '../chat-forward/forwarded-chat-reader';
import { FollowableCases, FollowCheckUnavailableError } from '../follow-case/followable-cases';
import { IdempotencyRecords } from '../idempotency/idempotency-records';
import { ReportRecord } from '../report.entity';
import { SealingKey } from '../sealing-key';
import { TaxonomyInForce } from '../../taxonomy/taxonomy-in-force';
import { recordedAnswersOf } from './report-answers';
import { SubmitReportRequest, SubmitReportResponse } from './submit-report.request';
import { newReporterRef, newTrackingCode } from './tracking-code';

/** What a report carries besides its request: the checked answers and the photos, cleaned of metadata. */
interface ReportExtras {
  answers: RecordedAnswer[];
  photos: CleanPhoto[];
  /** Fingerprint of the uploads, so a retried Idempotency-Key with other photos is a different request. */
  uploadDigest: string;
  /** When it was seen, when the report knows that apart from its submission (a forwarded chat message's time). */
  observedAt?: Date;
}

/**
 * The door a report came through. The web loket is the default; Open311 clients and desk agents say so. An agent
 * (role `desk`) submits on a resident's behalf: the resident's tier is the one the agent records, and the agent is
 * named on the report and its event.
 */
export interface SubmissionDoor {
  channel: ReportChannel;
  tier?: ReporterTier;
  agent?: { subject: string; username: string };
}

const WEB: SubmissionDoor = { channel: 'web' };

/**
 * A report that waited in intake before it could be submitted (a mail that named no place Loket could find). Its
 * reporter's details, tracking code included, were sealed for the feedback service when it came in, so intake never
 * held them readable; it was seen no later than it came in; and what held it is released in the report's own
 * transaction (`release` throws when it is no longer there: the report was completed or forgotten meanwhile).
 */
export interface WaitingReport {
  sealedReporter: SealedBoxV1;
  receivedAt: Date;
  release(tx: EntityManager): Promise<void>;
}

/** Who reported, as the rest of Loket hears it: sealed for the feedback service, with the tracking code when intake made it now. */
interface SealedReporter {
  sealed: SealedBoxV1;
  trackingCode?: string;
}

/**
 * Stores a report and, in the same transaction, its photos and the events that tell the rest of Loket: the
 * report itself (no contact details, a pseudonymous reporterRef; answers and photo ids, never photo bytes) and
 * the reporter's details sealed for the feedback service. Answers and photos are checked, and the photos
 * cleaned, before anything is stored: a bad one stores nothing.
 * A follow names an open public case instead of a description and place: routing is asked first whether that
 * case may be followed, and a follow of a closed, sensitive or unknown case is refused (422).
 */
@Injectable()
export class SubmitReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly sealingKey: SealingKey,
    private readonly photoStore: PhotoStore,
    private readonly followable: FollowableCases,
    private readonly rateLimits: RateLimits,
    private readonly idempotency: IdempotencyRecords,
    private readonly taxonomy: TaxonomyInForce,
    private readonly chatReader: ForwardedChatReader,
  ) {}

  async execute(
    request: SubmitReportRequest,
    principal: Principal | undefined,
    idempotencyKey?: string,
    uploads: readonly UploadedPhoto[] = [],
    doorway: SubmissionDoor = WEB,
  ): Promise<SubmitReportResponse> {
    const { reportId, trackingCode } = await this.store(request, principal, idempotencyKey, uploads, doorway);
    // Made now (or replayed): intake sealed the tracking code itself, so it always has one here.
    if (trackingCode === undefined) throw new Error(`report ${reportId} was stored without a tracking code`);
    return { reportId, trackingCode };
  }

  /**
   * Submits a report that waited for its place, now that it has one. Answers its id only: its tracking code is in
   * the details sealed when it came in, which intake cannot open; the feedback service's receipt brings it.
   */
  async executeWaiting(request: SubmitReportRequest, uploads: readonly UploadedPhoto[], doorway: SubmissionDoor, waiting: WaitingReport): Promise<{ reportId: string }> {
    const { reportId } = await this.store(request, undefined, undefined, uploads, doorway, waiting);
    return { reportId };
  }

  private async store(
    request: SubmitReportRequest,
    principal: Principal | undefined,
    idempotencyKey: string | undefined,
    uploads: readonly UploadedPhoto[],
    doorway: SubmissionDoor,
    waiting?: WaitingReport,
  ): Promise<{ reportId: string; trackingCode?: string }> {
    if (request.follows !== undefined) await this.requireFollowable(request, request.follows, uploads);
    // A forwarded chat message is read (members' names and numbers out) before anything else sees it; the paste is
    // only ever part of the idempotency fingerprint, a keyed hash.
    const forwarded = request.chatExport !== undefined ? this.chatReader.read(request.chatExport, request.description) : undefined;
    const report = forwarded ? withoutChatExport(request, forwarded.description) : request;
    const door: SubmissionDoor = forwarded && doorway.channel === 'web' ? { ...doorway, channel: 'chat' } : doorway;
    const observedAt = forwarded?.observedAt ?? waiting?.receivedAt;
    const extras = { ...(await this.extrasOf(report, uploads)), ...(observedAt ? { observedAt } : {}) };
    const reportId = randomUUID();
    const photos = await this.preparePhotos(reportId, extras.photos);
    // A desk agent submits for a resident: the report is the resident's, never in the agent's own "my reports".
    const reporterSubject = door.agent ? undefined : principal?.subject;
    const tier = door.tier ?? tierOf(principal);
    const reporter: SealedReporter = waiting ? { sealed: waiting.sealedReporter } : this.sealReporter(report, tier, reporterSubject);
    const answer = { reportId, ...(reporter.trackingCode ? { trackingCode: reporter.trackingCode } : {}) };
    // Counted before the report's transaction, never while holding its connection: under load every request would
    // hold one and wait for a second, the pool would run dry and the limit would let everything through. A retry with
    // the same Idempotency-Key is counted again.
    if (request.contact?.email) await this.requireReceiptAllowance(request.contact.email);
    let photosSaved = false;
    try {
      const response = await this.dataSource.transaction(async (tx) => {
        if (idempotencyKey) {
          const replay = await this.idempotency.claim(tx, idempotencyKey, request, extras.uploadDigest, answer);
          if (replay) return replay as unknown as SubmitReportResponse;
        }
        await waiting?.release(tx);
        await this.submit(tx, reportId, report, tier, extras, photos, door, reporter);
        photosSaved = true;
        return answer;
      });
      if (!photosSaved) await this.photoStore.abandon(photos); // a replay: the first request's photos are the report's
      return response;
    } catch (error) {
      await this.photoStore.abandon(photos);
      throw error;
    }
  }

  /** Before the transaction: an object store puts the photos' objects now, the transaction records their keys. */
  private async preparePhotos(reportId: string, photos: readonly CleanPhoto[]): Promise<PreparedPhoto[]> {
    try {
      return await this.photoStore.prepare(photos.map((photo, i) => ({ ...photo, id: randomUUID(), reportId, position: i + 1 })));
    } catch (error) {
      if (!(error instanceof PhotoStoreUnavailableError)) throw error;
      throw new ProblemException(503, 'photo-store-unavailable', 'Service unavailable', 'Loket cannot store photos right now; try again shortly');
    }
  }

  private async extrasOf(request: SubmitReportRequest, uploads: readonly UploadedPhoto[]): Promise<ReportExtras> {
    const answers = recordedAnswersOf(await this.taxonomy.current(), request);
    if (uploads.length > MAX_PHOTOS_PER_REPORT) throw PhotoProblems.tooMany();
    const photos: CleanPhoto[] = [];
    for (const upload of uploads) photos.push(await cleanPhoto(upload.bytes, upload.name)); // one at a time: bounded memory
    const digest = createHash('sha256');
    for (const upload of uploads) digest.update(createHash('sha256').update(upload.bytes).digest());
    return { answers, photos, uploadDigest: uploads.length ? digest.digest('hex') : '' };
  }

  private async submit(
    tx: EntityManager,
    reportId: string,
    request: SubmitReportRequest,
    tier: ReporterTier,
    extras: ReportExtras,
    photos: readonly PreparedPhoto[],
    door: SubmissionDoor,
    reporter: SealedReporter,
  ): Promise<void> {
    const reporterRef = newReporterRef();
    const submittedAt = new Date();
    const category = request.category ? { main: request.category, ...(request.subcategory ? { sub: request.subcategory } : {}) } : null;
    const location = request.location ? { lat: request.location.lat, lon: request.location.lon } : undefined;
    await tx.insert(ReportRecord, {
      id: reportId,
      reporterRef,
      kind: request.follows !== undefined ? 'follow' : 'report',
      followsCaseId: request.follows ?? null,
      description: request.description ?? null,
      categoryMain: category?.main ?? null,
      categorySub: category?.sub ?? null,
      lat: location?.lat ?? null,
      lon: location?.lon ?? null,
      reporterTier: tier,
      channel: door.channel,
      submittedBySubject: door.agent?.subject ?? null,
      submittedByUsername: door.agent?.username ?? null,
      submittedAt,
      observedAt: extras.observedAt ?? null,
      answers: extras.answers.length ? extras.answers : null,
    });
    await this.photoStore.save(tx, photos);
    await this.outbox.add(tx, ReportSubmitted, {
      reportId,
      reporterRef,
      ...(request.description !== undefined ? { description: request.description } : {}),
      category,
      ...(location ? { location } : {}),
      ...(request.address ? { address: { ...request.address } } : {}),
      ...(request.follows !== undefined ? { follows: request.follows } : {}),
      submittedAt: submittedAt.toISOString(),
      ...(extras.observedAt ? { observedAt: extras.observedAt.toISOString() } : {}),
      reporterTier: tier,
      channel: door.channel,
      ...(door.agent ? { submittedBy: { subject: door.agent.subject, username: door.agent.username } } : {}),
      ...(extras.answers.length ? { answers: extras.answers } : {}),
      ...(photos.length
        ? { photos: photos.map((p) => ({ photoId: p.id, contentType: p.contentType, bytes: p.data.length, width: p.width, height: p.height })) }
        : {}),
    });
    await this.outbox.add(tx, ReporterContactSubmitted, { reportId, reporterRef, sealed: reporter.sealed });
  }

  /** The reporter's details and a new tracking code, sealed for the feedback service: intake keeps neither. */
  private sealReporter(request: SubmitReportRequest, tier: ReporterTier, subject: string | undefined): Required<SealedReporter> {
    const trackingCode = newTrackingCode();
    const details: SealedReporterDetails = {
      trackingCode,
      contact: request.contact ? { ...request.contact } : undefined,
      consentToContact: request.consentToContact ?? true,
      consentToProfessionalContact: request.consentToProfessionalContact === true,
      language: request.language ?? 'nl',
      tier,
      ...(subject ? { subject } : {}),
    };
    return { sealed: sealFor(this.sealingKey, details), trackingCode };
  }

  /** Each report with an e-mail address earns a receipt: only so many a day go to one address. */
  private async requireReceiptAllowance(email: string): Promise<void> {
    const verdict = await this.rateLimits.take('receipts', email.trim().toLowerCase());
    if (!verdict.allowed) throw new ProblemException(429, 'too-many-receipts', 'Too many receipts for this e-mail address', verdict.refusal);
  }

  /** A follow carries nothing of its own but contact, consent and language, and names a case that may be followed. */
  private async requireFollowable(request: SubmitReportRequest, caseId: string, uploads: readonly UploadedPhoto[]): Promise<void> {
    const own: string[] = (['description', 'chatExport', 'location', 'category', 'subcategory', 'address', 'answers'] as const).filter((field) => request[field] !== undefined);
    if (uploads.length) own.push('photos');
    if (own.length) {
      throw ProblemException.badRequest(
        `A follow joins the case it names and has no ${own.join(', ')} of its own: send either follows or a report`,
        own.map((field) => ({ field, messages: [`${field} is not allowed with follows`] })),
      );
    }
    let answer: Awaited<ReturnType<FollowableCases['check']>>;
    try {
      answer = await this.followable.check(caseId);
    } catch (error) {
      if (!(error instanceof FollowCheckUnavailableError)) throw error;
      throw new ProblemException(503, 'follow-check-unavailable', 'Service unavailable', `Loket cannot check case ${caseId} right now; try again shortly`);
    }
    if (answer === 'not-followable') {
      throw new ProblemException(
        422,
        'case-not-followable',
        'This case cannot be followed',
        `Case ${caseId} cannot be followed: only open cases shown on the public map can be. Report it as a new report instead`,
        { caseId },
      );
    }
  }

  /** Claims the key, or answers the first request's response again when the same body comes back. */
}

/** The report as stored: the chat's text (with the reporter's own words above it) as its description, no paste. */
function withoutChatExport(request: SubmitReportRequest, description: string): SubmitReportRequest {
  const report = Object.assign(new SubmitReportRequest(), request, { description });
  delete report.chatExport;
  return report;
}

function tierOf(principal: Principal | undefined): ReporterTier {
  if (!principal) return 'anonymous';
  if (principal.roles.includes('professional')) return 'professional';
  if (principal.roles.includes('volunteer')) return 'volunteer';
  return 'resident';
}
