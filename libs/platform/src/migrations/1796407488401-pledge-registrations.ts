import { MigrationInterface, QueryRunner } from 'typeorm';

export class PledgeRegistrations1796407488401 implements MigrationInterface {
  name = 'PledgeRegistrations1796407488401';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."pledge_channel" AS ENUM('ONLINE', 'OFFLINE')`);
    await queryRunner.query(`CREATE TYPE "public"."pledge_registration_status" AS ENUM('SUBMITTED', 'ACCEPTED', 'REGISTERED', 'RETURNED')`);
    await queryRunner.query(
      `CREATE TABLE "pledge_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_id" uuid NOT NULL, "channel" "public"."pledge_channel" NOT NULL, "status" "public"."pledge_registration_status" NOT NULL DEFAULT 'SUBMITTED', "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "submitted_by" uuid, "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "sla_working_days" integer NOT NULL, "policy_id" uuid NOT NULL, "accepted_at" TIMESTAMP(3) WITH TIME ZONE, "registered_at" TIMESTAMP(3) WITH TIME ZONE, "returned_at" TIMESTAMP(3) WITH TIME ZONE, "returned_reason" character varying(500), "certificate_number" character varying(60), "warned_at" TIMESTAMP(3) WITH TIME ZONE, "breached_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "CHK_pledge_registration_registered" CHECK ((status = 'REGISTERED') = (registered_at IS NOT NULL AND certificate_number IS NOT NULL)), CONSTRAINT "CHK_pledge_registration_returned" CHECK ((status = 'RETURNED') = (returned_reason IS NOT NULL)), CONSTRAINT "CHK_pledge_registration_sla" CHECK (sla_working_days >= 1), CONSTRAINT "PK_2d8743b42977d77844b09a2a0e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4ad6d074e80ee5c3fa1c912256" ON "pledge_registration"  ("status", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_pledge_registration_open_per_loan" ON "pledge_registration"  ("loan_id") WHERE status <> 'RETURNED'`);
    await queryRunner.query(
      `ALTER TABLE "pledge_registration" ADD CONSTRAINT "FK_edec7632455529ed8025a9ed639" FOREIGN KEY ("loan_id") REFERENCES "loan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_registration" ADD CONSTRAINT "FK_09672c80456642b0ee6ca270df1" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pledge_registration" ADD CONSTRAINT "FK_ff63bf9b26de525ec71e7cd97a3" FOREIGN KEY ("policy_id") REFERENCES "regional_policy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pledge_registration" DROP CONSTRAINT "FK_ff63bf9b26de525ec71e7cd97a3"`);
    await queryRunner.query(`ALTER TABLE "pledge_registration" DROP CONSTRAINT "FK_09672c80456642b0ee6ca270df1"`);
    await queryRunner.query(`ALTER TABLE "pledge_registration" DROP CONSTRAINT "FK_edec7632455529ed8025a9ed639"`);
    await queryRunner.query(`DROP INDEX "public"."uq_pledge_registration_open_per_loan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ad6d074e80ee5c3fa1c912256"`);
    await queryRunner.query(`DROP TABLE "pledge_registration"`);
    await queryRunner.query(`DROP TYPE "public"."pledge_registration_status"`);
    await queryRunner.query(`DROP TYPE "public"."pledge_channel"`);
  }
}
