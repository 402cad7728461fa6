import { Actor, isPlatformAdmin, Role, subtreePattern } from '@zhirong/core';
import { Permission } from './permission';

/** Roles that act for the firms of their region subtree (offices, service windows, parks). */
export const REGIONAL_ROLES: readonly Role[] = [Role.GOV_OFFICER, Role.WINDOW_OFFICER, Role.PARK_OFFICER];

/** Binds a value as a query parameter and returns its placeholder (`$3` or `:acc3`). */
export type Bind = (value: unknown) => string;

/**
 * Where the subject of a check sits in the caller's query. `id` is the SQL expression
 * of its id; a caller that already has the firm's region path or organisation at hand
 * names them so the planner needs no extra lookup (they must belong to the same firm).
 */
export interface Subject {
  id: string;
  regionPath?: string;
  organizationId?: string;
}

const TRUE = 'TRUE';
const FALSE = 'FALSE';

function any(clauses: string[]): string {
  const real = clauses.filter((c) => c !== FALSE);
  if (!real.length) return FALSE;
  return real.length === 1 ? real[0] : `(${real.join(' OR ')})`;
}

const has = (actor: Actor, role: Role) => actor.roles.includes(role);
const isRegional = (actor: Actor) => actor.roles.some((r) => REGIONAL_ROLES.includes(r));

function inRegion(actor: Actor, pathExpr: string, bind: Bind): string {
  return `(${pathExpr} = ${bind(actor.regionPath)} OR ${pathExpr} LIKE ${bind(subtreePattern(actor.regionPath))} ESCAPE '\\')`;
}

/** The organiser of the event in `alias`, and the offices whose region holds the event's. */
function eventManager(actor: Actor, alias: string, bind: Bind): string {
  const clauses = [`${alias}.organizer_organization_id = ${bind(actor.organizationId)}`];
  if (has(actor, Role.GOV_OFFICER)) clauses.push(inRegion(actor, `${alias}.region_path`, bind));
  return any(clauses);
}

/** The parties of the loan in `alias`: its bank, its firm, the offices of the firm's region. */
function loanParty(actor: Actor, alias: string, bind: Bind): string {
  const clauses: string[] = [];
  if (has(actor, Role.BANK_OFFICER)) clauses.push(`${alias}.bank_organization_id = ${bind(actor.organizationId)}`);
  if (has(actor, Role.ENTERPRISE_USER)) {
    clauses.push(`EXISTS (SELECT 1 FROM enterprise ${alias}_e WHERE ${alias}_e.id = ${alias}.enterprise_id AND ${alias}_e.organization_id = ${bind(actor.organizationId)})`);
  }
  if (isRegional(actor)) clauses.push(inRegion(actor, `${alias}.region_path`, bind));
  return any(clauses);
}

/**
 * A firm: the platform all; offices, windows and parks their region subtree; a firm
 * itself; a bank only with a grant it can name (pushed, applied, accepted interest in
 * a published need — `enterprise_bank_access`). Valuers, guarantors and insurers see no
 * firm profile: they work on what they were engaged for.
 */
function enterprise(actor: Actor, s: Subject, bind: Bind): string {
  const clauses: string[] = [];
  if (isRegional(actor)) {
    clauses.push(
      s.regionPath ? inRegion(actor, s.regionPath, bind) : `EXISTS (SELECT 1 FROM enterprise acc_e WHERE acc_e.id = ${s.id} AND ${inRegion(actor, 'acc_e.region_path', bind)})`,
    );
  }
  if (has(actor, Role.ENTERPRISE_USER)) {
    clauses.push(
      s.organizationId
        ? `${s.organizationId} = ${bind(actor.organizationId)}`
        : `EXISTS (SELECT 1 FROM enterprise acc_e WHERE acc_e.id = ${s.id} AND acc_e.organization_id = ${bind(actor.organizationId)})`,
    );
  }
  if (has(actor, Role.BANK_OFFICER)) {
    clauses.push(`EXISTS (SELECT 1 FROM enterprise_bank_access acc_g WHERE acc_g.enterprise_id = ${s.id} AND acc_g.bank_organization_id = ${bind(actor.organizationId)})`);
  }
  return any(clauses);
}

