import { FEN_PATTERN } from '../graphql/money';
import { badInput } from './common.errors';

/** A positive whole number of fen, or BAD_USER_INPUT on `field`. */
export function positiveFen(value: string, field: string): bigint {
  if (!FEN_PATTERN.test(value)) throw badInput(field, 'must be a whole number of fen written as digits');
  const fen = BigInt(value);
  if (fen <= 0n) throw badInput(field, 'must be more than zero');
  return fen;
}

/** A whole number within `range` (inclusive), or BAD_USER_INPUT on `field` naming the unit. */
export function requireIntIn(value: number, range: { min: number; max: number }, field: string, unit: string): void {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw badInput(field, `must be a whole number of ${unit} from ${range.min} to ${range.max}`);
  }
}
