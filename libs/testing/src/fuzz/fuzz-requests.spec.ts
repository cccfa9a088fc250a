import fc from 'fast-check';
import { requestOf } from './fuzz-requests';
import { operationsOf } from './openapi-operations';

const document = {
  security: [],
  components: {
    schemas: {
      Place: {
        type: 'object',
        properties: { lat: { type: 'number' }, lon: { type: 'number' } },
        required: ['lat', 'lon'],
      },
      NewNote: {
        type: 'object',
        properties: {
          visibility: { type: 'string', enum: ['internal', 'reporter'] },
          text: { type: 'string', maxLength: 20 },
          place: { $ref: '#/components/schemas/Place' },
        },
        required: ['visibility', 'text'],
      },
    },
  },
  paths: {
    '/api/v1/cases/{id}/notes': {
      post: {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/NewNote' } } },
        },
        security: [{ bearer: [] }],
      },
      get: {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } },
        ],
      },
    },
  },
};

describe('operationsOf', () => {
  it('lists every method of every path with its parameters, its resolved body schema and whether it asks for a token', () => {
    const operations = operationsOf('workbench', document as Parameters<typeof operationsOf>[1]);
    expect(operations.map((o) => `${o.method} ${o.path} ${o.secured}`)).toEqual([
      'get /api/v1/cases/{id}/notes false',
      'post /api/v1/cases/{id}/notes true',
    ]);
    const post = operations.find((o) => o.method === 'post')!;
    expect(post.body?.schema.properties?.['place']?.required).toEqual(['lat', 'lon']);
    expect(post.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
    ]);
  });
});

describe('requestOf', () => {
  const [get, post] = operationsOf('workbench', document as Parameters<typeof operationsOf>[1]);

  it('gives every write a defect, and each body defect really breaks the schema', () => {
    fc.assert(
      fc.property(requestOf(post!), (request) => {
        expect(request.defect).toBeDefined();
        expect(request.url).toMatch(/^\/api\/v1\/cases\/[^/{}]+\/notes$/);
        const body = request.body ?? '';
        switch (request.defect) {
          case 'body-malformed-json':
            expect(() => JSON.parse(body)).toThrow();
            break;
          case 'body-not-an-object': {
            const parsed: unknown = JSON.parse(body);
            expect(parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)).toBe(true);
            break;
          }
          case 'body-missing-required': {
            const parsed = JSON.parse(body) as Record<string, unknown>;
            expect('visibility' in parsed && 'text' in parsed).toBe(false);
            break;
          }
          case 'body-outside-enum':
            expect((JSON.parse(body) as { visibility: string }).visibility).toBe('zz-not-one-of-them');
            break;
          case 'body-too-long':
            expect((JSON.parse(body) as { text: string }).text.length).toBeGreaterThan(20);
            break;
          case 'body-unknown-property':
            expect(
              Object.keys(JSON.parse(body) as object).some(
                (k) => !['visibility', 'text', 'place'].includes(k),
              ),
            ).toBe(true);
            break;
          case 'forged-token':
            expect(request.caller).toBe('forged-token');
            break;
          case 'unknown-resource':
          case 'malformed-id':
          case undefined:
            break;
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('sends reads without a defect, their query within the path', () => {
    fc.assert(
      fc.property(requestOf(get!), (request) => {
        expect(request.defect).toBeUndefined();
        expect(request.method).toBe('GET');
        expect(request.body).toBeUndefined();
        expect(request.url).toMatch(/^\/api\/v1\/cases\/[^/]+\/notes(\?limit=.*)?$/);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