/** Rows of `table` whose firm (column `enterprise_id`, region in `region_path` when it has one) the actor sees. */
function ofEnterprise(actor: Actor, table: string, alias: string, s: Subject, bind: Bind, extra: string[] = [], hasRegionPath = true): string {
  const firm = enterprise(actor, { id: `${alias}.enterprise_id`, regionPath: hasRegionPath ? `${alias}.region_path` : undefined }, bind);
  const clauses = any([firm, ...extra]);
  if (clauses === FALSE) return FALSE;
  return `EXISTS (SELECT 1 FROM ${table} ${alias} WHERE ${alias}.id = ${s.id} AND ${clauses})`;
}

/** A valuer's own work: assets it appraised or is engaged for (a cancelled engagement ends it). */
function valuerAssetClause(actor: Actor, assetIdExpr: string, bind: Bind): string {
  if (!has(actor, Role.VALUER)) return FALSE;
  const org = bind(actor.organizationId);
  return `(${assetIdExpr} IN (SELECT acc_v.ip_asset_id FROM valuation acc_v WHERE acc_v.valuer_organization_id = ${org})
    OR ${assetIdExpr} IN (SELECT acc_ve.ip_asset_id FROM valuation_engagement acc_ve WHERE acc_ve.valuer_organization_id = ${org} AND acc_ve.status <> 'CANCELLED'))`;
}

