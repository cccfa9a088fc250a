import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { FollowCheckUnavailableError } from './followable-cases';
import { RoutingFollowableCases } from './routing-followable-cases';

describe('asking routing whether a case may be followed', () => {
  let server: Server;
  let url: string;
  const asked: string[] = [];
  const statusOf: Record<string, number> = { open: 200, closed: 404, broken: 500 };

  beforeAll(async () => {
    server = createServer((request, response) => {
      asked.push(request.url ?? '');
      const id = (request.url ?? '').split('/').pop() ?? '';
      response.writeHead(statusOf[id] ?? 404, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('asks the public case route: 200 is followable, 404 is not', async () => {
    const cases = new RoutingFollowableCases({ url, timeoutMs: 2000 });
    expect(await cases.check('open')).toBe('followable');
    expect(await cases.check('closed')).toBe('not-followable');
    expect(asked).toEqual(['/api/v1/public/cases/open', '/api/v1/public/cases/closed']);
  });

  it('calls any other answer, or no answer, unavailable', async () => {
    await expect(new RoutingFollowableCases({ url, timeoutMs: 2000 }).check('broken')).rejects.toThrow(FollowCheckUnavailableError);
    await expect(new RoutingFollowableCases({ url: 'http://127.0.0.1:1', timeoutMs: 2000 }).check('open')).rejects.toThrow(FollowCheckUnavailableError);
  });
});
