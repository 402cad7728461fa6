import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery row is updated twice per push (inbox mark, then webhook outcome). Without an index on
 * `status` and with room left on each page, both updates are HOT: Postgres rewrites no index entry,
 * which was most of a push's database work. Progress and re-drive use the (push, bank, chunk) index.
 */
export class WhitelistDeliveryHotUpdates1795625151700 implements MigrationInterface {
  name = 'WhitelistDeliveryHotUpdates1795625151700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_648ac53ddfb63699db6b62da81"`);
    // Half of each page stays free for the new row versions of those updates (pages written from now on).
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" SET (fillfactor = 50)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" RESET (fillfactor)`);
    await queryRunner.query(`CREATE INDEX "IDX_648ac53ddfb63699db6b62da81" ON "whitelist_delivery" USING btree ("push_id", "bank_organization_id", "status") `);
  }
}
