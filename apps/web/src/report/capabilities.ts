import { useQuery } from '@tanstack/react-query';
import { request, Service } from '../api/http';

/**
 * What this installation's services offer, read from their own OpenAPI documents: a part of the form whose
 * API is not there (yet) stays hidden instead of failing when it is used.
 */
export interface Capabilities {
  photos: boolean;
  geocoder: boolean;
  areasAt: boolean;
  nearby: boolean;
  /** Routing judges, while the resident types, which nearby cases are probably the same incident. */
  similar: boolean;
  follow: boolean;
  professionalContactConsent: boolean;
}

interface OpenApi {
  paths?: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

async function openApiOf(service: Service): Promise<OpenApi> {
  try {
    return await request<OpenApi>(service, '/docs/openapi.json');
  } catch {
    return {};
  }
}

export function capabilitiesFrom(intakeDoc: OpenApi, routingDoc: OpenApi): Capabilities {
  const reportBody = intakeDoc.paths?.['/api/v1/reports']?.['post']?.requestBody?.content ?? {};
  const reportSchema = intakeDoc.components?.schemas?.['SubmitReportRequest']?.properties ?? {};
  return {
    photos: 'multipart/form-data' in reportBody,
    geocoder: !!intakeDoc.paths?.['/api/v1/geocoder/search'],
    areasAt: !!routingDoc.paths?.['/api/v1/areas/at'],
    nearby: !!routingDoc.paths?.['/api/v1/public/cases/nearby'],
    similar: !!routingDoc.paths?.['/api/v1/public/cases/similar']?.['post'],
    follow: 'follows' in reportSchema,
    professionalContactConsent: 'consentToProfessionalContact' in reportSchema,
  };
}

export function useCapabilities(): Capabilities | undefined {
  return useQuery({
    queryKey: ['capabilities'],
    queryFn: async () => {
      const [intakeDoc, routingDoc] = await Promise.all([openApiOf('intake'), openApiOf('routing')]);
      return capabilitiesFrom(intakeDoc, routingDoc);
    },
    staleTime: Infinity,
  }).data;
}
