import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNumber, IsObject, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** A form field is text: lat and long become numbers when they read as one. */
const decimal = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\s*-?\d{1,3}(\.\d+)?\s*$/.test(value) ? Number(value) : value);

/**
 * `POST /open311/v2/requests.json` as GeoReport v2 defines it (application/x-www-form-urlencoded). Every field of
 * the spec is accepted; Loket uses the location (lat/long, or address_string through its geocoder), the
 * description, the reporter's e-mail, name and phone (sealed for the feedback service like any reporter's) and
 * `attribute[code]` (the category's extra questions). `jurisdiction_id`, `address_id`, `device_id`, `account_id`
 * and `media_url` are accepted and not kept.
 */
export class Open311RequestForm {
  @IsOptional()
  @IsString()
  api_key?: string;

  @IsOptional()
  @IsString()
  @Length(0, 100)
  jurisdiction_id?: string;

  @IsString({ message: 'service_code is required' })
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'service_code must be a service_code from services.json' })
  service_code!: string;

  @IsOptional()
  @Transform(decimal)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a WGS84 latitude' })
  @Min(-90)
  @Max(90)
  lat?: number;

  @IsOptional()
  @Transform(decimal)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'long must be a WGS84 longitude' })
  @Min(-180)
  @Max(180)
  long?: number;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  address_string?: string;

  @IsOptional()
  @IsString()
  @Length(0, 200)
  address_id?: string;

  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @Length(3, 254)
  email?: string;

  @IsOptional()
  @IsString()
  @Length(0, 200)
  device_id?: string;

  @IsOptional()
  @IsString()
  @Length(0, 200)
  account_id?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 100)
  first_name?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(0, 100)
  last_name?: string;

  @IsOptional()
  @Transform(trim)
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @IsString({ message: 'description is required' })
  @Transform(trim)
  @Length(1, 5000)
  description!: string;

  @IsOptional()
  @IsString()
  @Length(0, 2000)
  media_url?: string;

  /** `attribute[code]=value` (a multivaluelist as `attribute[code][]=value`). */
  @IsOptional()
  @IsObject()
  attribute?: Record<string, unknown>;

  /** Loket extension: the language of the reporter's messages (nl by default). */
  @IsOptional()
  @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}
