import { Injectable } from '@nestjs/common';
import type { Principal } from '@loket/auth';
import { ProblemException } from '@loket/http';
import { CaseAccess } from '../case-access';
import { FeedbackClient, FeedbackProblems } from './feedback-client';
import { NotePreviewResponse, toNotePreviewResponse } from './note-preview.response';

/**
 * Before a professional saves a note for the reporter: what each reporter of the case would receive, from the
 * feedback service (which alone knows the reporters and plans their messages). Access to the case is checked
 * here first — another organisation's case is a 404 and the feedback service is never asked — and the
 * caller's own token is forwarded, so the feedback service checks the organisation again.
 */
@Injectable()
export class PreviewNote {
  constructor(
    private readonly access: CaseAccess,
    private readonly feedback: FeedbackClient,
  ) {}

  async execute(principal: Principal, caseId: string, text: string, bearerToken: string): Promise<NotePreviewResponse> {
    const kase = await this.access.requireCase(principal, caseId);
    if (kase.status === 'referred') {
      throw ProblemException.conflict('The case is being referred to another organisation; notes can be added once it has arrived there');
    }
    const answer = await this.feedback.previewReporterNote(kase.id, text, bearerToken);
    try {
      return toNotePreviewResponse(kase.id, answer);
    } catch (error) {
      throw FeedbackProblems.badGateway((error as Error).message);
    }
  }
}
