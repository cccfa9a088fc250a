import { EntityManager, EntityTarget } from 'typeorm';
import { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { AdminAudit } from '../audit/admin-audit';
import type { ModelActivationColumns } from './model-activation-columns';

/** A learned model with versions an administrator activates: the linker's rules, the category suggester. */
export interface ModelKind<M extends { version: number; evaluation: unknown }> {
  /** The audit's subject type, and the prefix of its actions (`<subject>.activated`, `<subject>.rolled-back`). */
  subject: 'linking-model' | 'category-model';
  /** How refusals name a version: "No <noun> version 3". */
  noun: string;
  /** The refusal of a roll-back when nothing was ever activated, e.g. "The built-in rules are active and always have been". */
  neverActivated: string;
  models: EntityTarget<M>;
  activations: EntityTarget<ModelActivationColumns>;
}

export interface Activated<M> {
  /** The activation's number (its row in the history). */
  activation: number;
  /** The version now active, null for version 0 (the built-in one). */
  record: M | null;
}

export interface RolledBack<M> extends Activated<M> {
  activeVersion: number;
  previousVersion: number;
}

/**
 * Activating a version and rolling back, in the caller's transaction, the same way for every learned model: one at a
 * time (an advisory lock per model kind), only an evaluated version, never the one already active, back to the
 * version active before the current one; each an activation row and an audit entry with the reason.
 */
export class ModelActivations<M extends { version: number; evaluation: unknown }> {
  constructor(
    private readonly kind: ModelKind<M>,
    private readonly audit: AdminAudit,
  ) {}

  async activate(tx: EntityManager, actor: Principal, version: number, reason: string): Promise<Activated<M>> {
    await this.lock(tx);
    const record = await tx.findOne(this.kind.models, { where: { version } as never });
    if (!record) throw ProblemException.notFound(`No ${this.kind.noun} version ${version}`);
    if (!record.evaluation) {
      throw new ProblemException(409, 'not-evaluated', 'Not evaluated', `Version ${version} has not been evaluated on the held-out half; evaluate it first`);
    }
    const current = await this.activeVersion(tx);
    if (current.version === version) throw new ProblemException(409, 'already-active', 'Already active', `Version ${version} is already active`);
    const activation = await this.record(tx, actor, version, reason);
    await this.audit.record(tx, actor, {
      action: `${this.kind.subject}.activated`,
      subjectType: this.kind.subject,
      subjectId: String(version),
      before: { activeVersion: current.version },
      after: { activeVersion: version, reason, evaluation: record.evaluation },
    });
    return { activation, record };
  }

  /** Back to the version that was active before the current one (0: the built-in one). */
  async rollBack(tx: EntityManager, actor: Principal, reason: string): Promise<RolledBack<M>> {
    await this.lock(tx);
    const [current, before] = await tx.find(this.kind.activations, { order: { id: 'DESC' }, take: 2 });
    if (!current) throw new ProblemException(409, 'nothing-to-roll-back', 'Nothing to roll back', this.kind.neverActivated);
    const previousVersion = before?.version ?? 0;
    const record = previousVersion === 0 ? null : await tx.findOne(this.kind.models, { where: { version: previousVersion } as never });
    const activation = await this.record(tx, actor, previousVersion, reason);
    await this.audit.record(tx, actor, {
      action: `${this.kind.subject}.rolled-back`,
      subjectType: this.kind.subject,
      subjectId: String(previousVersion),
      before: { activeVersion: current.version },
      after: { activeVersion: previousVersion, reason },
    });
    return { activation, record, activeVersion: previousVersion, previousVersion: current.version };
  }

  activeVersion(tx: EntityManager): Promise<{ version: number; activatedAt: Date | null }> {
    return activeVersionIn(tx, this.kind.activations);
  }

  private async record(tx: EntityManager, actor: Principal, version: number, reason: string): Promise<number> {
    const inserted = await tx.insert(this.kind.activations, { version, activatedBy: actor.username, reason });
    return Number(inserted.identifiers[0]['id']);
  }

  /** One activation or roll-back of a kind at a time, so two administrators cannot interleave. */
  private async lock(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${this.kind.subject}_activations`]);
  }
}

/** The newest activation in a history, or version 0 (the built-in one) when none was ever made. */
export async function activeVersionIn(tx: EntityManager, activations: EntityTarget<ModelActivationColumns>): Promise<{ version: number; activatedAt: Date | null }> {
  const [latest] = await tx.find(activations, { order: { id: 'DESC' }, take: 1 });
  return latest ? { version: latest.version, activatedAt: latest.activatedAt } : { version: 0, activatedAt: null };
}

/** What every version view says of itself: who made it when, and whether it is the active one and since when. */
export function versionHeader(
  record: { version: number; createdAt: Date; createdBy: string },
  active: { version: number; activatedAt: Date | null },
): { version: number; createdAt: string; createdBy: string; active: boolean; activatedAt: string | null } {
  const isActive = active.version === record.version;
  return {
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    active: isActive,
    activatedAt: isActive && active.activatedAt ? active.activatedAt.toISOString() : null,
  };
}
