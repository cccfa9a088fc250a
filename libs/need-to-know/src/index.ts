export {
  CONTENT_READER_ROLE,
  caseScopeOf,
  isContentReader,
  isCoordinator,
  mayAccessCase,
  mayReadRestricted,
  readIsOversight,
  withinScope,
  type CaseFacts,
  type CasePurpose,
  type CaseScope,
  type Viewer,
} from './case-access';
export { CLOCK_STOPPED_STATUSES, isInTriage, type TriageFacts } from './triage';
