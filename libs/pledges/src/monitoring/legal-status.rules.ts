import { LegalStatus } from '@zhirong/ip-assets';

export interface FeedLine {
  line: number;
  number: string;
  status: LegalStatus;
  effectiveOn: string;
}

export interface FeedProblem {
  line: number;
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = Object.values(LegalStatus) as string[];

export const isRealDate = (s: string): boolean => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/**
 * A status feed file: one `number,status,date` per line (YYYY-MM-DD, status a LegalStatus
 * value); blank lines and a `number,status,date` header are skipped. Lines are numbered from 1.
 */
export function parseLegalStatusFeed(text: string): { lines: FeedLine[]; problems: FeedProblem[] } {
  const lines: FeedLine[] = [];
  const problems: FeedProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const cells = raw.split(',').map((c) => c.trim());
    if (!raw.trim() || (line === 1 && cells[0].toLowerCase() === 'number')) return;
    if (cells.length !== 3) return problems.push({ line, message: 'expected number,status,date' });
    const [number, status, effectiveOn] = cells;
    if (!number) return problems.push({ line, message: 'the number is empty' });
    if (!STATUSES.includes(status)) return problems.push({ line, message: `unknown status ${status} (one of ${STATUSES.join(', ')})` });
    if (!isRealDate(effectiveOn)) return problems.push({ line, message: `${effectiveOn} is not a date written YYYY-MM-DD` });
    return lines.push({ line, number, status: status as LegalStatus, effectiveOn });
  });
  return { lines, problems };
}
