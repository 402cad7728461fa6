import { CalendarEntry } from './notification.types';

/**
 * An RFC 5545 writer for the one shape the platform sends: a VCALENDAR with one VEVENT.
 *
 * Written here rather than with the `ics` package: `ics` folds lines at 75 characters, not
 * 75 octets, so a Chinese summary (3 octets a character) makes lines three times too long,
 * and refolding its output means parsing it again. The dozen properties below are shorter
 * than that, and every rule the RFC sets on them is in this file.
 */

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

/** TEXT values (§3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The inverse of escapeText, for tests and readers. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Folds one content line at 75 octets of UTF-8 (§3.1): a continuation line starts with one
 * space, which counts towards its 75. A multi-octet character is never split (iterating the
 * string yields whole code points, so a surrogate pair stays together too).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Undoes the folding (§3.1: a CRLF followed by one space or tab is removed). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

/** DATE-TIME in UTC (§3.3.5 form 2), e.g. 20261203T020000Z. */
export function utcDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('not a valid date');
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A parameter value (§3.2): quoted, since a display name may hold `:`, `;` or `,`; DQUOTE itself is not allowed. */
function paramValue(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
}

export interface CalendarParty {
  email: string;
  name?: string;
}

export interface IcsOptions {
  /** DTSTAMP: when this version of the entry was written. */
  stamp: Date;
  /** Who sends the invitation (iTIP asks for an ORGANIZER on REQUEST and CANCEL). */
  organizer?: CalendarParty;
  attendee?: CalendarParty;
}

const PRODID = '-//Zhirong//Notifications 1.0//ZH';

/** One calendar file for one entry, CRLF line ends and every line folded. */
export function calendarFile(entry: CalendarEntry, options: IcsOptions): string {
  if (!(entry.end.getTime() > entry.start.getTime())) throw new RangeError(`calendar entry ${entry.uid} ends before it starts`);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${entry.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.uid)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(entry.sequence))}`,
    `DTSTAMP:${utcDateTime(options.stamp)}`,
    `DTSTART:${utcDateTime(entry.start)}`,
    `DTEND:${utcDateTime(entry.end)}`,
    `SUMMARY:${escapeText(entry.summary)}`,
  ];
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  // URL is a URI value, not TEXT: no escaping, but no line break either.
  if (entry.url) lines.push(`URL:${entry.url.replace(/[\r\n]/g, '')}`);
  if (options.organizer) lines.push(`ORGANIZER${options.organizer.name ? `;CN=${paramValue(options.organizer.name)}` : ''}:mailto:${options.organizer.email}`);
  if (options.attendee) {
    lines.push(`ATTENDEE${options.attendee.name ? `;CN=${paramValue(options.attendee.name)}` : ''};ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${options.attendee.email}`);
  }
  lines.push(`STATUS:${entry.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** `text/calendar` with the iTIP method, as mail clients want it to offer "add to calendar". */
export function calendarContentType(entry: Pick<CalendarEntry, 'method'>): string {
  return `text/calendar; charset=utf-8; method=${entry.method}`;
}
