import { apiRouteOf, digestUnsubscribePageOf, open311RouteOf, reporterLinkPageOf } from './api-route';

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

describe('the signed links in e-mails to reporters', () => {
  const token = 'rl1.eyJyIjoiYWJjIn0.c2ln-_';

  it('go to feedback as they are', () => {
    expect(apiRouteOf(`/api/v1/reporter-links/${token}`)).toEqual({ service: 'feedback', path: `/api/v1/reporter-links/${token}` });
    expect(apiRouteOf(`/api/v1/reporter-links/${token}/satisfaction`)).toEqual({ service: 'feedback', path: `/api/v1/reporter-links/${token}/satisfaction` });
    expect(apiRouteOf('/api/v1/reports')).toBeNull();
  });

  it('open the loket page for the link in a browser', () => {
    expect(reporterLinkPageOf(`/api/v1/reporter-links/${token}`)).toBe(`/mijn-melding/${token}`);
    expect(reporterLinkPageOf(`/api/v1/reporter-links/${token}/export`)).toBeNull();
  });
});

describe('the one-click way out of a neighbourhood digest', () => {
  const token = '0b6f1c5e-2f4a-4d7e-9b1c-3a5d7e9f1b2c.c2ln-_';

  it('goes to feedback as it is (the mail client posts to it), and opens the page that stops it in a browser', () => {
    expect(apiRouteOf(`/api/v1/neighbourhood-digests/unsubscribe/${token}`)).toEqual({ service: 'feedback', path: `/api/v1/neighbourhood-digests/unsubscribe/${token}` });
    expect(apiRouteOf('/api/v1/neighbourhood-digests/unsubscribe/../../admin')).toBeNull();
    expect(digestUnsubscribePageOf(`/api/v1/neighbourhood-digests/unsubscribe/${token}`)).toBe(`/buurtoverzicht/afmelden/${token}`);
    expect(digestUnsubscribePageOf('/api/v1/neighbourhood-digests')).toBeNull();
  });
});

describe('open311RouteOf', () => {
  it('sends /open311/v2/<rest> to intake at the same path, query kept', () => {
    expect(open311RouteOf('/open311/v2/services.json')).toEqual({ service: 'intake', path: '/open311/v2/services.json' });
    expect(open311RouteOf('/open311/v2/requests.xml?service_code=afval&status=open')).toEqual({
      service: 'intake',
      path: '/open311/v2/requests.xml?service_code=afval&status=open',
    });
  });

  it('refuses other versions and climbing out', () => {
    expect(open311RouteOf('/open311/v3/services.json')).toBeNull();
    expect(open311RouteOf('/open311/v2')).toBeNull();
    expect(open311RouteOf('/open311/v2/../api/v1/reports')).toBeNull();
    expect(open311RouteOf('/open311/v2/x%2F..%2Fy')).toBeNull();
  });
});
