// Listed by hand (not globbed) so every runner — apps, CLI, tests — sees the same set in the same order.
import { MillisecondTimestamps1795619197917 } from './1795619197917-millisecond-timestamps';
import { CoreDomain1795618393163 } from './1795618393163-core-domain';
import { Initial1795617301161 } from './1795617301161-initial';
import type { MigrationInterface } from 'typeorm';

export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795617301161,
  CoreDomain1795618393163,
  MillisecondTimestamps1795619197917,
];
