import { Injectable } from '@nestjs/common';
import { ProblemException } from '@loket/http';
import { PolicyKind } from './policy-version.entity';
import {
  PolicyAuditResponse,
  PolicyHistoryResponse,
  PolicyVersionResponse,
  toAuditEntry,
  toPolicyVersionResponse,
  toSummary,
} from './policy-version.response';
import { PolicyVersions } from './policy-versions';

/** Reads for administrators: the version in force, any earlier one, the history and the audit trail. */
@Injectable()
export class ShowPolicyVersions {
  constructor(private readonly versions: PolicyVersions) {}

  async active(kind: PolicyKind): Promise<PolicyVersionResponse> {
    const current = await this.versions.current(kind);
    if (!current) throw ProblemException.notFound(`No ${kind} has been saved yet`);
    return toPolicyVersionResponse(current, current.version);
  }

  async version(kind: PolicyKind, version: number): Promise<PolicyVersionResponse> {
    const [found, current] = await Promise.all([this.versions.find(kind, version), this.versions.current(kind)]);
    if (!found || !current) throw ProblemException.notFound(`There is no version ${version} of the ${kind}`);
    return toPolicyVersionResponse(found, current.version);
  }

  async history(kind: PolicyKind): Promise<PolicyHistoryResponse> {
    const records = await this.versions.history(kind);
    const activeVersion = records[0]?.version ?? 0;
    return { items: records.map((record) => toSummary(record, activeVersion)) };
  }

  async audit(kind: PolicyKind | undefined, limit: number): Promise<PolicyAuditResponse> {
    return { items: (await this.versions.audit(kind, limit)).map(toAuditEntry) };
  }
}
