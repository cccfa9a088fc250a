import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { Language, LANGUAGES } from '@loket/disclosure-policy';
import { LINK_PURPOSES, LinkPurpose, VerifiedLink } from '../crypto/link-token';
import { ReporterRecord } from '../reporters/reporter.entity';

/** What a reporter can change through their link; at least one field. */
export class ChangePreferencesRequest {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of later messages' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ description: 'May Loket e-mail you about this report? Without it the tracking page still shows progress' })
  @IsOptional()
  @IsBoolean()
  contactConsent?: boolean;

  @ApiPropertyOptional({ description: 'May a professional of the organisation handling the case ask for your contact details (audited)?' })
  @IsOptional()
  @IsBoolean()
  professionalContactConsent?: boolean;
}

/** A reporter's own preferences, as their link shows them: no contact details. */
export class PreferencesResponse {
  @ApiProperty({ enum: LINK_PURPOSES, description: 'What this link is for: manage (every e-mail), export or erase (short-lived, on request)' })
  purpose!: LinkPurpose;

  @ApiProperty({ format: 'date-time', description: 'Until when this link works' })
  validUntil!: string;

  @ApiProperty({ format: 'uuid' })
  reportId!: string;

  @ApiProperty({ enum: LANGUAGES })
  language!: Language;

  @ApiProperty({ description: 'Loket may e-mail you about this report' })
  contactConsent!: boolean;

  @ApiProperty({ description: 'A professional handling the case may ask for your contact details' })
  professionalContactConsent!: boolean;

  @ApiProperty({ description: 'Whether Loket holds an e-mail address for you' })
  emailOnFile!: boolean;

  @ApiProperty({ description: 'What this link can do, relative to it' })
  actions!: Record<string, string>;
}

const ACTIONS: Record<LinkPurpose, Record<string, string>> = {
  manage: {
    changePreferences: 'PATCH ./preferences',
    withdrawContactConsent: 'POST ./withdrawal',
    requestDataLink: 'POST ./data-link-requests',
    revokeAllLinks: 'POST ./revocation',
    answerSatisfaction: 'POST ./satisfaction',
  },
  export: { exportMyData: 'GET ./export' },
  erase: { eraseMyData: 'POST ./erasure' },
};

export function preferencesOf(reporter: ReporterRecord, link: Pick<VerifiedLink, 'purpose' | 'expiresAt'>): PreferencesResponse {
  return {
    purpose: link.purpose,
    validUntil: link.expiresAt.toISOString(),
    reportId: reporter.reportId,
    language: reporter.language as Language,
    contactConsent: reporter.consentToContact && reporter.emailsWithdrawnAt === null,
    professionalContactConsent: reporter.consentToProfessionalContact,
    emailOnFile: reporter.hasEmail,
    actions: ACTIONS[link.purpose],
  };
}
