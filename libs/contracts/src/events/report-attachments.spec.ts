import { validateSchema } from '../validation/validate-schema';
import { ReportSubmittedV1 } from './report-submitted/report-submitted.v1';

describe('report-submitted v1: the optional answers and photo ids', () => {
  const payload = (extra: Record<string, unknown> = {}) => ({
    reportId: '1b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b',
    reporterRef: 'rr_abcdefghijklmnopqrstuv',
    description: 'Iemand ligt op straat',
    category: { main: 'zorg' },
    location: { lat: 52.09, lon: 5.12 },
    submittedAt: '2026-05-01T08:00:00.000Z',
    reporterTier: 'resident',
    channel: 'web',
    ...extra,
  });
  const answer = { questionId: 'someone-in-danger', kind: 'yes-no', label: { nl: 'Is iemand nu in gevaar?', en: 'Is someone in danger right now?' }, value: true, urgent: true };
  const photo = { photoId: '2b6f3c8e-4d1a-4f5e-9a7b-2c3d4e5f6a7b', contentType: 'image/jpeg', bytes: 12_345, width: 640, height: 480 };

  it('accepts a report without them (events from before) and with them', () => {
    expect(validateSchema(ReportSubmittedV1, payload()).ok).toBe(true);
    expect(validateSchema(ReportSubmittedV1, payload({ answers: [answer, { ...answer, questionId: 'size', kind: 'choice', value: 'large', valueLabel: { nl: 'Groot', en: 'Large' }, urgent: undefined }], photos: [photo] }))).toMatchObject({ ok: true });
  });

  it.each([
    ['an answer that is an object', { answers: [{ ...answer, value: { yes: true } }] }, 'answers.0.value'],
    ['an answer without its question', { answers: [{ ...answer, label: undefined }] }, 'answers.0.label'],
    ['a photo of another type', { photos: [{ ...photo, contentType: 'image/gif' }] }, 'photos.0.contentType'],
    ['four photos', { photos: [photo, photo, photo, photo] }, 'photos'],
    ['photo bytes instead of an id', { photos: [{ ...photo, data: 'AAAA' }] }, 'photos.0.data'],
  ])('refuses %s', (_, extra, field) => {
    const result = validateSchema(ReportSubmittedV1, payload(extra));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toContain(field);
  });
});
