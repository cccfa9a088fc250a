import { redact } from '@loket/redaction';
import { dayNumber, instantAt } from '@loket/working-calendar';
import type { WallClockStamp } from './export-lines/chat-export-line';
import { ChatMessage, parseChatExport } from './export-lines/parse-chat-export';
import { labelledMembers, memberNameRemover } from './group-members/group-member-names';

/** What a pasted chat export becomes: the text a report stores, and when it was seen. Nothing of the members is in it. */
export interface ForwardedChat {
  /** The messages, each as `[time] groepslid N: text`; a single message is its text alone. */
  description: string;
  /** When the first message was written (the message time, read in the group's time zone). */
  observedAt: Date;
  /** How many messages were kept. */
  messages: number;
  /** How many group members' names (senders) were replaced by labels. */
  members: number;
}

export type ForwardedChatProblem = 'no-messages' | 'text-before-messages' | 'in-the-future' | 'too-long';

/** A paste that cannot become a report, with a reason a form can say; it never quotes the paste (it holds names). */
export class ForwardedChatError extends Error {
  constructor(
    readonly problem: ForwardedChatProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ForwardedChatError';
  }
}

export interface ForwardedChatOptions {
  /** The time zone the phones' clocks showed: Loket's own (Europe/Amsterdam). */
  timeZone: string;
  now: Date;
  /** The longest description a report may have. */
  maxLength: number;
}

/** A message time this far ahead of now is a clock a little fast; further is a misread date (month-day order?). */
const CLOCK_SLACK_MS = 10 * 60_000;

/**
 * A forwarded message from a neighbourhood chat group (WhatsApp or Signal export lines, `[dd-mm-jj hh:mm] Name:
 * text`) as a report's text: names of the group members (senders, their names mentioned in the text, @mentions)
 * replaced by `groepslid 1`, `groepslid 2` in the order they speak, phone numbers and e-mail addresses removed,
 * addresses kept (they say where), placeholders and group events left out. The message time is the observed time.
 */
export function forwardedChat(paste: string, options: ForwardedChatOptions): ForwardedChat {
  const parsed = parseChatExport(paste);
  if (parsed.messages.length === 0) {
    throw new ForwardedChatError(
      'no-messages',
      'chatExport holds no message from a chat export: paste the lines as the chat app exports or copies them, like "[05-12-26 21:03] Name: text"',
    );
  }
  if (parsed.leadingLines > 0) {
    throw new ForwardedChatError(
      'text-before-messages',
      'chatExport must start with a message line like "[05-12-26 21:03] Name: text"; put your own words in description',
    );
  }
  const times = parsed.messages.map((m) => instantOf(m.stamp, options.timeZone));
  const latest = Math.max(...times);
  if (latest > options.now.getTime() + CLOCK_SLACK_MS) {
    throw new ForwardedChatError(
      'in-the-future',
      `a message in chatExport is dated ${dateOf(parsed.messages[times.indexOf(latest)].stamp)}, which is in the future: dates are read as day-month-year`,
    );
  }
  const members = labelledMembers(parsed.messages.map((m) => m.sender), parsed.senders);
  const labelOf = new Map(members.map((m) => [m.name, m.label]));
  const withoutNames = memberNameRemover(members);
  const texts = parsed.messages.map((m) => withoutNames(redact(m.text, { keep: ['address'] }).text));
  const description =
    parsed.messages.length === 1 ? texts[0] : linesOf(parsed.messages, texts, (m) => labelOf.get(m.sender) ?? '');
  if (description.length > options.maxLength) {
    throw new ForwardedChatError(
      'too-long',
      `the messages in chatExport make ${description.length} characters, more than the ${options.maxLength} a report holds: paste only the messages about this incident`,
    );
  }
  return { description, observedAt: new Date(Math.min(...times)), messages: parsed.messages.length, members: members.length };
}

/** Each message on its own line(s) with its time, and its date too when the messages span more than one day. */
function linesOf(messages: readonly ChatMessage[], texts: readonly string[], labelOf: (m: ChatMessage) => string): string {
  const days = new Set(messages.map((m) => dateOf(m.stamp)));
  return messages
    .map((m, i) => {
      const time = `${pad(m.stamp.hour)}:${pad(m.stamp.minute)}`;
      const when = days.size > 1 ? `${pad(m.stamp.day)}-${pad(m.stamp.month)} ${time}` : time;
      return `[${when}] ${labelOf(m)}: ${texts[i]}`;
    })
    .join('\n');
}

function instantOf(stamp: WallClockStamp, timeZone: string): number {
  const day = dayNumber(stamp.year, stamp.month, stamp.day);
  return instantAt(day, stamp.hour * 60 + stamp.minute, timeZone) + stamp.second * 1000;
}

function dateOf(stamp: WallClockStamp): string {
  return `${pad(stamp.day)}-${pad(stamp.month)}-${stamp.year}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
