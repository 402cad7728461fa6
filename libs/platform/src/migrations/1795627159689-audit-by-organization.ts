import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditByOrganization1795627159689 implements MigrationInterface {
  name = 'AuditByOrganization1795627159689';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_6eaa8801d7a42da9aed67d5887" ON "audit_log"  ("actor_organization_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_6eaa8801d7a42da9aed67d5887"`);
  }
}
