import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemException } from '@loket/http';
import { ReportRecord } from '../../reports/report.entity';
import { FeedRequest, PublicOpen311Feed } from '../feed/public-open311-feed';
import { requireFeed } from '../feed/require-feed';
import { Open311RequestsQuery } from './open311-requests.query';

/**
 * A GeoReport v2 service request: routing's public view of a case (redacted text, only categories of
 * sensitivity 1-2, coarse place for nuisance, no reporter) under the spec's field names. `status_notes`,
 * `agency_responsible`, `address` and `media_url` are never given (nothing about who reported or works it).
 */
export interface Open311ServiceRequest {
  service_request_id: string;
  status: 'open' | 'closed';
  service_name: string;
  service_code: string;
  description: string;
  requested_datetime: string;
  lat: number;
  long: number;
  loket_status: string;
  report_count: number;
}

export interface Open311Token {
  token: string;
  service_request_id?: string;
}

/**
 * The public Open311 GETs, answered from routing's read-only feed (its redaction and sensitivity filter are the
 * only ones: intake adds none of its own and shows nothing the feed did not). Intake adds what GeoReport v2 asks
 * of a server and the feed does not do: several ids at once, start_date/end_date, tokens.
 */
@Injectable()
export class PublicOpen311Requests {
  constructor(
    private readonly feed: PublicOpen311Feed,
    private readonly dataSource: DataSource,
  ) {}

  async list(query: Open311RequestsQuery): Promise<Open311ServiceRequest[]> {
    const locale = query.locale ?? 'nl';
    if (query.service_request_id) {
      const ids = [...new Set(query.service_request_id.split(',').map((id) => id.toLowerCase()))];
      const found = await requireFeed(() => Promise.all(ids.map((id) => this.feed.request(id, locale))));
      return found.filter((r): r is FeedRequest => r !== null).map(toServiceRequest);
    }
    const page = await requireFeed(() =>
      this.feed.requests({
        locale,
        ...(query.service_code ? { service_code: query.service_code } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.area ? { area: query.area } : {}),
        ...(query.bbox ? { bbox: query.bbox } : {}),
        ...(query.page ? { page: query.page } : {}),
        ...(query.page_size ? { page_size: query.page_size } : {}),
      }),
    );
    const from = query.start_date ? Date.parse(query.start_date) : -Infinity;
    const to = query.end_date ? Date.parse(query.end_date) : Infinity;
    return page.filter((r) => Date.parse(r.requested_datetime) >= from && Date.parse(r.requested_datetime) <= to).map(toServiceRequest);
  }

  async one(id: string, locale: 'nl' | 'en'): Promise<Open311ServiceRequest[]> {
    const found = await requireFeed(() => this.feed.request(id, locale));
    if (!found) throw ProblemException.notFound(`No public request ${id}: it is closed, not shown in public, or unknown`);
    return [toServiceRequest(found)];
  }

  /**
   * A token (what POST answered) and, once the report is routed into a case shown in public, its
   * service_request_id. Only tokens of reports that came in through Open311 are known here.
   */
  async token(token: string): Promise<Open311Token[]> {
    const report = await this.dataSource.getRepository(ReportRecord).findOneBy({ id: token, channel: 'open311' });
    if (!report) throw ProblemException.notFound(`No request with token ${token}`);
    const found = await requireFeed(() => this.feed.requestOfReport(token, 'nl'));
    return [{ token, ...(found ? { service_request_id: found.service_request_id } : {}) }];
  }
}

function toServiceRequest(request: FeedRequest): Open311ServiceRequest {
  return {
    service_request_id: request.service_request_id,
    status: request.status,
    service_name: request.service_name,
    service_code: request.service_code,
    description: request.description,
    requested_datetime: request.requested_datetime,
    lat: request.lat,
    long: request.long,
    loket_status: request.loket_status,
    report_count: request.report_count,
  };
}
