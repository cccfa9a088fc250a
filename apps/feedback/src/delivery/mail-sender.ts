import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** Stable per message, so a mail that did go out twice (crash between send and commit) is recognisable. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  language: string;
  /** Extra headers, e.g. List-Unsubscribe on a digest. */
  headers?: Record<string, string>;
}

/** Whether the mail server took a message with this Message-ID; plain SMTP cannot tell (`unknown`). */
export type Acceptance = 'accepted' | 'not-accepted' | 'unknown';

/** Where the delivery worker sends e-mail. Abstract so service tests can use a fake. */
export abstract class MailSender {
  abstract send(mail: OutgoingMail): Promise<void>;
  abstract wasAccepted(messageId: string): Promise<Acceptance>;
}

export abstract class MailSettings {
  host!: string;
  port!: number;
  from!: string;
  timeoutMs!: number;
  /**
   * SMTP connections kept open and reused (nodemailer's pool), one per message under way at once; without it every
   * message opens and closes a connection of its own.
   */
  connections?: number;
  /**
   * Where the mail server answers which Message-IDs it took (`GET <url>?messageId=<id>` → JSON array), e.g. the
   * local mail sink; without it an interrupted attempt cannot be confirmed and is sent again.
   */
  acceptanceUrl?: string;
}

/** Plain SMTP through nodemailer (the local sink in development and tests). */
@Injectable()
export class SmtpMailSender extends MailSender implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly settings: MailSettings) {
    super();
    this.transport = createTransport({
      ...(settings.connections && settings.connections > 1 ? { pool: true, maxConnections: settings.connections } : {}),
      host: settings.host,
      port: settings.port,
      secure: false,
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.settings.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: messageIdHeader(mail.messageId),
      headers: { ...mail.headers, 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
    });
  }

  async wasAccepted(messageId: string): Promise<Acceptance> {
    if (!this.settings.acceptanceUrl) return 'unknown';
    try {
      const response = await fetch(`${this.settings.acceptanceUrl}?messageId=${encodeURIComponent(messageIdHeader(messageId))}`, {
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      if (!response.ok) return 'unknown';
      const found = (await response.json()) as unknown[];
      return found.length > 0 ? 'accepted' : 'not-accepted';
    } catch {
      return 'unknown';
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

function messageIdHeader(messageId: string): string {
  return `<${messageId}@feedback.loket>`;
}

/** A mail error that says the server rejected this message for good (5xx), rather than that it is unreachable. */
export function isPermanentRejection(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** An error as it may be stored and logged: no e-mail addresses, bounded. */
export function describeMailError(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const parts = [e?.code, e?.responseCode, e?.message ?? String(error)].filter((p) => p !== undefined && p !== null);
  return parts
    .map(String)
    .join(' ')
    .replace(/[^\s<>@"']+@[^\s<>@"']+/g, '[address]')
    .slice(0, 500);
}
