import { RegionWords } from '@zhirong/identity';
import { DataSource } from 'typeorm';
import { NeedFacts, ProductFacts } from './match-engine';

/**
 * Screening needs only region paths; names are added just before a pair is explained, so
 * its checks and hints read 上海市闵行区, not 310000/310112.
 */
export class RegionNames {
  private readonly words: RegionWords;

  constructor(dataSource: DataSource) {
    this.words = new RegionWords(dataSource);
  }

  async withNames<N extends NeedFacts, P extends ProductFacts>(need: N, product: P): Promise<[N, P]> {
    const name = await this.words.namer();
    return [
      { ...need, enterprise: { ...need.enterprise, regionName: name(need.enterprise.regionPath) } },
      { ...product, regionNames: product.regionPaths.map(name) },
    ];
  }
}
