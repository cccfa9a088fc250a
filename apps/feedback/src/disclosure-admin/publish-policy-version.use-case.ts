import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@loket/auth';
import { validateMatrix, validateTemplates } from '@loket/disclosure-policy';
import { ProblemException } from '@loket/http';
import { ActiveDisclosurePolicy } from './active-disclosure-policy';
import { PolicyVersionResponse, toPolicyVersionResponse } from './policy-version.response';
import { PolicyKind } from './policy-version.entity';
import { PolicyVersions } from './policy-versions';

const VALIDATORS: Record<PolicyKind, (content: unknown) => { path: string; message: string }[]> = {
  matrix: validateMatrix,
  templates: validateTemplates,
};

const LABEL: Record<PolicyKind, string> = { matrix: 'disclosure matrix', templates: 'message templates' };

/**
 * An administrator saves a new disclosure matrix or new message templates. The content is checked by the
 * domain library first (a 400 problem naming every fault); then, in one transaction, it becomes the next
 * version — the one in force — with an audit entry holding who, when, the version before and this one. A
 * stale `expectedVersion`, or another administrator saving the same version at the same moment, is a 409.
 * Message planning in this instance uses it from the next message on.
 */
@Injectable()
export class PublishPolicyVersion {
  constructor(
    private readonly dataSource: DataSource,
    private readonly versions: PolicyVersions,
    private readonly policy: ActiveDisclosurePolicy,
  ) {}

  async execute(principal: Principal, kind: PolicyKind, content: object, expectedVersion?: number): Promise<PolicyVersionResponse> {
    const issues = VALIDATORS[kind](content);
    if (issues.length > 0) {
      throw ProblemException.badRequest(
        `The ${LABEL[kind]} are not valid: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
        issues.map((i) => ({ field: `${kind}${i.path ? `.${i.path}` : ''}`, messages: [i.message] })),
      );
    }
    const saved = await this.dataSource.transaction(async (tx) => {
      const current = await this.versions.current(kind, tx);
      const currentVersion = current?.version ?? 0;
      if (expectedVersion !== undefined && expectedVersion !== currentVersion) throw stale(kind, expectedVersion, currentVersion);
      const entry = {
        kind,
        version: currentVersion + 1,
        content,
        actor: { subject: principal.subject, username: principal.username },
        at: new Date(),
        action: 'published' as const,
        before: current?.content ?? null,
      };
      if (!(await this.versions.append(tx, entry))) throw stale(kind, currentVersion, currentVersion + 1);
      return entry;
    });
    await this.policy.reload();
    return toPolicyVersionResponse(
      { kind, version: saved.version, content, createdBySubject: saved.actor.subject, createdByUsername: saved.actor.username, createdAt: saved.at },
      saved.version,
    );
  }
}

function stale(kind: PolicyKind, expectedVersion: number, currentVersion: number): ProblemException {
  return ProblemException.conflict(
    `The ${LABEL[kind]} changed since you read them (you expected version ${expectedVersion}, the newest is ${currentVersion}); reload and try again`,
    { expectedVersion, currentVersion },
  );
}
