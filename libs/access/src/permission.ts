/**
 * What an actor asks to do with one kind of object. Each permission is one SQL
 * predicate in `access.policy.ts`; nothing else in the code base decides it.
 */
export enum Permission {
  /** A firm's profile (企业档案): contacts, credit, revenue, tags. */
  ENTERPRISE_READ = 'ENTERPRISE_READ',
  /** An IP asset with its pledge status and valuations. */
  IP_ASSET_READ = 'IP_ASSET_READ',
  /** A financing need (融资需求) with its firm-identifying facts, and its matches. */
  NEED_READ = 'NEED_READ',
  /** A loan product (金融产品): active ones are public, drafts and archive the bank's own. */
  PRODUCT_READ = 'PRODUCT_READ',
  /** A valuation (评估) of an asset. */
  VALUATION_READ = 'VALUATION_READ',
  /** A bank's own review figure (评估复核): its credit judgement, private to it. */
  VALUATION_REVIEW_READ = 'VALUATION_REVIEW_READ',
  /** A valuation engagement (评估委托). */
  ENGAGEMENT_READ = 'ENGAGEMENT_READ',
  /** A pledge bundle (组合质押). */
  BUNDLE_READ = 'BUNDLE_READ',
  /** An organisation's name, type and credit code. */
  ORGANIZATION_READ = 'ORGANIZATION_READ',
  /** A user account. */
  USER_READ = 'USER_READ',
  /** A whitelist batch (白名单批次) with its entries and pushes. */
  WHITELIST_BATCH_READ = 'WHITELIST_BATCH_READ',
  /** A bank's answer to a whitelisted firm. */
  WHITELIST_RESPONSE_READ = 'WHITELIST_RESPONSE_READ',
  /** A firm's own declaration of a fact that waits for verification (企业自报事项). */
  FACT_DECLARATION_READ = 'FACT_DECLARATION_READ',
  /** Confirming or rejecting a declared fact: the offices, windows and parks of the firm's region. */
  FACT_VERIFY = 'FACT_VERIFY',
  /**
   * A need its firm published to banks (融资项目需求库), anonymised: banks whose active
   * products it matches. Who the firm is stays NEED_READ / ENTERPRISE_READ.
   */
  PUBLISHED_NEED_READ = 'PUBLISHED_NEED_READ',
  /** A bank's interest in a published need (需求意向): the bank, the firm, its region's offices. */
  NEED_INTEREST_READ = 'NEED_INTEREST_READ',
  /**
   * Publishing a need and letting a bank see the firm (授权): the firm's own decision.
   * Offices and windows that post needs for a firm cannot consent for it.
   */
  NEED_CONSENT = 'NEED_CONSENT',
  /**
   * A matchmaking event (银企对接活动): drafts its managers only; published public events
   * every signed-in user; invite-only ones the invited, the registered and the managers.
   */
  EVENT_READ = 'EVENT_READ',
  /** Managing an event: its organiser, and the offices whose region holds the organiser's. */
  EVENT_MANAGE = 'EVENT_MANAGE',
  /** A registration: the registered organisation and the event's managers. */
  EVENT_REGISTRATION_READ = 'EVENT_REGISTRATION_READ',
  /** A 1:1 meeting: the event's managers; its firm and bank once the schedule is published to them. */
  MEETING_READ = 'MEETING_READ',
  /** A bank's webhook settings. */
  BANK_WEBHOOK_READ = 'BANK_WEBHOOK_READ',
  /** A notice of the in-app inbox (消息), with its deliveries: its recipient only. */
  NOTIFICATION_READ = 'NOTIFICATION_READ',
  /** A loan's pledge registration (质押登记): the loan's bank and firm, the offices of the firm's region. */
  PLEDGE_REGISTRATION_READ = 'PLEDGE_REGISTRATION_READ',
  /** Filing a loan's pledge registration (subject: the loan): the pledgee bank's officers. */
  PLEDGE_REGISTRATION_SUBMIT = 'PLEDGE_REGISTRATION_SUBMIT',
  /** An alert on a loan (贷中预警): the loan's bank and firm, the offices of the firm's region. */
  LOAN_ALERT_READ = 'LOAN_ALERT_READ',
  /** The webhook delivery of a loan alert (预警推送): the pledgee bank it was sent to, whose integration it is. */
  LOAN_ALERT_DELIVERY_READ = 'LOAN_ALERT_DELIVERY_READ',
  /**
   * A loan application (贷款申请) with its documents and transitions: the firm, the bank applied
   * to, the guarantor or insurer it names, the offices, windows and parks of the firm's region.
   */
  LOAN_APPLICATION_READ = 'LOAN_APPLICATION_READ',
  /** Deciding an application (approve, counter-offer, decline): the bank applied to only. */
  LOAN_APPLICATION_DECIDE = 'LOAN_APPLICATION_DECIDE',
  /** The firm's own acts on its application (withdraw, answer a counter-offer, upload documents). */
  LOAN_APPLICATION_APPLY = 'LOAN_APPLICATION_APPLY',
  /**
   * A loan (贷款) with its schedule, repayments, fees and risk shares: the firm, the lending bank,
   * the parties holding a risk share, the offices, windows and parks of the firm's region at approval.
   */
  LOAN_READ = 'LOAN_READ',
  /** Servicing a loan (disburse, record repayments, set risk shares): the lending bank only. */
  LOAN_SERVICE = 'LOAN_SERVICE',
  /** A version of a regional policy (区域政策): published and retired ones every signed-in user; drafts the offices that may manage it. */
  POLICY_READ = 'POLICY_READ',
  /**
   * Drafting and publishing a region's policy. Subject: the region's id. Government offices
   * whose region subtree holds it; the national default (no region) the platform only.
   */
  POLICY_MANAGE = 'POLICY_MANAGE',
  /**
   * A loan as counted by the financing statistics (融资统计): the platform all, offices,
   * windows and parks the loans of their region subtree (the firm's region at approval),
   * a bank its own loans. Subject: the loan; a caller over aggregate rows names the
   * loan's region path (`regionPath`) and its bank (`organizationId`) instead.
   */
  STATISTICS_READ = 'STATISTICS_READ',
  /** A subsidy application (补贴申请) with its formula: the firm, the offices, windows and parks of the loan's region. */
  SUBSIDY_READ = 'SUBSIDY_READ',
  /** Applying for a subsidy (subject: the loan): the loan's firm only. */
  SUBSIDY_APPLY = 'SUBSIDY_APPLY',
  /** Approving, rejecting, paying a subsidy application: the government offices whose subtree holds the loan's region. */
  SUBSIDY_DECIDE = 'SUBSIDY_DECIDE',
  /** A risk-compensation claim (风险补偿): the claimant, the offices, windows and parks of the loan's region. */
  COMPENSATION_READ = 'COMPENSATION_READ',
  /** Claiming compensation (subject: the loan): a bank, guarantor or insurer holding a risk share of it. */
  COMPENSATION_CLAIM = 'COMPENSATION_CLAIM',
  /** Approving, rejecting, paying a claim: the government offices whose subtree holds the loan's region. */
  COMPENSATION_DECIDE = 'COMPENSATION_DECIDE',
  /**
   * A firm's credit record (信用记录): the firm itself and the offices, windows and parks of its
   * region. Not banks: a record is the office's finding, not a credit bureau entry.
   */
  CREDIT_RECORD_READ = 'CREDIT_RECORD_READ',
  /** Finding a firm faked a subsidy application (subject: the firm): the government offices of its region. */
  SUBSIDY_FRAUD_MARK = 'SUBSIDY_FRAUD_MARK',
  /** A reward application (奖励申请): the applicant bank or valuer, the offices, windows and parks of its region. */
  REWARD_READ = 'REWARD_READ',
  /** Applying for a bank reward (subject: the region applied in): a bank, for its own lending there. */
  BANK_REWARD_APPLY = 'BANK_REWARD_APPLY',
  /** Applying for a valuer reward (subject: the loan): a valuer whose valuation counted for one of the loan's pledged assets. */
  VALUER_REWARD_APPLY = 'VALUER_REWARD_APPLY',
  /** Approving, rejecting, paying a reward application: the government offices whose subtree holds its region. */
  REWARD_DECIDE = 'REWARD_DECIDE',
}
