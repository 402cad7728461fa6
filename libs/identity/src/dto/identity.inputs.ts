import { Field, ID, InputType } from '@nestjs/graphql';
import { OrganizationType, Role } from '@zhirong/core';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { RegionLevel } from '../entities/region.entity';

@InputType({ description: '登录 — sign in with e-mail and password' })
export class LoginInput {
  @Field({ description: 'E-mail address, case-insensitive' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Password' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

@InputType({ description: '新增地区 — add a region (a new district needs no release)' })
export class CreateRegionInput {
  @Field({ description: 'GB/T 2260 code (6 digits) or a park code (letters, digits, dashes)' })
  @Matches(/^[0-9A-Z][0-9A-Z-]{1,31}$/, { message: 'must be 2–32 upper-case letters, digits or dashes' })
  code!: string;

  @Field({ description: 'Name, e.g. 松江区 (at most 100 characters)' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => RegionLevel, { description: 'Level; must be below the parent’s' })
  @IsEnum(RegionLevel)
  level!: RegionLevel;

  @Field(() => ID, { nullable: true, description: 'Parent region; omit only for a province' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

@InputType({ description: '新增机构 — add an organisation' })
export class CreateOrganizationInput {
  @Field({ description: 'Name (at most 200 characters)' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => OrganizationType, { description: 'Kind of organisation' })
  @IsEnum(OrganizationType)
  type!: OrganizationType;

  @Field(() => ID, { description: 'Region it belongs to' })
  @IsUUID()
  regionId!: string;
}

@InputType({ description: '新增用户 — add a user to an organisation' })
export class CreateUserInput {
  @Field({ description: 'E-mail address (unique)' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Initial password, 12–200 characters' })
  @IsString()
  @Length(12, 200, { message: 'must be 12 to 200 characters long' })
  password!: string;

  @Field({ description: 'Display name (at most 100 characters)' })
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @Field(() => ID, { description: 'Organisation the user acts for' })
  @IsUUID()
  organizationId!: string;

  @Field(() => [Role], { description: 'Roles; each must fit the organisation type' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles!: Role[];
}

@InputType({ description: '修改用户 — change a user: the platform anywhere, an organisation administrator in their own organisation; a role change or deactivation ends the user’s sessions' })
export class UpdateUserInput {
  @Field({ nullable: true, description: 'Display name (at most 100 characters)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @Field(() => [Role], { nullable: true, description: 'The complete new set of roles; each must fit the organisation type' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @Field({ nullable: true, description: '启用 — false disables the account and ends its sessions; true enables it again' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
