import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * IP assets and financing needs copy their firm's region path so visibility filters
 * need no join. When a firm moves (another district or park), the copies follow in
 * the same transaction, whichever code path made the move.
 */
export class RegionPathFollowsEnterprise1795622996263 implements MigrationInterface {
  name = 'RegionPathFollowsEnterprise1795622996263';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION enterprise_region_path_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE ip_asset SET region_path = NEW.region_path WHERE enterprise_id = NEW.id AND region_path <> NEW.region_path;
        UPDATE financing_need SET region_path = NEW.region_path WHERE enterprise_id = NEW.id AND region_path <> NEW.region_path;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER enterprise_region_path_moved AFTER UPDATE OF region_path ON enterprise
      FOR EACH ROW WHEN (OLD.region_path IS DISTINCT FROM NEW.region_path) EXECUTE FUNCTION enterprise_region_path_moved()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER enterprise_region_path_moved ON enterprise`);
    await queryRunner.query(`DROP FUNCTION enterprise_region_path_moved()`);
  }
}
