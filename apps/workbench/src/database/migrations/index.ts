import { MessagingTables1700000000000 } from '@loket/messaging';
import { Initial1795920821221 } from './1795920821221-Initial';
import { ParkedLinkedReports1795921925816 } from './1795921925816-ParkedLinkedReports';
import { CaseReferrals1795922860317 } from './1795922860317-CaseReferrals';
import { InsightsProjection1795930500057 } from './1795930500057-InsightsProjection';

export const WORKBENCH_MIGRATIONS = [MessagingTables1700000000000, Initial1795920821221, ParkedLinkedReports1795921925816, CaseReferrals1795922860317, InsightsProjection1795930500057];
