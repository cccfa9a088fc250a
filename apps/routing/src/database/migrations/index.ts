import { MessagingTables1700000000000 } from '@loket/messaging';
import { Initial1795920105189 } from './1795920105189-Initial';

export const ROUTING_MIGRATIONS = [MessagingTables1700000000000, Initial1795920105189];
