/**
 * Money arrives as integer fen in a string (exact); it is shown in ¥, in 万 / 亿 for
 * Chinese readers from ¥10,000 up, with at most two decimals rounded half up — never
 * through a float.
 */
const FEN_PER_YUAN = 100n;
const WAN = 10_000n * FEN_PER_YUAN;
const YI = 100_000_000n * FEN_PER_YUAN;

function grouped(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `units` fen per unit, with two decimals when not whole (one when the second is 0 in 万 / 亿: ¥1.2万). */
function inUnits(fen: bigint, units: bigint): string {
  const hundredths = (fen * 100n + units / 2n) / units;
  const whole = hundredths / 100n;
  const cents = hundredths % 100n;
  if (cents === 0n) return grouped(whole);
  const decimals = cents.toString().padStart(2, '0');
  return `${grouped(whole)}.${units === FEN_PER_YUAN ? decimals : decimals.replace(/0$/, '')}`;
}

export function formatMoney(amountFen: string, language: string): string {
  const fen = BigInt(amountFen);
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  if (language.startsWith('zh')) {
    if (abs >= YI) return `${sign}¥${inUnits(abs, YI)}亿`;
    if (abs >= WAN) return `${sign}¥${inUnits(abs, WAN)}万`;
  }
  return `${sign}¥${inUnits(abs, FEN_PER_YUAN)}`;
}

/** Basis points as a percentage: 450 → 4.50%. */
export function formatRate(bp: number): string {
  return `${(bp / 100).toFixed(2)}%`;
}

/** A date-time shown as the people using it read the clock: Asia/Shanghai. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
