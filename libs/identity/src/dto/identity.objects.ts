import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationType, Role } from '@zhirong/core';
import { Organization } from '../entities/organization.entity';
import { Region, RegionLevel } from '../entities/region.entity';
import { User } from '../entities/user.entity';

registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  description: '行政层级 — the level of a region in the tree',
  valuesMap: {
    PROVINCE: { description: 'Province (省/直辖市)' },
    CITY: { description: 'City (市/州)' },
    DISTRICT: { description: 'District (区/县)' },
    PARK: { description: 'Park (园区)' },
  },
});

@ObjectType('Region', { description: '地区 — a node of the region tree (province → city → district → park)' })
export class RegionObject {
  @Field(() => ID, { description: 'Region id' })
  id!: string;

  @Field({ description: '行政区划代码 — GB/T 2260 code, or a park code' })
  code!: string;

  @Field({ description: '名称 — name, e.g. 闵行区' })
  name!: string;

  @Field(() => RegionLevel, { description: 'Level in the tree' })
  level!: RegionLevel;

  @Field(() => ID, { nullable: true, description: 'Parent region id; null for a province' })
  parentId!: string | null;

  @Field({ description: 'Codes from the root down, e.g. 310000/310112; a subtree shares the prefix' })
  path!: string;

  static from(region: Region): RegionObject {
    return { id: region.id, code: region.code, name: region.name, level: region.level, parentId: region.parentId, path: region.path };
  }
}

@ObjectType('Organization', { description: '机构 — a party on the platform: firm, bank, office, valuer …' })
export class OrganizationObject {
  @Field(() => ID, { description: 'Organisation id' })
  id!: string;

  @Field({ description: '名称 — name' })
  name!: string;

  @Field(() => OrganizationType, { description: '机构类型 — kind of organisation' })
  type!: OrganizationType;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — unified social credit code, when known' })
  creditCode!: string | null;

  @Field(() => RegionObject, { description: '所在地区 — the region it belongs to; offices act within its subtree' })
  region!: RegionObject;

  static from(org: Organization & { region: Region }): OrganizationObject {
    return { id: org.id, name: org.name, type: org.type, creditCode: org.creditCode, region: RegionObject.from(org.region) };
  }
}

@ObjectType('User', { description: '用户 — a person signed in on behalf of an organisation' })
export class UserObject {
  @Field(() => ID, { description: 'User id' })
  id!: string;

  @Field({ description: 'Sign-in e-mail address (lower case)' })
  email!: string;

  @Field({ description: '姓名 — display name' })
  displayName!: string;

  @Field(() => [Role], { description: '角色 — what the user may do' })
  roles!: Role[];

  @Field(() => OrganizationObject, { description: '所属机构 — the organisation the user acts for' })
  organization!: OrganizationObject;

  static from(user: User & { organization: Organization & { region: Region } }): UserObject {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      organization: OrganizationObject.from(user.organization),
    };
  }
}

@ObjectType({ description: '登录结果 — an access token and who it is for' })
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`' })
  accessToken!: string;

  @Field({ description: 'Seconds until the token expires' })
  expiresInSeconds!: number;

  @Field(() => UserObject, { description: 'The signed-in user' })
  user!: UserObject;
}
