import { describe, expect, it } from 'vitest';
import { capabilitiesFrom } from './capabilities';

describe('capabilitiesFrom: what routing offers the "is it one of these?" section', () => {
  it('offers the judge while typing only when routing documents POST /api/v1/public/cases/similar', () => {
    const both = {
      paths: { '/api/v1/public/cases/nearby': { get: {} }, '/api/v1/public/cases/similar': { post: {} } },
    };
    expect(capabilitiesFrom({}, both)).toMatchObject({ nearby: true, similar: true });
    expect(capabilitiesFrom({}, { paths: { '/api/v1/public/cases/nearby': { get: {} } } })).toMatchObject({
      nearby: true,
      similar: false,
    });
    expect(capabilitiesFrom({}, {})).toMatchObject({ nearby: false, similar: false });
  });
});
