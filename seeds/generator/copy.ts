import { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Marks a value for a json/jsonb column, which COPY takes as JSON text rather than an array literal. */
export class Json {
  constructor(readonly value: unknown) {}
}

export type CopyValue = string | number | bigint | boolean | null | undefined | (string | number)[] | Json;

/** One value in COPY's text format: \N for null, Postgres array literals, escaped text. */
function encode(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value)) {
    const items = value.map((v) => (typeof v === 'number' ? String(v) : `"${String(v).replace(/["\\]/g, '\\$&')}"`));
    return escape(`{${items.join(',')}}`);
  }
  if (value instanceof Json) return escape(JSON.stringify(value.value));
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escape(String(value));
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** Streams rows into a table with COPY: the fastest way Postgres takes bulk data. */
export async function copyRows(client: PoolClient, table: string, columns: string[], rows: CopyValue[][]): Promise<void> {
  if (!rows.length) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const lines = (function* () {
    for (const row of rows) yield row.map(encode).join('\t') + '\n';
  })();
  await pipeline(Readable.from(lines), stream);
}
