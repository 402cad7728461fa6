import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoanMonitoring1796409086201 implements MigrationInterface {
  name = 'LoanMonitoring1796409086201';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."legal_status_source" AS ENUM('FEED_FILE', 'API')`);
    await queryRunner.query(
      `CREATE TABLE "legal_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ip_asset_id" uuid NOT NULL, "from_status" "public"."legal_status" NOT NULL, "to_status" "public"."legal_status" NOT NULL, "effective_on" date NOT NULL, "source" "public"."legal_status_source" NOT NULL, "reported_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_590c25487fca1ba79a02b78c4b7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_98908d755c38557ef978a82884" ON "legal_status_change"  ("ip_asset_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "loan_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "loan_id" uuid NOT NULL, "ip_asset_id" uuid NOT NULL, "legal_status_change_id" uuid NOT NULL, "message" character varying(500) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_704b6c530e0af33be0cb35e6ab3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d4e22c823ce31377fbc6450408" ON "loan_alert"  ("loan_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "legal_status_change" ADD CONSTRAINT "FK_3b6afb406e3a24e96704d827d8a" FOREIGN KEY ("ip_asset_id") REFERENCES "ip_asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "legal_status_change" ADD CONSTRAINT "FK_7c7b4a45dc5b7388d9c4e105230" FOREIGN KEY ("reported_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_alert" ADD CONSTRAINT "FK_9e77ac5150fd468184ffc15772f" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_alert" ADD CONSTRAINT "FK_26317c1d0edd401ca5cc236b54c" FOREIGN KEY ("ip_asset_id") REFERENCES "ip_asset"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_alert" ADD CONSTRAINT "FK_131ac23a3e1f3e24356c2fdd4dd" FOREIGN KEY ("legal_status_change_id") REFERENCES "legal_status_change"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "loan_alert" DROP CONSTRAINT "FK_131ac23a3e1f3e24356c2fdd4dd"`);
    await queryRunner.query(`ALTER TABLE "loan_alert" DROP CONSTRAINT "FK_26317c1d0edd401ca5cc236b54c"`);
    await queryRunner.query(`ALTER TABLE "loan_alert" DROP CONSTRAINT "FK_9e77ac5150fd468184ffc15772f"`);
    await queryRunner.query(`ALTER TABLE "legal_status_change" DROP CONSTRAINT "FK_7c7b4a45dc5b7388d9c4e105230"`);
    await queryRunner.query(`ALTER TABLE "legal_status_change" DROP CONSTRAINT "FK_3b6afb406e3a24e96704d827d8a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4e22c823ce31377fbc6450408"`);
    await queryRunner.query(`DROP TABLE "loan_alert"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_98908d755c38557ef978a82884"`);
    await queryRunner.query(`DROP TABLE "legal_status_change"`);
    await queryRunner.query(`DROP TYPE "public"."legal_status_source"`);
  }
}
