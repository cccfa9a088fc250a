import { AddressInfo } from 'node:net';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer, SMTPServerAddress, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { ProblemException } from '@loket/http';
import { acceptsRecipient, AcceptedRecipients } from '../mail-intake.config';
import { MailRefusal } from '../receive-mail/mail-refusal';
import { ReceiveMail } from '../receive-mail/receive-mail.use-case';
import { readReceivedMail } from './received-mail';

export abstract class SmtpDoorSettings {
  host!: string;
  /** 0 takes a free port (tests); `address()` tells which. */
  port!: number;
  maxBytes!: number;
  recipients!: AcceptedRecipients;
  /** A question's reply address (`antwoord@…`): mail for `antwoord+<token>@…` is taken too. */
  replyAddress?: string;
}

/** Connections at once: a relay sends a handful; more is someone else. */
const MAX_CLIENTS = 20;
const SOCKET_TIMEOUT_MS = 60_000;

/**
 * The loket's mail door: an SMTP listener, started and stopped with intake, that takes mail for the loket's own
 * addresses only (others: 550 at RCPT, so intake is never a relay) and no bigger than the maximum (552, announced
 * with SIZE so a relay knows before sending). Each mail is read and handed to ReceiveMail before the "250": a mail
 * intake could not keep is refused for now (451) and the relay delivers it again. No AUTH and no STARTTLS: it listens
 * on the inside, behind the mail server that receives the loket's mail from the internet.
 */
@Injectable()
export class SmtpMailDoor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SmtpMailDoor.name);
  private readonly server: SMTPServer;

  constructor(
    private readonly settings: SmtpDoorSettings,
    private readonly receiveMail: ReceiveMail,
  ) {
    this.server = new SMTPServer({
      name: 'loket-intake',
      banner: 'Loket mail intake',
      size: settings.maxBytes,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      maxClients: MAX_CLIENTS,
      socketTimeout: SOCKET_TIMEOUT_MS,
      logger: false,
      onRcptTo: (address, _session, callback) => callback(this.recipientProblem(address)),
      onData: (stream, session, callback) => {
        this.take(stream, session).then(
          (message) => callback(null, message),
          (error: unknown) => callback(error as Error),
        );
      },
    });
    this.server.on('error', (error) => this.logger.warn(`SMTP: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(this.settings.port, this.settings.host, () => {
        this.server.server.off('error', reject);
        resolve();
      });
    });
    const { address, port } = this.address();
    this.logger.log(`mail door listening on ${address}:${port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Where the listener is (its port when started on port 0). */
  address(): AddressInfo {
    return this.server.server.address() as AddressInfo;
  }

  private recipientProblem(address: SMTPServerAddress): Error | null {
    if (acceptsRecipient(this.settings.recipients, address.address, this.settings.replyAddress)) return null;
    return new MailRefusal(550, 'No such mailbox here: this is the loket\'s mail door');
  }

  private async take(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const raw = await readAll(stream, this.settings.maxBytes);
    if (!raw) throw new MailRefusal(552, `Message exceeds the maximum size of ${this.settings.maxBytes} bytes`);
    const returnPath = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    try {
      const mail = await readReceivedMail(raw, returnPath, new Date(), session.envelope.rcptTo.map((r) => r.address));
      const outcome = await this.receiveMail.execute(mail);
      this.logger.log(`mail taken: ${outcome.kind}${'reason' in outcome ? ` (${outcome.reason})` : ''}`);
      return 'OK: thank you, the loket has your mail';
    } catch (error) {
      throw this.refusalOf(error);
    }
  }

  /** A problem becomes the SMTP reply that says it: a sender's limit or an unreadable photo for good, the rest for now. */
  private refusalOf(error: unknown): MailRefusal {
    if (error instanceof MailRefusal) return error;
    if (error instanceof ProblemException) {
      if (error.status === 429) return MailRefusal.tooManyFromSender(error.detail ?? error.title);
      if (error.status >= 400 && error.status < 500) return MailRefusal.notAReport(error.detail ?? error.title);
    }
    this.logger.warn(`mail not taken, the relay will try again: ${(error as Error).message}`);
    return MailRefusal.tryLater('The loket cannot take mail right now; try again later');
  }
}

/** The whole message, or null when it is over the maximum (read to the end all the same: the client waits for a reply). */
async function readAll(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes <= maxBytes) chunks.push(chunk);
  }
  return stream.sizeExceeded || bytes > maxBytes ? null : Buffer.concat(chunks);
}
