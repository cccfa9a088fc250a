import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PeriodicJob } from '@loket/persistence';
import { DEFAULT_DISCLOSURE_MATRIX, DEFAULT_TEMPLATES, DisclosureMatrix, MessageTemplates } from '@loket/disclosure-policy';
import { DisclosurePolicy } from '../messages/disclosure-policy';
import { PolicyKind } from './policy-version.entity';
import { PolicyVersions, SYSTEM_ACTOR } from './policy-versions';

export abstract class PolicyRefreshSettings {
  /** How often another instance's publication is picked up; this instance's own is picked up at once. */
  abstract readonly intervalMs: number;
}

const DEFAULTS: Record<PolicyKind, object> = { matrix: DEFAULT_DISCLOSURE_MATRIX, templates: DEFAULT_TEMPLATES };

/**
 * The disclosure policy in force: the newest saved version of the matrix and of the templates, kept in
 * memory for message planning (which reads it synchronously, inside its own transaction). At start it seeds
 * version 1 of each from the library's defaults when there is none (several instances may race: the seed is
 * written once) and loads; a publication here reloads at once, one elsewhere within `intervalMs`.
 * The reload runs in every instance, no lock: each instance holds its own copy in memory.
 */
@Injectable()
export class ActiveDisclosurePolicy extends DisclosurePolicy implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ActiveDisclosurePolicy.name);
  private active: { matrix: DisclosureMatrix; templates: MessageTemplates; versions: Record<PolicyKind, number> } | null = null;
  private readonly refreshing: PeriodicJob;

  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: PolicyVersions,
    settings: PolicyRefreshSettings,
  ) {
    super();
    this.refreshing = new PeriodicJob({
      name: 'feedback.reload-disclosure-policy',
      everyMs: settings.intervalMs,
      pass: () => this.reload(),
      failing: 'could not reload the disclosure policy',
      logger: this.logger,
    });
  }

  get matrix(): DisclosureMatrix {
    return this.loaded().matrix;
  }

  get templates(): MessageTemplates {
    return this.loaded().templates;
  }

  /** The version numbers in force. */
  get activeVersions(): Record<PolicyKind, number> {
    return this.loaded().versions;
  }

  async onModuleInit(): Promise<void> {
    await this.seedDefaults();
    await this.reload();
    this.refreshing.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.refreshing.stop();
  }

  async seedDefaults(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      for (const kind of Object.keys(DEFAULTS) as PolicyKind[]) {
        if (await this.versions.current(kind, tx)) continue;
        const seeded = await this.versions.append(tx, {
          kind,
          version: 1,
          content: DEFAULTS[kind],
          actor: SYSTEM_ACTOR,
          at: new Date(),
          action: 'seeded',
          before: null,
        });
        if (seeded) this.logger.log(`seeded version 1 of the disclosure ${kind} from the defaults`);
      }
    });
  }

  async reload(): Promise<void> {
    const [matrix, templates] = await Promise.all([this.versions.current('matrix'), this.versions.current('templates')]);
    if (!matrix || !templates) throw new Error('the disclosure policy has not been seeded');
    // Unchanged, or an older read that finished after a newer one: keep what is loaded.
    if (this.active && this.active.versions.matrix >= matrix.version && this.active.versions.templates >= templates.version) return;
    this.active = {
      matrix: matrix.content as DisclosureMatrix,
      templates: templates.content as MessageTemplates,
      versions: { matrix: matrix.version, templates: templates.version },
    };
  }

  private loaded() {
    if (!this.active) throw new Error('the disclosure policy is not loaded yet');
    return this.active;
  }
}
