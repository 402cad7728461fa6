import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventReferences1796329204759 implements MigrationInterface {
  name = 'EventReferences1796329204759';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting" ADD CONSTRAINT "FK_c3b435e5aa53c0cc1b41ca6d171" FOREIGN KEY ("product_id") REFERENCES "loan_product"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_a147ee351422cc8a3b1789138fb" FOREIGN KEY ("recipient_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_a147ee351422cc8a3b1789138fb"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_c3b435e5aa53c0cc1b41ca6d171"`);
  }
}
