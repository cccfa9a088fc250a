import { Injectable } from '@nestjs/common';
import { FieldCipher } from '../crypto/field-cipher';

export type MessagePart = 'subject' | 'body';

/**
 * Message text is encrypted at rest, subject and body: a receipt holds the tracking code (in both), a note
 * a professional's words.
 */
@Injectable()
export class MessageTextCipher {
  constructor(private readonly cipher: FieldCipher) {}

  seal(messageId: string, part: MessagePart, text: string): string {
    return this.cipher.encrypt(text, `message:${messageId}:${part}`);
  }

  open(messageId: string, part: MessagePart, stored: string): string {
    return this.cipher.decrypt(stored, `message:${messageId}:${part}`);
  }
}
