import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchOutboxDeadLetters1796301151822 implements MigrationInterface {
  name = 'SearchOutboxDeadLetters1796301151822';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_outbox" ADD "rejections" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "search_outbox" ADD "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "search_outbox" ADD "dead_at" TIMESTAMP(3) WITH TIME ZONE`);
    // Written by hand: the writing transaction's id as a bigint (xid8 has no TypeORM type), for the reindex's snapshot test.
    await queryRunner.query(`CREATE FUNCTION search_outbox_xact_id() RETURNS bigint LANGUAGE sql VOLATILE AS 'SELECT pg_current_xact_id()::text::bigint'`);
    await queryRunner.query(`ALTER TABLE "search_outbox" ADD "xid" bigint NOT NULL DEFAULT search_outbox_xact_id()`);
    await queryRunner.query(`CREATE INDEX "IDX_search_outbox_rejected" ON "search_outbox"  ("index_name", "document_id") WHERE processed_at IS NULL AND rejections > 0`);
    await queryRunner.query(`CREATE INDEX "IDX_search_outbox_dead" ON "search_outbox"  ("dead_at", "id") WHERE dead_at IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_search_outbox_dead"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_search_outbox_rejected"`);
    await queryRunner.query(`ALTER TABLE "search_outbox" DROP COLUMN "xid"`);
    await queryRunner.query(`DROP FUNCTION search_outbox_xact_id()`);
    await queryRunner.query(`ALTER TABLE "search_outbox" DROP COLUMN "dead_at"`);
    await queryRunner.query(`ALTER TABLE "search_outbox" DROP COLUMN "next_attempt_at"`);
    await queryRunner.query(`ALTER TABLE "search_outbox" DROP COLUMN "rejections"`);
  }
}
