import { request } from './http';

export interface CategorySuggestion {
  category: string;
  subcategory: string;
  confidence: number;
}

export interface GeocoderHit {
  label: string;
  lat: number;
  lon: number;
}

export interface NewReport {
  description?: string;
  /** Messages pasted from a neighbourhood chat group: intake removes the members' names and numbers first. */
  chatExport?: string;
  category?: string;
  subcategory?: string;
  location?: { lat: number; lon: number };
  contact?: { email?: string; phone?: string };
  consentToContact?: boolean;
  consentToProfessionalContact?: boolean;
  language?: 'nl' | 'en';
  answers?: Record<string, string | number | boolean>;
  /** Follow an open public case instead of reporting it again. */
  follows?: string;
}

/** What intake would store of a pasted chat message: nothing of the paste itself is kept until it is sent. */
export interface ChatForwardPreview {
  description: string;
  observedAt: string;
  messages: number;
  members: number;
}

export interface SubmittedReport {
  reportId: string;
  trackingCode: string;
}

/** Intake (apps/intake): the resident's form. */
export const intake = {
  suggestCategories: (description: string, signal?: AbortSignal) =>
    request<CategorySuggestion[]>('intake', '/v1/category-suggestions', { method: 'POST', json: { description }, signal }),

  previewChatForward: (chatExport: string, signal?: AbortSignal) =>
    request<ChatForwardPreview>('intake', '/v1/chat-forwards/preview', { method: 'POST', json: { chatExport }, signal }),

  geocode: (q: string, signal?: AbortSignal) => request<GeocoderHit[]>('intake', '/v1/geocoder/search', { query: { q }, signal }),

  /** JSON without photos; multipart (`report` + `photos`) with them, as intake accepts both. */
  submitReport: (report: NewReport, photos: readonly File[] = [], idempotencyKey?: string) => {
    const headers = idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined;
    if (photos.length === 0) return request<SubmittedReport>('intake', '/v1/reports', { method: 'POST', json: report, headers });
    const form = new FormData();
    form.set('report', JSON.stringify(report));
    for (const photo of photos) form.append('photos', photo, photo.name);
    return request<SubmittedReport>('intake', '/v1/reports', { method: 'POST', form, headers });
  },
};
