import { RateLimitWindows1796400000000 } from '@loket/persistence';
import { DeadLettersAndRetention1700000000001, MessagingTables1700000000000, OutboxNotifyAndDelete1797400000000 } from '@loket/messaging';
import { Initial1795920483401 } from './1795920483401-Initial';
import { RetentionLog1795922520180 } from './1795922520180-RetentionLog';
import { DisclosurePolicyVersions1795928774082 } from './1795928774082-DisclosurePolicyVersions';
import { ReporterSelfService1795929402543 } from './1795929402543-ReporterSelfService';
import { LinkPurposesAndRevocation1796900000000 } from './1796900000000-LinkPurposesAndRevocation';
import { DeliveryAttemptsAndLateReceipts1795990000000 } from './1795990000000-DeliveryAttemptsAndLateReceipts';
import { ReporterSubjectKeys1797000000000 } from './1797000000000-ReporterSubjectKeys';
import { ContactReadRefusals1797100000000 } from './1797100000000-ContactReadRefusals';

import { ReporterQuestions1797300000000 } from './1797300000000-ReporterQuestions';
import { NeighbourhoodDigests1797300000100 } from './1797300000100-NeighbourhoodDigests';
import { QuestionReplyAddresses1797300000200 } from './1797300000200-QuestionReplyAddresses';
import { RetentionWithoutCase1797700000000 } from './1797700000000-RetentionWithoutCase';
import { MessagesDueNotify1797800000000 } from './1797800000000-MessagesDueNotify';
export const FEEDBACK_MIGRATIONS = [
  MessagingTables1700000000000,
  DeadLettersAndRetention1700000000001,
  Initial1795920483401,
  RetentionLog1795922520180,
  DisclosurePolicyVersions1795928774082,
  ReporterSelfService1795929402543,
  DeliveryAttemptsAndLateReceipts1795990000000,
  RateLimitWindows1796400000000,
  LinkPurposesAndRevocation1796900000000,
  ReporterSubjectKeys1797000000000,
  ContactReadRefusals1797100000000,
  ReporterQuestions1797300000000,
  NeighbourhoodDigests1797300000100,
  QuestionReplyAddresses1797300000200,
  OutboxNotifyAndDelete1797400000000,
  RetentionWithoutCase1797700000000,
  MessagesDueNotify1797800000000,
];
