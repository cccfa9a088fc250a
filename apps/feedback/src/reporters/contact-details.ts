import { Injectable } from '@nestjs/common';
import { FieldCipher } from '../crypto/field-cipher';

/** A reporter's contact details: only ever in memory in plain text, never logged, never on a topic. */
export interface ContactDetails {
  name?: string;
  email?: string;
  phone?: string;
}

/** Encrypts contact details for the `reporters` row of one report and opens them again. */
@Injectable()
export class ContactDetailsVault {
  constructor(private readonly cipher: FieldCipher) {}

  seal(reportId: string, contact: ContactDetails | undefined): string | null {
    const kept: ContactDetails = {};
    if (contact?.name) kept.name = contact.name;
    if (contact?.email) kept.email = contact.email;
    if (contact?.phone) kept.phone = contact.phone;
    if (Object.keys(kept).length === 0) return null;
    return this.cipher.encrypt(JSON.stringify(kept), contextOf(reportId));
  }

  open(reportId: string, stored: string | null): ContactDetails {
    if (!stored) return {};
    return JSON.parse(this.cipher.decrypt(stored, contextOf(reportId))) as ContactDetails;
  }
}

function contextOf(reportId: string): string {
  return `reporter:${reportId}:contact`;
}
