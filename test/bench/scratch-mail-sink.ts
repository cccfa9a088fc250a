import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectEventually, freePort } from '@loket/testing';

const ROOT = resolve(__dirname, '../..');

/**
 * A mail sink of the bench's own (deploy/local/mail-sink/mail-sink.js on free ports, its store under
 * `.local/scratch/`): tens of thousands of receipts go there instead of into the shared sink other tests
 * search, and the bench can count what arrived for each address (a receipt sent twice shows).
 */
export class ScratchMailSink {
  private constructor(
    private readonly child: ChildProcess,
    readonly smtpPort: number,
    readonly httpUrl: string,
    private readonly dir: string,
  ) {}

  static async start(): Promise<ScratchMailSink> {
    const dir = join(ROOT, '.local/scratch', `mail-sink-${randomBytes(3).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    const [smtpPort, httpPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [join(ROOT, 'deploy/local/mail-sink/mail-sink.js')], {
      env: {
        ...process.env,
        LOKET_MAIL_SINK_HOST: '127.0.0.1',
        LOKET_SMTP_PORT: String(smtpPort),
        LOKET_MAIL_SINK_HTTP_PORT: String(httpPort),
        LOKET_MAIL_SINK_FILE: join(dir, 'messages.jsonl'),
      },
      stdio: 'ignore',
    });
    const sink = new ScratchMailSink(child, smtpPort, `http://127.0.0.1:${httpPort}`, dir);
    await expectEventually(
      async () => {
        if (child.exitCode !== null) throw new Error('the mail sink exited');
        const response = await fetch(`${sink.httpUrl}/health`);
        if (!response.ok) throw new Error(`mail sink answered ${response.status}`);
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    return sink;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** How many messages arrived for each recipient. */
  async countsByRecipient(): Promise<Map<string, number>> {
    const response = await fetch(`${this.httpUrl}/api/messages`);
    const messages = (await response.json()) as { to: string[] }[];
    const counts = new Map<string, number>();
    for (const message of messages) for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1);
    return counts;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((done) => this.child.once('exit', done));
      this.child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
