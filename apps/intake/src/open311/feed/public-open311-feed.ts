/**
 * A public case as routing's read-only Open311 feed serves it (`apps/routing/src/public-cases/open311/`): the
 * public map's view (only open cases of sensitivity 1-2, redacted text, no photos, no reporter, coarse place for
 * nuisance). Intake never builds this view itself; it passes it on.
 */
export interface FeedRequest {
  service_request_id: string;
  status: 'open';
  service_code: string;
  service_name: string;
  description: string;
  requested_datetime: string;
  lat: number;
  long: number;
  loket_status: string;
  report_count: number;
}

/** The filters routing's feed takes; everything else of GeoReport v2 is applied by intake. */
export interface FeedQuery {
  service_code?: string;
  status?: string;
  area?: string;
  bbox?: string;
  page?: number;
  page_size?: number;
  locale?: 'nl' | 'en';
}

/** Routing's public Open311 feed, asked over HTTP (no token: it shows only what anyone may see). */
export abstract class PublicOpen311Feed {
  /** The service codes routing shows in public: the categories of sensitivity 1-2 in its catalogue in force. */
  abstract publicServiceCodes(): Promise<ReadonlySet<string>>;
  abstract requests(query: FeedQuery): Promise<FeedRequest[]>;
  /** One public request, or null when the case is closed, sensitive or unknown. */
  abstract request(id: string, locale: 'nl' | 'en'): Promise<FeedRequest | null>;
  /** The public request that holds a report, or null while it is not routed, or when it is not public. */
  abstract requestOfReport(reportId: string, locale: 'nl' | 'en'): Promise<FeedRequest | null>;
}

/** Routing could not be asked, or gave an answer intake does not understand. */
export class FeedUnavailableError extends Error {}

/** Routing refused the filter (400); its detail is passed on. */
export class FeedRefusedError extends Error {}