const PREDICATES: Record<Permission, (actor: Actor, s: Subject, bind: Bind) => string> = {
  [Permission.ENTERPRISE_READ]: enterprise,

  [Permission.IP_ASSET_READ]: (actor, s, bind) => ofEnterprise(actor, 'ip_asset', 'acc_a', s, bind, [valuerAssetClause(actor, 'acc_a.id', bind)]),

  [Permission.NEED_READ]: (actor, s, bind) => ofEnterprise(actor, 'financing_need', 'acc_n', s, bind),

  [Permission.BUNDLE_READ]: (actor, s, bind) => ofEnterprise(actor, 'pledge_bundle', 'acc_pb', s, bind, [], false),

  [Permission.PRODUCT_READ]: (actor, s, bind) => {
    const own = has(actor, Role.BANK_OFFICER) ? [`acc_p.bank_organization_id = ${bind(actor.organizationId)}`] : [];
    return `EXISTS (SELECT 1 FROM loan_product acc_p WHERE acc_p.id = ${s.id} AND ${any([`acc_p.status = 'ACTIVE'`, ...own])})`;
  },

  [Permission.VALUATION_READ]: (actor, s, bind) => {
    const asset = PREDICATES[Permission.IP_ASSET_READ](actor, { id: 'acc_val.ip_asset_id' }, bind);
    const own = has(actor, Role.VALUER) ? [`acc_val.valuer_organization_id = ${bind(actor.organizationId)}`] : [];
    const clauses = any([asset, ...own]);
    return clauses === FALSE ? FALSE : `EXISTS (SELECT 1 FROM valuation acc_val WHERE acc_val.id = ${s.id} AND ${clauses})`;
  },

  // The reviewing bank's credit judgement: not for other banks, the firm or the offices.
  // The valuer of the reviewed valuation learns how its figure was received.
  [Permission.VALUATION_REVIEW_READ]: (actor, s, bind) => {
    const clauses: string[] = [];
    if (has(actor, Role.BANK_OFFICER)) clauses.push(`acc_r.bank_organization_id = ${bind(actor.organizationId)}`);
    if (has(actor, Role.VALUER)) {
      clauses.push(`EXISTS (SELECT 1 FROM valuation acc_rv WHERE acc_rv.id = acc_r.valuation_id AND acc_rv.valuer_organization_id = ${bind(actor.organizationId)})`);
    }
    const all = any(clauses);
    return all === FALSE ? FALSE : `EXISTS (SELECT 1 FROM valuation_review acc_r WHERE acc_r.id = ${s.id} AND ${all})`;
  },

  // The parties (valuer, whoever asked) and whoever sees the firm. The engagement shows
  // the valuer what to appraise, never the firm's profile (that is ENTERPRISE_READ).
  [Permission.ENGAGEMENT_READ]: (actor, s, bind) => {
    const org = bind(actor.organizationId);
    return ofEnterprise(actor, 'valuation_engagement', 'acc_ve', s, bind, [`acc_ve.valuer_organization_id = ${org}`, `acc_ve.requested_by_organization_id = ${org}`], false);
  },

  // Institutions (banks, valuers, offices …) form a public directory for signed-in users;
  // a firm's organisation is seen by whoever sees the firm.
  [Permission.ORGANIZATION_READ]: (actor, s, bind) => {
    const firm = enterprise(actor, { id: 'acc_oe.id', regionPath: 'acc_oe.region_path', organizationId: 'acc_oe.organization_id' }, bind);
    const firmClause = firm === FALSE ? FALSE : `EXISTS (SELECT 1 FROM enterprise acc_oe WHERE acc_oe.organization_id = acc_o.id AND ${firm})`;
    return `EXISTS (SELECT 1 FROM organization acc_o WHERE acc_o.id = ${s.id} AND ${any([`acc_o.type <> 'ENTERPRISE'`, `acc_o.id = ${bind(actor.organizationId)}`, firmClause])})`;
  },

  [Permission.USER_READ]: (actor, s, bind) => {
    const clauses = [`acc_u.id = ${bind(actor.userId)}`];
    if (has(actor, Role.ORG_ADMIN)) clauses.push(`acc_u.organization_id = ${bind(actor.organizationId)}`);
    return `EXISTS (SELECT 1 FROM app_user acc_u WHERE acc_u.id = ${s.id} AND ${any(clauses)})`;
  },

  // Batches are the offices' working lists; banks see the firms pushed to them instead.
  [Permission.WHITELIST_BATCH_READ]: (actor, s, bind) =>
    has(actor, Role.GOV_OFFICER) ? `EXISTS (SELECT 1 FROM whitelist_batch acc_wb WHERE acc_wb.id = ${s.id} AND ${inRegion(actor, 'acc_wb.region_path', bind)})` : FALSE,

  // The answering bank, and the offices, windows and parks of the firm's region.
  [Permission.WHITELIST_RESPONSE_READ]: (actor, s, bind) => {
    const clauses: string[] = [];
    if (has(actor, Role.BANK_OFFICER)) clauses.push(`acc_wr.bank_organization_id = ${bind(actor.organizationId)}`);
    if (isRegional(actor)) clauses.push(`EXISTS (SELECT 1 FROM enterprise acc_wre WHERE acc_wre.id = acc_wr.enterprise_id AND ${inRegion(actor, 'acc_wre.region_path', bind)})`);
    const all = any(clauses);
    return all === FALSE ? FALSE : `EXISTS (SELECT 1 FROM whitelist_response acc_wr WHERE acc_wr.id = ${s.id} AND ${all})`;
  },

  // The firm that declared, and the offices, windows and parks of its region (or of the
  // region it declares to move to, whose office confirms the move).
  [Permission.FACT_DECLARATION_READ]: (actor, s, bind) => {
    const clauses: string[] = [];
    if (has(actor, Role.ENTERPRISE_USER)) {
      clauses.push(`EXISTS (SELECT 1 FROM enterprise acc_fe WHERE acc_fe.id = acc_fd.enterprise_id AND acc_fe.organization_id = ${bind(actor.organizationId)})`);
    }
    if (isRegional(actor)) clauses.push(inRegion(actor, 'acc_fd.region_path', bind), inRegion(actor, "(acc_fd.value->>'regionPath')", bind));
    const all = any(clauses);
    return all === FALSE ? FALSE : `EXISTS (SELECT 1 FROM enterprise_fact_declaration acc_fd WHERE acc_fd.id = ${s.id} AND ${all})`;
  },

  // A firm never verifies itself; its region's office, window or park does (the
  // service also asks for the new region of a move).
  [Permission.FACT_VERIFY]: (actor, s, bind) =>
    isRegional(actor)
      ? `EXISTS (SELECT 1 FROM enterprise_fact_declaration acc_fv WHERE acc_fv.id = ${s.id} AND ${any([inRegion(actor, 'acc_fv.region_path', bind), inRegion(actor, "(acc_fv.value->>'regionPath')", bind)])})`
      : FALSE,

  // Banks see a published, live need when one of their active products matches it. The
  // row carries no firm: what a bank reads through this permission is anonymised.
  [Permission.PUBLISHED_NEED_READ]: (actor, s, bind) =>
    has(actor, Role.BANK_OFFICER)
      ? `EXISTS (SELECT 1 FROM financing_need acc_pn WHERE acc_pn.id = ${s.id} AND acc_pn.published_to_banks_at IS NOT NULL AND acc_pn.status IN ('OPEN', 'MATCHED')
          AND EXISTS (SELECT 1 FROM match acc_pm JOIN loan_product acc_pp ON acc_pp.id = acc_pm.product_id
                      WHERE acc_pm.need_id = acc_pn.id AND acc_pm.eligible AND acc_pp.status = 'ACTIVE' AND acc_pp.bank_organization_id = ${bind(actor.organizationId)}))`
      : FALSE,

  // The bank that took interest, the firm, and the offices, windows and parks of the need's region.
  [Permission.NEED_INTEREST_READ]: (actor, s, bind) => {
    const clauses: string[] = [];
    if (has(actor, Role.BANK_OFFICER)) clauses.push(`acc_ni.bank_organization_id = ${bind(actor.organizationId)}`);
    if (has(actor, Role.ENTERPRISE_USER)) {
      clauses.push(`EXISTS (SELECT 1 FROM enterprise acc_nie WHERE acc_nie.id = acc_ni.enterprise_id AND acc_nie.organization_id = ${bind(actor.organizationId)})`);
    }
    if (isRegional(actor)) clauses.push(`EXISTS (SELECT 1 FROM financing_need acc_nin WHERE acc_nin.id = acc_ni.need_id AND ${inRegion(actor, 'acc_nin.region_path', bind)})`);
    const all = any(clauses);
    return all === FALSE ? FALSE : `EXISTS (SELECT 1 FROM need_interest acc_ni WHERE acc_ni.id = ${s.id} AND ${all})`;
  },

  // Subject: the need. Only the firm's own users consent; offices act for firms, never consent for them.
  [Permission.NEED_CONSENT]: (actor, s, bind) =>
    has(actor, Role.ENTERPRISE_USER)
      ? `EXISTS (SELECT 1 FROM financing_need acc_nc JOIN enterprise acc_nce ON acc_nce.id = acc_nc.enterprise_id WHERE acc_nc.id = ${s.id} AND acc_nce.organization_id = ${bind(actor.organizationId)})`
      : FALSE,

  [Permission.EVENT_READ]: (actor, s, bind) => {
    const org = bind(actor.organizationId);
    const participant = `(acc_ev.status <> 'DRAFT' AND (acc_ev.visibility = 'PUBLIC'
      OR EXISTS (SELECT 1 FROM event_invitation acc_ei WHERE acc_ei.event_id = acc_ev.id AND acc_ei.organization_id = ${org})
      OR EXISTS (SELECT 1 FROM event_registration acc_er WHERE acc_er.event_id = acc_ev.id AND acc_er.organization_id = ${org})))`;
    return `EXISTS (SELECT 1 FROM matchmaking_event acc_ev WHERE acc_ev.id = ${s.id} AND ${any([eventManager(actor, 'acc_ev', bind), participant])})`;
  },

  [Permission.EVENT_MANAGE]: (actor, s, bind) =>
    has(actor, Role.GOV_OFFICER) || has(actor, Role.PARK_OFFICER)
      ? `EXISTS (SELECT 1 FROM matchmaking_event acc_em WHERE acc_em.id = ${s.id} AND ${eventManager(actor, 'acc_em', bind)})`
      : FALSE,

  [Permission.EVENT_REGISTRATION_READ]: (actor, s, bind) =>
    `EXISTS (SELECT 1 FROM event_registration acc_rr JOIN matchmaking_event acc_re ON acc_re.id = acc_rr.event_id
      WHERE acc_rr.id = ${s.id} AND ${any([`acc_rr.organization_id = ${bind(actor.organizationId)}`, eventManager(actor, 'acc_re', bind)])})`,

  // A side learns its meetings when the organiser publishes the schedule, not while it is drafted.
  [Permission.MEETING_READ]: (actor, s, bind) => {
    const org = bind(actor.organizationId);
    const side = `(acc_me.schedule_published_at IS NOT NULL AND (acc_mt.firm_organization_id = ${org} OR acc_mt.bank_organization_id = ${org}))`;
    return `EXISTS (SELECT 1 FROM meeting acc_mt JOIN matchmaking_event acc_me ON acc_me.id = acc_mt.event_id
      WHERE acc_mt.id = ${s.id} AND ${any([side, eventManager(actor, 'acc_me', bind)])})`;
  },

  // Subject: the bank's organisation id (the webhook has no id of its own).
  [Permission.BANK_WEBHOOK_READ]: (actor, s, bind) => (has(actor, Role.BANK_OFFICER) ? `${s.id} = ${bind(actor.organizationId)}` : FALSE),

  [Permission.LOAN_APPLICATION_READ]: (actor, s, bind) => {
    const org = bind(actor.organizationId);
    const clauses = [`acc_la.bank_organization_id = ${org}`, `acc_la.guarantor_organization_id = ${org}`, `acc_la.insurer_organization_id = ${org}`];
    if (has(actor, Role.ENTERPRISE_USER)) clauses.push(`EXISTS (SELECT 1 FROM enterprise acc_lae WHERE acc_lae.id = acc_la.enterprise_id AND acc_lae.organization_id = ${org})`);
    if (isRegional(actor)) clauses.push(`EXISTS (SELECT 1 FROM enterprise acc_lar WHERE acc_lar.id = acc_la.enterprise_id AND ${inRegion(actor, 'acc_lar.region_path', bind)})`);
    return `EXISTS (SELECT 1 FROM loan_application acc_la WHERE acc_la.id = ${s.id} AND ${any(clauses)})`;
  },

  [Permission.LOAN_APPLICATION_DECIDE]: (actor, s, bind) =>
    has(actor, Role.BANK_OFFICER)
      ? `EXISTS (SELECT 1 FROM loan_application acc_lad WHERE acc_lad.id = ${s.id} AND acc_lad.bank_organization_id = ${bind(actor.organizationId)})`
      : FALSE,

  [Permission.LOAN_APPLICATION_APPLY]: (actor, s, bind) =>
    has(actor, Role.ENTERPRISE_USER)
      ? `EXISTS (SELECT 1 FROM loan_application acc_laa JOIN enterprise acc_laae ON acc_laae.id = acc_laa.enterprise_id WHERE acc_laa.id = ${s.id} AND acc_laae.organization_id = ${bind(actor.organizationId)})`
      : FALSE,

  [Permission.LOAN_READ]: (actor, s, bind) => {
    const org = bind(actor.organizationId);
    const clauses = [
      `acc_l.bank_organization_id = ${org}`,
      `EXISTS (SELECT 1 FROM loan_risk_share acc_lrs WHERE acc_lrs.loan_id = acc_l.id AND acc_lrs.party_organization_id = ${org})`,
    ];
    if (has(actor, Role.ENTERPRISE_USER)) clauses.push(`EXISTS (SELECT 1 FROM enterprise acc_le WHERE acc_le.id = acc_l.enterprise_id AND acc_le.organization_id = ${org})`);
    if (isRegional(actor)) clauses.push(inRegion(actor, 'acc_l.region_path', bind));
    return `EXISTS (SELECT 1 FROM loan acc_l WHERE acc_l.id = ${s.id} AND ${any(clauses)})`;
  },

  [Permission.LOAN_SERVICE]: (actor, s, bind) =>
    has(actor, Role.BANK_OFFICER) ? `EXISTS (SELECT 1 FROM loan acc_ls WHERE acc_ls.id = ${s.id} AND acc_ls.bank_organization_id = ${bind(actor.organizationId)})` : FALSE,

  // A notice is its recipient's: not the organisation's administrator's, not the sender's.
  [Permission.NOTIFICATION_READ]: (actor, s, bind) => `EXISTS (SELECT 1 FROM notification acc_nt WHERE acc_nt.id = ${s.id} AND acc_nt.recipient_user_id = ${bind(actor.userId)})`,

  // The registry's own steps (accept, register, return) are the platform administrator's, which passes every predicate.
  [Permission.PLEDGE_REGISTRATION_READ]: (actor, s, bind) => {
    const all = loanParty(actor, 'acc_pl', bind);
    return all === FALSE ? FALSE : `EXISTS (SELECT 1 FROM pledge_registration acc_pr JOIN loan acc_pl ON acc_pl.id = acc_pr.loan_id WHERE acc_pr.id = ${s.id} AND ${all})`;
  },

  [Permission.LOAN_ALERT_READ]: (actor, s, bind) => {
    const all = loanParty(actor, 'acc_al', bind);
    return all === FALSE ? FALSE : `EXISTS (SELECT 1 FROM loan_alert acc_la JOIN loan acc_al ON acc_al.id = acc_la.loan_id WHERE acc_la.id = ${s.id} AND ${all})`;
  },

  [Permission.LOAN_ALERT_DELIVERY_READ]: (actor, s, bind) =>
    has(actor, Role.BANK_OFFICER)
      ? `EXISTS (SELECT 1 FROM loan_alert_delivery acc_ad WHERE acc_ad.id = ${s.id} AND acc_ad.bank_organization_id = ${bind(actor.organizationId)})`
      : FALSE,

  [Permission.PLEDGE_REGISTRATION_SUBMIT]: (actor, s, bind) =>
    has(actor, Role.BANK_OFFICER) ? `EXISTS (SELECT 1 FROM loan acc_psl WHERE acc_psl.id = ${s.id} AND acc_psl.bank_organization_id = ${bind(actor.organizationId)})` : FALSE,
  // Policy is public once published (firms read the rules they apply under); a draft is its managers'.
  [Permission.POLICY_READ]: (actor, s, bind) =>
    `EXISTS (SELECT 1 FROM regional_policy acc_rp LEFT JOIN region acc_rpr ON acc_rpr.id = acc_rp.region_id WHERE acc_rp.id = ${s.id} AND ${any([
      `acc_rp.status <> 'DRAFT'`,
      has(actor, Role.GOV_OFFICER) ? `(acc_rpr.id IS NOT NULL AND ${inRegion(actor, 'acc_rpr.path', bind)})` : FALSE,
    ])})`,

  // Subject: a region id. The national default has no region: only the platform (which passes everything).
  [Permission.POLICY_MANAGE]: (actor, s, bind) =>
    has(actor, Role.GOV_OFFICER) ? `EXISTS (SELECT 1 FROM region acc_pm WHERE acc_pm.id = ${s.id} AND ${inRegion(actor, 'acc_pm.path', bind)})` : FALSE,
  // Counted figures, not rows: offices, windows and parks their subtree, a bank its own
  // lending. Firms, valuers, guarantors and insurers have no statistics view.
  [Permission.STATISTICS_READ]: (actor, s, bind) => {
    const clauses: string[] = [];
    const direct = Boolean(s.regionPath && s.organizationId);
    const regionExpr = direct && s.regionPath ? s.regionPath : 'acc_sl.region_path';
    const bankExpr = direct && s.organizationId ? s.organizationId : 'acc_sl.bank_organization_id';
    if (isRegional(actor)) clauses.push(inRegion(actor, regionExpr, bind));
    if (has(actor, Role.BANK_OFFICER)) clauses.push(`${bankExpr} = ${bind(actor.organizationId)}`);
    const all = any(clauses);
    if (all === FALSE || direct) return all;
    return `EXISTS (SELECT 1 FROM loan acc_sl WHERE acc_sl.id = ${s.id} AND ${all})`;
  },

  [Permission.SUBSIDY_READ]: (actor, s, bind) => {
    const clauses: string[] = [];
    if (has(actor, Role.ENTERPRISE_USER)) {
      clauses.push(`EXISTS (SELECT 1 FROM enterprise acc_sae WHERE acc_sae.id = acc_sa.enterprise_id AND acc_sae.organization_id = ${bind(actor.organizationId)})`);
    }
    if (isRegional(actor)) clauses.push(inRegion(actor, 'acc_sa.region_path', bind));
    const all = any(clauses);
    return all === FALSE ? FALSE : `EXISTS (SELECT 1 FROM subsidy_application acc_sa WHERE acc_sa.id = ${s.id} AND ${all})`;
  },

  [Permission.SUBSIDY_APPLY]: (actor, s, bind) =>
    has(actor, Role.ENTERPRISE_USER)
      ? `EXISTS (SELECT 1 FROM loan acc_sal JOIN enterprise acc_sale ON acc_sale.id = acc_sal.enterprise_id WHERE acc_sal.id = ${s.id} AND acc_sale.organization_id = ${bind(actor.organizationId)})`
      : FALSE,

  // Money is the office's to grant: windows and parks see the queue, they do not decide it.
  [Permission.SUBSIDY_DECIDE]: (actor, s, bind) =>
    has(actor, Role.GOV_OFFICER) ? `EXISTS (SELECT 1 FROM subsidy_application acc_sd WHERE acc_sd.id = ${s.id} AND ${inRegion(actor, 'acc_sd.region_path', bind)})` : FALSE,

  [Permission.COMPENSATION_READ]: (actor, s, bind) => {
    const clauses = [`acc_cc.claimant_organization_id = ${bind(actor.organizationId)}`];
    if (isRegional(actor)) clauses.push(inRegion(actor, 'acc_cc.region_path', bind));
    return `EXISTS (SELECT 1 FROM compensation_claim acc_cc WHERE acc_cc.id = ${s.id} AND ${any(clauses)})`;
  },

  [Permission.COMPENSATION_CLAIM]: (actor, s, bind) =>
    has(actor, Role.BANK_OFFICER) || has(actor, Role.GUARANTOR_OFFICER) || has(actor, Role.INSURER_OFFICER)
      ? `EXISTS (SELECT 1 FROM loan_risk_share acc_crs WHERE acc_crs.loan_id = ${s.id} AND acc_crs.party_organization_id = ${bind(actor.organizationId)} AND acc_crs.share_bp > 0)`
      : FALSE,

  [Permission.COMPENSATION_DECIDE]: (actor, s, bind) =>
    has(actor, Role.GOV_OFFICER) ? `EXISTS (SELECT 1 FROM compensation_claim acc_cd WHERE acc_cd.id = ${s.id} AND ${inRegion(actor, 'acc_cd.region_path', bind)})` : FALSE,

  [Permission.CREDIT_RECORD_READ]: (actor, s, bind) => {
    const clauses: string[] = [];
    if (has(actor, Role.ENTERPRISE_USER)) {
      clauses.push(`EXISTS (SELECT 1 FROM enterprise acc_cre WHERE acc_cre.id = acc_cr.enterprise_id AND acc_cre.organization_id = ${bind(actor.organizationId)})`);
    }
    if (isRegional(actor)) clauses.push(inRegion(actor, 'acc_cr.region_path', bind));
    const all = any(clauses);
    return all === FALSE ? FALSE : `EXISTS (SELECT 1 FROM credit_record acc_cr WHERE acc_cr.id = ${s.id} AND ${all})`;
  },

  [Permission.SUBSIDY_FRAUD_MARK]: (actor, s, bind) =>
    has(actor, Role.GOV_OFFICER) ? `EXISTS (SELECT 1 FROM enterprise acc_fm WHERE acc_fm.id = ${s.id} AND ${inRegion(actor, 'acc_fm.region_path', bind)})` : FALSE,

  [Permission.REWARD_READ]: (actor, s, bind) => {
    const clauses = [`acc_ra.applicant_organization_id = ${bind(actor.organizationId)}`];
    if (isRegional(actor)) clauses.push(inRegion(actor, 'acc_ra.region_path', bind));
    return `EXISTS (SELECT 1 FROM reward_application acc_ra WHERE acc_ra.id = ${s.id} AND ${any(clauses)})`;
  },

  // A bank's reward counts only its own lending, so any region is its to apply in.
  [Permission.BANK_REWARD_APPLY]: (actor, s) => (has(actor, Role.BANK_OFFICER) ? `EXISTS (SELECT 1 FROM region acc_rbr WHERE acc_rbr.id = ${s.id})` : FALSE),

  [Permission.VALUER_REWARD_APPLY]: (actor, s, bind) =>
    has(actor, Role.VALUER)
      ? `EXISTS (SELECT 1 FROM loan_pledged_asset acc_rvp JOIN valuation acc_rvv ON acc_rvv.id = acc_rvp.valuation_id
           WHERE acc_rvp.loan_id = ${s.id} AND acc_rvv.valuer_organization_id = ${bind(actor.organizationId)})`
      : FALSE,

  [Permission.REWARD_DECIDE]: (actor, s, bind) =>
    has(actor, Role.GOV_OFFICER) ? `EXISTS (SELECT 1 FROM reward_application acc_rd WHERE acc_rd.id = ${s.id} AND ${inRegion(actor, 'acc_rd.region_path', bind)})` : FALSE,
};

/**
 * The SQL condition under which `actor` holds `permission` on the subject. Every list,
 * single-object read, nested field, loader and search post-filter is built from this
 * one function, so a rule cannot differ between paths. The platform passes everything.
 */
export function accessPredicate(actor: Actor, permission: Permission, subject: Subject | string, bind: Bind): string {
  if (isPlatformAdmin(actor)) return TRUE;
  const s = typeof subject === 'string' ? { id: subject } : subject;
  return PREDICATES[permission](actor, s, bind);
}

/** Placeholders `$1, $2 …` after `offset` existing parameters, for raw `query(sql, params)`. */
export function positionalBinder(params: unknown[]): Bind {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

let namedSequence = 0;

/** Named placeholders for a TypeORM query builder; names are unique per process so two scopes never clash. */
export function namedBinder(params: Record<string, unknown>): Bind {
  return (value) => {
    const name = `acc${(namedSequence = (namedSequence + 1) % 1_000_000_000)}`;
    params[name] = value;
    return `:${name}`;
  };
}
