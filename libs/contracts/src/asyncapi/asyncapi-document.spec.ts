import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_TOPICS } from '../topics';
import { asyncApiDocument } from './asyncapi-document';

describe('AsyncAPI document', () => {
  const document = asyncApiDocument();

  it('describes every topic of the catalogue', () => {
    const addresses = Object.values(document['channels'] as Record<string, { address: string }>).map((c) => c.address);
    for (const topic of ALL_TOPICS) expect(addresses).toContain(topic);
  });

  it('describes payloads from the validation decorators, required fields included', () => {
    const messages = (document['components'] as { messages: Record<string, { payload: { properties: { payload: Record<string, unknown> } } }> }).messages;
    expect(messages['report.submitted.v1']?.payload.properties.payload).toMatchObject({
      required: expect.arrayContaining(['reportId', 'reporterRef', 'submittedAt', 'reporterTier']),
      properties: { location: { properties: { lat: { type: 'number', minimum: -90, maximum: 90 } } } },
    });
  });

  it('is what libs/contracts/asyncapi.json holds (regenerate with `npm run asyncapi`)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../asyncapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
