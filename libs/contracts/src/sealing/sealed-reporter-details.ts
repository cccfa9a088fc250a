import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

export class SealedContactDetails {
  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/)
  phone?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
}

/** The content of the sealed box in `reporter.contact-submitted`: readable by the feedback service only. */
export class SealedReporterDetails {
  @Matches(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$/)
  trackingCode!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => SealedContactDetails)
  contact?: SealedContactDetails;

  @IsBoolean()
  consentToContact!: boolean;

  @IsIn(['nl', 'en'])
  language!: 'nl' | 'en';

  @IsIn(['anonymous', 'resident', 'volunteer', 'professional'])
  tier!: 'anonymous' | 'resident' | 'volunteer' | 'professional';

  /** The signed-in reporter's subject (the token's `sub`), so feedback can list "my reports"; absent when anonymous. */
  @IsOptional()
  @IsString()
  @Length(1, 255)
  subject?: string;

  /** May a professional of the organisation holding the case ask for the contact details? Absent: no. */
  @IsOptional()
  @IsBoolean()
  consentToProfessionalContact?: boolean;
}
