import { corpusExamples } from './corpus-examples';
import type { LinkingGroup } from '../corpus/corpus-types';

const report = (description: string, metresNorth: number, minutes: number, sub = 'grofvuil') => ({
  description, main: 'afval', sub, lat: 52.09 + metresNorth / 111_320, lon: 5.11, minutes,
});

describe('corpusExamples', () => {
  it('gives one labelled pair per later report and earlier case within reach, and no text or place', () => {
    const groups: LinkingGroup[] = [
      { id: 'same', kind: 'same-incident', reports: [report('bank bij de container', 0, 0), report('sofa naast de bakken', 20, 30), report('matras en bank', 10, 90)] },
      { id: 'apart', kind: 'different-incident', reports: [report('bank bij de container', 0, 0), report('nieuwe berg troep, vorige is weg', 30, 60 * 24 * 2)] },
      // 2 km apart: out of reach, never scored, so nothing to learn
      { id: 'far', kind: 'different-incident', reports: [report('bank', 0, 0), report('bank', 2000, 10)] },
    ];
    const examples = corpusExamples(groups);
    expect(examples.filter((e) => e.sameIncident)).toHaveLength(3);
    expect(examples.filter((e) => !e.sameIncident)).toHaveLength(1);
    for (const example of examples) {
      expect(Object.keys(example).sort()).toEqual(['categoryLevel', 'distance', 'ruledOutByText', 'sameIncident', 'text', 'time']);
      expect(example.categoryLevel).toBe('same-sub');
    }
  });
});
