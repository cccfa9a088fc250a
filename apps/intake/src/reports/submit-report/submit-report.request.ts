import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, MaxLength, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateIf, ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ReportLocation {
  @ApiProperty({ example: 52.3702, minimum: -90, maximum: 90 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ example: 4.8952, minimum: -180, maximum: 180 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon!: number;
}

export class ReportAddress {
  @ApiProperty({ example: '1234AB', description: 'Dutch postcode: four digits, two letters (a space between is fine)' })
  @Matches(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/, { message: 'postcode must be a Dutch postcode like 1234AB' })
  postcode!: string;

  @ApiProperty({ example: 12, minimum: 1, maximum: 99999 })
  @IsInt()
  @Min(1)
  @Max(99_999)
  houseNumber!: number;

  @ApiPropertyOptional({ example: 'A', description: 'House number addition: up to four letters or digits' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{1,4}$/, { message: 'houseNumberAddition must be up to four letters or digits' })
  houseNumberAddition?: string;
}

export class ReporterContact {
  @ApiPropertyOptional({ example: 'buurvrouw@example.nl' })
  @IsOptional()
  @IsEmail()
  @Length(3, 254)
  email?: string;

  @ApiPropertyOptional({ example: '06-12345678' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiPropertyOptional({ example: 'Anna de Vries' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name?: string;
}

const notAFollow = (request: SubmitReportRequest) => request.follows === undefined;
/** A description is required of a report, except of one that forwards a chat message (its text comes from the chat). */
const needsDescription = (request: SubmitReportRequest) => request.follows === undefined && request.chatExport === undefined;

/** The longest paste of chat export lines intake reads (the report keeps at most 5,000 characters of it). */
export const MAX_CHAT_EXPORT_LENGTH = 20_000;

/**
 * What a resident sends from the web form: a report (description and location), or a follow (`follows`: the id
 * of an open public case, "is it one of these?") with only the optional contact, consent and language.
 */
export class SubmitReportRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Follow this open public case instead of reporting again (then no description, location, category or address)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'follows must be a case id' })
  follows?: string;

  @ApiPropertyOptional({
    example: 'Grofvuil naast de container aan de Dorpsstraat',
    maxLength: 5000,
    description: 'Required unless following a case or forwarding a chat message (then it is optional: your own words above the messages)',
  })
  @ValidateIf((request: SubmitReportRequest) => needsDescription(request) || request.description !== undefined)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @Length(1, 5000)
  description?: string;

  @ApiPropertyOptional({
    example: '[05-12-26 21:03] Jan de Vries: Er ligt weer een bank bij de glasbak op de Dorpsstraat',
    maxLength: MAX_CHAT_EXPORT_LENGTH,
    description:
      'A message (or several) forwarded from a neighbourhood chat group, as WhatsApp or Signal export or copy them: ' +
      '`[dd-mm-jj hh:mm] Name: text` (also `dd-mm-jjjj hh:mm - Name: text`). Intake replaces the group members\' names by ' +
      '"groepslid 1", "groepslid 2", removes phone numbers and e-mail addresses, and keeps the first message time as the ' +
      'observed time, before anything is stored; the paste itself is never kept. The channel becomes `chat`. ' +
      'POST /api/v1/chat-forwards/preview shows the result first',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_CHAT_EXPORT_LENGTH)
  chatExport?: string;

  @ApiPropertyOptional({ example: 'afval', description: 'Main category code (see the taxonomy); omit to let Loket suggest one' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'category must be a category code' })
  category?: string;

  @ApiPropertyOptional({ example: 'grofvuil' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'subcategory must be a subcategory code' })
  subcategory?: string;

  @ApiPropertyOptional({ type: ReportLocation, description: 'Required unless following a case' })
  @ValidateIf(notAFollow)
  @ValidateNested()
  @Type(() => ReportLocation)
  location?: ReportLocation;

  @ApiPropertyOptional({
    type: ReportAddress,
    description:
      'The address it is about, if any: in the case file of the organisation that holds the case, like the description. ' +
      'Other organisations never see it; the workbench compares it with theirs only as a keyed hash (the multi-agency signal)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportAddress)
  address?: ReportAddress;

  @ApiPropertyOptional({ type: ReporterContact })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReporterContact)
  contact?: ReporterContact;

  @ApiPropertyOptional({ default: true, description: 'May Loket contact the reporter about this report' })
  @IsOptional()
  @IsBoolean()
  consentToContact?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'May a professional of the organisation that handles the report ask for the contact details (every read audited)? Absent means no',
  })
  @IsOptional()
  @IsBoolean()
  consentToProfessionalContact?: boolean;

  @ApiPropertyOptional({ enum: ['nl', 'en'], default: 'nl' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  language?: 'nl' | 'en';

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'boolean' }, { type: 'string' }, { type: 'number' }] },
    example: { 'someone-in-danger': false },
    description:
      'Answers to the category\'s extra questions (routing GET /api/v1/categories), by question id: yes-no → true/false, ' +
      'text → string, choice → an option value, number → number. Checked against the questions; send it (at least {}) ' +
      'from a form that shows them, so required questions are enforced. Without it, nothing is required (older clients)',
  })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;
}

export class SubmitReportResponse {
  @ApiProperty({ format: 'uuid' })
  reportId!: string;

  @ApiProperty({ example: 'K7QM-2XNP-8RTD-4VWB-HC9F', description: 'Keep it: it is how you follow your report' })
  trackingCode!: string;
}
