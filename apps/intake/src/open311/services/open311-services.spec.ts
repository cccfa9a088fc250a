import { SEED_TAXONOMY } from '@loket/taxonomy';
import { answersFromAttributes, categoryOfService, open311ServiceDefinition, open311Services } from './open311-services';

const PUBLIC = new Set(['afval', 'grofvuil', 'overlast', 'geluid']);

describe('Open311 services from the taxonomy', () => {
  it('lists only the codes the public feed shows, subcategories in their main category group', () => {
    const services = open311Services(SEED_TAXONOMY, PUBLIC, 'nl');
    expect(services.map((s) => s.service_code)).toEqual(['afval', 'grofvuil', 'overlast', 'geluid']);
    const grofvuil = services.find((s) => s.service_code === 'grofvuil');
    expect(grofvuil).toMatchObject({ type: 'realtime', metadata: true, keywords: 'afval,grofvuil', group: services[0]?.service_name });
    expect(services.find((s) => s.service_code === 'afval')?.metadata).toBe(false);
  });

  it("turns a subcategory's questions, after its main category's, into attributes", () => {
    const definition = open311ServiceDefinition(SEED_TAXONOMY, 'geluid', 'en');
    expect(definition.service_code).toBe('geluid');
    expect(definition.attributes.map((a) => [a.code, a.datatype, a.order])).toEqual([
      ['happening-now', 'singlevaluelist', 1],
      ['how-often', expect.any(String), 2],
    ]);
    expect(definition.attributes[0]?.values).toEqual([
      { key: 'true', name: 'Yes' },
      { key: 'false', name: 'No' },
    ]);
  });

  it('reads form text as the kinds the questions expect', () => {
    expect(answersFromAttributes(SEED_TAXONOMY, 'overlast', { 'happening-now': 'true' })).toEqual({ 'happening-now': true });
    expect(answersFromAttributes(SEED_TAXONOMY, 'overlast', { 'happening-now': 'perhaps', other: ['x'] })).toEqual({ 'happening-now': 'perhaps', other: 'x' });
  });

  it('knows which category a service code names', () => {
    expect(categoryOfService(SEED_TAXONOMY, 'grofvuil')).toMatchObject({ main: { code: 'afval' }, sub: 'grofvuil' });
    expect(categoryOfService(SEED_TAXONOMY, 'afval')?.sub).toBeUndefined();
    expect(categoryOfService(SEED_TAXONOMY, 'nope')).toBeNull();
  });
});
