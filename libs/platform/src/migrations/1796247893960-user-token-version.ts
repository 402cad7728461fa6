import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserTokenVersion1796247893960 implements MigrationInterface {
  name = 'UserTokenVersion1796247893960';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
  }
}
