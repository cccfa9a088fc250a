import { Initial1795917929174 } from './1795917929174-Initial';

export const INTAKE_MIGRATIONS = [Initial1795917929174];
