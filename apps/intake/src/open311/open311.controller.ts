import { Body, Controller, Get, Param, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ProblemException, Public, RateLimited, RateLimitGuard } from '@loket/http';
import { PublicOpen311Feed } from './feed/public-open311-feed';
import { requireFeed } from './feed/require-feed';
import { formatOf, Open311Format, sendOpen311, XML_SHAPES } from './format/open311-format';
import { Open311ErrorsFilter } from './format/open311-errors.filter';
import { Open311LocaleQuery, Open311RequestsQuery } from './requests/open311-requests.query';
import { PublicOpen311Requests } from './requests/public-open311-requests';
import { SubmitOpen311Request } from './requests/submit-open311-request.use-case';
import { open311ServiceDefinition, open311Services } from './services/open311-services';
import { TaxonomyInForce } from '../taxonomy/taxonomy-in-force';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): the categories as services with their extra
 * questions as attributes, POST a request with an api_key (the same submit-report use-case as the web loket,
 * channel `open311`), and the public requests from routing's read-only feed. JSON or XML by the address's
 * extension; errors as the spec's `[{code, description}]`.
 */
@ApiTags('open311')
@Public()
@UseFilters(Open311ErrorsFilter)
@Controller('open311/v2')
export class Open311Controller {
  constructor(
    private readonly feed: PublicOpen311Feed,
    private readonly submit: SubmitOpen311Request,
    private readonly requestsView: PublicOpen311Requests,
    private readonly taxonomy: TaxonomyInForce,
  ) {}

  @Get('services.:format')
  @ApiOkResponse({ description: 'The services (categories) an Open311 client may report in' })
  async services(@Param('format') extension: string, @Query() query: Open311LocaleQuery, @Res() response: Response): Promise<void> {
    const format = requireFormat(extension);
    const codes = await requireFeed(() => this.feed.publicServiceCodes());
    sendOpen311(response, format, XML_SHAPES.services, open311Services(await this.taxonomy.current(), codes, query.locale ?? 'nl'));
  }

  @Get('services/:code.:format')
  @ApiOkResponse({ description: "A service's definition: the category's extra questions as attributes" })
  async service(@Param('code') code: string, @Param('format') extension: string, @Query() query: Open311LocaleQuery, @Res() response: Response): Promise<void> {
    const format = requireFormat(extension);
    const codes = await requireFeed(() => this.feed.publicServiceCodes());
    if (!codes.has(code)) throw ProblemException.notFound(`No service ${code}`);
    sendOpen311(response, format, XML_SHAPES.serviceDefinition, open311ServiceDefinition(await this.taxonomy.current(), code, query.locale ?? 'nl'));
  }

  @Post('requests.:format')
  @RateLimited('reports')
  @UseGuards(RateLimitGuard)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOkResponse({ description: '[{token, service_notice, loket_tracking_code}]: ask tokens/{token} for the service_request_id' })
  async post(@Param('format') extension: string, @Body() body: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const format = requireFormat(extension);
    sendOpen311(response, format, XML_SHAPES.requests, await this.submit.execute(body), 201);
  }

  @Get('requests.:format')
  @ApiOkResponse({ description: 'Public requests: open cases of sensitivity 1-2, redacted, newest first' })
  async requests(@Param('format') extension: string, @Query() query: Open311RequestsQuery, @Res() response: Response): Promise<void> {
    const format = requireFormat(extension);
    sendOpen311(response, format, XML_SHAPES.requests, await this.requestsView.list(query));
  }

  @Get('requests/:id.:format')
  @ApiOkResponse({ description: 'One public request, as a list of one' })
  async request(@Param('id') id: string, @Param('format') extension: string, @Query() query: Open311LocaleQuery, @Res() response: Response): Promise<void> {
    const format = requireFormat(extension);
    if (!UUID.test(id)) throw ProblemException.notFound(`No public request ${id}`);
    sendOpen311(response, format, XML_SHAPES.requests, await this.requestsView.one(id.toLowerCase(), query.locale ?? 'nl'));
  }

  @Get('tokens/:token.:format')
  @ApiOkResponse({ description: '[{token, service_request_id?}]: the request id once the report is routed into a public case' })
  async token(@Param('token') token: string, @Param('format') extension: string, @Res() response: Response): Promise<void> {
    const format = requireFormat(extension);
    if (!UUID.test(token)) throw ProblemException.notFound(`No request with token ${token}`);
    sendOpen311(response, format, XML_SHAPES.requests, await this.requestsView.token(token.toLowerCase()));
  }
}

function requireFormat(extension: string): Open311Format {
  const format = formatOf(extension);
  if (!format) throw ProblemException.notFound('Open311 answers .json or .xml');
  return format;
}
