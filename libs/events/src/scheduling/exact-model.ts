// The scheduling problem as a MIP in CPLEX LP text: x(p,s) = pair p meets in slot s, y(f) = firm f
// meets somebody. Tables are interchangeable within a slot, so "at most T − pins meetings in a slot"
// stands for them exactly (the free tables are handed out afterwards). Objective: quality + bonus·Σy,
// the bonus exceeding any quality, which makes it lexicographic like the heuristic.
import type { Prepared } from './problem';

export interface ExactModel {
  lp: string;
  /** Column name → [pair, slot] for x, or [-1, firm] for y. */
  columns: Map<string, [number, number]>;
  binaries: number;
}

export function buildModel(prep: Prepared, bonus: number): ExactModel {
  const { F, S, T } = prep;
  const P = prep.pairScore.length;
  const columns = new Map<string, [number, number]>();
  const firmSlot = new Map<number, string[]>();
  const bankSlot = new Map<number, string[]>();
  const slotVars: string[][] = Array.from({ length: S }, () => []);
  const firmVars: string[][] = Array.from({ length: F }, () => []);
  const objective: string[] = [];
  const rows: string[] = [];
  const pushTo = (m: Map<number, string[]>, k: number, v: string) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (let p = 0; p < P; p++) {
    if (prep.pinSlot[p] >= 0) continue;
    const f = prep.pairFirm[p];
    const b = prep.pairBank[p];
    const own: string[] = [];
    for (let s = 0; s < S; s++) {
      if (prep.firmPinnedAt[f * S + s] || prep.bankPinnedAt[b * S + s] >= prep.reps[b] || prep.slotPins[s] >= T) continue;
      const x = `x${p}_${s}`;
      columns.set(x, [p, s]);
      own.push(x);
      objective.push(`${prep.pairScore[p]} ${x}`);
      pushTo(firmSlot, f * S + s, x);
      pushTo(bankSlot, b * S + s, x);
      slotVars[s].push(x);
      firmVars[f].push(x);
    }
    if (own.length > 1) rows.push(`p${p}: ${sum(own)} <= 1`);
  }
  for (const [k, vars] of firmSlot) if (vars.length > 1) rows.push(`f${k}: ${sum(vars)} <= 1`);
  for (const [k, vars] of bankSlot) {
    const room = prep.reps[Math.floor(k / S)] - prep.bankPinnedAt[k];
    if (vars.length > room) rows.push(`b${k}: ${sum(vars)} <= ${room}`);
  }
  slotVars.forEach((vars, s) => {
    const room = T - prep.slotPins[s];
    if (vars.length > room) rows.push(`s${s}: ${sum(vars)} <= ${room}`);
  });
  for (let f = 0; f < F; f++) {
    if (prep.firmPins[f] > 0 || firmVars[f].length === 0) continue;
    const y = `y${f}`;
    columns.set(y, [-1, f]);
    objective.push(`${bonus} ${y}`);
    rows.push(`c${f}: ${y} - ${wrap(firmVars[f], ' - ')} <= 0`);
  }
  const names = [...columns.keys()];
  const lp = ['Maximize', ` obj: ${wrap(objective, ' + ')}`, 'Subject To', ...rows.map((r) => ` ${r}`), 'Binaries', wrap(names, ' '), 'End', ''].join('\n');
  return { lp, columns, binaries: names.length };
}

const sum = (vars: readonly string[]) => wrap(vars, ' + ');

/** Joins terms, breaking the line every few terms (LP readers limit line lengths). */
function wrap(terms: readonly string[], sep: string): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 8) lines.push(terms.slice(i, i + 8).join(sep));
  return lines.join(sep.trim() ? `\n  ${sep.trim()} ` : '\n  ');
}
