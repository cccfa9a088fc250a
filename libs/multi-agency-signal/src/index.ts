export type { Address } from './address-key';
export { addressKey, normaliseAddress } from './address-key';
export type { AgencyListing, CoordinatorContact, OtherAgency } from './other-agencies';
export { otherAgencies } from './other-agencies';
