import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Length } from 'class-validator';

export class UnlinkReportRequest {
  @ApiProperty({ description: 'Why the report is about another incident', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class MergeCasesRequest {
  @ApiProperty({ format: 'uuid', description: 'The case whose reports move to the surviving case; it closes' })
  @IsUUID()
  absorbedCaseId!: string;

  @ApiProperty({ description: 'Why the two cases are about one incident', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
