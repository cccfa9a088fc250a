import { messageLineStart, WallClockStamp, withoutInvisibleMarks } from './chat-export-line';

/** One message of the export, as the group member wrote it; `sender` is their name or number as the phone shows it. */
export interface ChatMessage {
  stamp: WallClockStamp;
  sender: string;
  text: string;
}

export interface ParsedChatExport {
  /** Messages by group members, in the export's order, with placeholders and group events left out. */
  messages: ChatMessage[];
  /** Every name or number that sent something (including messages left out) or that a group event names. */
  senders: string[];
  /** Lines before the first message line (not part of the chat; the caller decides). */
  leadingLines: number;
}

/** `Name: text`: a name of up to 100 characters without a colon; the first `: ` ends it. */
const SENDER_AND_TEXT = /^([^:\n]{1,100}?):\s(.*)$/s;

/**
 * What an export or a forward leaves in place of a photo, a deleted message or the encryption notice: nothing a
 * professional can use, so left out (a photo is attached to the report as a photo).
 */
const PLACEHOLDERS: readonly RegExp[] = [
  /^<?\s*(?:media|afbeelding|image|video|audio|sticker|gif|document|bestand|foto|photo)\s+(?:weggelaten|omitted|niet meegestuurd)\s*>?$/i,
  /^<\s*(?:bijgevoegd|attached)\s*:[^>]*>$/i,
  /^(?:dit bericht is verwijderd|je hebt dit bericht verwijderd|u hebt dit bericht verwijderd|this message was deleted|you deleted this message)\.?$/i,
  /^.*(?:end-to-end (?:versleuteld|encrypted)).*$/i,
  /^(?:null|<\s*dit bericht is bewerkt\s*>|<\s*this message was edited\s*>)$/i,
];

/**
 * Group events as WhatsApp writes them in Dutch and English: the names in them are group members too. `you`/`je`
 * (the exporting phone's owner) is no name.
 */
const GROUP_EVENTS: readonly RegExp[] = [
  /^(?<a>.+?) (?:heeft|hebt) (?<b>.+?) (?:toegevoegd|verwijderd)\.?$/i,
  /^(?<a>.+?) (?:added|removed) (?<b>.+?)\.?$/i,
  /^(?<a>.+?) (?:is vertrokken|heeft de groep verlaten|is lid geworden.*|heeft de groep(?:snaam)? .*|heeft deze groep .*|left|joined .*|created group.*|changed (?:the subject|this group's|the group).*)$/i,
];
const MAX_GROUP_EVENT_LENGTH = 300;
const NOT_A_NAME = /^(?:je|jij|u|you|jou)$/i;

/** The names a group event mentions (who added whom, who left). */
function namesInGroupEvent(text: string): string[] {
  // Group events are short; a long line is not one (and two lazy groups on a long line cost quadratic time).
  if (text.length > MAX_GROUP_EVENT_LENGTH) return [];
  for (const pattern of GROUP_EVENTS) {
    const match = pattern.exec(text.trim());
    if (!match?.groups) continue;
    return [match.groups['a'], match.groups['b']]
      .filter((name): name is string => name !== undefined)
      .flatMap((names) => names.split(/,\s*|\s+(?:en|and)\s+/))
      .map(cleanName)
      .filter((name) => name !== '' && !NOT_A_NAME.test(name));
  }
  return [];
}

/**
 * Reads pasted export lines into messages. A line that does not start with a date and time continues the message
 * before it (a message of several lines). A line with a date and time but no `Name: ` is a group event (someone
 * joined, left, changed the name): its names count as senders' names to remove, its text is left out. WhatsApp
 * on iPhone marks its notices with a direction mark at the start of the text: those are left out too.
 */
export function parseChatExport(text: string): ParsedChatExport {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const messages: ChatMessage[] = [];
  const senders = new Set<string>();
  let current: (ChatMessage & { notice: boolean }) | null = null;
  let leadingLines = 0;
  const finish = () => {
    if (current && !current.notice) {
      const body = current.text.trim();
      if (body !== '' && !PLACEHOLDERS.some((p) => p.test(body))) messages.push({ stamp: current.stamp, sender: current.sender, text: body });
    }
    current = null;
  };
  for (const line of lines) {
    const start = messageLineStart(line);
    if (!start) {
      if (current) current.text += `\n${withoutInvisibleMarks(line)}`;
      else if (line.trim() !== '') leadingLines++;
      continue;
    }
    finish();
    const said = SENDER_AND_TEXT.exec(start.rest);
    if (!said) {
      for (const name of namesInGroupEvent(withoutInvisibleMarks(start.rest))) senders.add(name);
      current = { stamp: start.stamp, sender: '', text: '', notice: true };
      continue;
    }
    const sender = cleanName(said[1]);
    if (sender) senders.add(sender);
    const notice = /^[\u200e\u200f]/.test(said[2]);
    // WhatsApp on iPhone writes group events as the group's own notices: their names are members too.
    if (notice) for (const name of namesInGroupEvent(withoutInvisibleMarks(said[2]))) senders.add(name);
    current = { stamp: start.stamp, sender, text: withoutInvisibleMarks(said[2]), notice };
  }
  finish();
  return { messages, senders: [...senders], leadingLines };
}

/** A name as the phone shows it, without direction marks and WhatsApp's `~` before names that are not in contacts. */
function cleanName(name: string): string {
  return withoutInvisibleMarks(name).replace(/^~\s*/, '').trim();
}
