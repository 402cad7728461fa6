import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * 匹配: a stored need × product evaluation — eligible pairs and near misses (at
 * most two failed checks), kept so needs and products read their ranked matches
 * with one index scan. Rows are derived data: a recompute replaces them all.
 * Ranked reads (eligible DESC, score DESC, id DESC) scan these indexes backwards,
 * which Postgres does as fast as forwards; the last column makes keyset pages total.
 * Foreign keys with ON DELETE CASCADE: a deleted need or product takes its matches at once,
 * instead of leaving rows no recompute may ever visit. Both are led by an index above, so the
 * cascade is an index scan. The price is paid by the bulk write: Postgres checks each COPYed
 * row against both parents, a key lookup and a KEY SHARE lock each. Measured on two shared
 * cores (2026-12): COPY of 257k rows 3–6 s without the keys, 9–10 s with them; a whole
 * recompute (3,907 needs × 348 products) 9–11 s without, 12–15 s with.
 */
@Entity()
@Index('idx_match_need_rank', ['needId', 'eligible', 'score', 'productId'])
@Index('idx_match_product_rank', ['productId', 'eligible', 'score', 'needId'])
export class Match {
  @ForeignKey('FinancingNeed', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @ForeignKey('LoanProduct', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @Column({ type: 'boolean' })
  eligible!: boolean;

  /** 0–100 (scoring-weights.ts); ranks near misses too. */
  @Column({ type: 'real' })
  score!: number;

  /** The MatchCriterion values that failed, empty when eligible. */
  @Column({ type: 'text', array: true, default: '{}' })
  failedCriteria!: string[];

  /** When the pair was evaluated; compared with the rows it depends on to spot stale matches. */
  @Column({ type: 'timestamptz', precision: 3 })
  computedAt!: Date;
}

/**
 * When a need's matches were last computed, whether or not any pair was kept: the
 * stale-read guard compares it with the rows the need's matches depend on.
 */
@Entity({ name: 'match_need_state' })
@Check('CHK_match_need_state_stored_pairs', 'stored_pairs >= 0')
export class MatchNeedState {
  @ForeignKey('FinancingNeed', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  computedAt!: Date;

  /** The Asia/Shanghai day the evaluation was for: valuations and product windows depend on it. */
  @Column({ type: 'date' })
  computedFor!: string;

  /** Pairs kept in `match` for the need. */
  @Column({ type: 'int' })
  storedPairs!: number;
}

export const MATCHING_ENTITIES = [Match, MatchNeedState];
