import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rows of `table` whose `column` names no row of `parent`: the rows a new foreign key would refuse. */
function orphaned(table: string, column: string, parent: string): string {
  return `"${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${parent}" p WHERE p."id" = "${table}"."${column}")`;
}

/**
 * Postgres itself now holds what validation promises (CHECK) and what every uuid column
 * names (FOREIGN KEY). Rows that break them are cleaned first, or the ALTERs would fail; the
 * services, the demo seed and the generator never wrote such rows, so on a healthy database
 * every cleaning statement touches nothing.
 */
export class DatabaseInvariants1796301160171 implements MigrationInterface {
  name = 'DatabaseInvariants1796301160171';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);

    // --- Rows breaking a CHECK. An optional figure that cannot be true becomes unknown; a
    // row whose meaning is the broken figure (an appraisal, a need, a product) is deleted;
    // a score or counter out of range is clamped, as the row is a record to keep.
    await q(`UPDATE "enterprise" SET "employees" = NULL WHERE "employees" < 0`);
    await q(`UPDATE "enterprise" SET "annual_revenue_fen" = NULL WHERE "annual_revenue_fen" < 0`);
    await q(`DELETE FROM "enterprise_annual_revenue" WHERE "revenue_fen" < 0`);
    // Which of two contradicting dates is wrong is unknown: the grant date is dropped (the legal
    // status still says whether it was granted); an expiry before the start becomes the start, so
    // the asset reads as expired rather than alive on a guessed date.
    await q(`UPDATE "ip_asset" SET "granted_on" = NULL WHERE "granted_on" < "filed_on"`);
    await q(`UPDATE "ip_asset" SET "expires_on" = COALESCE("granted_on", "filed_on") WHERE "expires_on" < COALESCE("granted_on", "filed_on")`);
    // Its reviews go with it (existing ON DELETE CASCADE); engagements it completed are unlinked below.
    await q(`DELETE FROM "valuation" WHERE "value_fen" < 0 OR "valued_on" > "valid_until"`);
    await q(`DELETE FROM "valuation_review" WHERE "reviewed_value_fen" < 0`);
    // No loan meets a need or product like these; their matches are cleaned with the orphans below.
    await q(`DELETE FROM "financing_need" WHERE "amount_fen" < 0 OR "term_months" <= 0 OR "max_rate_bp" NOT BETWEEN 0 AND 10000`);
    await q(
      `DELETE FROM "loan_product" WHERE NOT (
         "min_amount_fen" >= 0 AND "min_amount_fen" <= "max_amount_fen"
         AND "min_term_months" > 0 AND "min_term_months" <= "max_term_months"
         AND "min_rate_bp" >= 0 AND "min_rate_bp" <= "max_rate_bp" AND "max_rate_bp" <= 10000
         AND "min_firm_age_years" >= 0
         AND jsonb_typeof("pledge_rates") = 'object'
         AND NOT jsonb_path_exists("pledge_rates", '$.* ? (@.type() != "number" || @ < 0 || @ > 10000)')
         AND COALESCE("active_from" <= "active_until", true))`,
    );
    // Derived: the next recompute writes it again.
    await q(`DELETE FROM "match_need_state" WHERE "stored_pairs" < 0`);
    await q(`UPDATE "screening_rule_set" SET "min_score" = LEAST(GREATEST("min_score", 0), 100) WHERE "min_score" NOT BETWEEN 0 AND 100`);
    await q(`UPDATE "whitelist_entry" SET "score" = LEAST(GREATEST("score", 0), 100) WHERE "score" NOT BETWEEN 0 AND 100`);
    await q(
      `UPDATE "whitelist_delivery" SET "webhook_attempts" = GREATEST("webhook_attempts", 0), "redrives" = GREATEST("redrives", 0), "chunk" = GREATEST("chunk", 0)
       WHERE "webhook_attempts" < 0 OR "redrives" < 0 OR "chunk" < 0`,
    );
    await q(`UPDATE "whitelist_response" SET "credit_line_fen" = NULL WHERE "credit_line_fen" < 0`);

    // --- Rows naming a row that is gone. A nullable reference is unlinked; a row that cannot
    // stand without its parent is deleted, parents before children, so no deletion leaves a
    // new orphan behind.
    await q(`UPDATE "enterprise" SET "created_by_organization_id" = NULL WHERE ${orphaned('enterprise', 'created_by_organization_id', 'organization')}`);
    await q(`UPDATE "enterprise_annual_revenue" SET "reported_by_organization_id" = NULL WHERE ${orphaned('enterprise_annual_revenue', 'reported_by_organization_id', 'organization')}`);
    await q(`DELETE FROM "enterprise_fact_declaration" WHERE ${orphaned('enterprise_fact_declaration', 'declared_by_organization_id', 'organization')}`);
    await q(`UPDATE "enterprise_fact_declaration" SET "reviewed_by_organization_id" = NULL WHERE ${orphaned('enterprise_fact_declaration', 'reviewed_by_organization_id', 'organization')}`);
    await q(
      `DELETE FROM "valuation_engagement" WHERE ${orphaned('valuation_engagement', 'enterprise_id', 'enterprise')} OR ${orphaned('valuation_engagement', 'requested_by_organization_id', 'organization')}`,
    );
    await q(`UPDATE "valuation_engagement" SET "valuation_id" = NULL WHERE ${orphaned('valuation_engagement', 'valuation_id', 'valuation')}`);
    await q(`DELETE FROM "bank_access_revocation" WHERE ${orphaned('bank_access_revocation', 'enterprise_id', 'enterprise')} OR ${orphaned('bank_access_revocation', 'bank_organization_id', 'organization')}`);
    await q(`DELETE FROM "match" WHERE ${orphaned('match', 'need_id', 'financing_need')} OR ${orphaned('match', 'product_id', 'loan_product')}`);
    await q(`DELETE FROM "match_need_state" WHERE ${orphaned('match_need_state', 'need_id', 'financing_need')}`);
    await q(`DELETE FROM "screening_rule_set" WHERE ${orphaned('screening_rule_set', 'region_id', 'region')} OR ${orphaned('screening_rule_set', 'office_organization_id', 'organization')}`);
    await q(
      `DELETE FROM "whitelist_batch" WHERE ${orphaned('whitelist_batch', 'office_organization_id', 'organization')} OR ${orphaned('whitelist_batch', 'region_id', 'region')} OR ${orphaned('whitelist_batch', 'rule_set_id', 'screening_rule_set')}`,
    );
    await q(`UPDATE "whitelist_batch" SET "superseded_by_id" = NULL WHERE ${orphaned('whitelist_batch', 'superseded_by_id', 'whitelist_batch')}`);
    await q(`DELETE FROM "whitelist_entry" WHERE ${orphaned('whitelist_entry', 'batch_id', 'whitelist_batch')} OR ${orphaned('whitelist_entry', 'enterprise_id', 'enterprise')}`);
    await q(
      `DELETE FROM "whitelist_nomination" WHERE ${orphaned('whitelist_nomination', 'enterprise_id', 'enterprise')} OR ${orphaned('whitelist_nomination', 'nominator_organization_id', 'organization')}`,
    );
    // A nomination whose target office is gone is open to any office above the firm, as if untargeted.
    await q(`UPDATE "whitelist_nomination" SET "target_office_organization_id" = NULL WHERE ${orphaned('whitelist_nomination', 'target_office_organization_id', 'organization')}`);
    await q(`DELETE FROM "whitelist_push" WHERE ${orphaned('whitelist_push', 'batch_id', 'whitelist_batch')} OR ${orphaned('whitelist_push', 'office_organization_id', 'organization')}`);
    await q(
      `DELETE FROM "whitelist_delivery" WHERE ${orphaned('whitelist_delivery', 'push_id', 'whitelist_push')} OR ${orphaned('whitelist_delivery', 'batch_id', 'whitelist_batch')}
         OR ${orphaned('whitelist_delivery', 'bank_organization_id', 'organization')} OR ${orphaned('whitelist_delivery', 'enterprise_id', 'enterprise')}`,
    );
    await q(`DELETE FROM "bank_webhook" WHERE ${orphaned('bank_webhook', 'bank_organization_id', 'organization')}`);
    await q(
      `DELETE FROM "whitelist_response" WHERE ${orphaned('whitelist_response', 'enterprise_id', 'enterprise')} OR ${orphaned('whitelist_response', 'bank_organization_id', 'organization')}
         OR ${orphaned('whitelist_response', 'batch_id', 'whitelist_batch')} OR ${orphaned('whitelist_response', 'responded_by_user_id', 'app_user')}`,
    );

    // --- The constraints (as generated from the entities).
    await queryRunner.query(`ALTER TABLE "enterprise" ADD CONSTRAINT "CHK_enterprise_annual_revenue" CHECK (annual_revenue_fen >= 0)`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD CONSTRAINT "CHK_enterprise_employees" CHECK (employees >= 0)`);
    await queryRunner.query(`ALTER TABLE "enterprise_annual_revenue" ADD CONSTRAINT "CHK_enterprise_annual_revenue_revenue" CHECK (revenue_fen >= 0)`);
    await queryRunner.query(`ALTER TABLE "ip_asset" ADD CONSTRAINT "CHK_ip_asset_expires_after_start" CHECK (COALESCE(granted_on, filed_on) <= expires_on)`);
    await queryRunner.query(`ALTER TABLE "ip_asset" ADD CONSTRAINT "CHK_ip_asset_granted_after_filed" CHECK (filed_on <= granted_on)`);
    await queryRunner.query(`ALTER TABLE "valuation" ADD CONSTRAINT "CHK_valuation_dates" CHECK (valued_on <= valid_until)`);
    await queryRunner.query(`ALTER TABLE "valuation" ADD CONSTRAINT "CHK_valuation_value" CHECK (value_fen >= 0)`);
    await queryRunner.query(`ALTER TABLE "valuation_review" ADD CONSTRAINT "CHK_valuation_review_value" CHECK (reviewed_value_fen >= 0)`);
    await queryRunner.query(`ALTER TABLE "financing_need" ADD CONSTRAINT "CHK_financing_need_rate" CHECK (max_rate_bp BETWEEN 0 AND 10000)`);
    await queryRunner.query(`ALTER TABLE "financing_need" ADD CONSTRAINT "CHK_financing_need_term" CHECK (term_months > 0)`);
    await queryRunner.query(`ALTER TABLE "financing_need" ADD CONSTRAINT "CHK_financing_need_amount" CHECK (amount_fen >= 0)`);
    await queryRunner.query(`ALTER TABLE "loan_product" ADD CONSTRAINT "CHK_loan_product_min_firm_age" CHECK (min_firm_age_years >= 0)`);
    await queryRunner.query(`ALTER TABLE "loan_product" ADD CONSTRAINT "CHK_loan_product_active_window" CHECK (active_from <= active_until)`);
    await queryRunner.query(`ALTER TABLE "loan_product" ADD CONSTRAINT "CHK_loan_product_pledge_rates" CHECK (jsonb_typeof(pledge_rates) = 'object' AND NOT jsonb_path_exists(pledge_rates, '$.* ? (@.type() != "number" || @ < 0 || @ > 10000)'))`);
    await queryRunner.query(`ALTER TABLE "loan_product" ADD CONSTRAINT "CHK_loan_product_rate_range" CHECK (min_rate_bp >= 0 AND min_rate_bp <= max_rate_bp AND max_rate_bp <= 10000)`);
    await queryRunner.query(`ALTER TABLE "loan_product" ADD CONSTRAINT "CHK_loan_product_term_range" CHECK (min_term_months > 0 AND min_term_months <= max_term_months)`);
    await queryRunner.query(`ALTER TABLE "loan_product" ADD CONSTRAINT "CHK_loan_product_amount_range" CHECK (min_amount_fen >= 0 AND min_amount_fen <= max_amount_fen)`);
    await queryRunner.query(`ALTER TABLE "match_need_state" ADD CONSTRAINT "CHK_match_need_state_stored_pairs" CHECK (stored_pairs >= 0)`);
    await queryRunner.query(`ALTER TABLE "screening_rule_set" ADD CONSTRAINT "CHK_screening_rule_set_min_score" CHECK (min_score BETWEEN 0 AND 100)`);
    await queryRunner.query(`ALTER TABLE "whitelist_entry" ADD CONSTRAINT "CHK_whitelist_entry_score" CHECK (score BETWEEN 0 AND 100)`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" ADD CONSTRAINT "CHK_whitelist_delivery_counters" CHECK (webhook_attempts >= 0 AND redrives >= 0 AND chunk >= 0)`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" ADD CONSTRAINT "CHK_whitelist_response_credit_line" CHECK (credit_line_fen >= 0)`);
    await queryRunner.query(`ALTER TABLE "bank_access_revocation" ADD CONSTRAINT "FK_f5d93a6e06bed307901b60194b8" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bank_access_revocation" ADD CONSTRAINT "FK_fdf569d8cbfe329a9e6de1b4aaf" FOREIGN KEY ("bank_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enterprise" ADD CONSTRAINT "FK_538be576ca86af0ae10010b73f2" FOREIGN KEY ("created_by_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enterprise_annual_revenue" ADD CONSTRAINT "FK_9b06a677a722d4fac0d99d8103b" FOREIGN KEY ("reported_by_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enterprise_fact_declaration" ADD CONSTRAINT "FK_2676bc5338c6fab301f3d6d8ac6" FOREIGN KEY ("declared_by_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enterprise_fact_declaration" ADD CONSTRAINT "FK_71ddecfbd000e0533e6dea892cd" FOREIGN KEY ("reviewed_by_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" ADD CONSTRAINT "FK_3fbe53b286d19bdc8ee04beb974" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" ADD CONSTRAINT "FK_21fec156686fa21a52aad712c0b" FOREIGN KEY ("requested_by_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" ADD CONSTRAINT "FK_d2df969e1b6dcb26fcc94d29250" FOREIGN KEY ("valuation_id") REFERENCES "valuation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match" ADD CONSTRAINT "FK_8849058f4733e28abc5c9976880" FOREIGN KEY ("need_id") REFERENCES "financing_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match" ADD CONSTRAINT "FK_136ed6ffb8391a4e0de87cb31ab" FOREIGN KEY ("product_id") REFERENCES "loan_product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_need_state" ADD CONSTRAINT "FK_c6c303d3f618d3a81dada7b57f9" FOREIGN KEY ("need_id") REFERENCES "financing_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "screening_rule_set" ADD CONSTRAINT "FK_4341b91c4149550639e0c0e403c" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "screening_rule_set" ADD CONSTRAINT "FK_bfa2c1d6efeba56f6c6af9fc7f3" FOREIGN KEY ("office_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_batch" ADD CONSTRAINT "FK_fcf4102787622ce512c3325f208" FOREIGN KEY ("office_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_batch" ADD CONSTRAINT "FK_69fadcff344e2b48305f952cacf" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_batch" ADD CONSTRAINT "FK_1784bca331a85a5b5ed1ed5394c" FOREIGN KEY ("rule_set_id") REFERENCES "screening_rule_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_batch" ADD CONSTRAINT "FK_460779409e414d3c17fcef56355" FOREIGN KEY ("superseded_by_id") REFERENCES "whitelist_batch"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_entry" ADD CONSTRAINT "FK_32e78fda147a75af128cb2176df" FOREIGN KEY ("batch_id") REFERENCES "whitelist_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_entry" ADD CONSTRAINT "FK_7bcf6b82bb318be9903150d231a" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_nomination" ADD CONSTRAINT "FK_629c1103146bc0b49278670855b" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_nomination" ADD CONSTRAINT "FK_78f9d474ff3c04d3d5a00b5aec2" FOREIGN KEY ("nominator_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_nomination" ADD CONSTRAINT "FK_3a113011a9f01ade66f43eac65c" FOREIGN KEY ("target_office_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_push" ADD CONSTRAINT "FK_80e8286ec8e132ced092f88c622" FOREIGN KEY ("batch_id") REFERENCES "whitelist_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_push" ADD CONSTRAINT "FK_e2a868f7c1466c689e50d0e497e" FOREIGN KEY ("office_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" ADD CONSTRAINT "FK_f008a755cc181f18919142a88d8" FOREIGN KEY ("push_id") REFERENCES "whitelist_push"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" ADD CONSTRAINT "FK_f70d7cd3ffa008ff61c9dff2c78" FOREIGN KEY ("batch_id") REFERENCES "whitelist_batch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" ADD CONSTRAINT "FK_409ace94d2a08cc511623ac84d3" FOREIGN KEY ("bank_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" ADD CONSTRAINT "FK_cbb30eb754b9710ba258360c562" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bank_webhook" ADD CONSTRAINT "FK_3b36a38cb32e70f3cfe899b6c4e" FOREIGN KEY ("bank_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" ADD CONSTRAINT "FK_83d77b083ccd80c16bc926492d5" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" ADD CONSTRAINT "FK_5c66c11f4e37bc736e2fd381275" FOREIGN KEY ("bank_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" ADD CONSTRAINT "FK_ac9ca651d9cb628bc9392562688" FOREIGN KEY ("batch_id") REFERENCES "whitelist_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" ADD CONSTRAINT "FK_ced3450603dbaad8da33180d157" FOREIGN KEY ("responded_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "whitelist_response" DROP CONSTRAINT "FK_ced3450603dbaad8da33180d157"`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" DROP CONSTRAINT "FK_ac9ca651d9cb628bc9392562688"`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" DROP CONSTRAINT "FK_5c66c11f4e37bc736e2fd381275"`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" DROP CONSTRAINT "FK_83d77b083ccd80c16bc926492d5"`);
    await queryRunner.query(`ALTER TABLE "bank_webhook" DROP CONSTRAINT "FK_3b36a38cb32e70f3cfe899b6c4e"`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" DROP CONSTRAINT "FK_cbb30eb754b9710ba258360c562"`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" DROP CONSTRAINT "FK_409ace94d2a08cc511623ac84d3"`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" DROP CONSTRAINT "FK_f70d7cd3ffa008ff61c9dff2c78"`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" DROP CONSTRAINT "FK_f008a755cc181f18919142a88d8"`);
    await queryRunner.query(`ALTER TABLE "whitelist_push" DROP CONSTRAINT "FK_e2a868f7c1466c689e50d0e497e"`);
    await queryRunner.query(`ALTER TABLE "whitelist_push" DROP CONSTRAINT "FK_80e8286ec8e132ced092f88c622"`);
    await queryRunner.query(`ALTER TABLE "whitelist_nomination" DROP CONSTRAINT "FK_3a113011a9f01ade66f43eac65c"`);
    await queryRunner.query(`ALTER TABLE "whitelist_nomination" DROP CONSTRAINT "FK_78f9d474ff3c04d3d5a00b5aec2"`);
    await queryRunner.query(`ALTER TABLE "whitelist_nomination" DROP CONSTRAINT "FK_629c1103146bc0b49278670855b"`);
    await queryRunner.query(`ALTER TABLE "whitelist_entry" DROP CONSTRAINT "FK_7bcf6b82bb318be9903150d231a"`);
    await queryRunner.query(`ALTER TABLE "whitelist_entry" DROP CONSTRAINT "FK_32e78fda147a75af128cb2176df"`);
    await queryRunner.query(`ALTER TABLE "whitelist_batch" DROP CONSTRAINT "FK_460779409e414d3c17fcef56355"`);
    await queryRunner.query(`ALTER TABLE "whitelist_batch" DROP CONSTRAINT "FK_1784bca331a85a5b5ed1ed5394c"`);
    await queryRunner.query(`ALTER TABLE "whitelist_batch" DROP CONSTRAINT "FK_69fadcff344e2b48305f952cacf"`);
    await queryRunner.query(`ALTER TABLE "whitelist_batch" DROP CONSTRAINT "FK_fcf4102787622ce512c3325f208"`);
    await queryRunner.query(`ALTER TABLE "screening_rule_set" DROP CONSTRAINT "FK_bfa2c1d6efeba56f6c6af9fc7f3"`);
    await queryRunner.query(`ALTER TABLE "screening_rule_set" DROP CONSTRAINT "FK_4341b91c4149550639e0c0e403c"`);
    await queryRunner.query(`ALTER TABLE "match_need_state" DROP CONSTRAINT "FK_c6c303d3f618d3a81dada7b57f9"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_136ed6ffb8391a4e0de87cb31ab"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_8849058f4733e28abc5c9976880"`);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" DROP CONSTRAINT "FK_d2df969e1b6dcb26fcc94d29250"`);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" DROP CONSTRAINT "FK_21fec156686fa21a52aad712c0b"`);
    await queryRunner.query(`ALTER TABLE "valuation_engagement" DROP CONSTRAINT "FK_3fbe53b286d19bdc8ee04beb974"`);
    await queryRunner.query(`ALTER TABLE "enterprise_fact_declaration" DROP CONSTRAINT "FK_71ddecfbd000e0533e6dea892cd"`);
    await queryRunner.query(`ALTER TABLE "enterprise_fact_declaration" DROP CONSTRAINT "FK_2676bc5338c6fab301f3d6d8ac6"`);
    await queryRunner.query(`ALTER TABLE "enterprise_annual_revenue" DROP CONSTRAINT "FK_9b06a677a722d4fac0d99d8103b"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "FK_538be576ca86af0ae10010b73f2"`);
    await queryRunner.query(`ALTER TABLE "bank_access_revocation" DROP CONSTRAINT "FK_fdf569d8cbfe329a9e6de1b4aaf"`);
    await queryRunner.query(`ALTER TABLE "bank_access_revocation" DROP CONSTRAINT "FK_f5d93a6e06bed307901b60194b8"`);
    await queryRunner.query(`ALTER TABLE "whitelist_response" DROP CONSTRAINT "CHK_whitelist_response_credit_line"`);
    await queryRunner.query(`ALTER TABLE "whitelist_delivery" DROP CONSTRAINT "CHK_whitelist_delivery_counters"`);
    await queryRunner.query(`ALTER TABLE "whitelist_entry" DROP CONSTRAINT "CHK_whitelist_entry_score"`);
    await queryRunner.query(`ALTER TABLE "screening_rule_set" DROP CONSTRAINT "CHK_screening_rule_set_min_score"`);
    await queryRunner.query(`ALTER TABLE "match_need_state" DROP CONSTRAINT "CHK_match_need_state_stored_pairs"`);
    await queryRunner.query(`ALTER TABLE "loan_product" DROP CONSTRAINT "CHK_loan_product_amount_range"`);
    await queryRunner.query(`ALTER TABLE "loan_product" DROP CONSTRAINT "CHK_loan_product_term_range"`);
    await queryRunner.query(`ALTER TABLE "loan_product" DROP CONSTRAINT "CHK_loan_product_rate_range"`);
    await queryRunner.query(`ALTER TABLE "loan_product" DROP CONSTRAINT "CHK_loan_product_pledge_rates"`);
    await queryRunner.query(`ALTER TABLE "loan_product" DROP CONSTRAINT "CHK_loan_product_active_window"`);
    await queryRunner.query(`ALTER TABLE "loan_product" DROP CONSTRAINT "CHK_loan_product_min_firm_age"`);
    await queryRunner.query(`ALTER TABLE "financing_need" DROP CONSTRAINT "CHK_financing_need_amount"`);
    await queryRunner.query(`ALTER TABLE "financing_need" DROP CONSTRAINT "CHK_financing_need_term"`);
    await queryRunner.query(`ALTER TABLE "financing_need" DROP CONSTRAINT "CHK_financing_need_rate"`);
    await queryRunner.query(`ALTER TABLE "valuation_review" DROP CONSTRAINT "CHK_valuation_review_value"`);
    await queryRunner.query(`ALTER TABLE "valuation" DROP CONSTRAINT "CHK_valuation_value"`);
    await queryRunner.query(`ALTER TABLE "valuation" DROP CONSTRAINT "CHK_valuation_dates"`);
    await queryRunner.query(`ALTER TABLE "ip_asset" DROP CONSTRAINT "CHK_ip_asset_granted_after_filed"`);
    await queryRunner.query(`ALTER TABLE "ip_asset" DROP CONSTRAINT "CHK_ip_asset_expires_after_start"`);
    await queryRunner.query(`ALTER TABLE "enterprise_annual_revenue" DROP CONSTRAINT "CHK_enterprise_annual_revenue_revenue"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "CHK_enterprise_employees"`);
    await queryRunner.query(`ALTER TABLE "enterprise" DROP CONSTRAINT "CHK_enterprise_annual_revenue"`);
  }
}
