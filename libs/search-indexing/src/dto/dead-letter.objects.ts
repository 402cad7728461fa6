import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@zhirong/core';
import { SearchOutbox } from '@zhirong/search';

// Named like its GraphQL type so Connection() calls the edge SearchDeadLetterEdge.
@ObjectType('SearchDeadLetter', { description: '搜索死信 — a search index change Meilisearch rejected too often; the relay leaves it until it is re-driven' })
class SearchDeadLetter {
  @Field(() => ID, { description: 'The outbox row' })
  id!: string;

  @Field({ description: '索引 — the logical index, e.g. ip_assets' })
  indexName!: string;

  @Field({ description: '文档 — the id of the document (the entity) that was to change' })
  documentId!: string;

  @Field({ description: '操作 — UPSERT (rebuild from Postgres) or DELETE' })
  operation!: string;

  @Field(() => Int, { description: '尝试次数 — every failed try, outages included' })
  attempts!: number;

  @Field(() => Int, { description: '拒绝次数 — tries Meilisearch refused' })
  rejections!: number;

  @Field(() => String, { nullable: true, description: '最后错误 — what Meilisearch answered last' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime, { description: '记录时间 — when the change was recorded' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '死信时间 — when it became a dead letter' })
  deadAt!: Date;

  static from(row: SearchOutbox): SearchDeadLetter {
    return {
      id: row.id,
      indexName: row.indexName,
      documentId: row.documentId,
      operation: row.operation,
      attempts: row.attempts,
      rejections: row.rejections,
      lastError: row.lastError,
      createdAt: row.createdAt,
      deadAt: row.deadAt!,
    };
  }
}
export { SearchDeadLetter as SearchDeadLetterObject };

@ObjectType({ description: '搜索死信列表 — a page of search dead letters, newest first' })
export class SearchDeadLetterConnection extends Connection(SearchDeadLetter) {}
