import { MessagingTables1700000000000 } from '@loket/messaging';
import { Initial1795920483401 } from './1795920483401-Initial';

export const FEEDBACK_MIGRATIONS = [MessagingTables1700000000000, Initial1795920483401];
