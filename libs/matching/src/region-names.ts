import { DataSource } from 'typeorm';
import { NeedFacts, ProductFacts } from './match-engine';

/** How long the region tree is trusted in process; it changes with administrative reforms, not by the minute. */
const TTL_MS = 60_000;

/**
 * Regions in words for the texts people read (上海市闵行区, 贵州省黔东南苗族侗族自治州): a
 * path's ancestors' names from the top. Screening needs only paths, so names are added
 * just before a pair is explained, from one cached read of the region table.
 */
export class RegionNames {
  private names: Map<string, string> | null = null;
  private loadedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  async withNames<N extends NeedFacts, P extends ProductFacts>(need: N, product: P): Promise<[N, P]> {
    const names = await this.load();
    return [
      { ...need, enterprise: { ...need.enterprise, regionName: words(names, need.enterprise.regionPath) } },
      { ...product, regionNames: product.regionPaths.map((p) => words(names, p)) },
    ];
  }

  private async load(): Promise<Map<string, string>> {
    if (this.names && Date.now() - this.loadedAt < TTL_MS) return this.names;
    const rows = (await this.dataSource.query('SELECT path, name FROM region')) as { path: string; name: string }[];
    this.names = new Map(rows.map((r) => [r.path, r.name]));
    this.loadedAt = Date.now();
    return this.names;
  }
}

function words(names: ReadonlyMap<string, string>, path: string): string {
  const parts = path.split('/');
  const named = parts.map((_, i) => names.get(parts.slice(0, i + 1).join('/')));
  return named.every(Boolean) ? named.join('') : path;
}
