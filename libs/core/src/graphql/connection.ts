import { Type } from '@nestjs/common';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBase64, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/common.errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay 分页信息 — where this page stands in the whole list' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether a page precedes this one' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return edges after this cursor' })
  @IsOptional()
  @IsBase64({ urlSafe: true })
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the fields of a Relay connection and its `XEdge` type. Declare the
 * connection itself so it gets its own name and description:
 * `@ObjectType({ description }) class EnterpriseConnection extends Connection(EnterpriseObject, 'Enterprise') {}`
 * `name` is the node's GraphQL name when its class is named otherwise.
 */
export function Connection<T>(nodeType: Type<T>, name = nodeType.name): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `An edge of a ${name} list` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item' })
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Paging information' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list (with its filter) holds' })
    totalCount!: number;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

interface CursorValue {
  /** Sort key of the row the cursor points at. */
  k: string | number | null;
  id: string;
}

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorValue;
    if (typeof value.id !== 'string') throw new Error('no id');
    return value;
  } catch {
    throw badInput('after', 'The cursor is not one this API gave out');
  }
}

export interface SortSpec<T> {
  /** Column expression on the query builder's alias, e.g. `e.created_at`. */
  column: string;
  direction: 'ASC' | 'DESC';
  /** Reads the sort key from an entity, for building cursors. */
  key: (row: T) => string | number | Date | null;
}

/**
 * Keyset pagination over a query builder: stable under inserts (unlike OFFSET) and
 * index-friendly. The sort column plus the id make a total order.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, args: ConnectionArgs, sort: SortSpec<T>): Promise<ConnectionShape<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 1 || first > MAX_PAGE_SIZE) throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  const alias = qb.alias;
  const totalCount = await qb.clone().orderBy().getCount();

  const op = sort.direction === 'ASC' ? '>' : '<';
  if (args.after) {
    const cursor = decodeCursor(args.after);
    qb.andWhere(`(${sort.column}, ${alias}.id) ${op} (:cursorKey, :cursorId)`, { cursorKey: cursor.k, cursorId: cursor.id });
  }
  const rows = await qb
    .orderBy(sort.column, sort.direction)
    .addOrderBy(`${alias}.id`, sort.direction)
    .take(first + 1)
    .getMany();

  const hasNextPage = rows.length > first;
  const page = rows.slice(0, first);
  const edges = page.map((node) => {
    const k = sort.key(node);
    return { node, cursor: encodeCursor({ k: k instanceof Date ? k.toISOString() : k, id: node.id }) };
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: '排序方向 — ascending or descending',
  valuesMap: {
    ASC: { description: 'Ascending (升序)' },
    DESC: { description: 'Descending (降序)' },
  },
});

/**
 * Query cost of a page: its size times the cost of one item. `first` above the cap is
 * priced at the cap so the request reaches validation and hears BAD_USER_INPUT on `first`.
 */
export function pageComplexity({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }): number {
  const first = typeof args['first'] === 'number' ? args['first'] : DEFAULT_PAGE_SIZE;
  return 1 + Math.min(Math.max(first, 1), MAX_PAGE_SIZE) * childComplexity;
}

export interface SortShape<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * The fields of a list's sort input: a field from the list's own enum and a
 * direction, newest first by default. Declare the input with its own name:
 * `@InputType({ description }) class EnterpriseSort extends Sort(EnterpriseSortField, EnterpriseSortField.CREATED_AT) {}`
 */
export function Sort<F extends string>(fields: Record<string, F>, defaultField: F): Type<SortShape<F>> {
  @InputType({ isAbstract: true })
  abstract class SortInput {
    @Field(() => fields, { defaultValue: defaultField, description: '排序字段 — sort by this field; ties are broken by id' })
    @IsEnum(fields)
    field: F = defaultField;

    @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: '排序方向 — ascending or descending' })
    @IsEnum(SortDirection)
    direction: SortDirection = SortDirection.DESC;
  }
  return SortInput as unknown as Type<SortShape<F>>;
}
