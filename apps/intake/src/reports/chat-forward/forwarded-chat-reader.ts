import { Injectable } from '@nestjs/common';
import { ForwardedChat, forwardedChat, ForwardedChatError } from '@loket/forwarded-chat';
import { ProblemException } from '@loket/http';

/** The time zone the group members' phones showed (LOKET_TIME_ZONE, Loket's own). */
export abstract class ChatTimeZone {
  abstract readonly timeZone: string;
}

/** What one report holds: the chat's text must fit in a report's description. */
const MAX_DESCRIPTION = 5000;

/**
 * Reads pasted chat export lines into a report's text and observed time (see @loket/forwarded-chat), as the form's
 * preview and the report itself do, so what the preview shows is what is stored. A paste that cannot be read is a
 * 400 on field `chatExport` that says why without quoting it, typed `chat-no-messages`, `chat-text-before-messages`,
 * `chat-in-the-future` or `chat-too-long`.
 */
@Injectable()
export class ForwardedChatReader {
  constructor(private readonly zone: ChatTimeZone) {}

  read(chatExport: string, ownWords?: string): ForwardedChat {
    const room = MAX_DESCRIPTION - (ownWords ? ownWords.length + 2 : 0);
    try {
      const chat = forwardedChat(chatExport, { timeZone: this.zone.timeZone, now: new Date(), maxLength: room });
      return ownWords ? { ...chat, description: `${ownWords}\n\n${chat.description}` } : chat;
    } catch (error) {
      if (!(error instanceof ForwardedChatError)) throw error;
      // Its own problem type per reason (`chat-no-messages`, …), so a form can say it in the resident's language.
      throw new ProblemException(400, `chat-${error.problem}`, 'This chat message cannot be read', error.message, {
        errors: [{ field: 'chatExport', messages: [error.message] }],
      });
    }
  }
}
