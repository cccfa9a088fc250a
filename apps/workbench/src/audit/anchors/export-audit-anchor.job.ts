import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAnchor, signAnchor } from '@loket/audit-chain';
import { AdvisoryPassLock, PeriodicJob } from '@loket/persistence';
import { TypeormAuditLog } from '../persistence/typeorm-audit-log';
import { AuditAnchorFile } from './audit-anchor-file';
import { AuditAnchorSettings } from './audit-anchors.config';

/**
 * Every `LOKET_AUDIT_ANCHOR_INTERVAL_MS` (and at start) the chain's head, when it moved since the last anchor, is
 * signed and written outside the database: appended to the anchor file and logged (`audit anchor {…}`), so that a
 * log collector carries it off the machine too. Once across instances (the job's advisory lock).
 */
@Injectable()
export class ExportAuditAnchor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExportAuditAnchor.name);
  private readonly job: PeriodicJob;
  private readonly file: AuditAnchorFile | null;
  private lastAnchored: AuditAnchor | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: AuditAnchorSettings,
  ) {
    this.file = settings.file ? new AuditAnchorFile(settings.file) : null;
    this.job = new PeriodicJob({
      name: 'workbench.export-audit-anchor',
      everyMs: settings.everyMs,
      firstPass: 'at-start',
      pass: async () => void (await this.runOnce()),
      failing: 'could not anchor the audit chain outside the database',
      logger: this.logger,
      lock: new AdvisoryPassLock(dataSource),
    });
  }

  onApplicationBootstrap(): void {
    if (this.settings.signingKey) this.job.start();
    else this.logger.warn('no LOKET_AUDIT_SIGNING_KEYS: the audit chain is not anchored outside the database (development only)');
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Anchors the head now when it moved since the last anchor; the anchor written, or null. */
  async runOnce(now: Date = new Date()): Promise<AuditAnchor | null> {
    const key = this.settings.signingKey;
    if (!key) return null;
    const head = await new TypeormAuditLog(this.dataSource).head(this.dataSource.manager);
    if (head.sequence === 0) return null;
    const last = (this.file ? (await this.file.readAll()).filter((a) => a.chain === this.settings.chain).at(-1) : undefined) ?? this.lastAnchored;
    if (last && last.sequence === head.sequence && last.hash === head.hash) return null;
    const anchor = signAnchor(this.settings.chain, head, now, key);
    await this.file?.append(anchor);
    this.lastAnchored = anchor;
    this.logger.log(`audit anchor ${JSON.stringify(anchor)}`);
    return anchor;
  }
}
