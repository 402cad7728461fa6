import { hashPassword, Organization, Region, User } from '@zhirong/identity';
import { EntityManager } from 'typeorm';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_REGIONS, DEMO_USERS } from './identity.data';

export interface DemoIdentity {
  regions: Map<string, Region>;
  organizations: Map<string, Organization>;
  users: Map<string, User>;
}

/** Regions, organisations and demo accounts; running it again changes nothing. */
export async function seedDemoIdentity(manager: EntityManager): Promise<DemoIdentity> {
  const regions = new Map<string, Region>();
  for (const r of DEMO_REGIONS) {
    const parent = r.parent ? regions.get(r.parent) : undefined;
    const path = parent ? `${parent.path}/${r.code}` : r.code;
    const existing = await manager.findOneBy(Region, { code: r.code });
    regions.set(
      r.code,
      existing ?? (await manager.save(manager.create(Region, { code: r.code, name: r.name, level: r.level, parentId: parent?.id ?? null, path }))),
    );
  }

  const organizations = new Map<string, Organization>();
  for (const o of DEMO_ORGANIZATIONS) {
    const region = regions.get(o.region)!;
    const existing = await manager.findOneBy(Organization, { name: o.name, type: o.type });
    organizations.set(
      o.key,
      existing ?? (await manager.save(manager.create(Organization, { name: o.name, type: o.type, regionId: region.id, creditCode: o.creditCode ?? null }))),
    );
  }

  const users = new Map<string, User>();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const existing = await manager.findOneBy(User, { email: u.email });
    users.set(
      u.email,
      existing ??
        (await manager.save(
          manager.create(User, { email: u.email, displayName: u.displayName, roles: u.roles, organizationId: organizations.get(u.org)!.id, passwordHash }),
        )),
    );
  }
  return { regions, organizations, users };
}
