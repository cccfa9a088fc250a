import {
  caseScopeOf,
  CONTENT_READER_ROLE,
  mayAccessCase,
  mayReadRestricted,
  readIsOversight,
  type CaseFacts,
  type CasePurpose,
  type Viewer,
} from './case-access';

const professional: Viewer = { roles: ['professional'], organisation: 'social-work' };
const otherProfessional: Viewer = { roles: ['professional'], organisation: 'municipality' };
const coordinator: Viewer = { roles: ['coordinator'], organisation: 'coordinators' };
const admin: Viewer = { roles: ['admin'], organisation: 'coordinators' };
const contentReader: Viewer = { roles: ['admin', CONTENT_READER_ROLE], organisation: 'coordinators' };
const resident: Viewer = { roles: ['resident'], organisation: null };

const careCase: CaseFacts = { organisation: 'social-work', inTriage: false, correctedByCoordinator: false };
const inTriage: CaseFacts = { ...careCase, inTriage: true };
const corrected: CaseFacts = { ...careCase, correctedByCoordinator: true };
const fallbackCase: CaseFacts = { organisation: 'coordinators', inTriage: true, correctedByCoordinator: false };

const PURPOSES: CasePurpose[] = ['read', 'triage', 'work'];

describe('need-to-know for cases', () => {
  it('lets a professional read and work their own organisation\'s cases, and nothing else', () => {
    expect(mayAccessCase(professional, careCase, 'read')).toBe(true);
    expect(mayAccessCase(professional, careCase, 'work')).toBe(true);
    expect(mayAccessCase(professional, careCase, 'triage')).toBe(false);
    for (const purpose of PURPOSES) {
      expect(mayAccessCase(otherProfessional, careCase, purpose)).toBe(false);
      expect(mayAccessCase(otherProfessional, inTriage, purpose)).toBe(false);
    }
  });

  it('lets a coordinator read and triage only cases in triage, corrected by a coordinator or their own', () => {
    expect(mayAccessCase(coordinator, careCase, 'read')).toBe(false);
    expect(mayAccessCase(coordinator, careCase, 'triage')).toBe(false);
    expect(mayAccessCase(coordinator, inTriage, 'read')).toBe(true);
    expect(mayAccessCase(coordinator, inTriage, 'triage')).toBe(true);
    expect(mayAccessCase(coordinator, corrected, 'read')).toBe(true);
    expect(mayAccessCase(coordinator, fallbackCase, 'read')).toBe(true);
  });

  it('never lets a coordinator work another organisation\'s case, in triage or not', () => {
    expect(mayAccessCase(coordinator, careCase, 'work')).toBe(false);
    expect(mayAccessCase(coordinator, inTriage, 'work')).toBe(false);
    expect(mayAccessCase(coordinator, corrected, 'work')).toBe(false);
    expect(mayAccessCase(coordinator, fallbackCase, 'work')).toBe(true);
  });

  it('gives an administrator no case content, and a content reader reading only', () => {
    for (const purpose of PURPOSES) {
      expect(mayAccessCase(admin, inTriage, purpose)).toBe(false);
      expect(mayAccessCase(admin, fallbackCase, purpose)).toBe(false);
      expect(mayAccessCase(resident, inTriage, purpose)).toBe(false);
    }
    expect(mayAccessCase(contentReader, careCase, 'read')).toBe(true);
    expect(mayAccessCase(contentReader, careCase, 'work')).toBe(false);
    expect(mayAccessCase(contentReader, careCase, 'triage')).toBe(false);
  });

  it('reaches no case for a professional whose token names no organisation', () => {
    expect(caseScopeOf({ roles: ['professional'], organisation: null }, 'read')).toBeNull();
    expect(caseScopeOf({ roles: ['coordinator'], organisation: null }, 'work')).toBeNull();
  });

  it('keeps internal notes inside their organisation, from coordinators and content readers too', () => {
    expect(mayReadRestricted(professional, 'social-work')).toBe(true);
    expect(mayReadRestricted(professional, null)).toBe(true);
    expect(mayReadRestricted(coordinator, 'social-work')).toBe(false);
    expect(mayReadRestricted(otherProfessional, 'social-work')).toBe(false);
    expect(mayReadRestricted(contentReader, 'coordinators')).toBe(false);
    expect(mayReadRestricted(coordinator, 'coordinators')).toBe(true);
  });

  it('counts every coordinator read of another organisation\'s case and every content reader read as oversight', () => {
    expect(readIsOversight(coordinator, careCase)).toBe(true);
    expect(readIsOversight(coordinator, fallbackCase)).toBe(false);
    expect(readIsOversight(contentReader, fallbackCase)).toBe(true);
    expect(readIsOversight(professional, careCase)).toBe(false);
  });
});
