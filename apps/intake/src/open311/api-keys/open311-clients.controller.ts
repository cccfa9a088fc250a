import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { CurrentPrincipal, Principal, Roles } from '@loket/auth';
import { Open311Clients, Open311ClientView } from './open311-clients';

export class RegisterOpen311ClientRequest {
  @ApiProperty({ example: 'BuitenBeter app', description: 'Who the client is, for the administrators and the audit log' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 200)
  name!: string;
}

/** Administrators register Open311 clients (the api_key is shown once), list and revoke them; each change audited. */
@ApiTags('open311-clients')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin/open311-clients')
export class Open311ClientsController {
  constructor(private readonly clients: Open311Clients) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: '{id, name, keyPrefix, createdAt, createdBy, revokedAt, revokedBy, apiKey}: keep apiKey, it is not shown again' })
  register(@Body() body: RegisterOpen311ClientRequest, @CurrentPrincipal() admin: Principal): Promise<Open311ClientView & { apiKey: string }> {
    return this.clients.register(body.name, admin);
  }

  @Get()
  @ApiOkResponse({ description: 'Every registered client, revoked ones too; never a key' })
  list(): Promise<Open311ClientView[]> {
    return this.clients.list();
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The client, revoked: its key is refused from now on (403)' })
  revoke(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() admin: Principal): Promise<Open311ClientView> {
    return this.clients.revoke(id, admin);
  }
}
