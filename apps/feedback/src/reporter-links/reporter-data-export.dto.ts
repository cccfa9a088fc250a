import { ApiProperty } from '@nestjs/swagger';

class ExportedReporter {
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty({ description: 'Your pseudonym in Loket: other services know you only by this' }) reporterRef!: string;
  @ApiProperty({ enum: ['anonymous', 'resident', 'volunteer', 'professional'] }) tier!: string;
  @ApiProperty({ enum: ['nl', 'en'] }) language!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ example: '…-HC9F' }) trackingCodeHint!: string;
}

class ExportedContactDetails {
  @ApiProperty({ required: false }) name?: string;
  @ApiProperty({ required: false }) email?: string;
  @ApiProperty({ required: false }) phone?: string;
}

class ExportedConsents {
  @ApiProperty() contact!: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) emailsWithdrawnAt!: string | null;
  @ApiProperty() professionalContact!: boolean;
}

class ExportedCaseLink {
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'date-time' }) linkedAt!: string;
}

class ExportedMessage {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() stage!: string;
  @ApiProperty({ enum: ['email', 'page'] }) channel!: string;
  @ApiProperty({ enum: ['pending', 'sending', 'sent', 'failed', 'cancelled', 'page'] }) status!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt!: string | null;
}

class ExportedSatisfaction {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() satisfied!: boolean;
  @ApiProperty({ nullable: true, type: String }) remark!: string | null;
  @ApiProperty() reopenRequested!: boolean;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

class ExportedContactRead {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: ['professional-request', 'reporter-export'] }) purpose!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The organisation whose professional read them; null for your own export' })
  organisation!: string | null;
  @ApiProperty() reason!: string;
}

/** All the feedback service holds about one reporter (GDPR access), as JSON. */
export class ReporterDataExport {
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: ExportedReporter }) reporter!: ExportedReporter;
  @ApiProperty({ type: ExportedContactDetails }) contactDetails!: ExportedContactDetails;
  @ApiProperty({ type: ExportedConsents }) consents!: ExportedConsents;
  @ApiProperty({ type: [ExportedCaseLink] }) cases!: ExportedCaseLink[];
  @ApiProperty({ type: [ExportedMessage] }) messages!: ExportedMessage[];
  @ApiProperty({ type: [ExportedSatisfaction] }) satisfaction!: ExportedSatisfaction[];
  @ApiProperty({ type: [ExportedContactRead] }) contactDetailReads!: ExportedContactRead[];
}
