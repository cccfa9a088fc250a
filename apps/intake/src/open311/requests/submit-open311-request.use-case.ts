import { Injectable } from '@nestjs/common';
import { describeErrors, validateSchema } from '@loket/contracts';
import { ProblemException, RateLimits } from '@loket/http';
import { Geocoder, GeocoderUnavailableError } from '../../geocoder/geocoder';
import { SubmitReportRequest } from '../../reports/submit-report/submit-report.request';
import { SubmitReport } from '../../reports/submit-report/submit-report.use-case';
import { Open311Clients } from '../api-keys/open311-clients';
import { PublicOpen311Feed } from '../feed/public-open311-feed';
import { requireFeed } from '../feed/require-feed';
import { answersFromAttributes, categoryOfService } from '../services/open311-services';
import { TaxonomyInForce } from '../../taxonomy/taxonomy-in-force';
import { Open311RequestForm } from './open311-request.form';

/** GeoReport v2's answer to a POST: the token to ask for the service_request_id once the report is routed. */
export interface Open311PostAnswer {
  token: string;
  service_notice: string;
  /** Loket extension: the reporter's tracking code (the loket's "follow your report"). */
  loket_tracking_code: string;
}

/**
 * A report from an Open311 client, through the same use-case as the web loket (channel `open311`): a known,
 * unrevoked api_key (403 otherwise), within the client's limit (429), a service that the public feed shows, a
 * place (lat/long, or an address_string the geocoder finds), and the attributes checked as the JSON API checks
 * answers. The token is the report's id.
 */
@Injectable()
export class SubmitOpen311Request {
  constructor(
    private readonly clients: Open311Clients,
    private readonly rateLimits: RateLimits,
    private readonly feed: PublicOpen311Feed,
    private readonly geocoder: Geocoder,
    private readonly submitReport: SubmitReport,
    private readonly taxonomy: TaxonomyInForce,
  ) {}

  async execute(body: unknown): Promise<Open311PostAnswer[]> {
    const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const client = await this.clients.requireClient(typeof raw['api_key'] === 'string' ? raw['api_key'] : undefined);
    const verdict = await this.rateLimits.take('open311', client.id);
    if (!verdict.allowed) {
      throw new ProblemException(429, 'too-many-requests', 'Too many requests', verdict.refusal, { retryAfterSeconds: verdict.retryAfterSeconds });
    }
    const checked = validateSchema(Open311RequestForm, raw);
    if (!checked.ok) throw ProblemException.badRequest(describeErrors(checked.errors), checked.errors);
    const form = checked.value;
    await this.requirePublicService(form.service_code);
    const taxonomy = await this.taxonomy.current();
    const category = categoryOfService(taxonomy, form.service_code);
    if (!category) throw ProblemException.notFound(`service_code ${form.service_code} is not a service of services.json`);
    const request = Object.assign(new SubmitReportRequest(), {
      description: form.description,
      category: category.main.code,
      ...(category.sub ? { subcategory: category.sub } : {}),
      location: await this.placeOf(form),
      ...contactOf(form),
      language: form.locale ?? 'nl',
      answers: answersFromAttributes(taxonomy, form.service_code, form.attribute ?? {}),
    });
    const { reportId, trackingCode } = await this.submitReport.execute(request, undefined, undefined, [], { channel: 'open311' });
    return [
      {
        token: reportId,
        service_notice: 'Received. Ask GET /open311/v2/tokens/{token}.json for the service_request_id once it is routed.',
        loket_tracking_code: trackingCode,
      },
    ];
  }

  /** Only what the public feed shows can be reported through Open311; sensitive matters come in through the loket or the desk. */
  private async requirePublicService(code: string): Promise<void> {
    const codes = await requireFeed(() => this.feed.publicServiceCodes());
    if (!codes.has(code)) {
      throw ProblemException.notFound(`service_code ${code} is not a service of services.json (sensitive matters: report them at the loket or by phone)`);
    }
  }

  private async placeOf(form: Open311RequestForm): Promise<{ lat: number; lon: number }> {
    if (form.lat !== undefined && form.long !== undefined) return { lat: form.lat, lon: form.long };
    if (form.address_string) {
      let found;
      try {
        found = await this.geocoder.search(form.address_string, 1);
      } catch (error) {
        if (error instanceof GeocoderUnavailableError) throw new ProblemException(503, 'geocoder-unavailable', 'Service unavailable', 'The address cannot be looked up right now; send lat and long');
        throw error;
      }
      const [first] = found;
      if (first) return { lat: first.lat, lon: first.lon };
      throw ProblemException.badRequest('address_string: no such address found; send lat and long', [{ field: 'address_string', messages: ['no such address found'] }]);
    }
    throw ProblemException.badRequest('A location is required: lat and long, or address_string', [{ field: 'lat', messages: ['lat and long, or address_string, are required'] }]);
  }
}

/** The reporter's details as the client sent them: sealed for the feedback service, like the web form's. */
function contactOf(form: Open311RequestForm): Pick<SubmitReportRequest, 'contact'> {
  const name = [form.first_name, form.last_name].filter(Boolean).join(' ');
  const contact = { ...(form.email ? { email: form.email } : {}), ...(form.phone ? { phone: form.phone } : {}), ...(name ? { name } : {}) };
  return Object.keys(contact).length ? { contact } : {};
}
