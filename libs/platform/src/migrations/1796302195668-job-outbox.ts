import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobOutbox1796302195668 implements MigrationInterface {
  name = 'JobOutbox1796302195668';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "job_outbox" ("id" BIGSERIAL NOT NULL, "name" character varying(80) NOT NULL, "payload" jsonb NOT NULL, "dedupe_key" character varying(200), "job_id" character varying(200), "options" jsonb, "run_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP(3) WITH TIME ZONE, "sent_as" character varying(200), "sends" integer NOT NULL DEFAULT '0', "done_at" TIMESTAMP(3) WITH TIME ZONE, "failed_at" TIMESTAMP(3) WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_c3ba45dab51e3016acef18d0433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_job_outbox_waiting_key" ON "job_outbox"  ("name", "dedupe_key") WHERE sent_at IS NULL AND dedupe_key IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_job_outbox_done" ON "job_outbox"  ("done_at") WHERE done_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_job_outbox_unfinished" ON "job_outbox"  ("sent_at") WHERE sent_at IS NOT NULL AND done_at IS NULL AND failed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "idx_job_outbox_due" ON "job_outbox"  ("run_at", "id") WHERE sent_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_job_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."idx_job_outbox_unfinished"`);
    await queryRunner.query(`DROP INDEX "public"."idx_job_outbox_done"`);
    await queryRunner.query(`DROP INDEX "public"."idx_job_outbox_waiting_key"`);
    await queryRunner.query(`DROP TABLE "job_outbox"`);
  }
}
