import { DataSource } from 'typeorm';

/** How long the region tree is trusted in process; it changes with administrative reforms, not by the minute. */
const TTL_MS = 60_000;

/**
 * Regions in words for the texts and pages people read (上海市闵行区, 贵州省黔东南苗族侗族自治州):
 * a path's ancestors' names from the top, from one cached read of the region table. Codes
 * stay in the structured fields for programs; this is the one place a path becomes words.
 */
export class RegionWords {
  private names: Map<string, string> | null = null;
  private loadedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** The path in words, or the path itself when a region on it is unknown. */
  async of(path: string): Promise<string> {
    return inWords(await this.load(), path);
  }

  /** A function for many paths at once, after one load. */
  async namer(): Promise<(path: string) => string> {
    const names = await this.load();
    return (path) => inWords(names, path);
  }

  private async load(): Promise<Map<string, string>> {
    if (this.names && Date.now() - this.loadedAt < TTL_MS) return this.names;
    const rows = (await this.dataSource.query('SELECT path, name FROM region')) as { path: string; name: string }[];
    this.names = new Map(rows.map((r) => [r.path, r.name]));
    this.loadedAt = Date.now();
    return this.names;
  }
}

function inWords(names: ReadonlyMap<string, string>, path: string): string {
  const parts = path.split('/');
  const named = parts.map((_, i) => names.get(parts.slice(0, i + 1).join('/')));
  return named.every(Boolean) ? named.join('') : path;
}
