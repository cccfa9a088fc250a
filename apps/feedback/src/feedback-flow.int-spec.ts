import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CaseOpenedV1, CaseReportLinkedV1, CaseReporterNoteAddedV1, CaseStatus, CaseStatusChangedV1, EventEnvelope, ReporterContactSubmittedV1, sealFor,
} from '@loket/contracts';
import { MessagingConfig, Outbox, PersonalDataSealing } from '@loket/messaging';
import { mailsTo, scratchDatabase, scratchKeyVault, testEnvironment } from '@loket/testing';
import { CaseDirectory } from './case-links/case-directory';
import { LinkReporterWhenCaseOpened } from './case-links/link-reporter-when-case-opened.handler';
import { LinkReporterWhenReportLinked } from './case-links/link-reporter-when-report-linked.handler';
import { FieldCipher } from './crypto/field-cipher';
import { ReporterQuestions } from './questions/reporter-questions';
import { LinkKey, LinkTokens } from './crypto/link-token';
import { FEEDBACK_SCHEMA } from './database/feedback.schema';
import { DeliverNextMessage } from './delivery/deliver-next-message';
import { Acceptance, MailSender, OutgoingMail, SmtpMailSender } from './delivery/mail-sender';
import { CatchUpReporter } from './messages/catch-up-reporter';
import { DEFAULT_DISCLOSURE_POLICY, DisclosurePolicy } from './messages/disclosure-policy';
import { MessageTextCipher } from './messages/message-text';
import { MessageBook } from './messages/message-book';
import { MessageRecord } from './messages/message.entity';
import { NotifyReportersWhenCaseStatusChanged } from './messages/notify-reporters-when-case-status-changed.handler';
import { NotifyReportersWhenReporterNoteAdded } from './messages/notify-reporters-when-reporter-note-added.handler';
import { ContactDetailsVault } from './reporters/contact-details';
import { RegisterReporterWhenContactSubmitted } from './reporters/register-reporter-when-contact-submitted.handler';
import { ReceiptCodeKeeper } from './reporters/receipt-code-keeper';
import { ReporterDirectory } from './reporters/reporter-directory';
import { SubjectKeys } from './reporters/subject-keys';
import { ReporterLinks } from './reporter-links/reporter-links';
import { TrackReport } from './tracking/track-report.use-case';

