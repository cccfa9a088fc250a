import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import type { LocationQuestion } from '@loket/mail-intake';
import type { ReplyRelay } from '../mail-intake.config';

/** The answer to one mail: the question, to its sender, under its Message-ID so it lands in the same conversation. */
export interface LocationQuestionMail extends LocationQuestion {
  to: string;
  language: 'nl' | 'en';
  /** The Message-ID of the mail answered, when it had one. */
  inReplyTo?: string;
}

/** Where the door sends its answers. Abstract so that a test could catch them; the real one speaks SMTP. */
export abstract class LocationQuestionSender {
  abstract send(mail: LocationQuestionMail): Promise<void>;
}

/**
 * Through the configured relay (the local mail sink in development and tests), marked `Auto-Submitted: auto-replied`
 * (RFC 3834) so that the sender's own robot never answers it, and from a no-reply address: a reply would not be read.
 */
@Injectable()
export class SmtpLocationQuestionSender extends LocationQuestionSender implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly relay: ReplyRelay) {
    super();
    this.transport = createTransport({
      host: relay.host,
      port: relay.port,
      secure: false,
      connectionTimeout: relay.timeoutMs,
      greetingTimeout: relay.timeoutMs,
      socketTimeout: relay.timeoutMs,
    });
  }

  async send(mail: LocationQuestionMail): Promise<void> {
    await this.transport.sendMail({
      from: this.relay.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo, references: [mail.inReplyTo] } : {}),
      headers: { 'Auto-Submitted': 'auto-replied', 'Content-Language': `${mail.language}, ${mail.language === 'nl' ? 'en' : 'nl'}` },
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
