import { MessagingTables1700000000000 } from '@loket/messaging';
import { Initial1795921467720 } from './1795921467720-Initial';

export const ROUTING_MIGRATIONS = [MessagingTables1700000000000, Initial1795921467720];
