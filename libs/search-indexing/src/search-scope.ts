import { REGIONAL_ROLES } from '@zhirong/access';
import { Actor, isPlatformAdmin, Role } from '@zhirong/core';
import { Filter, FilterExpression } from '@zhirong/search';
import { DisposalStatus } from './documents/disposal-listing.document';
import { SearchError, SearchErrorCode } from './search.errors';



/**
 * The filter that confines an actor to what it may see, built from the signed-in
 * actor only (never from request input) and AND-ed in front of the user's own
 * filter, so the client cannot remove or widen it.
 *
 * IP assets follow their owner firm, as in the ip-assets domain: the platform all;
 * offices, windows and parks their region subtree; a firm its own; a bank the
 * firms that applied or were pushed to it; a valuer the assets it appraised.
 * (Patent bibliographic data is public at CNIPA, but pledge status and
 * valuations are not, so valuers are not given the whole index.)
 */
export function ipAssetScope(actor: Actor): FilterExpression | null {
  if (isPlatformAdmin(actor)) return null;
  const parts: (FilterExpression | null)[] = [];
  if (actor.roles.some((r) => REGIONAL_ROLES.includes(r))) parts.push(Filter.eq('regionPaths', actor.regionPath));
  if (actor.roles.includes(Role.ENTERPRISE_USER)) parts.push(Filter.eq('ownerOrganizationId', actor.organizationId));
  if (actor.roles.includes(Role.BANK_OFFICER)) parts.push(Filter.eq('bankIds', actor.organizationId));
  if (actor.roles.includes(Role.VALUER)) parts.push(Filter.eq('valuerIds', actor.organizationId));
  if (!parts.length) throw new SearchError(SearchErrorCode.NOT_ALLOWED, 'Your role does not search IP assets');
  return Filter.or(...parts);
}

/**
 * Whitelisted firms: a bank only those pushed to it (WHITELIST_PUSH); offices,
 * windows and parks the whitelisted firms of their region subtree; the platform all.
 */
export function firmScope(actor: Actor): FilterExpression | null {
  const whitelisted = Filter.eq('whitelisted', true);
  if (isPlatformAdmin(actor)) return whitelisted;
  const parts: (FilterExpression | null)[] = [];
  if (actor.roles.includes(Role.BANK_OFFICER)) parts.push(Filter.eq('bankIds', actor.organizationId));
  if (actor.roles.some((r) => REGIONAL_ROLES.includes(r))) parts.push(Filter.and(whitelisted, Filter.eq('regionPaths', actor.regionPath)));
  if (!parts.length) throw new SearchError(SearchErrorCode.NOT_ALLOWED, 'Only banks, offices, service windows and parks search whitelisted firms');
  return Filter.or(...parts);
}

/** Disposal listings: everyone (signed in or not) sees published ones; the platform may ask for any status. */
export function disposalScope(actor: Actor | undefined, statuses: DisposalStatus[] | undefined): FilterExpression | null {
  if (actor && isPlatformAdmin(actor)) return statuses?.length ? Filter.in('status', statuses) : null;
  if (statuses?.length && statuses.some((s) => s !== DisposalStatus.PUBLISHED)) {
    throw new SearchError(SearchErrorCode.NOT_ALLOWED, 'Only published listings are public', { field: 'filter.statuses' });
  }
  return Filter.eq('status', DisposalStatus.PUBLISHED);
}
