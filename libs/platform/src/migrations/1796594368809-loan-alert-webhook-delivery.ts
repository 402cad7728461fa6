import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoanAlertWebhookDelivery1796594368809 implements MigrationInterface {
  name = 'LoanAlertWebhookDelivery1796594368809';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."loan_alert_delivery_status" AS ENUM('QUEUED', 'DELIVERED', 'FAILED', 'DEAD', 'NO_WEBHOOK')`);
    await queryRunner.query(
      `CREATE TABLE "loan_alert_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "loan_alert_id" uuid NOT NULL, "bank_organization_id" uuid NOT NULL, "status" "public"."loan_alert_delivery_status" NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "delivered_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "CHK_loan_alert_delivery_attempts" CHECK (attempts >= 0), CONSTRAINT "PK_c0689c5d56efc3be3e95901691d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_11670b5919529654296dd082cb" ON "loan_alert_delivery"  ("loan_alert_id") `);
    await queryRunner.query(
      `ALTER TABLE "loan_alert_delivery" ADD CONSTRAINT "FK_11670b5919529654296dd082cb6" FOREIGN KEY ("loan_alert_id") REFERENCES "loan_alert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "loan_alert_delivery" ADD CONSTRAINT "FK_bf561633f7927b93240bc3d4e09" FOREIGN KEY ("bank_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "loan_alert_delivery" DROP CONSTRAINT "FK_bf561633f7927b93240bc3d4e09"`);
    await queryRunner.query(`ALTER TABLE "loan_alert_delivery" DROP CONSTRAINT "FK_11670b5919529654296dd082cb6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_11670b5919529654296dd082cb"`);
    await queryRunner.query(`DROP TABLE "loan_alert_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."loan_alert_delivery_status"`);
  }
}
