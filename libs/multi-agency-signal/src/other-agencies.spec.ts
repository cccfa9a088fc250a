import { otherAgencies, type AgencyListing } from './other-agencies';

const DIRECTORY: AgencyListing[] = [
  { organisation: 'police', kind: 'police', name: 'Politie', coordinatorContact: { name: 'Coördinator wijkagenten', phone: '0900-8844' } },
  { organisation: 'housing', kind: 'housing', coordinatorContact: { name: 'Coördinator huurders', email: 'coordinatie@corporatie.example' } },
];
const FALLBACK = { name: 'Loket-coördinatie', email: 'coordinatie@loket.example' };

describe('otherAgencies', () => {
  it('lists each other organisation once, by kind, name and coordinator, never the own one', () => {
    expect(otherAgencies('municipality', ['police', 'municipality', 'police', 'housing'], DIRECTORY, FALLBACK)).toEqual([
      { organisationKind: 'housing', coordinatorContact: { name: 'Coördinator huurders', email: 'coordinatie@corporatie.example' } },
      { organisationKind: 'police', organisationName: 'Politie', coordinatorContact: { name: 'Coördinator wijkagenten', phone: '0900-8844' } },
    ]);
  });

  it('is empty when only the own organisation is involved', () => {
    expect(otherAgencies('police', ['police'], DIRECTORY, FALLBACK)).toEqual([]);
    expect(otherAgencies('police', [], DIRECTORY, FALLBACK)).toEqual([]);
  });

  it('points to the coordinators for an organisation the directory does not know', () => {
    expect(otherAgencies('police', ['sports-club'], DIRECTORY, FALLBACK)).toEqual([
      { organisationKind: 'sports-club', coordinatorContact: FALLBACK },
    ]);
  });
});
