import { DataSource } from 'typeorm';
import { seedDemoIdentity } from './identity.seed';

export * from './identity.data';
export * from './identity.seed';

/** The whole demo data set, in one transaction. */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await seedDemoIdentity(manager);
  });
}
