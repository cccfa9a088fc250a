import { ALL_TOPICS, TOPIC_ACCESS, Topics } from '@loket/contracts';
import { kafkaAccessPlan, kafkaAccessPlanForAll, topicsProvisionedBy } from './kafka-access-plan';

const topicGrants = (service: Parameters<typeof kafkaAccessPlan>[0], operation: string) =>
  kafkaAccessPlan(service)
    .filter((g) => g.operation === operation && g.resource.type === 'topic')
    .map((g) => (g.resource as { name: string }).name);

describe('kafkaAccessPlan', () => {
  it('lets each topic be written by its owner alone (dead-letter topics by their readers)', () => {
    for (const topic of ALL_TOPICS) {
      const writers = kafkaAccessPlanForAll().filter((g) => g.operation === 'WRITE' && g.resource.type === 'topic' && g.resource.name === topic);
      expect(writers.map((g) => g.principal)).toEqual([`User:loket-${TOPIC_ACCESS[topic].owner}`]);
    }
    expect(topicGrants('intake', 'WRITE')).toEqual([
      Topics.ReportSubmittedV1, Topics.ReporterContactSubmittedV1, `${Topics.TaxonomyPublishedV1}.dlq`, `${Topics.ReporterForgottenV1}.dlq`, `${Topics.CategoryModelActivatedV1}.dlq`,
    ]);
    expect(topicGrants('intake', 'WRITE')).not.toContain(Topics.CaseReassignedV1);
  });

  it('lets a service read only what it consumes', () => {
    expect(topicGrants('intake', 'READ')).toEqual([Topics.TaxonomyPublishedV1, Topics.ReporterForgottenV1, Topics.CategoryModelActivatedV1]);
    expect(topicGrants('routing', 'READ')).toEqual([Topics.ReportSubmittedV1, Topics.CaseStatusChangedV1, Topics.CaseReferredV1, Topics.ReporterForgottenV1]);
    expect(topicGrants('feedback', 'READ')).not.toContain(Topics.CaseReferredV1);
  });

  it("gives a service its own consumer groups and nobody's else", () => {
    const groups = kafkaAccessPlan('workbench').filter((g) => g.resource.type === 'group-prefix');
    expect(groups.map((g) => [g.operation, g.resource])).toEqual([
      ['READ', { type: 'group-prefix', prefix: 'loket-workbench' }],
      ['DESCRIBE', { type: 'group-prefix', prefix: 'loket-workbench' }],
    ]);
  });

  it('names each topic once, also one a service both owns and reads', () => {
    const { topics, retentionManaged } = topicsProvisionedBy('workbench');
    expect(topics).toContain(Topics.CaseStatusChangedV1);
    expect(new Set(topics).size).toBe(topics.length);
    expect(new Set(retentionManaged).size).toBe(retentionManaged.length);
  });

  it('provisions only topics the service may create', () => {
    for (const service of ['intake', 'routing', 'workbench', 'feedback'] as const) {
      const creatable = new Set(topicGrants(service, 'CREATE'));
      const alterable = new Set(topicGrants(service, 'ALTER_CONFIGS'));
      const { topics, retentionManaged } = topicsProvisionedBy(service);
      expect(topics.filter((t) => !creatable.has(t))).toEqual([]);
      expect(retentionManaged.filter((t) => !alterable.has(t))).toEqual([]);
    }
  });
});
