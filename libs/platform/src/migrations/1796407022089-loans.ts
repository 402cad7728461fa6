import { MigrationInterface, QueryRunner } from 'typeorm';

export class Loans1796407022089 implements MigrationInterface {
  name = 'Loans1796407022089';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."repayment_method" AS ENUM('EQUAL_INSTALMENT', 'EQUAL_PRINCIPAL', 'INTEREST_ONLY_BULLET')`);
    await queryRunner.query(`CREATE TYPE "public"."loan_application_status" AS ENUM('SUBMITTED', 'COUNTER_OFFERED', 'APPROVED', 'DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(
      `CREATE TABLE "loan_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "enterprise_id" uuid NOT NULL, "bank_organization_id" uuid NOT NULL, "product_id" uuid NOT NULL, "need_id" uuid, "meeting_id" uuid, "event_id" uuid, "pledge_bundle_id" uuid, "requested_amount_fen" bigint NOT NULL, "requested_term_months" integer NOT NULL, "requested_repayment_method" "public"."repayment_method" NOT NULL, "purpose" text NOT NULL DEFAULT '', "status" "public"."loan_application_status" NOT NULL DEFAULT 'SUBMITTED', "version" integer NOT NULL DEFAULT '1', "applied_by_user_id" uuid, "offered_amount_fen" bigint, "offered_annual_rate_bp" integer, "offered_term_months" integer, "offered_repayment_method" "public"."repayment_method", "guarantee_required" boolean NOT NULL DEFAULT false, "guarantor_organization_id" uuid, "insurance_required" boolean NOT NULL DEFAULT false, "insurer_organization_id" uuid, "offered_risk_shares" jsonb NOT NULL DEFAULT '[]', "decision_note" character varying(2000), "decline_reason" character varying(2000), "decided_by_user_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "CHK_loan_application_decline" CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)), CONSTRAINT "CHK_loan_application_offer" CHECK ((offered_amount_fen IS NULL OR offered_amount_fen > 0) AND (offered_term_months IS NULL OR offered_term_months > 0) AND (offered_annual_rate_bp IS NULL OR offered_annual_rate_bp BETWEEN 0 AND 10000)), CONSTRAINT "CHK_loan_application_requested" CHECK (requested_amount_fen > 0 AND requested_term_months > 0), CONSTRAINT "PK_a8e4b60ea8218fb408a4c4ab2c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_79ad1e96bb9740d286d4ed346b" ON "loan_application"  ("bank_organization_id", "status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_46c4e48228b828d9b66802c40e" ON "loan_application"  ("enterprise_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "loan_application_asset" ("application_id" uuid NOT NULL, "ip_asset_id" uuid NOT NULL, CONSTRAINT "PK_3ac44693f0b10d7ae4024f6ac41" PRIMARY KEY ("application_id", "ip_asset_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_87e4cb1a567dbb775d23d4d7ca" ON "loan_application_asset"  ("ip_asset_id") `);
    await queryRunner.query(
      `CREATE TABLE "loan_application_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "application_id" uuid NOT NULL, "from_status" "public"."loan_application_status", "to_status" "public"."loan_application_status" NOT NULL, "actor_user_id" uuid, "note" character varying(2000) NOT NULL DEFAULT '', CONSTRAINT "PK_e0f45c9ec457f24b92d9a548f11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ff2ae302cd1df3ff705d20865f" ON "loan_application_transition"  ("application_id", "created_at") `);
    await queryRunner.query(
      `CREATE TYPE "public"."loan_document_kind" AS ENUM('BUSINESS_LICENSE', 'FINANCIAL_STATEMENT', 'IP_CERTIFICATE', 'VALUATION_REPORT', 'CONTRACT', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "loan_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "application_id" uuid NOT NULL, "kind" "public"."loan_document_kind" NOT NULL, "file_name" character varying(255) NOT NULL, "mime_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_path" character varying(500) NOT NULL, "uploaded_by_user_id" uuid, "uploaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_loan_document_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "CHK_loan_document_size" CHECK (size_bytes >= 0), CONSTRAINT "PK_1162b73e917782488992080abca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8b0914addf874feea8bd4a78e0" ON "loan_document"  ("application_id", "uploaded_at") `);
    await queryRunner.query(`CREATE TYPE "public"."loan_day_count" AS ENUM('THIRTY_360')`);
    await queryRunner.query(`CREATE TYPE "public"."loan_status" AS ENUM('CONTRACTED', 'ACTIVE', 'OVERDUE', 'DEFAULTED', 'REPAID', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "loan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "application_id" uuid NOT NULL, "enterprise_id" uuid NOT NULL, "bank_organization_id" uuid NOT NULL, "product_id" uuid NOT NULL, "region_id" uuid NOT NULL, "region_path" character varying(400) NOT NULL, "park_id" uuid, "event_id" uuid, "principal_fen" bigint NOT NULL, "annual_rate_bp" integer NOT NULL, "term_months" integer NOT NULL, "repayment_method" "public"."repayment_method" NOT NULL, "day_count" "public"."loan_day_count" NOT NULL DEFAULT 'THIRTY_360', "appraised_value_fen" bigint NOT NULL, "pledge_rate_bp" integer NOT NULL, "status" "public"."loan_status" NOT NULL DEFAULT 'CONTRACTED', "contracted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "disbursed_on" date, "maturity_date" date, "outstanding_principal_fen" bigint NOT NULL, "ever_overdue" boolean NOT NULL DEFAULT false, "days_past_due" integer NOT NULL DEFAULT '0', "max_days_past_due" integer NOT NULL DEFAULT '0', "defaulted_on" date, "principal_at_default_fen" bigint, "repaid_on" date, "batch_package" character varying(100), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_loan_repaid" CHECK ((status = 'REPAID') = (repaid_on IS NOT NULL)), CONSTRAINT "CHK_loan_defaulted" CHECK ((status = 'DEFAULTED') = (defaulted_on IS NOT NULL)), CONSTRAINT "CHK_loan_disbursed" CHECK (status IN ('CONTRACTED', 'CANCELLED') OR (disbursed_on IS NOT NULL AND maturity_date IS NOT NULL)), CONSTRAINT "CHK_loan_terms" CHECK (term_months > 0 AND annual_rate_bp BETWEEN 0 AND 10000 AND pledge_rate_bp >= 0 AND max_days_past_due >= 0 AND days_past_due >= 0), CONSTRAINT "CHK_loan_amounts" CHECK (principal_fen > 0 AND outstanding_principal_fen >= 0 AND outstanding_principal_fen <= principal_fen AND appraised_value_fen >= 0), CONSTRAINT "PK_4ceda725a323d254a5fd48bf95f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a8e4b60ea8218fb408a4c4ab2c" ON "loan"  ("application_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4b7600dacc39368d7dafa81123" ON "loan"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_2849ad6c9a29fd7ad9e95d5cf4" ON "loan"  ("region_path") `);
    await queryRunner.query(`CREATE INDEX "IDX_ff715fcd97607eb8526732937f" ON "loan"  ("bank_organization_id", "status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_575c53eefb39dea3edd29fda2a" ON "loan"  ("enterprise_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "loan_pledged_asset" ("loan_id" uuid NOT NULL, "ip_asset_id" uuid NOT NULL, "valuation_id" uuid, "value_fen" bigint NOT NULL, CONSTRAINT "PK_66343f3f5c639d8a516b4384db5" PRIMARY KEY ("loan_id", "ip_asset_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fe1e495b0a625429ed1935d536" ON "loan_pledged_asset"  ("ip_asset_id") `);
    await queryRunner.query(`CREATE TYPE "public"."loan_instalment_status" AS ENUM('SCHEDULED', 'PAID', 'OVERDUE', 'WAIVED')`);
    await queryRunner.query(
      `CREATE TABLE "loan_instalment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_id" uuid NOT NULL, "seq" integer NOT NULL, "due_date" date NOT NULL, "principal_fen" bigint NOT NULL, "interest_fen" bigint NOT NULL, "paid_principal_fen" bigint NOT NULL DEFAULT '0', "paid_interest_fen" bigint NOT NULL DEFAULT '0', "status" "public"."loan_instalment_status" NOT NULL DEFAULT 'SCHEDULED', "paid_on" date, "days_past_due" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_loan_instalment_amounts" CHECK (seq >= 1 AND principal_fen >= 0 AND interest_fen >= 0 AND paid_principal_fen BETWEEN 0 AND principal_fen AND paid_interest_fen BETWEEN 0 AND interest_fen AND days_past_due >= 0), CONSTRAINT "PK_6edaf72ac837d6f66deb5707922" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1f7b5d6f95b70986c775e7508f" ON "loan_instalment"  ("status", "due_date") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a46659a169c5dd412aa39b94e8" ON "loan_instalment"  ("loan_id", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "repayment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_id" uuid NOT NULL, "paid_on" date NOT NULL, "principal_fen" bigint NOT NULL, "interest_fen" bigint NOT NULL, "penalty_fen" bigint NOT NULL DEFAULT '0', "early" boolean NOT NULL DEFAULT false, "recorded_by_user_id" uuid, CONSTRAINT "CHK_repayment_amounts" CHECK (principal_fen >= 0 AND interest_fen >= 0 AND penalty_fen >= 0 AND principal_fen + interest_fen + penalty_fen > 0), CONSTRAINT "PK_73c2754ffb392d8ca8023f20ec5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6a2c8e34add744ef5cab2c0e23" ON "repayment"  ("loan_id", "paid_on") `);
    await queryRunner.query(`CREATE TYPE "public"."loan_fee_kind" AS ENUM('REGISTRATION', 'GUARANTEE', 'INSURANCE', 'VALUATION')`);
    await queryRunner.query(
      `CREATE TABLE "loan_fee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_id" uuid NOT NULL, "kind" "public"."loan_fee_kind" NOT NULL, "amount_fen" bigint NOT NULL, "paid_on" date, "payee_organization_id" uuid, CONSTRAINT "CHK_loan_fee_amount" CHECK (amount_fen >= 0), CONSTRAINT "PK_50471fa4b9ac0587ac2f80a8b17" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f295be27a20119475be69fef2c" ON "loan_fee"  ("loan_id") `);
    await queryRunner.query(`CREATE TYPE "public"."loan_risk_share_role" AS ENUM('BANK', 'GUARANTOR', 'INSURER', 'VALUER', 'IP_SERVICE')`);
    await queryRunner.query(
      `CREATE TABLE "loan_risk_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_id" uuid NOT NULL, "party_organization_id" uuid, "role" "public"."loan_risk_share_role" NOT NULL, "share_bp" integer NOT NULL, "passed_on_bp" integer NOT NULL DEFAULT '0', "passed_on_to" character varying(200), CONSTRAINT "CHK_loan_risk_share_bp" CHECK (share_bp BETWEEN 0 AND 10000 AND passed_on_bp BETWEEN 0 AND share_bp), CONSTRAINT "PK_7e5948d83b2c762b824b7dcf44d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fce82cd9b2f4e4c5a50253cec0" ON "loan_risk_share"  ("party_organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c75d72eb03d1fd59aee2b572c" ON "loan_risk_share"  ("loan_id") `);
    await queryRunner.query(
      `CREATE TABLE "loan_recovery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_id" uuid NOT NULL, "recovered_fen" bigint NOT NULL, "recorded_on" date NOT NULL, "failed" boolean NOT NULL DEFAULT false, "note" character varying(2000) NOT NULL DEFAULT '', "recorded_by_user_id" uuid, CONSTRAINT "CHK_loan_recovery_amount" CHECK (recovered_fen >= 0), CONSTRAINT "PK_5a2293abf065765bb84652f038c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ee6342e8988d4d3f807ded56ca" ON "loan_recovery"  ("loan_id", "recorded_on") `);
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_cf3eec1b91e3f3cbb194403ea77" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_301b71bf7f8dbf49873342f268b" FOREIGN KEY ("bank_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_fc25d0dbd914ad1e8ddca5a8fc3" FOREIGN KEY ("product_id") REFERENCES "loan_product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_47acf816ea9d0726996252cd6cd" FOREIGN KEY ("need_id") REFERENCES "financing_need"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_4f609bccfb830c601c3bdb3566b" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_b65776ba4851df8ae41960c351c" FOREIGN KEY ("event_id") REFERENCES "matchmaking_event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_62e972258e3bbaa3947ae5b3030" FOREIGN KEY ("pledge_bundle_id") REFERENCES "pledge_bundle"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_f84a7769cdb5811507901551b49" FOREIGN KEY ("applied_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_0089d5b5946c6e56c9ba9741386" FOREIGN KEY ("guarantor_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_5401805249e60ec9c4018a0f069" FOREIGN KEY ("insurer_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application" ADD CONSTRAINT "FK_c36675de9df131beeb52f110d3c" FOREIGN KEY ("decided_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application_asset" ADD CONSTRAINT "FK_1d8c379fd55dd81f252eea1fd6a" FOREIGN KEY ("application_id") REFERENCES "loan_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application_asset" ADD CONSTRAINT "FK_87e4cb1a567dbb775d23d4d7cac" FOREIGN KEY ("ip_asset_id") REFERENCES "ip_asset"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application_transition" ADD CONSTRAINT "FK_4191222d7fbdbe46a8283557994" FOREIGN KEY ("application_id") REFERENCES "loan_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_application_transition" ADD CONSTRAINT "FK_4220ee4c2d19ed17c1898a5ac27" FOREIGN KEY ("actor_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_document" ADD CONSTRAINT "FK_14502e58e2aff9e359c2c85e361" FOREIGN KEY ("application_id") REFERENCES "loan_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_document" ADD CONSTRAINT "FK_c9783611007affbcd8ecd03af90" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan" ADD CONSTRAINT "FK_a8e4b60ea8218fb408a4c4ab2c4" FOREIGN KEY ("application_id") REFERENCES "loan_application"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan" ADD CONSTRAINT "FK_4de23ffabd739f194c2f5e5c8c9" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan" ADD CONSTRAINT "FK_dbda23705eb8f1b593d9b1d02ee" FOREIGN KEY ("bank_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan" ADD CONSTRAINT "FK_620f430f4bf9e702c7193d73026" FOREIGN KEY ("product_id") REFERENCES "loan_product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan" ADD CONSTRAINT "FK_c0af5984d426dc88d2a52741e13" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan" ADD CONSTRAINT "FK_55665d4c9b35b4394f926e613b7" FOREIGN KEY ("park_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan" ADD CONSTRAINT "FK_0ae4a61dcac7a1697e96c63ab94" FOREIGN KEY ("event_id") REFERENCES "matchmaking_event"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_pledged_asset" ADD CONSTRAINT "FK_705c5b1382948787447e1f814e5" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_pledged_asset" ADD CONSTRAINT "FK_fe1e495b0a625429ed1935d5362" FOREIGN KEY ("ip_asset_id") REFERENCES "ip_asset"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_pledged_asset" ADD CONSTRAINT "FK_b12f6a1f2e6809b735da9b29128" FOREIGN KEY ("valuation_id") REFERENCES "valuation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_instalment" ADD CONSTRAINT "FK_479abc9b1d52ab37acd004eda65" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayment" ADD CONSTRAINT "FK_67c04d1d5efc04c0f8bfa3eea8e" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayment" ADD CONSTRAINT "FK_2331b6b1744af330b11e6c34dc5" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_fee" ADD CONSTRAINT "FK_f295be27a20119475be69fef2c0" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_fee" ADD CONSTRAINT "FK_3e276a1c4f13c661a243ac9c7b9" FOREIGN KEY ("payee_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_risk_share" ADD CONSTRAINT "FK_1c75d72eb03d1fd59aee2b572c3" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_risk_share" ADD CONSTRAINT "FK_fce82cd9b2f4e4c5a50253cec07" FOREIGN KEY ("party_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_recovery" ADD CONSTRAINT "FK_e30ceca9304d6a3a9161082beb9" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_recovery" ADD CONSTRAINT "FK_f9c757033e05bf5b632b82229c5" FOREIGN KEY ("recorded_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "loan_recovery" DROP CONSTRAINT "FK_f9c757033e05bf5b632b82229c5"`);
    await queryRunner.query(`ALTER TABLE "loan_recovery" DROP CONSTRAINT "FK_e30ceca9304d6a3a9161082beb9"`);
    await queryRunner.query(`ALTER TABLE "loan_risk_share" DROP CONSTRAINT "FK_fce82cd9b2f4e4c5a50253cec07"`);
    await queryRunner.query(`ALTER TABLE "loan_risk_share" DROP CONSTRAINT "FK_1c75d72eb03d1fd59aee2b572c3"`);
    await queryRunner.query(`ALTER TABLE "loan_fee" DROP CONSTRAINT "FK_3e276a1c4f13c661a243ac9c7b9"`);
    await queryRunner.query(`ALTER TABLE "loan_fee" DROP CONSTRAINT "FK_f295be27a20119475be69fef2c0"`);
    await queryRunner.query(`ALTER TABLE "repayment" DROP CONSTRAINT "FK_2331b6b1744af330b11e6c34dc5"`);
    await queryRunner.query(`ALTER TABLE "repayment" DROP CONSTRAINT "FK_67c04d1d5efc04c0f8bfa3eea8e"`);
    await queryRunner.query(`ALTER TABLE "loan_instalment" DROP CONSTRAINT "FK_479abc9b1d52ab37acd004eda65"`);
    await queryRunner.query(`ALTER TABLE "loan_pledged_asset" DROP CONSTRAINT "FK_b12f6a1f2e6809b735da9b29128"`);
    await queryRunner.query(`ALTER TABLE "loan_pledged_asset" DROP CONSTRAINT "FK_fe1e495b0a625429ed1935d5362"`);
    await queryRunner.query(`ALTER TABLE "loan_pledged_asset" DROP CONSTRAINT "FK_705c5b1382948787447e1f814e5"`);
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "FK_0ae4a61dcac7a1697e96c63ab94"`);
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "FK_55665d4c9b35b4394f926e613b7"`);
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "FK_c0af5984d426dc88d2a52741e13"`);
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "FK_620f430f4bf9e702c7193d73026"`);
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "FK_dbda23705eb8f1b593d9b1d02ee"`);
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "FK_4de23ffabd739f194c2f5e5c8c9"`);
    await queryRunner.query(`ALTER TABLE "loan" DROP CONSTRAINT "FK_a8e4b60ea8218fb408a4c4ab2c4"`);
    await queryRunner.query(`ALTER TABLE "loan_document" DROP CONSTRAINT "FK_c9783611007affbcd8ecd03af90"`);
    await queryRunner.query(`ALTER TABLE "loan_document" DROP CONSTRAINT "FK_14502e58e2aff9e359c2c85e361"`);
    await queryRunner.query(`ALTER TABLE "loan_application_transition" DROP CONSTRAINT "FK_4220ee4c2d19ed17c1898a5ac27"`);
    await queryRunner.query(`ALTER TABLE "loan_application_transition" DROP CONSTRAINT "FK_4191222d7fbdbe46a8283557994"`);
    await queryRunner.query(`ALTER TABLE "loan_application_asset" DROP CONSTRAINT "FK_87e4cb1a567dbb775d23d4d7cac"`);
    await queryRunner.query(`ALTER TABLE "loan_application_asset" DROP CONSTRAINT "FK_1d8c379fd55dd81f252eea1fd6a"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_c36675de9df131beeb52f110d3c"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_5401805249e60ec9c4018a0f069"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_0089d5b5946c6e56c9ba9741386"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_f84a7769cdb5811507901551b49"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_62e972258e3bbaa3947ae5b3030"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_b65776ba4851df8ae41960c351c"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_4f609bccfb830c601c3bdb3566b"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_47acf816ea9d0726996252cd6cd"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_fc25d0dbd914ad1e8ddca5a8fc3"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_301b71bf7f8dbf49873342f268b"`);
    await queryRunner.query(`ALTER TABLE "loan_application" DROP CONSTRAINT "FK_cf3eec1b91e3f3cbb194403ea77"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ee6342e8988d4d3f807ded56ca"`);
    await queryRunner.query(`DROP TABLE "loan_recovery"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c75d72eb03d1fd59aee2b572c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fce82cd9b2f4e4c5a50253cec0"`);
    await queryRunner.query(`DROP TABLE "loan_risk_share"`);
    await queryRunner.query(`DROP TYPE "public"."loan_risk_share_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f295be27a20119475be69fef2c"`);
    await queryRunner.query(`DROP TABLE "loan_fee"`);
    await queryRunner.query(`DROP TYPE "public"."loan_fee_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a2c8e34add744ef5cab2c0e23"`);
    await queryRunner.query(`DROP TABLE "repayment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a46659a169c5dd412aa39b94e8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f7b5d6f95b70986c775e7508f"`);
    await queryRunner.query(`DROP TABLE "loan_instalment"`);
    await queryRunner.query(`DROP TYPE "public"."loan_instalment_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fe1e495b0a625429ed1935d536"`);
    await queryRunner.query(`DROP TABLE "loan_pledged_asset"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_575c53eefb39dea3edd29fda2a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff715fcd97607eb8526732937f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2849ad6c9a29fd7ad9e95d5cf4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4b7600dacc39368d7dafa81123"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a8e4b60ea8218fb408a4c4ab2c"`);
    await queryRunner.query(`DROP TABLE "loan"`);
    await queryRunner.query(`DROP TYPE "public"."loan_status"`);
    await queryRunner.query(`DROP TYPE "public"."loan_day_count"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b0914addf874feea8bd4a78e0"`);
    await queryRunner.query(`DROP TABLE "loan_document"`);
    await queryRunner.query(`DROP TYPE "public"."loan_document_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff2ae302cd1df3ff705d20865f"`);
    await queryRunner.query(`DROP TABLE "loan_application_transition"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87e4cb1a567dbb775d23d4d7ca"`);
    await queryRunner.query(`DROP TABLE "loan_application_asset"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_46c4e48228b828d9b66802c40e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79ad1e96bb9740d286d4ed346b"`);
    await queryRunner.query(`DROP TABLE "loan_application"`);
    await queryRunner.query(`DROP TYPE "public"."loan_application_status"`);
    await queryRunner.query(`DROP TYPE "public"."repayment_method"`);
  }
}
