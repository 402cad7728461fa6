import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterpriseAnnualRevenue1795625777240 implements MigrationInterface {
  name = 'EnterpriseAnnualRevenue1795625777240';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "enterprise_annual_revenue" ("enterprise_id" uuid NOT NULL, "year" integer NOT NULL, "revenue_fen" bigint NOT NULL, "reported_by_organization_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b8a01e989e8c26e82f6738183c6" PRIMARY KEY ("enterprise_id", "year"))`);
    await queryRunner.query(`ALTER TABLE "enterprise_annual_revenue" ADD CONSTRAINT "FK_e0b897ebd653759e803f16a56d1" FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enterprise_annual_revenue" DROP CONSTRAINT "FK_e0b897ebd653759e803f16a56d1"`);
    await queryRunner.query(`DROP TABLE "enterprise_annual_revenue"`);
  }
}
