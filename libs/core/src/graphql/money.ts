import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches } from 'class-validator';

/** Integer fen as a decimal string: no sign, no leading zeros, at most 18 digits (bigint-safe). */
export const FEN_PATTERN = /^(0|[1-9][0-9]{0,17})$/;

@ObjectType({ description: '金额 — an exact amount of money in fen (分, 1/100 yuan), never a float' })
export class Money {
  @Field({ description: 'Integer fen as a string, so 64-bit values survive JSON; ¥1.00 is "100"' })
  amountFen!: string;

  @Field({ description: 'ISO 4217 currency; CNY on this platform' })
  currency!: string;
}

@InputType({ description: '金额 — an amount in integer fen' })
export class MoneyInput {
  @Field({ description: 'Integer fen as a string, e.g. "500000000" for ¥5,000,000' })
  @Matches(FEN_PATTERN, { message: 'must be a whole number of fen written as digits, e.g. "500000000"' })
  amountFen!: string;

  @Field({ nullable: true, defaultValue: 'CNY', description: 'Only CNY is accepted' })
  @IsOptional()
  @IsIn(['CNY'])
  currency?: string;
}

export function money(fen: bigint | string | number): Money {
  return { amountFen: BigInt(fen).toString(), currency: 'CNY' };
}

/** Yuan with thousands separators for messages, from integer fen: 210000000n -> "¥2,100,000". */
export function formatYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = abs % 100n;
  const grouped = yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}${cents ? `.${cents.toString().padStart(2, '0')}` : ''}`;
}
