import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { aCase, InMemoryCaseRepository, SANNE, WIJKAGENT } from '../../../testing/workbench-fakes';
import { CaseAccess } from '../case-access';
import { FeedbackClient, HttpFeedbackClient } from './feedback-client';
import { PreviewNote } from './preview-note.use-case';

/** A stand-in feedback service on a real port: records what it was asked, answers as told. */
async function feedbackStandIn(answer: (request: IncomingMessage, body: string) => { status: number; body: unknown }) {
  const seen: { url: string; authorization: string | undefined; body: string }[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ url: request.url ?? '', authorization: request.headers.authorization, body });
      const { status, body: out } = answer(request, body);
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(out));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((done) => server.close(() => done())) };
}

const ANSWER = {
  caseId: 'ignored',
  reporters: [
    { reporter: 'reporter 1', tier: 'resident', level: 3, language: 'nl', channel: 'email', receives: 'note', explanation: 'x', subject: 'S', body: 'B', email: 'leak@example.nl' },
    { reporter: 'reporter 2', tier: 'anonymous', level: 2, language: 'en', channel: 'tracking-only', receives: 'generic-progress', explanation: 'y' },
  ],
};

describe('PreviewNote', () => {
  const kase = aCase({ status: 'in_progress' });
  const client = (url: string): FeedbackClient => new HttpFeedbackClient({ url, timeoutMs: 2_000 });
  const sut = (feedback: FeedbackClient) => new PreviewNote(new CaseAccess(new InMemoryCaseRepository(kase)), feedback);

  it("asks the feedback service with the caller's own token and passes on only the documented fields", async () => {
    const feedback = await feedbackStandIn(() => ({ status: 200, body: ANSWER }));
    try {
      const preview = await sut(client(feedback.url)).execute(SANNE, kase.id, 'Het is opgelost.', 'the-callers-token');
      expect(feedback.seen).toEqual([
        { url: `/api/v1/cases/${kase.id}/reporter-note-previews`, authorization: 'Bearer the-callers-token', body: '{"text":"Het is opgelost."}' },
      ]);
      expect(preview.caseId).toBe(kase.id);
      expect(preview.reporters[0]).toEqual({
        reporter: 'reporter 1', tier: 'resident', level: 3, language: 'nl', channel: 'email', receives: 'note', explanation: 'x', subject: 'S', body: 'B',
      });
      expect(preview.reporters[1]).not.toHaveProperty('body');
      expect(JSON.stringify(preview)).not.toContain('leak@example.nl');
    } finally {
      await feedback.close();
    }
  });

  it("answers 404 for another organisation's case without asking the feedback service", async () => {
    const feedback = await feedbackStandIn(() => ({ status: 200, body: ANSWER }));
    try {
      await expect(sut(client(feedback.url)).execute(WIJKAGENT, kase.id, 'x', 't')).rejects.toMatchObject({ status: 404 });
      expect(feedback.seen).toEqual([]);
    } finally {
      await feedback.close();
    }
  });

  it('is a 503 problem when the feedback service cannot be reached', async () => {
    const feedback = await feedbackStandIn(() => ({ status: 200, body: ANSWER }));
    await feedback.close();
    await expect(sut(client(feedback.url)).execute(SANNE, kase.id, 'x', 't')).rejects.toMatchObject({
      status: 503,
      problemType: 'feedback-unavailable',
    });
  });

  it('is a 503 while the feedback service does not know the case yet, and a 502 for a broken answer', async () => {
    let status = 404;
    const feedback = await feedbackStandIn(() => ({ status, body: { oops: true } }));
    try {
      await expect(sut(client(feedback.url)).execute(SANNE, kase.id, 'x', 't')).rejects.toMatchObject({ status: 503 });
      status = 500;
      await expect(sut(client(feedback.url)).execute(SANNE, kase.id, 'x', 't')).rejects.toMatchObject({ status: 502, problemType: 'feedback-error' });
      status = 200;
      await expect(sut(client(feedback.url)).execute(SANNE, kase.id, 'x', 't')).rejects.toMatchObject({ status: 502 });
    } finally {
      await feedback.close();
    }
  });
});
