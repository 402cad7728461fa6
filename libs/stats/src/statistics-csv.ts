import { FinancingFigures, FinancingStatistics } from './dto/statistics.objects';

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Yuan with two places from integer fen, exactly: "123456" → "1234.56". */
export function yuan(fen: string): string {
  const v = BigInt(fen);
  const sign = v < 0n ? '-' : '';
  const a = v < 0n ? -v : v;
  return `${sign}${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`;
}

/** Basis points as a percentage with two places: 1234 → "12.34"; blank for none. */
export function percent(bp: number | null): string {
  if (bp === null) return '';
  const sign = bp < 0 ? '-' : '';
  const a = Math.abs(bp);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

const HEADER = [
  '分组 Group',
  '名称 Label',
  '新增笔数 New loans',
  '新增金额(元) New amount (CNY)',
  '新增户数 Customers',
  '贷款余额(元) Balance (CNY)',
  '不良余额(元) Non-performing (CNY)',
  '不良率% NPL %',
  '平均质押率% Avg pledge rate %',
  '质押专利 Pledged patents',
  '已实施 Implemented',
  '实施率% Implementation %',
  '上年同期笔数 Count a year earlier',
  '上年同期金额(元) Amount a year earlier (CNY)',
  '笔数同比% Count YoY %',
  '金额同比% Amount YoY %',
];

function figureCells(f: FinancingFigures): (string | number)[] {
  return [
    f.newLoanCount,
    yuan(f.newLoanAmount.amountFen),
    f.customers,
    yuan(f.balance.amountFen),
    yuan(f.nonPerformingBalance.amountFen),
    percent(f.nplRatioBp),
    percent(f.averagePledgeRateBp),
    f.pledgedPatents,
    f.implementedPatents,
    percent(f.implementationRateBp),
  ];
}

/** The answer as CSV (UTF-8 with a byte-order mark so Excel reads the Chinese): a header block, the totals, one line per group. */
export function statisticsCsv(s: FinancingStatistics): string {
  const lines: (string | number | boolean | null)[][] = [
    ['融资统计 Financing statistics', `${s.from} – ${s.to}`],
    ['数据截至 As of', s.asOf.toISOString()],
    ['同比目标% YoY target %', percent(s.yearOnYear.targetBp)],
    ['问卷份数 Survey responses', s.satisfaction.responses],
    ['平均满意度 Average rating', s.satisfaction.averageRating],
    [],
    HEADER,
    [
      '*',
      '合计 Total',
      ...figureCells(s.totals),
      s.previousYear.newLoanCount,
      yuan(s.previousYear.newLoanAmount.amountFen),
      percent(s.yearOnYear.countGrowthBp),
      percent(s.yearOnYear.amountGrowthBp),
    ],
    ...s.groups.map((g) => [
      g.key,
      g.label,
      ...figureCells(g.figures),
      g.previousYear.newLoanCount,
      yuan(g.previousYear.newLoanAmount.amountFen),
      percent(g.yearOnYear.countGrowthBp),
      percent(g.yearOnYear.amountGrowthBp),
    ]),
  ];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
