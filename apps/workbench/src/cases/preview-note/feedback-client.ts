import { Injectable } from '@nestjs/common';
import { ProblemException } from '@loket/http';

export abstract class FeedbackSettings {
  abstract readonly url: string;
  abstract readonly timeoutMs: number;
}

/** The only synchronous call the workbench makes to another service: a note preview, with the caller's token. */
export abstract class FeedbackClient {
  /** The feedback service's JSON answer; a 502/503 problem when it cannot give one. */
  abstract previewReporterNote(caseId: string, text: string, bearerToken: string): Promise<unknown>;
}

@Injectable()
export class HttpFeedbackClient extends FeedbackClient {
  constructor(private readonly settings: FeedbackSettings) {
    super();
  }

  async previewReporterNote(caseId: string, text: string, bearerToken: string): Promise<unknown> {
    const url = `${this.settings.url}/api/v1/cases/${encodeURIComponent(caseId)}/reporter-note-previews`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearerToken}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      throw FeedbackProblems.unavailable(`the feedback service could not be reached (${(error as Error).message})`);
    }
    if (response.status === 200) return (await response.json()) as unknown;
    // Access was checked here first; a 404 there means the case has not reached the feedback service yet.
    if (response.status === 404) throw FeedbackProblems.unavailable('the feedback service does not know this case yet; try again in a moment');
    if (response.status === 503) throw FeedbackProblems.unavailable('the feedback service is not ready');
    throw FeedbackProblems.badGateway(`the feedback service answered ${response.status}`);
  }
}

export const FeedbackProblems = {
  unavailable(detail: string): ProblemException {
    return new ProblemException(503, 'feedback-unavailable', 'The preview is not available right now', `No preview: ${detail}`);
  },
  badGateway(detail: string): ProblemException {
    return new ProblemException(502, 'feedback-error', 'The preview could not be made', `No preview: ${detail}`);
  },
};
