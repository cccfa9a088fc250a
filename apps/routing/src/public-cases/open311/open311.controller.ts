import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@loket/http';
import { categoryViews } from '../../catalogue/catalogue-views';
import { TaxonomyInForce } from '../../taxonomy/taxonomy-in-force';
import { DEFAULT_PUBLIC_PAGE } from '../http/public-cases.request';
import { ListPublicCases } from '../list-public-cases.use-case';
import { ShowPublicCase } from '../show-public-case.use-case';
import { Open311Request, open311Services, Open311Service, toOpen311Request } from './open311-views';
import { Open311LocaleQuery, Open311RequestsQuery } from './open311.request';

/**
 * A read-only Open311 GeoReport v2 feed of the public map: the same query and the same public view of a case
 * (only open cases of sensitivity 1-2, redacted text, no photos, no reporter, nuisance on a ~100 m grid).
 * Nothing can be posted here: Open311 clients post to intake's `/open311/v2/requests.json`, which reads this feed. Errors are RFC 9457 problem details.
 */
@ApiTags('open311', 'public')
@Public()
@Controller('api/v1/open311')
export class Open311Controller {
  constructor(
    private readonly list: ListPublicCases,
    private readonly showOne: ShowPublicCase,
    private readonly taxonomy: TaxonomyInForce,
  ) {}

  private categories() {
    return categoryViews(this.taxonomy.current().taxonomy);
  }

  @Get('services.json')
  @ApiOkResponse({ description: 'Open311 services: the categories shown in public' })
  services(@Query() query: Open311LocaleQuery): Open311Service[] {
    return open311Services(this.categories(), query.locale ?? 'nl');
  }

  @Get('requests.json')
  @ApiOkResponse({ description: 'Open311 service requests: open public cases, newest first' })
  async requests(@Query() query: Open311RequestsQuery): Promise<Open311Request[]> {
    if (query.status && !query.status.split(',').includes('open')) return [];
    const limit = query.page_size ?? DEFAULT_PUBLIC_PAGE;
    const views = await this.list.execute({
      ...(query.service_code ? { category: query.service_code } : {}),
      ...(query.area ? { area: query.area } : {}),
      ...(query.bbox ? { bbox: query.bbox } : {}),
      limit,
      offset: ((query.page ?? 1) - 1) * limit,
    });
    const categories = this.categories();
    return views.map((view) => toOpen311Request(view, categories, query.locale ?? 'nl'));
  }

  @Get('requests/:id.json')
  @ApiOkResponse({ description: 'One open public case as an Open311 request (a list of one, as Open311 has it)' })
  async request(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: Open311LocaleQuery): Promise<Open311Request[]> {
    return [toOpen311Request(await this.showOne.execute(id), this.categories(), query.locale ?? 'nl')];
  }

  /**
   * The open public case that holds a report, as an Open311 request: how intake's Open311 door answers
   * `GET /open311/v2/tokens/{token}.json` once the report is routed. 404 alike while it is not, and when the case
   * is closed or not shown in public.
   */
  @Get('reports/:reportId/request.json')
  @ApiOkResponse({ description: 'The open public case holding the report, as a list of one Open311 request' })
  async requestOfReport(@Param('reportId', new ParseUUIDPipe()) reportId: string, @Query() query: Open311LocaleQuery): Promise<Open311Request[]> {
    return [toOpen311Request(await this.showOne.ofReport(reportId), this.categories(), query.locale ?? 'nl')];
  }
}
