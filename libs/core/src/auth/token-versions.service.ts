import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { InjectConfig } from '../config/config.module';

export interface TokenState {
  version: number;
  active: boolean;
}

const MAX_ENTRIES = 10_000;

/**
 * The current token version and active flag of each user, cached per process for a few
 * seconds: a token is honoured only while its `ver` claim equals the user's version, so
 * signing out, deactivating a user or changing roles ends old tokens everywhere within
 * the cache's lifetime (at once in the process that made the change).
 */
@Injectable()
export class TokenVersions {
  private readonly cache = new Map<string, { state: TokenState | null; at: number }>();

  constructor(
    private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async current(userId: string): Promise<TokenState | null> {
    const hit = this.cache.get(userId);
    if (hit && Date.now() - hit.at < this.config.jwt.versionCacheSeconds * 1000) return hit.state;
    const [row] = (await this.dataSource.query('SELECT token_version AS version, active FROM app_user WHERE id = $1', [userId])) as TokenState[];
    const state = row ?? null;
    this.cache.delete(userId);
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(userId, { state, at: Date.now() });
    return state;
  }

  /** Drops the cached state after a change made in this process. */
  forget(userId: string): void {
    this.cache.delete(userId);
  }
}
