import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionalPolicies1796407066489 implements MigrationInterface {
  name = 'RegionalPolicies1796407066489';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."policy_status" AS ENUM('DRAFT', 'PUBLISHED', 'RETIRED')`);
    await queryRunner.query(
      `CREATE TABLE "regional_policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "region_id" uuid, "version" integer NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "status" "public"."policy_status" NOT NULL DEFAULT 'DRAFT', "rules" jsonb NOT NULL, "note" character varying(1000) NOT NULL DEFAULT '', "created_by" uuid, "published_by" uuid, "published_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "CHK_regional_policy_published" CHECK ((status = 'DRAFT') = (published_at IS NULL)), CONSTRAINT "CHK_regional_policy_version" CHECK (version >= 1), CONSTRAINT "CHK_regional_policy_validity" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT "PK_fd52aea170acfbe1f4e61fc79f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_877ef49df5e6e9d55bf495004c" ON "regional_policy"  ("region_id", "status", "valid_from") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_regional_policy_national_version" ON "regional_policy"  ("version") WHERE region_id IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_regional_policy_region_version" ON "regional_policy"  ("region_id", "version") WHERE region_id IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "regional_policy" ADD CONSTRAINT "FK_9a1996609587ad84ebd4b0d22f1" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_policy" ADD CONSTRAINT "FK_d5023a7b1f677f06f469e063066" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_policy" ADD CONSTRAINT "FK_a7c11dadb4e99929643219f8895" FOREIGN KEY ("published_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Reference data: the national default (全国默认, no region) that every region falls back to —
    // registration within 7 working days, default after 90 days past due, no subsidies. The rules
    // are libs/policy's NATIONAL_DEFAULT_RULES as of this migration; later changes are new versions.
    await queryRunner.query(
      `INSERT INTO "regional_policy" ("region_id", "version", "valid_from", "status", "rules", "note", "published_at")
       VALUES (NULL, 1, '2020-01-01', 'PUBLISHED', $1::jsonb, '全国默认规则（national default）', '2026-01-01T00:00:00+08:00')`,
      [
        '{"registration":{"onlineWorkingDays":7,"offlineWorkingDays":7,"warnBeforeHours":24},"overdue":{"graceDays":0,"workingDays":false,"defaultAfterDaysPastDue":90},"citations":{"registration":{"document":"national-default","clause":"","zh":"全国通行规则：专利、商标质押登记 7 个工作日办结（线上线下相同）。","en":"National rule: a patent or trademark pledge registration is done within 7 working days, online or offline."},"overdue":{"document":"national-default","clause":"","zh":"逾期 90 天以上列为不良（违约），无宽限期，按自然日计算。","en":"A loan 90 or more days past due is non-performing (defaulted); no grace period; calendar days."}}}',
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "regional_policy" DROP CONSTRAINT "FK_a7c11dadb4e99929643219f8895"`);
    await queryRunner.query(`ALTER TABLE "regional_policy" DROP CONSTRAINT "FK_d5023a7b1f677f06f469e063066"`);
    await queryRunner.query(`ALTER TABLE "regional_policy" DROP CONSTRAINT "FK_9a1996609587ad84ebd4b0d22f1"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_regional_policy_region_version"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_regional_policy_national_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_877ef49df5e6e9d55bf495004c"`);
    await queryRunner.query(`DROP TABLE "regional_policy"`);
    await queryRunner.query(`DROP TYPE "public"."policy_status"`);
  }
}
