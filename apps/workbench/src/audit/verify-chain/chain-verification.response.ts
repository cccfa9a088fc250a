import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ChainVerification } from '@loket/audit-chain';

class ChainHeadResponse {
  @ApiProperty()
  sequence!: number;

  @ApiProperty()
  hash!: string;
}

class ChainBreakResponse {
  @ApiProperty({ description: 'The first entry that does not verify' })
  sequence!: number;

  @ApiProperty({ enum: ['sequence', 'previous-hash', 'hash', 'head', 'anchor'] })
  reason!: string;

  @ApiProperty()
  detail!: string;
}

export class ChainVerificationResponse {
  @ApiProperty({ description: 'Whether every entry verified and the chain ends at the recorded head' })
  ok!: boolean;

  @ApiProperty({ description: 'Entries verified (before the break, when broken)' })
  verified!: number;

  @ApiProperty({ description: 'Anchors kept outside the database (signed heads) that the chain was checked against' })
  anchorsChecked!: number;

  @ApiPropertyOptional({ type: ChainHeadResponse })
  head?: ChainHeadResponse;

  @ApiPropertyOptional({ type: ChainBreakResponse })
  broken?: ChainBreakResponse;
}

export function toChainVerificationResponse(result: ChainVerification): ChainVerificationResponse {
  return result.ok
    ? { ok: true, verified: result.verified, anchorsChecked: result.anchorsChecked, head: { sequence: result.head.sequence, hash: result.head.hash } }
    : { ok: false, verified: result.verified, anchorsChecked: result.anchorsChecked, broken: { ...result.broken } };
}
