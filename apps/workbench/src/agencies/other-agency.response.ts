import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CoordinatorContactResponse {
  @ApiProperty({ example: 'Coördinator wijkagenten' })
  name!: string;

  @ApiPropertyOptional({ example: 'wijkagenten.coordinatie@politie.example' })
  email?: string;

  @ApiPropertyOptional({ example: '0900-8844' })
  phone?: string;
}

/** Another organisation with an open case at the same address: who, not what. */
export class OtherAgencyResponse {
  @ApiProperty({ example: 'police', description: 'The kind of organisation' })
  organisationKind!: string;

  @ApiPropertyOptional({ example: 'Politie' })
  organisationName?: string;

  @ApiProperty({ type: CoordinatorContactResponse, description: 'Whom to call to coordinate' })
  coordinatorContact!: CoordinatorContactResponse;
}
