import { MessagingTables1700000000000 } from '@loket/messaging';
import { Initial1795920848333 } from './1795920848333-Initial';

export const ROUTING_MIGRATIONS = [MessagingTables1700000000000, Initial1795920848333];
