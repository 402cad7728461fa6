import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedInterestKeys1796305693348 implements MigrationInterface {
  name = 'NeedInterestKeys1796305693348';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need_interest" ADD CONSTRAINT "FK_af541aa2022adf84225236dd81e" FOREIGN KEY ("product_id") REFERENCES "loan_product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "need_interest" ADD CONSTRAINT "FK_1517686d00988e41755e4fd6167" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "need_interest" DROP CONSTRAINT "FK_1517686d00988e41755e4fd6167"`);
    await queryRunner.query(`ALTER TABLE "need_interest" DROP CONSTRAINT "FK_af541aa2022adf84225236dd81e"`);
  }
}
