import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { Language, LANGUAGES } from '@loket/disclosure-policy';
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

  @ApiProperty({ description: 'Where to change preferences, withdraw, export, erase or answer whether you are satisfied (relative to this link)' })
  actions!: Record<string, string>;
}

export function preferencesOf(reporter: ReporterRecord): PreferencesResponse {
  return {
    reportId: reporter.reportId,
    language: reporter.language as Language,
    contactConsent: reporter.consentToContact && reporter.emailsWithdrawnAt === null,
    professionalContactConsent: reporter.consentToProfessionalContact,
    emailOnFile: reporter.hasEmail,
    actions: {
      changePreferences: 'PATCH ./preferences',
      withdrawContactConsent: 'POST ./withdrawal',
      exportMyData: 'GET ./export',
      eraseMyData: 'POST ./erasure',
      answerSatisfaction: 'POST ./satisfaction',
    },
  };
}
