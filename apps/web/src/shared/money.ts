/**
 * Money is typed in yuan and sent as integer fen in a string, converted by text, never
 * through a float: "1234.5" → "123450". Returns null for anything that is not a
 * non-negative amount with at most two decimals.
 */
export function yuanToFen(input: string): string | null {
  const text = input.replace(/[,，\s]/g, '');
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(text);
  if (!m) return null;
  const fen = BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0') || '0');
  return fen.toString();
}

/** Fen back to a yuan text for editing: "123450" → "1234.50" ("1234" when whole). */
export function fenToYuan(amountFen: string): string {
  const fen = BigInt(amountFen);
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const cents = abs % 100n;
  return `${sign}${abs / 100n}${cents === 0n ? '' : `.${cents.toString().padStart(2, '0')}`}`;
}
