import fc from 'fast-check';
import { calendarContentType, calendarFile, escapeText, foldLine, MAX_LINE_OCTETS, unescapeText, unfold, utcDateTime } from './ics';
import { CalendarEntry } from './notification.types';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const linesOf = (ics: string) => ics.split('\r\n').slice(0, -1);

/** Reads a property's value back: unfolded, unescaped. */
function property(ics: string, name: string): string | undefined {
  const line = unfold(ics)
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line === undefined ? undefined : unescapeText(line.slice(line.indexOf(':') + 1));
}

const SIXTY = '闵行区银企对接会第一场一对一洽谈：上海农商银行与闵行测试科技有限公司的知识产权质押融资对接会议安排在第三桌请准时到场谢谢'.slice(0, 60);

const entry = (over: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: 'meeting-1@zhirong',
  sequence: 2,
  method: 'REQUEST',
  start: new Date('2026-12-10T01:30:00Z'),
  end: new Date('2026-12-10T01:50:00Z'),
  summary: SIXTY,
  description: '第一行;第二行, 含逗号\n下一行 \\ 反斜杠',
  location: '闵行区政府一楼多功能厅, 3号桌',
  url: 'http://127.0.0.1:3000/events/e1',
  ...over,
});

describe('ics (RFC 5545)', () => {
  it('has 60 Chinese characters in the summary under test', () => {
    expect([...SIXTY]).toHaveLength(60);
  });

  it('writes a VCALENDAR with CRLF line ends, its method, and UTC times', () => {
    const ics = calendarFile(entry(), { stamp: new Date('2026-12-03T08:00:00.123Z'), organizer: { email: 'noreply@zhirong.test', name: '知融平台' } });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = unfold(ics).split('\r\n');
    expect(unfolded.slice(0, 6)).toEqual(['BEGIN:VCALENDAR', 'PRODID:-//Zhirong//Notifications 1.0//ZH', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST', 'BEGIN:VEVENT']);
    expect(property(ics, 'UID')).toBe('meeting-1@zhirong');
    expect(property(ics, 'SEQUENCE')).toBe('2');
    expect(property(ics, 'DTSTAMP')).toBe('20261203T080000Z');
    expect(property(ics, 'DTSTART')).toBe('20261210T013000Z');
    expect(property(ics, 'DTEND')).toBe('20261210T015000Z');
    expect(property(ics, 'STATUS')).toBe('CONFIRMED');
    expect(property(ics, 'URL')).toBe('http://127.0.0.1:3000/events/e1');
    expect(unfolded).toContain('ORGANIZER;CN="知融平台":mailto:noreply@zhirong.test');
    expect(unfolded.slice(-3)).toEqual(['END:VEVENT', 'END:VCALENDAR', '']);
  });

  it('folds a 60-character Chinese summary at 75 octets and unfolds to the original text', () => {
    const ics = calendarFile(entry(), { stamp: new Date() });
    for (const line of linesOf(ics)) expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    const summaryLines = linesOf(ics).filter((_, i, all) => all.slice(0, i + 1).some((l) => l.startsWith('SUMMARY:')) && !all.slice(0, i + 1).some((l) => l.startsWith('DESCRIPTION:')));
    // 8 + 180 octets: three lines, every continuation starting with one space.
    expect(summaryLines.length).toBe(3);
    expect(summaryLines.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    expect(property(ics, 'SUMMARY')).toBe(SIXTY);
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const ics = calendarFile(entry(), { stamp: new Date() });
    expect(unfold(ics)).toContain('DESCRIPTION:第一行\\;第二行\\, 含逗号\\n下一行 \\\\ 反斜杠\r\n');
    expect(property(ics, 'DESCRIPTION')).toBe('第一行;第二行, 含逗号\n下一行 \\ 反斜杠');
    expect(property(ics, 'LOCATION')).toBe('闵行区政府一楼多功能厅, 3号桌');
  });

  it('marks a CANCEL as CANCELLED, with the method in the content type', () => {
    const ics = calendarFile(entry({ method: 'CANCEL', sequence: 3 }), { stamp: new Date() });
    expect(property(ics, 'METHOD')).toBe('CANCEL');
    expect(property(ics, 'STATUS')).toBe('CANCELLED');
    expect(calendarContentType({ method: 'CANCEL' })).toBe('text/calendar; charset=utf-8; method=CANCEL');
  });

  it('refuses an entry that ends before it starts, and an invalid date', () => {
    expect(() => calendarFile(entry({ end: new Date('2026-12-10T01:00:00Z') }), { stamp: new Date() })).toThrow(RangeError);
    expect(() => utcDateTime(new Date('nope'))).toThrow(RangeError);
  });

  it('folds any text to lines of at most 75 octets without splitting a character, and unfolds it back', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', ';', '\\', '\n', '中', '知', 'é', '𠀀', '😀', ' '), maxLength: 400 });
    fc.assert(
      fc.property(text, fc.constantFrom('SUMMARY', 'DESCRIPTION', 'X'), (value, name) => {
        const line = `${name}:${escapeText(value)}`;
        const folded = foldLine(line);
        const parts = folded.split('\r\n');
        for (const part of parts) {
          expect(octets(part)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          // No lone surrogate: each part is whole characters.
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
          expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
        expect(unfold(folded)).toBe(line);
        expect(unescapeText(unfold(folded).slice(name.length + 1))).toBe(value.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });
});
