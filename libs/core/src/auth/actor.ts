import { OrganizationType, Role } from './roles';

/** The signed-in user as every service sees it; carried in the access token. */
export interface Actor {
  userId: string;
  email: string;
  roles: Role[];
  organizationId: string;
  organizationType: OrganizationType;
  /** Materialised path of the organisation's region, e.g. `310000/310112`. */
  regionPath: string;
}
