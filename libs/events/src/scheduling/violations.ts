import type { ScheduledMeeting, SchedulingProblem } from './problem';

/** Every rule a schedule breaks, in words; [] when it is valid. The problem itself is assumed valid. */
export function scheduleViolations(problem: SchedulingProblem, meetings: readonly ScheduledMeeting[]): string[] {
  const { firmCount: F, bankCount: B, slotCount: S, tableCount: T } = problem;
  const out: string[] = [];
  const key = (f: number, b: number) => `${f}:${b}`;
  const candidates = new Set(problem.pairs.map((p) => key(p.firm, p.bank)));
  const forbidden = new Set(problem.forbidden.map((p) => key(p.firm, p.bank)));
  const pairsSeen = new Set<string>();
  const firmSlot = new Set<string>();
  const tableSlot = new Set<string>();
  const bankSlot = new Map<string, number>();
  const inRange = (n: number, size: number) => Number.isInteger(n) && n >= 0 && n < size;
  meetings.forEach((m, i) => {
    const at = `meetings[${i}]`;
    if (!inRange(m.firm, F) || !inRange(m.bank, B) || !inRange(m.slot, S) || !inRange(m.table, T)) {
      out.push(`${at}: firm, bank, slot or table out of range`);
      return;
    }
    const pair = key(m.firm, m.bank);
    if (!candidates.has(pair)) out.push(`${at}: firm ${m.firm} and bank ${m.bank} are not a candidate pair`);
    if (forbidden.has(pair)) out.push(`${at}: firm ${m.firm} and bank ${m.bank} are a forbidden pair`);
    if (pairsSeen.has(pair)) out.push(`${at}: firm ${m.firm} meets bank ${m.bank} more than once`);
    pairsSeen.add(pair);
    if (firmSlot.has(`${m.firm}@${m.slot}`)) out.push(`${at}: firm ${m.firm} has two meetings in slot ${m.slot}`);
    firmSlot.add(`${m.firm}@${m.slot}`);
    if (tableSlot.has(`${m.table}@${m.slot}`)) out.push(`${at}: table ${m.table} is used twice in slot ${m.slot}`);
    tableSlot.add(`${m.table}@${m.slot}`);
    const bs = `${m.bank}@${m.slot}`;
    const n = (bankSlot.get(bs) ?? 0) + 1;
    bankSlot.set(bs, n);
    if (n === problem.representatives[m.bank] + 1) out.push(`${at}: bank ${m.bank} holds more than ${problem.representatives[m.bank]} meeting(s) in slot ${m.slot}`);
  });
  const exact = new Map(meetings.map((m) => [`${m.firm}:${m.bank}@${m.slot}#${m.table}`, m]));
  problem.pinned.forEach((p, i) => {
    const m = exact.get(`${p.firm}:${p.bank}@${p.slot}#${p.table}`);
    if (!m) out.push(`pinned[${i}]: firm ${p.firm} and bank ${p.bank} are not in slot ${p.slot} at table ${p.table}`);
    else if (!m.pinned) out.push(`pinned[${i}]: the meeting is not marked pinned`);
  });
  const pins = new Set(problem.pinned.map((p) => `${p.firm}:${p.bank}@${p.slot}#${p.table}`));
  meetings.forEach((m, i) => {
    if (m.pinned && !pins.has(`${m.firm}:${m.bank}@${m.slot}#${m.table}`)) out.push(`meetings[${i}]: marked pinned but no pin matches it`);
  });
  return out;
}
