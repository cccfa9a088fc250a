import { ForgetLog1797600000000, RateLimitWindows1796400000000 } from '@loket/persistence';
import { DeadLettersAndRetention1700000000001, MessagingTables1700000000000, OutboxNotifyAndDelete1797400000000 } from '@loket/messaging';
import { Initial1795918189874 } from './1795918189874-Initial';
import { FollowReports1796319975960 } from './1796319975960-FollowReports';
import { ReportPhotosAndAnswers1796320138814 } from './1796320138814-ReportPhotosAndAnswers';
import { KeyedIdempotencyRecords1796400000100 } from './1796400000100-KeyedIdempotencyRecords';
import { Open311ClientsAndAssistedReports1796400000200 } from './1796400000200-Open311ClientsAndAssistedReports';
import { ReportPhotoObjectKeys1796400000300 } from './1796400000300-ReportPhotoObjectKeys';
import { ReceivedTaxonomies1796400000400 } from './1796400000400-ReceivedTaxonomies';
import { ReportObservedAt1797300000000 } from './1797300000000-ReportObservedAt';
import { MailReportsAwaitingLocation1797300000100 } from './1797300000100-MailReportsAwaitingLocation';
import { ReceivedCategoryModels1798000000000 } from './1798000000000-ReceivedCategoryModels';

export const INTAKE_MIGRATIONS = [
  MessagingTables1700000000000,
  DeadLettersAndRetention1700000000001,
  Initial1795918189874,
  FollowReports1796319975960,
  ReportPhotosAndAnswers1796320138814,
  RateLimitWindows1796400000000,
  KeyedIdempotencyRecords1796400000100,
  Open311ClientsAndAssistedReports1796400000200,
  ReportPhotoObjectKeys1796400000300,
  ReceivedTaxonomies1796400000400,
  ReportObservedAt1797300000000,
  MailReportsAwaitingLocation1797300000100,
  OutboxNotifyAndDelete1797400000000,
  ForgetLog1797600000000,
  ReceivedCategoryModels1798000000000,
];
