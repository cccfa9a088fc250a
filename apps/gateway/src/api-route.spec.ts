import { apiRouteOf } from './api-route';

describe('apiRouteOf', () => {
  it('maps /api/<service>/<rest> to the service at /api/<rest>, query kept', () => {
    expect(apiRouteOf('/api/intake/v1/reports')).toEqual({ service: 'intake', path: '/api/v1/reports' });
    expect(apiRouteOf('/api/routing/v1/areas/at?lat=52.1&lon=4.9')).toEqual({ service: 'routing', path: '/api/v1/areas/at?lat=52.1&lon=4.9' });
    expect(apiRouteOf('/api/workbench/v1/cases/abc/transitions')).toEqual({ service: 'workbench', path: '/api/v1/cases/abc/transitions' });
    expect(apiRouteOf('/api/feedback/v1/tracking/K7QM-2XNP')).toEqual({ service: 'feedback', path: '/api/v1/tracking/K7QM-2XNP' });
    expect(apiRouteOf('/api/feedback')).toEqual({ service: 'feedback', path: '/api/' });
  });

  it('knows no other services', () => {
    expect(apiRouteOf('/api/keycloak/admin')).toBeNull();
    expect(apiRouteOf('/api/')).toBeNull();
    expect(apiRouteOf('/apiintake/v1')).toBeNull();
    expect(apiRouteOf('/index.html')).toBeNull();
  });

  it('never climbs out of the service API', () => {
    expect(apiRouteOf('/api/intake/../metrics')).toBeNull();
    expect(apiRouteOf('/api/intake/v1/%2e%2e/%2e%2e/metrics')).toBeNull();
    expect(apiRouteOf('/api/intake/v1%2F..%2Fmetrics')).toBeNull();
  });
});
