import { createServer } from 'node:net';

// Below Linux's ephemeral range (32768–60999): a port handed out here is never taken meanwhile by the local end of
// an outgoing connection (a Kafka or PostgreSQL client), which is what made a service fail with EADDRINUSE now and
// then when the OS picked "any free port" for it.
const LOW = 20_000;
const HIGH = 32_000;
const handedOut = new Set<number>();

/** A TCP port nothing listens on right now, outside the ephemeral range, not handed out before by this process. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (handedOut.has(port)) continue;
    if (await bindable(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port between ${LOW} and ${HIGH}`);
}

function bindable(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}
