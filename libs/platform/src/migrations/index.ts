// Listed by hand (not globbed) so every runner — apps, CLI, tests — sees the same set in the same order.
import { Initial1795617301161 } from './1795617301161-initial';
import type { MigrationInterface } from 'typeorm';

export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795617301161,
];
