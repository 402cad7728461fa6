import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedLibrary1796301143578 implements MigrationInterface {
  name = 'NeedLibrary1796301143578';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."need_interest_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CONSENT_WITHDRAWN', 'CLOSED')`);
    await queryRunner.query(`CREATE TABLE "need_interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "need_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "bank_organization_id" uuid NOT NULL, "product_id" uuid NOT NULL, "message" character varying(500), "status" "public"."need_interest_status" NOT NULL DEFAULT 'PENDING', "created_by_user_id" uuid NOT NULL, "responded_at" TIMESTAMP(3) WITH TIME ZONE, "response_note" character varying(500), "closed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_e01dbae0b070450a413837db42f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_804a979fefac47b12237936c76" ON "need_interest"  ("enterprise_id", "bank_organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_82f0553567475634e0f162aa31" ON "need_interest"  ("bank_organization_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_need_interest_open" ON "need_interest"  ("need_id", "bank_organization_id") WHERE status IN ('PENDING', 'ACCEPTED')`);
    await queryRunner.query(`ALTER TABLE "financing_need" ADD "published_to_banks_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TYPE "public"."bank_access_reason" ADD VALUE 'NEED_PUBLISHED'`);
    await queryRunner.query(`CREATE INDEX "idx_financing_need_published" ON "financing_need"  ("published_to_banks_at") WHERE published_to_banks_at IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "need_interest" ADD CONSTRAINT "FK_c4aa0532837d18ac5c54954ae9a" FOREIGN KEY ("need_id") REFERENCES "financing_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "need_interest" ADD CONSTRAINT "FK_d0da9b78c5f981e8fce350cd0b4" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "need_interest" ADD CONSTRAINT "FK_a9816a521960824df50ab5462b1" FOREIGN KEY ("bank_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need_interest" DROP CONSTRAINT "FK_a9816a521960824df50ab5462b1"`);
    await queryRunner.query(`ALTER TABLE "need_interest" DROP CONSTRAINT "FK_d0da9b78c5f981e8fce350cd0b4"`);
    await queryRunner.query(`ALTER TABLE "need_interest" DROP CONSTRAINT "FK_c4aa0532837d18ac5c54954ae9a"`);
    await queryRunner.query(`DROP INDEX "public"."idx_financing_need_published"`);
    // Consent grants cannot outlive the value that names them.
    await queryRunner.query(`DELETE FROM "enterprise_bank_access" WHERE "reason" = 'NEED_PUBLISHED'`);
    await queryRunner.query(`CREATE TYPE "public"."bank_access_reason_old" AS ENUM('APPLIED', 'WHITELIST_PUSH')`);
    await queryRunner.query(`ALTER TABLE "enterprise_bank_access" ALTER COLUMN "reason" TYPE "public"."bank_access_reason_old" USING "reason"::"text"::"public"."bank_access_reason_old"`);
    await queryRunner.query(`DROP TYPE "public"."bank_access_reason"`);
    await queryRunner.query(`ALTER TYPE "public"."bank_access_reason_old" RENAME TO "bank_access_reason"`);
    await queryRunner.query(`ALTER TABLE "financing_need" DROP COLUMN "published_to_banks_at"`);
    await queryRunner.query(`DROP INDEX "public"."uq_need_interest_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82f0553567475634e0f162aa31"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_804a979fefac47b12237936c76"`);
    await queryRunner.query(`DROP TABLE "need_interest"`);
    await queryRunner.query(`DROP TYPE "public"."need_interest_status"`);
  }
}
