import { ForgetLog1797600000000 } from '@loket/persistence';
import { DeadLettersAndRetention1700000000001, MessagingTables1700000000000, OutboxNotifyAndDelete1797400000000 } from '@loket/messaging';
import { Initial1795920821221 } from './1795920821221-Initial';
import { ParkedLinkedReports1795921925816 } from './1795921925816-ParkedLinkedReports';
import { CaseReferrals1795922860317 } from './1795922860317-CaseReferrals';
import { SlaClock1795929254986 } from './1795929254986-SlaClock';
import { AuditLog1795928863453 } from './1795928863453-AuditLog';
import { CaseAddressKeys1795929983127 } from './1795929983127-CaseAddressKeys';
import { InsightsProjection1795930500057 } from './1795930500057-InsightsProjection';
import { RepliesAndChangeSignal1796319521470 } from './1796319521470-RepliesAndChangeSignal';
import { QueuesTriageDirectory1795928190264 } from './1795928190264-QueuesTriageDirectory';
import { CaseReportAnswersAndPhotos1796320496267 } from './1796320496267-CaseReportAnswersAndPhotos';
import { OutgoingWebhooks1796456857610 } from './1796456857610-OutgoingWebhooks';
import { WebhookLogRetention1797200000000 } from './1797200000000-WebhookLogRetention';

import { CaseReportProvenance1797300000000 } from './1797300000000-CaseReportProvenance';
import { ReporterQuestions1797300000100 } from './1797300000100-ReporterQuestions';
export const WORKBENCH_MIGRATIONS = [
  MessagingTables1700000000000,
  DeadLettersAndRetention1700000000001,
  Initial1795920821221,
  ParkedLinkedReports1795921925816,
  CaseReferrals1795922860317,
  QueuesTriageDirectory1795928190264,
  AuditLog1795928863453,
  SlaClock1795929254986,
  CaseAddressKeys1795929983127,
  InsightsProjection1795930500057,
  RepliesAndChangeSignal1796319521470,
  CaseReportAnswersAndPhotos1796320496267,
  OutgoingWebhooks1796456857610,
  WebhookLogRetention1797200000000,
  CaseReportProvenance1797300000000,
  ReporterQuestions1797300000100,
  OutboxNotifyAndDelete1797400000000,
  ForgetLog1797600000000,
];
