import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/**
 * DataLoaders that live for one GraphQL request, so a page of 100 items with
 * nested owners, assets and valuations costs one query per level, not per item.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** The loader named `name`, created on first use from `batch` (which must return values in key order). */
  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Groups rows by key in the order of `keys`, for one-to-many loaders. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/** Picks rows by key in the order of `keys`, null where missing, for one-to-one loaders. */
export function pickByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map<K, V>(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** `@Loaders() loaders: RequestLoaders` in a resolver method. */
export const Loaders = createParamDecorator((_: unknown, context: ExecutionContext): RequestLoaders => {
  const ctx = GqlExecutionContext.create(context).getContext<{ loaders?: RequestLoaders }>();
  ctx.loaders ??= new RequestLoaders();
  return ctx.loaders;
});
