import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { CaseAccess } from '../cases/case-access';
import { repliesFor } from './reply-library';
import { ReplyLibraryVersions } from './reply-library-versions';
import {
  CaseRepliesResponse,
  ReplyLibraryHistoryResponse,
  ReplyLibraryResponse,
  toReplyLibraryResponse,
  toReplyResponse,
  toSummary,
} from './ready-made-replies.response';

/** The library as administrators see it (in force, history, one version) and as a case's professional does. */
@Injectable()
export class ShowReplyLibrary {
  constructor(
    private readonly versions: ReplyLibraryVersions,
    private readonly access: CaseAccess,
  ) {}

  async active(): Promise<ReplyLibraryResponse> {
    const current = await this.versions.current();
    return toReplyLibraryResponse(current, current?.version ?? 0);
  }

  async history(): Promise<ReplyLibraryHistoryResponse> {
    const all = await this.versions.history();
    const active = all[0]?.version ?? 0;
    return { items: all.map((record) => toSummary(record, active)) };
  }

  async version(version: number): Promise<ReplyLibraryResponse> {
    const [found, current] = await Promise.all([this.versions.find(version), this.versions.current()]);
    if (!found) throw ProblemException.notFound(`There is no version ${version} of the ready-made replies`);
    return toReplyLibraryResponse(found, current?.version ?? 0);
  }

  /** The replies that fit a case the caller holds; another organisation's case is the usual 404. */
  async forCase(principal: Principal, caseId: string): Promise<CaseRepliesResponse> {
    const kase = await this.access.requireCase(principal, caseId);
    const current = await this.versions.current();
    const items = current ? repliesFor(current.content, { main: kase.categoryMain, sub: kase.categorySub }) : [];
    return { version: current?.version ?? 0, items: items.map(toReplyResponse) };
  }
}
