import { MigrationInterface, QueryRunner } from 'typeorm';

export class RewardApplications1796596756075 implements MigrationInterface {
  name = 'RewardApplications1796596756075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."reward_kind" AS ENUM('BANK', 'VALUER')`);
    await queryRunner.query(
      `CREATE TABLE "reward_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "region_path" character varying(400) NOT NULL, "status" "public"."subsidy_status" NOT NULL DEFAULT 'PENDING', "amount_fen" bigint NOT NULL, "steps" jsonb NOT NULL, "facts" jsonb NOT NULL, "policy_id" uuid NOT NULL, "budget_region_id" uuid NOT NULL, "budget_year" integer NOT NULL, "applied_by_user_id" uuid, "decided_by_user_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "reject_reason" character varying(1000), "paid_on" date, "payment_reference" character varying(100), "version" integer NOT NULL DEFAULT '1', "kind" "public"."reward_kind" NOT NULL, "applicant_organization_id" uuid NOT NULL, "region_id" uuid NOT NULL, "period_year" integer, "loan_id" uuid, CONSTRAINT "CHK_reward_application_shape" CHECK ((kind = 'BANK' AND loan_id IS NULL AND period_year IS NOT NULL) OR (kind = 'VALUER' AND loan_id IS NOT NULL)), CONSTRAINT "CHK_reward_application_paid" CHECK ((status IN ('PAID', 'CLAWED_BACK')) = (paid_on IS NOT NULL)), CONSTRAINT "CHK_reward_application_amount" CHECK (amount_fen >= 0), CONSTRAINT "PK_0d37e5e5657e789acc4b32b7b98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_72f173273ba91efcd2cbac6373" ON "reward_application"  ("budget_region_id", "budget_year", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_9643a41d437599fab2375abd7f" ON "reward_application"  ("region_path", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_reward_application_valuer_loan" ON "reward_application"  ("applicant_organization_id", "loan_id") WHERE kind = 'VALUER' AND status <> 'REJECTED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_reward_application_bank_period" ON "reward_application"  ("applicant_organization_id", "region_id", "period_year") WHERE kind = 'BANK' AND status <> 'REJECTED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "reward_application" ADD CONSTRAINT "FK_8a64b82501adfa4225f3b491020" FOREIGN KEY ("policy_id") REFERENCES "regional_policy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reward_application" ADD CONSTRAINT "FK_5aea7fcffcbaed9c3b95a3645a8" FOREIGN KEY ("budget_region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reward_application" ADD CONSTRAINT "FK_7d8776e03f1a81828e9b01d5aaf" FOREIGN KEY ("applied_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reward_application" ADD CONSTRAINT "FK_6d49ca16c1e8ee4bcad21f0120a" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reward_application" ADD CONSTRAINT "FK_c9aeca5e36101b6e86e352592b4" FOREIGN KEY ("applicant_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reward_application" ADD CONSTRAINT "FK_38cae82b4b0dd47204f8e7ce0f7" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reward_application" ADD CONSTRAINT "FK_11d0b5a9e05f5451f2a45bd39b8" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reward_application" DROP CONSTRAINT "FK_11d0b5a9e05f5451f2a45bd39b8"`);
    await queryRunner.query(`ALTER TABLE "reward_application" DROP CONSTRAINT "FK_38cae82b4b0dd47204f8e7ce0f7"`);
    await queryRunner.query(`ALTER TABLE "reward_application" DROP CONSTRAINT "FK_c9aeca5e36101b6e86e352592b4"`);
    await queryRunner.query(`ALTER TABLE "reward_application" DROP CONSTRAINT "FK_6d49ca16c1e8ee4bcad21f0120a"`);
    await queryRunner.query(`ALTER TABLE "reward_application" DROP CONSTRAINT "FK_7d8776e03f1a81828e9b01d5aaf"`);
    await queryRunner.query(`ALTER TABLE "reward_application" DROP CONSTRAINT "FK_5aea7fcffcbaed9c3b95a3645a8"`);
    await queryRunner.query(`ALTER TABLE "reward_application" DROP CONSTRAINT "FK_8a64b82501adfa4225f3b491020"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reward_application_bank_period"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reward_application_valuer_loan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9643a41d437599fab2375abd7f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_72f173273ba91efcd2cbac6373"`);
    await queryRunner.query(`DROP TABLE "reward_application"`);
    await queryRunner.query(`DROP TYPE "public"."reward_kind"`);
  }
}
