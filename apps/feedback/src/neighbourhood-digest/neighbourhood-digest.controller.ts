import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, Length, Matches } from 'class-validator';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { ProblemException, Public, RateLimited, RateLimitGuard } from '@loket/http';
import { DigestSubscription, DigestSubscriptions } from './digest-subscriptions';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SubscribeToDigestRequest {
  @ApiProperty({ example: 'BU99990103', description: 'The area (buurt or wijk) to hear about: a code of GET /api/routing/v1/public/areas' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'areaId must be an area code' })
  areaId!: string;

  @ApiProperty({ example: 'bewoner@example.nl', description: 'Where the digest goes; kept encrypted, used for nothing else' })
  @Transform(trim)
  @IsEmail()
  @Length(3, 254)
  email!: string;

  @ApiProperty({ enum: ['nl', 'en'] })
  @IsIn(['nl', 'en'])
  language!: 'nl' | 'en';
}

export class DigestSubscriptionResponse {
  @ApiProperty() areaId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ['nl', 'en'] }) language!: 'nl' | 'en';
  @ApiProperty({ format: 'date-time' }) since!: string;
}

/** A signed-in resident's daily digest of new public reports and outcomes in their neighbourhood. */
@ApiTags('neighbourhood digest')
@ApiBearerAuth()
@Controller('api/v1/my-digest')
export class MyDigestController {
  constructor(private readonly subscriptions: DigestSubscriptions) {}

  @Get()
  @Roles('resident', 'volunteer')
  @ApiOkResponse({ type: DigestSubscriptionResponse })
  @ApiNotFoundResponse({ description: 'You have no digest' })
  async show(@CurrentPrincipal() me: Principal): Promise<DigestSubscription> {
    const mine = await this.subscriptions.of(me.subject);
    if (!mine) throw ProblemException.notFound('You have no neighbourhood digest');
    return mine;
  }

  @Put()
  @Roles('resident', 'volunteer')
  @ApiOperation({ summary: 'Get (or change) a daily e-mail of new public reports and outcomes in an area; nothing happened, no e-mail' })
  @ApiOkResponse({ type: DigestSubscriptionResponse })
  subscribe(@CurrentPrincipal() me: Principal, @Body() body: SubscribeToDigestRequest): Promise<DigestSubscription> {
    return this.subscriptions.subscribe(me.subject, body);
  }

  @Delete()
  @HttpCode(204)
  @Roles('resident', 'volunteer')
  @ApiNoContentResponse({ description: 'No more digest (also when there was none)' })
  async unsubscribe(@CurrentPrincipal() me: Principal): Promise<void> {
    await this.subscriptions.unsubscribe(me.subject);
  }
}

/** The one-click way out of a digest, from its e-mail (the link, or the mail client's own button: RFC 8058). */
@ApiTags('neighbourhood digest')
@Public()
@RateLimited('tracking')
@UseGuards(RateLimitGuard)
@Controller('api/v1/neighbourhood-digests/unsubscribe/:token')
export class DigestUnsubscribeController {
  constructor(private readonly subscriptions: DigestSubscriptions) {}

  @Post()
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop the digest this link came with' })
  @ApiNoContentResponse({ description: 'Stopped' })
  @ApiNotFoundResponse({ description: 'Used already, or not a link from a digest' })
  unsubscribe(@Param('token') token: string): Promise<void> {
    return this.subscriptions.unsubscribeByToken(token);
  }
}
