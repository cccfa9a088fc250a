import { ReportSubmittedV1 } from '../events/report-submitted/report-submitted.v1';
import { validateSchema } from './validate-schema';

const valid = {
  reportId: '0b7f4a36-2f4e-4d4e-9d7a-5a8f7f1c2b3d',
  reporterRef: 'rr_abcdefghijklmnopqrstuv',
  description: 'Grofvuil naast de container',
  category: { main: 'afval', sub: 'grofvuil' },
  location: { lat: 52.37, lon: 4.89 },
  submittedAt: '2026-11-28T10:00:00.000Z',
  reporterTier: 'anonymous',
  channel: 'web',
};

describe('validateSchema', () => {
  it('accepts a payload that fits its schema', () => {
    const result = validateSchema(ReportSubmittedV1, valid);
    expect(result.ok).toBe(true);
  });

  it('names every offending field with its path', () => {
    const result = validateSchema(ReportSubmittedV1, { ...valid, location: { lat: 91, lon: 'east' }, reporterTier: 'mayor' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual(['location.lat', 'location.lon', 'reporterTier']);
  });

  it('rejects fields the schema does not know, such as contact details slipped into a report', () => {
    const result = validateSchema(ReportSubmittedV1, { ...valid, email: 'anna@example.nl' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.field).toBe('email');
  });

  it('rejects what is not an object at all', () => {
    for (const input of [null, 'text', 42, []]) expect(validateSchema(ReportSubmittedV1, input).ok).toBe(false);
  });

  it('rejects the keys every object inherits (constructor, __proto__, prototype), at any depth, naming where', () => {
    const cases: [string, string][] = [
      ['{"constructor": ["x"]}', 'constructor'],
      ['{"__proto__": {"isAdmin": true}}', '__proto__'],
      ['{"location": {"lat": 52.37, "lon": 4.89, "prototype": 1}}', 'location.prototype'],
    ];
    for (const [json, field] of cases) {
      const result = validateSchema(ReportSubmittedV1, { ...valid, ...(JSON.parse(json) as object) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toEqual([{ field, messages: [`property ${field.split('.').pop()!} should not exist`] }]);
    }
  });
});
