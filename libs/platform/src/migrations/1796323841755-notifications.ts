import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796323841755 implements MigrationInterface {
  name = 'Notifications1796323841755';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_user_id" uuid NOT NULL, "recipient_organization_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "title_zh" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "body_zh" text NOT NULL, "body_en" text NOT NULL, "link" character varying(500), "subject_type" character varying(60), "subject_id" uuid, "dedupe_key" character varying(300) NOT NULL, "calendar" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_notification_unread" ON "notification"  ("recipient_user_id", "created_at") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "idx_notification_inbox" ON "notification"  ("recipient_user_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_recipient_key" ON "notification"  ("recipient_user_id", "dedupe_key") `);
    await queryRunner.query(`CREATE TYPE "public"."notification_channel" AS ENUM('EMAIL')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_delivery_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'SKIPPED')`);
    await queryRunner.query(`CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "channel" "public"."notification_channel" NOT NULL, "address" character varying(254) NOT NULL, "status" "public"."notification_delivery_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "sent_at" TIMESTAMP(3) WITH TIME ZONE, "message_id" character varying(300), "last_error" character varying(1000), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_notification_delivery_attempts" CHECK (attempts >= 0), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_notification_delivery_channel" ON "notification_delivery"  ("notification_id", "channel") `);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_7d7f411e854516f615ba846c6a4" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_7d7f411e854516f615ba846c6a4"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_delivery_channel"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."notification_delivery_status"`);
    await queryRunner.query(`DROP TYPE "public"."notification_channel"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_recipient_key"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."idx_notification_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
