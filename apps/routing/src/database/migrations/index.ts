import { ForgetLog1797600000000 } from '@loket/persistence';
import { DeadLettersAndRetention1700000000001, MessagingTables1700000000000, OutboxNotifyAndDelete1797400000000 } from '@loket/messaging';
import { Initial1795921467720 } from './1795921467720-Initial';
import { CaseReportOrigin1795922417031 } from './1795922417031-CaseReportOrigin';
import { CaseReassignments1795922911540 } from './1795922911540-CaseReassignments';
import { PublicCases1796319520830 } from './1796319520830-PublicCases';
import { NeighbourhoodPriorities1796330000000 } from './1796330000000-NeighbourhoodPriorities';
import { PolicyVersionAuthors1796340000000 } from './1796340000000-PolicyVersionAuthors';
import { TaxonomyVersions1796350000000 } from './1796350000000-TaxonomyVersions';

import { CaseWorkStatusAt1797300000000 } from './1797300000000-CaseWorkStatusAt';
import { CaseChangedIn1797500000000 } from './1797500000000-CaseChangedIn';
import { LinkingLearning1797700000000 } from './1797700000000-LinkingLearning';
import { CategoryCorrections1797900000000 } from './1797900000000-CategoryCorrections';
import { CategoryModels1798000000000 } from './1798000000000-CategoryModels';
import { LinkingExamplesRuledOutByText1798100000000 } from './1798100000000-LinkingExamplesRuledOutByText';
export const ROUTING_MIGRATIONS = [
  MessagingTables1700000000000,
  DeadLettersAndRetention1700000000001,
  Initial1795921467720,
  CaseReportOrigin1795922417031,
  CaseReassignments1795922911540,
  PublicCases1796319520830,
  NeighbourhoodPriorities1796330000000,
  PolicyVersionAuthors1796340000000,
  TaxonomyVersions1796350000000,
  CaseWorkStatusAt1797300000000,
  OutboxNotifyAndDelete1797400000000,
  CaseChangedIn1797500000000,
  ForgetLog1797600000000,
  LinkingLearning1797700000000,
  CategoryCorrections1797900000000,
  CategoryModels1798000000000,
  LinkingExamplesRuledOutByText1798100000000,
];