/** A mail server the test controls: down, slow or fine. */
class ControlledMail extends MailSender {
  sent: OutgoingMail[] = [];
  down = false;
  delayMs = 0;
  /** Whether this server can confirm which Message-IDs it took. */
  confirms = true;
  async send(mail: OutgoingMail): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.down) throw Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:1025 for <${mail.to}>`), { code: 'ECONNREFUSED' });
    this.sent.push(mail);
  }
  async wasAccepted(messageId: string): Promise<Acceptance> {
    if (!this.confirms) return 'unknown';
    return this.sent.some((m) => m.messageId === messageId) ? 'accepted' : 'not-accepted';
  }
}

const { publicKey, privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const dataKey = { kid: 'data-test', key: randomBytes(32) };

function feedbackService(dataSource: DataSource, mail: MailSender, sealing: PersonalDataSealing, policy: DisclosurePolicy = DEFAULT_DISCLOSURE_POLICY) {
  const cipher = new FieldCipher([dataKey]);
  const outbox = new Outbox({ service: 'feedback' } as MessagingConfig, sealing);
  const reporters = new ReporterDirectory();
  const cases = new CaseDirectory(cipher);
  const vault = new ContactDetailsVault(cipher);
  const texts = new MessageTextCipher(cipher);
  const book = new MessageBook(texts);
  const receiptCodes = new ReceiptCodeKeeper(cipher);
  const catchUp = new CatchUpReporter(reporters, cases, book, policy, receiptCodes);
  const settings = { baseMs: 50, maxMs: 200, maxRejections: 3, inDoubtAfterMs: 60_000 };
  const links = new ReporterLinks(new LinkTokens(new LinkKey(randomBytes(32)), { manage: 86_400_000, export: 600_000, erase: 600_000 }), { publicUrl: 'http://127.0.0.1:3004' });
  return {
    sealingKey: { kid: 'feedback-test', publicKey: publicKey },
    register: new RegisterReporterWhenContactSubmitted({ byKid: new Map([['feedback-test', privateKey]]) }, vault, cases, book, catchUp, policy, receiptCodes, new SubjectKeys('feedback-test-hash-key')),
    link: new LinkReporterWhenCaseOpened(catchUp),
    linkLater: new LinkReporterWhenReportLinked(catchUp),
    texts,
    status: new NotifyReportersWhenCaseStatusChanged(cases, reporters, book, policy),
    note: new NotifyReportersWhenReporterNoteAdded(cases, reporters, book, policy),
    deliver: new DeliverNextMessage(dataSource, mail, outbox, vault, texts, settings, links),
    track: new TrackReport(dataSource, reporters, cases, book, policy, new ReporterQuestions(cipher)),
  };
}

function envelope<P extends object>(type: string, payload: P): EventEnvelope<P> {
  return { id: randomUUID(), type, version: 1, occurredAt: new Date().toISOString(), correlationId: 'test', causationId: null, producer: 'test', payload };
}

const code = () => Array.from({ length: 5 }, () => randomBytes(2).toString('hex').toUpperCase()).join('-');

describe('feedback service against a real database', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let mail: ControlledMail;
  let service: ReturnType<typeof feedbackService>;

  let keys: Awaited<ReturnType<typeof scratchKeyVault>>;

  beforeAll(async () => {
    database = await scratchDatabase('loket_feedback_flow', FEEDBACK_SCHEMA);
    keys = await scratchKeyVault();
  });
  afterAll(async () => {
    await database.drop();
    await keys.drop();
  });
  beforeEach(() => {
    mail = new ControlledMail();
    service = feedbackService(database.dataSource, mail, keys.sealing);
  });

  const tx = <T>(work: (manager: DataSource['manager']) => Promise<T>) => database.dataSource.transaction(work);

  function contactSubmitted(reportId: string, details: { trackingCode: string; email?: string; tier?: string; consent?: boolean }) {
    const sealed = sealFor(service.sealingKey, {
      trackingCode: details.trackingCode,
      contact: details.email ? { email: details.email } : undefined,
      consentToContact: details.consent ?? true,
      language: 'nl',
      tier: details.tier ?? 'anonymous',
    });
    return envelope<ReporterContactSubmittedV1>('reporter.contact-submitted', { reportId, reporterRef: `rr_${randomBytes(16).toString('base64url')}`, sealed });
  }

  function caseOpened(caseId: string, contact: EventEnvelope<ReporterContactSubmittedV1>, sensitivity: number, organisation = 'municipality') {
    const now = new Date().toISOString();
    return envelope<CaseOpenedV1>('case.opened', {
      caseId, organisation, team: 'stadsbeheer', priority: 'normal', sla: { amount: 5, unit: 'days', calendar: 'working' },
      category: { main: 'afval', sensitivity },
      report: { reportId: contact.payload.reportId, reporterRef: contact.payload.reporterRef, description: 'x', location: { lat: 52.37, lon: 4.89 }, submittedAt: now, reporterTier: 'anonymous', areaIds: [] },
      decision: { policyId: 'p', policyVersion: 1, ruleId: null, explanation: 'test' },
      openedAt: now,
    });
  }

  const statusChanged = (caseId: string, from: CaseStatus, to: CaseStatus) =>
    envelope<CaseStatusChangedV1>('case.status-changed', { caseId, organisation: 'municipality', from, to, resolutionCode: null, caseVersion: 2, changedAt: new Date(Date.now() + 1000).toISOString() });

  const messagesOf = (reportId: string) => database.dataSource.manager.find(MessageRecord, { where: { reportId }, order: { occurredAt: 'ASC' } });

  async function deliverAll(): Promise<string[]> {
    const outcomes: string[] = [];
    for (let outcome = await service.deliver.execute(); outcome !== 'nothing-due'; outcome = await service.deliver.execute()) {
      outcomes.push(outcome);
      if (outcome === 'retry-later') break;
    }
    return outcomes;
  }

  it('registers a reporter without keeping the e-mail address or the tracking code in plain text', async () => {
    const trackingCode = code();
    const contact = contactSubmitted(randomUUID(), { trackingCode, email: 'plain-text-check@example.nl' });
    await tx((m) => service.register.handle(contact, m));
    const dump = JSON.stringify(await database.dataSource.query('SELECT r.*, m.* FROM reporters r JOIN reporter_messages m USING (report_id)'));
    expect(dump).not.toContain('plain-text-check');
    expect(dump).not.toContain(trackingCode);
    expect(await messagesOf(contact.payload.reportId)).toMatchObject([{ stage: 'received', level: 1, status: 'pending', channel: 'email' }]);
  });

  it('copes with the case arriving before the reporter, and a redelivered event adds nothing', async () => {
    const caseId = randomUUID();
    const contact = contactSubmitted(randomUUID(), { trackingCode: code(), email: 'order@example.nl' });
    const opened = caseOpened(caseId, contact, 1);
    const picked = statusChanged(caseId, 'new', 'assigned');
    await tx((m) => service.link.handle(opened, m));
    await tx((m) => service.status.handle(picked, m));
    await tx((m) => service.register.handle(contact, m));
    await tx((m) => service.status.handle(picked, m)); // the same event again, past the inbox
    await tx((m) => service.link.handle(opened, m));
    const messages = await messagesOf(contact.payload.reportId);
    expect(messages.map((m) => [m.stage, m.level])).toEqual([['received', 3], ['picked-up', 3]]);
  });

  it('sends a note to a reporter at level 3 and not to an anonymous reporter of a care case', async () => {
    const careCase = randomUUID();
    const anonymous = contactSubmitted(randomUUID(), { trackingCode: code(), email: 'anon-care@example.nl' });
    await tx((m) => service.register.handle(anonymous, m));
    await tx((m) => service.link.handle(caseOpened(careCase, anonymous, 4, 'social-work'), m));
    const note = envelope<CaseReporterNoteAddedV1>('case.reporter-note-added', {
      caseId: careCase, noteId: randomUUID(), organisation: 'social-work', text: 'Hulp is gestart, bel 06-12345678', writtenAt: new Date(Date.now() + 1000).toISOString(),
    });
    await tx((m) => service.note.handle(note, m));
    expect((await messagesOf(anonymous.payload.reportId)).map((m) => m.stage)).toEqual(['received']);
  });

  it('keeps e-mail pending while the mail server is down, sends it once when it is back, with feedback.delivered', async () => {
    await database.dataSource.query(`UPDATE reporter_messages SET status = 'cancelled' WHERE status = 'pending'`);
    const contact = contactSubmitted(randomUUID(), { trackingCode: code(), email: 'outage@example.nl' });
    await tx((m) => service.register.handle(contact, m));
    mail.down = true;
    const attemptedAt = Date.now();
    expect(await deliverAll()).toEqual(['retry-later']);
    const [pending] = await messagesOf(contact.payload.reportId);
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending!.nextAttemptAt!.getTime()).toBeGreaterThan(attemptedAt);
    expect(pending!.lastError).toContain('ECONNREFUSED');
    expect(pending!.lastError).not.toContain('outage@example.nl');
    mail.down = false;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await deliverAll()).toEqual(['sent']);
    expect(await deliverAll()).toEqual([]);
    expect(mail.sent.map((m) => m.to)).toEqual(['outage@example.nl']);
    const [sent] = await messagesOf(contact.payload.reportId);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    const events: { envelope: EventEnvelope }[] = await database.dataSource.query(
      `SELECT envelope FROM outbox_messages WHERE envelope->'payload'->>'messageId' = $1`, [sent!.id]);
    expect(events).toHaveLength(1);
    expect(events[0]!.envelope).toMatchObject({ type: 'feedback.delivered', payload: { stage: 'received', level: 1, channel: 'email' } });
    expect(JSON.stringify(events)).not.toContain('outage@example.nl');
  });

  it('never sends one message twice when two workers run at once', async () => {
    await database.dataSource.query(`UPDATE reporter_messages SET status = 'cancelled' WHERE status IN ('pending', 'sending')`);
    const contact = contactSubmitted(randomUUID(), { trackingCode: code(), email: 'race@example.nl' });
    await tx((m) => service.register.handle(contact, m));
    mail.delayMs = 200;
    const other = feedbackService(database.dataSource, mail, keys.sealing);
    const outcomes = await Promise.all([service.deliver.execute(), other.deliver.execute()]);
    expect(outcomes.sort()).toEqual(['nothing-due', 'sent']);
    expect(mail.sent.filter((m) => m.to === 'race@example.nl')).toHaveLength(1);
  });

  /** A crash between the mail server taking the message and the commit: the attempt stays `sending`, in doubt. */
  async function interruptedAfterSending(email: string): Promise<MessageRecord> {
    await database.dataSource.query(`UPDATE reporter_messages SET status = 'cancelled' WHERE status IN ('pending', 'sending')`);
    const contact = contactSubmitted(randomUUID(), { trackingCode: code(), email });
    await tx((m) => service.register.handle(contact, m));
    const [message] = await messagesOf(contact.payload.reportId);
    mail.sent.push({ messageId: message!.id, to: email, subject: 'receipt', text: 'receipt', language: 'nl' });
    await database.dataSource.query(
      `UPDATE reporter_messages SET status = 'sending', attempts = 1, sending_since = now() - interval '2 minutes', next_attempt_at = NULL WHERE id = $1`,
      [message!.id],
    );
    return message!;
  }

  it('records an interrupted attempt the mail server confirms as sent, without sending it again', async () => {
    const message = await interruptedAfterSending('in-doubt-confirmed@example.nl');
    expect(await deliverAll()).toEqual(['sent']);
    expect(mail.sent.filter((m) => m.messageId === message.id)).toHaveLength(1);
    const [after] = await messagesOf(message.reportId);
    expect(after).toMatchObject({ status: 'sent', attempts: 2, sendingSince: null });
    const events: unknown[] = await database.dataSource.query(`SELECT 1 FROM outbox_messages WHERE envelope->'payload'->>'messageId' = $1`, [message.id]);
    expect(events).toHaveLength(1);
  });

  it('sends an interrupted attempt again when the mail server cannot confirm it (the one at-least-once window)', async () => {
    mail.confirms = false;
    const message = await interruptedAfterSending('in-doubt-unknown@example.nl');
    expect(await deliverAll()).toEqual(['sent']);
    expect(mail.sent.filter((m) => m.messageId === message.id)).toHaveLength(2);
    expect((await messagesOf(message.reportId))[0]).toMatchObject({ status: 'sent' });
  });

  it('leaves an attempt that is still under way to its worker', async () => {
    await database.dataSource.query(`UPDATE reporter_messages SET status = 'cancelled' WHERE status IN ('pending', 'sending')`);
    const contact = contactSubmitted(randomUUID(), { trackingCode: code(), email: 'under-way@example.nl' });
    await tx((m) => service.register.handle(contact, m));
    const [message] = await messagesOf(contact.payload.reportId);
    await database.dataSource.query(`UPDATE reporter_messages SET status = 'sending', sending_since = now() WHERE id = $1`, [message!.id]);
    expect(await deliverAll()).toEqual([]);
    expect(mail.sent).toHaveLength(0);
    await database.dataSource.query(`UPDATE reporter_messages SET status = 'cancelled' WHERE id = $1`, [message!.id]);
  });

  it('sends real e-mail through the SMTP sink, and the tracking page shows it', async () => {
    const sink = new SmtpMailSender({
      host: '127.0.0.1',
      port: Number(process.env['LOKET_SMTP_PORT'] ?? 1025),
      from: 'Loket <noreply@loket.local>',
      timeoutMs: 5000,
      acceptanceUrl: `${testEnvironment().mailSinkUrl}/api/messages`,
    });
    const smtp = feedbackService(database.dataSource, sink, keys.sealing);
    const address = `sink-${randomBytes(4).toString('hex')}@example.nl`;
    const trackingCode = code();
    const contact = contactSubmitted(randomUUID(), { trackingCode, email: address });
    await tx((m) => smtp.register.handle(contact, m));
    while ((await smtp.deliver.execute()) !== 'nothing-due');
    sink.onModuleDestroy();
    const received = await mailsTo(address);
    expect(received).toHaveLength(1);
    const [sentMessage] = await messagesOf(contact.payload.reportId);
    await expect(sink.wasAccepted(sentMessage!.id)).resolves.toBe('accepted');
    await expect(sink.wasAccepted(randomUUID())).resolves.toBe('not-accepted');
    expect(received[0]!.text).toContain(trackingCode);
    const page = await smtp.track.execute(trackingCode);
    expect(page).toMatchObject({ stage: 'received', disclosureLevel: 1, messages: [{ stage: 'received', delivery: 'sent', channel: 'email' }] });
    expect(JSON.stringify(page)).not.toContain(address);
  });
});

/**
 * A case's events travel on different topics, so they arrive in any order, and on different partitions, so two
 * of them may be handled at the same moment. Whatever the order, every reporter ends with the same messages.
 * The policy gives anonymous reporters nothing for public-space cases (a 0 in the matrix), so no receipt can be
 * planned for them before the case (a care case) is known: the case's arrival has to plan it, with the whole
 * tracking code.
 */
describe('a case’s events in every order (real database)', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let service: ReturnType<typeof feedbackService>;
  const policy: DisclosurePolicy = {
    ...DEFAULT_DISCLOSURE_POLICY,
    matrix: { ...DEFAULT_DISCLOSURE_POLICY.matrix, 1: { ...DEFAULT_DISCLOSURE_POLICY.matrix[1], anonymous: 0 } },
  };

  let keys: Awaited<ReturnType<typeof scratchKeyVault>>;

  beforeAll(async () => {
    database = await scratchDatabase('loket_feedback_order', FEEDBACK_SCHEMA);
    keys = await scratchKeyVault();
    service = feedbackService(database.dataSource, new ControlledMail(), keys.sealing, policy);
  });
  afterAll(async () => {
    await database.drop();
    await keys.drop();
  });

  type Step = 'contactA' | 'opened' | 'contactB' | 'linked' | 'picked' | 'note';
  const STEPS: readonly Step[] = ['contactA', 'opened', 'contactB', 'linked', 'picked', 'note'];

  /** One case with two reporters (A opens it, B is linked), picked up, with a note; every id fresh. */
  function caseStory() {
    const t0 = Date.now();
    const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
    const caseId = randomUUID();
    const codes = { A: code(), B: code() };
    const reporter = (trackingCode: string, tier: string, seconds: number) => {
      const sealed = sealFor(
        { kid: 'feedback-test', publicKey: publicKey },
        { trackingCode, contact: { email: `order-${randomBytes(3).toString('hex')}@example.nl` }, consentToContact: true, language: 'nl', tier },
      );
      return { ...envelope<ReporterContactSubmittedV1>('reporter.contact-submitted', { reportId: randomUUID(), reporterRef: `rr_${randomBytes(16).toString('base64url')}`, sealed }), occurredAt: at(seconds) };
    };
    const contactA = reporter(codes.A, 'anonymous', 0);
    const contactB = reporter(codes.B, 'volunteer', 2);
    const reportOf = (contact: EventEnvelope<ReporterContactSubmittedV1>, seconds: number) => ({
      reportId: contact.payload.reportId, reporterRef: contact.payload.reporterRef, description: 'x', location: { lat: 52.37, lon: 4.89 },
      submittedAt: at(seconds), reporterTier: 'anonymous' as const, areaIds: [],
    });
    const events: Record<Step, { envelope: EventEnvelope<object>; handle: (tx: DataSource['manager']) => Promise<void> }> = {
      contactA: { envelope: contactA, handle: (m) => service.register.handle(contactA, m) },
      contactB: { envelope: contactB, handle: (m) => service.register.handle(contactB, m) },
      opened: (() => {
        const e = envelope<CaseOpenedV1>('case.opened', {
          caseId, organisation: 'social-work', team: 'wijkteam', priority: 'normal', sla: { amount: 5, unit: 'days', calendar: 'working' },
          category: { main: 'zorg', sensitivity: 4 }, report: reportOf(contactA, 0),
          decision: { policyId: 'p', policyVersion: 1, ruleId: null, explanation: 'test' }, openedAt: at(1),
        });
        return { envelope: e, handle: (m: DataSource['manager']) => service.link.handle(e, m) };
      })(),
      linked: (() => {
        const e = envelope<CaseReportLinkedV1>('case.report-linked', {
          caseId, organisation: 'social-work', report: reportOf(contactB, 2), score: 0.9, explanation: 'same incident', linkedAt: at(3),
        } as CaseReportLinkedV1);
        return { envelope: e, handle: (m: DataSource['manager']) => service.linkLater.handle(e, m) };
      })(),
      picked: (() => {
        const e = envelope<CaseStatusChangedV1>('case.status-changed', { caseId, organisation: 'social-work', from: 'new', to: 'assigned', resolutionCode: null, caseVersion: 2, changedAt: at(4) });
        return { envelope: e, handle: (m: DataSource['manager']) => service.status.handle(e, m) };
      })(),
      note: (() => {
        const e = envelope<CaseReporterNoteAddedV1>('case.reporter-note-added', { caseId, noteId: randomUUID(), organisation: 'social-work', text: 'We zijn langs geweest.', writtenAt: at(5) });
        return { envelope: e, handle: (m: DataSource['manager']) => service.note.handle(e, m) };
      })(),
    };
    return { events, codes, reports: { A: contactA.payload.reportId, B: contactB.payload.reportId } };
  }

  /** What each reporter ends with: their messages as [stage, level], and whether the receipt holds the whole code. */
  async function outcome(story: ReturnType<typeof caseStory>) {
    const result: Record<string, unknown> = {};
    for (const who of ['A', 'B'] as const) {
      const messages = await database.dataSource.manager.find(MessageRecord, { where: { reportId: story.reports[who] }, order: { occurredAt: 'ASC' } });
      const receipt = messages.find((m) => m.stage === 'received');
      result[who] = {
        messages: messages.map((m) => `${m.stage}@${m.level}`).sort(),
        receiptHasWholeCode: receipt ? service.texts.open(receipt.id, 'body', receipt.body).includes(story.codes[who]) : null,
      };
    }
    return result;
  }

  const permutations = <T>(items: readonly T[]): T[][] =>
    items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

  it('ends with the same messages for each reporter in 120 of the 720 orders (every sixth)', async () => {
    const natural = caseStory();
    for (const step of STEPS) await database.dataSource.transaction((m) => natural.events[step].handle(m));
    const expected = await outcome(natural);
    // the anonymous reporter of a care case hears of the receipt only; the volunteer more; both receipts whole
    expect(expected).toMatchObject({ A: { messages: ['received@1'], receiptHasWholeCode: true }, B: { receiptHasWholeCode: true } });
    expect((expected['B'] as { messages: string[] }).messages).toEqual(expect.arrayContaining([expect.stringMatching(/^picked-up@/), expect.stringMatching(/^received@/)]));

    const all = permutations(STEPS);
    expect(all).toHaveLength(720);
    // every sixth order: each event comes first, last and in between, before and after each other one
    const orders = all.filter((_, i) => i % 6 === 0);
    const differing: string[] = [];
    for (let i = 0; i < orders.length; i += 12) {
      await Promise.all(
        orders.slice(i, i + 12).map(async (order) => {
          const story = caseStory();
          for (const step of order) await database.dataSource.transaction((m) => story.events[step].handle(m));
          const found = await outcome(story);
          if (JSON.stringify(found) !== JSON.stringify(expected)) differing.push(`${order.join(' → ')}: ${JSON.stringify(found)}`);
        }),
      );
    }
    expect(differing).toEqual([]);
  }, 300_000);

  it('ends the same when all of a case’s events are handled at the same moment', async () => {
    const natural = caseStory();
    for (const step of STEPS) await database.dataSource.transaction((m) => natural.events[step].handle(m));
    const expected = await outcome(natural);
    const differing: string[] = [];
    for (let round = 0; round < 40; round++) {
      const story = caseStory();
      const order = [...STEPS].sort(() => Math.random() - 0.5);
      await Promise.all(order.map((step) => database.dataSource.transaction((m) => story.events[step].handle(m))));
      const found = await outcome(story);
      if (JSON.stringify(found) !== JSON.stringify(expected)) differing.push(`${order.join(' | ')}: ${JSON.stringify(found)}`);
    }
    expect(differing).toEqual([]);
  }, 300_000);
});
