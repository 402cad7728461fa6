import { MigrationInterface, QueryRunner } from 'typeorm';

export class SubsidiesAndCompensation1796593496610 implements MigrationInterface {
  name = 'SubsidiesAndCompensation1796593496610';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."subsidy_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED', 'PAID', 'CLAWED_BACK')`);
    await queryRunner.query(`CREATE TYPE "public"."subsidy_kind" AS ENUM('INTEREST', 'FEE_REGISTRATION', 'FEE_GUARANTEE', 'FEE_INSURANCE', 'FEE_VALUATION', 'PREMIUM')`);
    await queryRunner.query(
      `CREATE TABLE "subsidy_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "region_path" character varying(400) NOT NULL, "status" "public"."subsidy_status" NOT NULL DEFAULT 'PENDING', "amount_fen" bigint NOT NULL, "steps" jsonb NOT NULL, "facts" jsonb NOT NULL, "policy_id" uuid NOT NULL, "budget_region_id" uuid NOT NULL, "budget_year" integer NOT NULL, "applied_by_user_id" uuid, "decided_by_user_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "reject_reason" character varying(1000), "paid_on" date, "payment_reference" character varying(100), "version" integer NOT NULL DEFAULT '1', "kind" "public"."subsidy_kind" NOT NULL, CONSTRAINT "CHK_subsidy_application_paid" CHECK ((status IN ('PAID', 'CLAWED_BACK')) = (paid_on IS NOT NULL)), CONSTRAINT "CHK_subsidy_application_amount" CHECK (amount_fen >= 0), CONSTRAINT "PK_926b2e4d5d9412007bda0323b42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_70b10d5749480420125bbcceb3" ON "subsidy_application"  ("budget_region_id", "budget_year", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_32ef296bc2bcca4191defff29f" ON "subsidy_application"  ("region_path", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_b18f57a86263439a8931601637" ON "subsidy_application"  ("enterprise_id", "budget_year") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_subsidy_application_loan_kind" ON "subsidy_application"  ("loan_id", "kind") WHERE status <> 'REJECTED'`);
    await queryRunner.query(
      `CREATE TABLE "compensation_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "region_path" character varying(400) NOT NULL, "status" "public"."subsidy_status" NOT NULL DEFAULT 'PENDING', "amount_fen" bigint NOT NULL, "steps" jsonb NOT NULL, "facts" jsonb NOT NULL, "policy_id" uuid NOT NULL, "budget_region_id" uuid NOT NULL, "budget_year" integer NOT NULL, "applied_by_user_id" uuid, "decided_by_user_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "reject_reason" character varying(1000), "paid_on" date, "payment_reference" character varying(100), "version" integer NOT NULL DEFAULT '1', "role" "public"."loan_risk_share_role" NOT NULL, "claimant_organization_id" uuid NOT NULL, CONSTRAINT "CHK_compensation_claim_paid" CHECK ((status IN ('PAID', 'CLAWED_BACK')) = (paid_on IS NOT NULL)), CONSTRAINT "CHK_compensation_claim_amount" CHECK (amount_fen >= 0), CONSTRAINT "PK_30d0d1dc63c4fbd14989b377cb8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_61a5c47df1b4cd8b30002bf983" ON "compensation_claim"  ("budget_region_id", "budget_year", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_fc04a4c67da4674a805be6d69f" ON "compensation_claim"  ("region_path", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_9336404f746f1c2687b22f596d" ON "compensation_claim"  ("claimant_organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_compensation_claim_loan_role" ON "compensation_claim"  ("loan_id", "role") WHERE status <> 'REJECTED'`);
    await queryRunner.query(
      `CREATE TABLE "subsidy_budget" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "region_id" uuid NOT NULL, "year" integer NOT NULL, "amount_fen" bigint NOT NULL, "set_by_user_id" uuid, CONSTRAINT "CHK_subsidy_budget" CHECK (amount_fen >= 0 AND year BETWEEN 2000 AND 2100), CONSTRAINT "PK_2cc60281707dac6e8ae40e7bfce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_446c25677ac414665a16f62fe3" ON "subsidy_budget"  ("region_id", "year") `);
    await queryRunner.query(`CREATE TYPE "public"."credit_record_kind" AS ENUM('SUBSIDY_FRAUD')`);
    await queryRunner.query(
      `CREATE TABLE "credit_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "enterprise_id" uuid NOT NULL, "region_path" character varying(400) NOT NULL, "kind" "public"."credit_record_kind" NOT NULL, "reason" character varying(1000) NOT NULL, "recorded_by_organization_id" uuid NOT NULL, "recorded_by_user_id" uuid, CONSTRAINT "PK_dde3c943c35a6f995747f94d4cb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1844e727fc9b7a14b70f1fd077" ON "credit_record"  ("enterprise_id", "kind") `);
    await queryRunner.query(
      `CREATE TABLE "subsidy_clawback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "subsidy_application_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "credit_record_id" uuid NOT NULL, "amount_fen" bigint NOT NULL, "recovered_on" date, CONSTRAINT "CHK_subsidy_clawback_amount" CHECK (amount_fen > 0), CONSTRAINT "PK_176e192be554bc7d1bd2e493623" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_31046a6f86802813324a9788c2" ON "subsidy_clawback"  ("subsidy_application_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cf86349a065d69d16a70890ebc" ON "subsidy_clawback"  ("enterprise_id") `);
    await queryRunner.query(
      `ALTER TABLE "subsidy_application" ADD CONSTRAINT "FK_07665784c5fdd2e4c25ae6edeff" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_application" ADD CONSTRAINT "FK_ea1c6433687118ae669e6a3e9f9" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_application" ADD CONSTRAINT "FK_2884f425a8967565570e9a1ecf0" FOREIGN KEY ("policy_id") REFERENCES "regional_policy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_application" ADD CONSTRAINT "FK_54f4a7813d9ae54f3cffbbaf61e" FOREIGN KEY ("budget_region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_application" ADD CONSTRAINT "FK_2603dea291bc6b52f68883e134a" FOREIGN KEY ("applied_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_application" ADD CONSTRAINT "FK_eb34e942fdce225cf029afd6aa6" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "compensation_claim" ADD CONSTRAINT "FK_a9e9299b5bf16d58184f7c947aa" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "compensation_claim" ADD CONSTRAINT "FK_66c9f2817c341ea7c52d643904d" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "compensation_claim" ADD CONSTRAINT "FK_dd1b925f6cf86b8baaf1be8bb17" FOREIGN KEY ("policy_id") REFERENCES "regional_policy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "compensation_claim" ADD CONSTRAINT "FK_6b5b095e01fb82f5d8eced6a0d6" FOREIGN KEY ("budget_region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "compensation_claim" ADD CONSTRAINT "FK_00c136947dfcb86c068cf54f6b1" FOREIGN KEY ("applied_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "compensation_claim" ADD CONSTRAINT "FK_b6ec705dd9aa6cb3ed415ecd741" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "compensation_claim" ADD CONSTRAINT "FK_9336404f746f1c2687b22f596d0" FOREIGN KEY ("claimant_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_budget" ADD CONSTRAINT "FK_4bbfeac0431b5f65ee071bf47eb" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_budget" ADD CONSTRAINT "FK_6413640d7a84d0b58d8c6390044" FOREIGN KEY ("set_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_record" ADD CONSTRAINT "FK_f6de76f9b00aba8422b36d688c7" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_record" ADD CONSTRAINT "FK_72b814cc529311ac627d4bb9104" FOREIGN KEY ("recorded_by_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_record" ADD CONSTRAINT "FK_1aa3ba92445cc91f1afbb7474ab" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_clawback" ADD CONSTRAINT "FK_31046a6f86802813324a9788c25" FOREIGN KEY ("subsidy_application_id") REFERENCES "subsidy_application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_clawback" ADD CONSTRAINT "FK_cf86349a065d69d16a70890ebce" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subsidy_clawback" ADD CONSTRAINT "FK_b5a751a55da4545c9576eddd98b" FOREIGN KEY ("credit_record_id") REFERENCES "credit_record"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subsidy_clawback" DROP CONSTRAINT "FK_b5a751a55da4545c9576eddd98b"`);
    await queryRunner.query(`ALTER TABLE "subsidy_clawback" DROP CONSTRAINT "FK_cf86349a065d69d16a70890ebce"`);
    await queryRunner.query(`ALTER TABLE "subsidy_clawback" DROP CONSTRAINT "FK_31046a6f86802813324a9788c25"`);
    await queryRunner.query(`ALTER TABLE "credit_record" DROP CONSTRAINT "FK_1aa3ba92445cc91f1afbb7474ab"`);
    await queryRunner.query(`ALTER TABLE "credit_record" DROP CONSTRAINT "FK_72b814cc529311ac627d4bb9104"`);
    await queryRunner.query(`ALTER TABLE "credit_record" DROP CONSTRAINT "FK_f6de76f9b00aba8422b36d688c7"`);
    await queryRunner.query(`ALTER TABLE "subsidy_budget" DROP CONSTRAINT "FK_6413640d7a84d0b58d8c6390044"`);
    await queryRunner.query(`ALTER TABLE "subsidy_budget" DROP CONSTRAINT "FK_4bbfeac0431b5f65ee071bf47eb"`);
    await queryRunner.query(`ALTER TABLE "compensation_claim" DROP CONSTRAINT "FK_9336404f746f1c2687b22f596d0"`);
    await queryRunner.query(`ALTER TABLE "compensation_claim" DROP CONSTRAINT "FK_b6ec705dd9aa6cb3ed415ecd741"`);
    await queryRunner.query(`ALTER TABLE "compensation_claim" DROP CONSTRAINT "FK_00c136947dfcb86c068cf54f6b1"`);
    await queryRunner.query(`ALTER TABLE "compensation_claim" DROP CONSTRAINT "FK_6b5b095e01fb82f5d8eced6a0d6"`);
    await queryRunner.query(`ALTER TABLE "compensation_claim" DROP CONSTRAINT "FK_dd1b925f6cf86b8baaf1be8bb17"`);
    await queryRunner.query(`ALTER TABLE "compensation_claim" DROP CONSTRAINT "FK_66c9f2817c341ea7c52d643904d"`);
    await queryRunner.query(`ALTER TABLE "compensation_claim" DROP CONSTRAINT "FK_a9e9299b5bf16d58184f7c947aa"`);
    await queryRunner.query(`ALTER TABLE "subsidy_application" DROP CONSTRAINT "FK_eb34e942fdce225cf029afd6aa6"`);
    await queryRunner.query(`ALTER TABLE "subsidy_application" DROP CONSTRAINT "FK_2603dea291bc6b52f68883e134a"`);
    await queryRunner.query(`ALTER TABLE "subsidy_application" DROP CONSTRAINT "FK_54f4a7813d9ae54f3cffbbaf61e"`);
    await queryRunner.query(`ALTER TABLE "subsidy_application" DROP CONSTRAINT "FK_2884f425a8967565570e9a1ecf0"`);
    await queryRunner.query(`ALTER TABLE "subsidy_application" DROP CONSTRAINT "FK_ea1c6433687118ae669e6a3e9f9"`);
    await queryRunner.query(`ALTER TABLE "subsidy_application" DROP CONSTRAINT "FK_07665784c5fdd2e4c25ae6edeff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cf86349a065d69d16a70890ebc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31046a6f86802813324a9788c2"`);
    await queryRunner.query(`DROP TABLE "subsidy_clawback"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1844e727fc9b7a14b70f1fd077"`);
    await queryRunner.query(`DROP TABLE "credit_record"`);
    await queryRunner.query(`DROP TYPE "public"."credit_record_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_446c25677ac414665a16f62fe3"`);
    await queryRunner.query(`DROP TABLE "subsidy_budget"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_compensation_claim_loan_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9336404f746f1c2687b22f596d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc04a4c67da4674a805be6d69f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61a5c47df1b4cd8b30002bf983"`);
    await queryRunner.query(`DROP TABLE "compensation_claim"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_subsidy_application_loan_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b18f57a86263439a8931601637"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_32ef296bc2bcca4191defff29f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70b10d5749480420125bbcceb3"`);
    await queryRunner.query(`DROP TABLE "subsidy_application"`);
    await queryRunner.query(`DROP TYPE "public"."subsidy_kind"`);
    await queryRunner.query(`DROP TYPE "public"."subsidy_status"`);
  }
}
