/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a table of the annual accounts is, beside the income statement. */
export type AccountsTableKind =
  /** The board's proposed treatment of the accumulated result (förslag till behandling av medel). */
  | 'APPROPRIATION'
  /** The balance sheet (balansräkning) at the end of the year. */
  | 'BALANCE_SHEET'
  /** A numbered note (not) to the accounts. */
  | 'NOTE';

/** A member joining a competence network. */
export type AddNetworkParticipantInput = {
  /** First day of the participation; not before the network started. */
  from: string;
  /** The member; it must be a member of Sambruk for the whole participation. */
  memberId: string | number;
  /** The network. */
  networkId: string | number;
  /** Day it ended (no longer taking part from this day), for a participation recorded afterwards; null while it goes on. */
  to?: string | null | undefined;
};

/** A partner's role on a competence network. */
export type AddNetworkPartnerRoleInput = {
  /** First day of the role; null when not known. */
  from?: string | null | undefined;
  /** The network. */
  networkId: string | number;
  /** The partner (see partners). */
  partnerId: string | number;
  /** What the partner does. */
  role: PartnerRoleKind;
  /** Day it ended (no longer held from this day), for a role recorded afterwards; null while it goes on. */
  to?: string | null | undefined;
};

/** A member joining a project. */
export type AddProjectParticipantInput = {
  /** First day of the participation; not before the project was raised as an idea. */
  from: string;
  /** The member; it must be a member of Sambruk for the whole participation. */
  memberId: string | number;
  /** The project. */
  projectId: string | number;
  /** The member's role in the project. */
  role: ProjectRole;
  /** Day it ended (no longer taking part from this day), for a participation recorded afterwards; required (and not after the end) for a completed or cancelled project. */
  to?: string | null | undefined;
};

/** A partner's role on a project. */
export type AddProjectPartnerRoleInput = {
  /** First day of the role; null when not known. */
  from?: string | null | undefined;
  /** The partner (see partners). */
  partnerId: string | number;
  /** The project. */
  projectId: string | number;
  /** What the partner does. */
  role: PartnerRoleKind;
  /** Day it ended (no longer held from this day), for a role recorded afterwards; null while it goes on. */
  to?: string | null | undefined;
};

/** A partner's role on a collaboration service. */
export type AddServicePartnerRoleInput = {
  /** First day of the role; null when not known. */
  from?: string | null | undefined;
  /** The partner (see partners). */
  partnerId: string | number;
  /** What the partner does. */
  role: PartnerRoleKind;
  /** The service. */
  serviceId: string | number;
  /** Day it ended (no longer held from this day), for a role recorded afterwards; null while it goes on. */
  to?: string | null | undefined;
};

/** A new member organisation. */
export type AdmitMemberInput = {
  /** County (län). */
  county?: string | null | undefined;
  /** First day of membership. */
  joinedOn: string;
  /** Kind of organisation. */
  kind: MemberKind;
  /** Official name. */
  name: string;
  /** Organisation number NNNNNN-NNNN with a valid check digit. */
  organisationNumber: string;
  /** Number of inhabitants. */
  population?: number | null | undefined;
};

/** Amounts in kronor from `gte` to `lte`, both included, as decimal strings (e.g. "1500.50"). */
export type AmountRange = {
  /** At least this amount. */
  gte?: string | null | undefined;
  /** At most this amount. */
  lte?: string | null | undefined;
};

/** A person taking a seat on a governance council for a subscribing member. */
export type AppointCouncilSeatInput = {
  /** The council. */
  councilId: string | number;
  /** First day in the seat. */
  from: string;
  /** The member the person sits for; it must use the council's service over the whole period. */
  memberId: string | number;
  /** Full name of the person. */
  person: string;
  /** The seat; a council has one chair at a time. */
  role?: CouncilRole;
  /** Day the seat ends (not held from this day), after `from`; null until further notice. */
  to?: string | null | undefined;
};

/** What a mutation did to a record. */
export type AuditChange =
  /** The record was created. */
  | 'CREATED'
  /** The record was deleted. */
  | 'DELETED'
  /** The record was changed. */
  | 'UPDATED';

/** What audit records can be sorted by. */
export type AuditOrderField =
  /** When the change was committed. */
  | 'AT'
  /** The kind of record changed. */
  | 'ENTITY_TYPE'
  /** The mutation that made the change. */
  | 'OPERATION';

/** Which audit records to list; every condition given must hold. */
export type AuditRecordFilter = {
  /** Only these kinds of change. */
  changeIn?: Array<AuditChange> | null | undefined;
  /** Only changes to these records (their ids). */
  entityIdIn?: Array<string> | null | undefined;
  /** Only changes to these kinds of record, e.g. ["Member"]. */
  entityTypeIn?: Array<string> | null | undefined;
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only changes made by these mutations, e.g. ["admitMember"]. */
  operationIn?: Array<string> | null | undefined;
  /** Only changes made in these roles, e.g. ["admin"]. */
  roleIn?: Array<string> | null | undefined;
};

/** One sort key for audit records. */
export type AuditRecordOrder = {
  /** Which way; ascending when left out. */
  direction?: SortDirection;
  /** The field to sort by (AuditOrderField). */
  field: AuditOrderField;
};

/** A population band: from `from` inhabitants up to, not including, `to` (null for the last band). */
export type BandInput = {
  /** Lowest number of inhabitants in the band; the first band starts at 0, each next where the one before ends. */
  from: number;
  /** First number of inhabitants above the band; null for the last band only. */
  to?: number | null | undefined;
  /** BANDS: the amount per year (Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00".) SHARED_COST by WEIGHTS: a whole-number weight. */
  value: string;
};

/** What a billing line is for. */
export type BilledKind =
  /** A membership fee (medlemsavgift). */
  | 'MEMBERSHIP_FEE'
  /** A service charge (utdebitering) for one subscription. */
  | 'SERVICE_CHARGE';

/** How a computed line compares with what is recorded. */
export type BillingLineStatus =
  /** Recorded differently: the run writes an adjustment of the difference, never a rewrite. */
  | 'ADJUSTED'
  /** Entered by hand: the run leaves it as it is. */
  | 'MANUAL'
  /** Nothing recorded yet: the run writes the line. */
  | 'NEW'
  /** Recorded as computed: the run writes nothing. */
  | 'UNCHANGED';

/** How a fee or charge came about. */
export type BillingOrigin =
  /** Computed by a billing run from the model in force. */
  | 'BILLING_RUN'
  /** Entered by hand, e.g. an agreement outside any model; billing runs leave it alone. */
  | 'MANUAL';

/** A seat on Sambruk's board (styrelse). */
export type BoardRole =
  /** Chair (ordförande). */
  | 'CHAIR'
  /** Deputy (suppleant). */
  | 'DEPUTY'
  /** Ordinary member (ordinarie ledamot). */
  | 'ORDINARY'
  /** Vice chair (vice ordförande). */
  | 'VICE_CHAIR';

/** A new budget version for a year. */
export type BudgetInput = {
  /** Date of the version. */
  issuedOn?: string | null | undefined;
  /** The budget's lines, in order. */
  lines: Array<BudgetLineInput>;
  /** Preliminary or adopted. */
  status: StatementStatus;
  /** Which version this is, e.g. "Adopted 2023-02-15"; unique within the year. */
  version: string;
  /** The financial year budgeted. */
  year: number;
};

/** A budget line. */
export type BudgetLineInput = {
  /** Amount in SEK as an exact decimal, zero or more (costs too), e.g. "460000.00". */
  amount: string;
  /** What the line is, e.g. "IT services"; unique within the budget. */
  category: string;
  /** Income or cost. */
  kind: LineKind;
  /** The subtotal the line counts towards, e.g. "External costs". */
  section?: string | null | undefined;
};

/** Which service charges to list; every condition given must hold. */
export type ChargeFilter = {
  /** Only charges of amounts in this range (kronor). */
  amount?: AmountRange | null | undefined;
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only charges to these members (a member user sees only its own in any case). */
  memberIdIn?: Array<string | number> | null | undefined;
  /** Only charges for these services. */
  serviceIdIn?: Array<string | number> | null | undefined;
  /** Only charges for these subscriptions. */
  subscriptionIdIn?: Array<string | number> | null | undefined;
  /** Only charges for years in this range. */
  year?: IntRange | null | undefined;
};

/** One sort key for service charges. */
export type ChargeOrder = {
  /** Which way; ascending when left out. */
  direction?: SortDirection;
  /** The field to sort by (ChargeOrderField). */
  field: ChargeOrderField;
};

/** What service charges can be sorted by. */
export type ChargeOrderField =
  /** The amount charged. */
  | 'AMOUNT'
  /** The member's id (groups a member's charges together). */
  | 'MEMBER_ID'
  /** The service's id (groups a service's charges together). */
  | 'SERVICE_ID'
  /** The year charged for. */
  | 'YEAR';

/** How a cost report groups what members pay. */
export type CostGroupBy =
  /** One row per county (län). Finance keeps no member data: it asks the membership subgraph for the members' counties in one batched `_entities` lookup per report. */
  | 'COUNTY'
  /** One row per member. */
  | 'MEMBER'
  /** One row per kind of member (municipality, region, …) at the end of the year, looked up in the membership subgraph like COUNTY. */
  | 'MEMBER_KIND'
  /** One row per collaboration service (its charges), plus one row without a service for membership fees and project contributions. */
  | 'SERVICE';

/** A seat on a governance council. */
export type CouncilRole =
  /** Chairs the council (ordförande); one at a time. */
  | 'CHAIR'
  /** Represents a subscribing member (ledamot). */
  | 'MEMBER';

/** A new event. */
export type CreateEventInput = {
  /** Number of attendees (people); null when not known. */
  attendees?: number | null | undefined;
  /** Digital or on site. */
  format: EventFormat;
  /** Day the event is held (its first day). */
  heldOn: string;
  /** What kind of gathering it is. */
  kind: EventKind;
  /** The network it is held for, if any; the network must have started by then. */
  networkId?: string | number | null | undefined;
  /** Who organised it. */
  organiser: EventOrganiserInput;
  /** Where it is held; null when digital or not known. */
  place?: string | null | undefined;
  /** What Sambruk did at the event. */
  sambrukRole: SambrukRole;
  /** Title or theme. */
  title: string;
};

/** A new competence network. */
export type CreateNetworkInput = {
  /** What the network does and with whom. */
  description: string;
  /** Name, unique among networks. */
  name: string;
  /** People reported as taking part, as a lower bound; null when not reported. */
  reportedParticipants?: number | null | undefined;
  /** Day the network started. */
  startedOn: string;
  /** How alive the network is; STARTING when left out. */
  status?: NetworkStatus;
  /** The topic in a few words. */
  topic: string;
};

/** A new partner: an organisation Sambruk works with that is not a member. */
export type CreatePartnerInput = {
  /** Who the partner is and what it does with Sambruk. */
  description: string;
  /** What kind of organisation it is. */
  kind: PartnerKind;
  /** Name, unique among partners. */
  name: string;
  /** Swedish organisation number NNNNNN-NNNN with a valid check digit; null when not known or foreign. */
  organisationNumber?: string | null | undefined;
  /** Website, an https URL; null when not known. */
  website?: string | null | undefined;
};

/** A new project; it starts as an idea. */
export type CreateProjectInput = {
  /** What the project does and why. */
  description: string;
  /** Name, unique among projects. */
  name: string;
  /** Day the idea was raised (the IDEA phase starts); today when left out. */
  proposedOn?: string | null | undefined;
};

/** A new collaboration service; its governance council is created with it. */
export type CreateServiceInput = {
  /** The municipal field the service supports. */
  area: ServiceArea;
  /** What the service does, in a sentence or two. */
  description: string;
  /** Software licence as an SPDX identifier, e.g. "AGPL-3.0". */
  licence?: string | null | undefined;
  /** Name, unique among services. */
  name: string;
  /** Day the service was retired; only for a RETIRED service. */
  retiredOn?: string | null | undefined;
  /** URL-friendly handle, unique among services; derived from the name when left out. */
  slug?: string | null | undefined;
  /** First day in service (for a planned service: the planned first day). */
  startedOn: string;
  /** Where the service is in its life. */
  status?: ServiceStatus;
  /** Variants the service is offered in, e.g. ["Classic", "XL"]. */
  variants?: Array<string> | null | undefined;
};

/** Where a record comes from. */
export type DataSource =
  /** Generated, deterministic demonstration data where the documents give no names or figures. */
  | 'DEMO'
  /** Entered through the API. */
  | 'ENTERED'
  /** A public fact the documents do not state (a law, a registered change of name); its provenance says which, e.g. the county councils becoming regions in 2019. */
  | 'PUBLIC'
  /** A fact from Sambruk's own documents (business plan 2023, annual report 2017). */
  | 'SEED';

/** Days from `gte` to `lte`, both included; leave either out for an open end. */
export type DateRange = {
  /** On or after this day. */
  gte?: string | null | undefined;
  /** On or before this day. */
  lte?: string | null | undefined;
};

/** A new version of the membership fee schedule or of a service’s price model. */
export type DefinePriceModelInput = {
  /** How the version computes amounts. */
  model: PriceModelInput;
  /** Why the model is as it is. */
  note?: string | null | undefined;
  /** The service priced; null for the membership fee schedule. */
  serviceId?: string | number | null | undefined;
  /** First day in force: a 1 January after the first day of every earlier version. */
  validFrom: string;
  /** The variant priced (e.g. "XL"); null for every variant without a model of its own. */
  variant?: string | null | undefined;
};

/** Which events to list; every condition given must hold. */
export type EventFilter = {
  /** Only events with this many attendees (events with an unknown count never match). */
  attendees?: IntRange | null | undefined;
  /** Only events in these formats. */
  formatIn?: Array<EventFormat> | null | undefined;
  /** Only events held within these days. */
  heldOn?: DateRange | null | undefined;
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only events of these kinds. */
  kindIn?: Array<EventKind> | null | undefined;
  /** Only events held for these networks. */
  networkIdIn?: Array<string | number> | null | undefined;
  /** Only events organised by these kinds of organiser. */
  organiserKindIn?: Array<OrganiserKind> | null | undefined;
  /** Only events these members organised. */
  organiserMemberIdIn?: Array<string | number> | null | undefined;
  /** Only events these partners organised. */
  organiserPartnerIdIn?: Array<string | number> | null | undefined;
  /** Text in the title (case- and accent-insensitive). */
  search?: string | null | undefined;
};

/** How an event is held. */
export type EventFormat =
  /** Online (digitalt seminarium, webbinarium). */
  | 'DIGITAL'
  /** In a room, with the attendees present. */
  | 'ON_SITE';

/** What kind of gathering an event is. */
export type EventKind =
  /** A conference (konferens) or a track of one. */
  | 'CONFERENCE'
  /** An inspiration day for members and others (inspirationsdag). */
  | 'INSPIRATION_DAY'
  /** A seminar or seminar day (seminarium, seminariedag); digital ones are webinars. */
  | 'SEMINAR'
  /** A workshop where the attendees work on a question together. */
  | 'WORKSHOP';

/** One sort key for events. */
export type EventOrder = {
  /** Which way; ascending when left out. */
  direction?: SortDirection;
  /** The field to sort by (EventOrderField). */
  field: EventOrderField;
};

/** What events can be sorted by. */
export type EventOrderField =
  /** How many took part (unknown counts last). */
  | 'ATTENDEES'
  /** Day the event is held. */
  | 'HELD_ON'
  /** Title, in Swedish order. */
  | 'TITLE';

/** Who organised an event: Sambruk itself, a member, a partner or another organisation. */
export type EventOrganiserInput = {
  /** The kind of organiser; decides which of the other fields is given. */
  kind: OrganiserKind;
  /** The organising member, for kind MEMBER only; it must be a member of Sambruk on the day. */
  memberId?: string | number | null | undefined;
  /** Name of the organiser, for kind OTHER only (may be left out when not known). */
  name?: string | null | undefined;
  /** The organising partner, for kind PARTNER only. */
  partnerId?: string | number | null | undefined;
};

/** Where one field's value comes from. */
export type FactSource =
  /** Invented for demonstration: the documents do not give it. */
  | 'DEMO'
  /** The documents only bound it (e.g. "during 2017"); the value is placed within those bounds, as `note` says. */
  | 'ESTIMATED'
  /** A public fact the documents do not state (a law, a registered change of name); `note` says which, `quote` is null. */
  | 'PUBLIC'
  /** The documents say this; `quote` gives their words. */
  | 'SEED';

/** Which payments a finance report covers; every list left out (or null) does not narrow it. */
export type FinanceReportFilter = {
  /** Only members in these counties (län), by name in any case or by länskod, e.g. 'stockholms län' or '01'. */
  counties?: Array<string> | null | undefined;
  /** Only what these members paid. */
  memberIds?: Array<string | number> | null | undefined;
  /** Only members of these kinds (MemberKind values, e.g. MUNICIPALITY). */
  memberKinds?: Array<string> | null | undefined;
  /** Only members in these population bands. */
  populationBands?: Array<PopulationBand> | null | undefined;
  /** Only charges for these services (which leaves out fees and contributions). */
  serviceIds?: Array<string | number> | null | undefined;
};

/** What a finance report covers and how it groups it. */
export type FinanceReportInput = {
  /** Up to three different dimensions to group by, e.g. [SERVICE, COUNTY]; none gives only the total. */
  dimensions: Array<ReportDimension>;
  /** Which payments to cover; all when left out. */
  filter?: FinanceReportFilter | null | undefined;
  /** The first year. */
  fromYear: number;
  /** The order of the rows; DIMENSIONS when left out. */
  orderBy?: ReportOrder | null | undefined;
  /** The last year (included); at most 30 years after fromYear. */
  toYear: number;
};

/** Where money for a project came from. */
export type FundingKind =
  /** A grant from an outside funder, such as VINNOVA (bidrag). */
  | 'GRANT'
  /** A member's own contribution to a co-funded project (medfinansiering). */
  | 'MEMBER_CONTRIBUTION';

/** What a goal counts. */
export type GoalMetric =
  /** Digital seminars held during the year. */
  | 'DIGITAL_SEMINARS'
  /** Members on the day measured. */
  | 'MEMBERS'
  /** Members on the day taking part in no project, network or collaboration service that day (the goal: none). */
  | 'MEMBERS_IN_NO_COLLABORATION'
  /** Competence networks with at least `threshold` participating members on the day. */
  | 'NETWORKS_WITH_MEMBERS'
  /** Collaboration projects started (left the idea stage) during the year. */
  | 'NEW_PROJECTS'
  /** Collaboration services started during the year. */
  | 'NEW_SERVICES';

/** Whole numbers from `gte` to `lte`, both included; leave either out for an open end. */
export type IntRange = {
  /** At least this. */
  gte?: number | null | undefined;
  /** At most this. */
  lte?: number | null | undefined;
};

/** How a service exchanges information with another system. */
export type IntegrationMethod =
  /** The service sends messages by e-mail to the member's system (e-postintegration). */
  | 'EMAIL'
  /** The service fetches information from a national exchange or register, e.g. SSBTEK or UHR's Beda. */
  | 'NATIONAL_SERVICE'
  /** The member's system calls the service as a web client (webbklientsintegration). */
  | 'WEB_CLIENT'
  /** The member's system offers a web service the service calls (webbtjänstintegration). */
  | 'WEB_SERVICE';

/** What one kind of member pays under a BY_MEMBER_KIND model. */
export type KindAmountInput = {
  /** Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  amount: string;
  /** The kind of member, e.g. "MUNICIPALITY". */
  memberKind: string;
};

/** Whether a line brings money in or takes it out. */
export type LineKind =
  /** Cost (kostnad). */
  | 'COST'
  /** Income (intäkt). */
  | 'INCOME';

/** A member's own terms for its membership fee or one service: give a discount or a fixed amount, not both. */
export type MemberAgreementInput = {
  /** A discount on what the model gives, in whole percent (0–100). */
  discountPercent?: number | null | undefined;
  /** A fixed amount per year in place of the model (pro rata by days). Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  fixed?: string | null | undefined;
  /** First day in force. */
  from: string;
  /** The member agreed with. */
  memberId: string | number;
  /** What was agreed, e.g. the decision. */
  note?: string | null | undefined;
  /** The service (every variant); null for the membership fee. */
  serviceId?: string | number | null | undefined;
  /** First day no longer in force, after `from`; null until further notice. */
  to?: string | null | undefined;
};

/** What member counts are grouped by, besides the year. */
export type MemberCountDimension =
  /** The county (län). */
  | 'COUNTY'
  /** The kind of organisation. */
  | 'MEMBER_KIND';

/** Which members to list; every condition given must hold. */
export type MemberFilter = {
  /** Only organisations that were members on this day. */
  activeOn?: string | null | undefined;
  /** Only members in these counties, each a länskod ("12") or a name in any case ("skåne län"). */
  countyIn?: Array<string> | null | undefined;
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only members that joined within these days. */
  joinedOn?: DateRange | null | undefined;
  /** Only members of these kinds on the day of `activeOn`, else today. */
  kindIn?: Array<MemberKind> | null | undefined;
  /** Only members whose membership ended within these days. */
  leftOn?: DateRange | null | undefined;
  /** Only members whose population lies in this range (members without one are left out). */
  population?: IntRange | null | undefined;
  /** Text in the name (of the day of `activeOn`, else today) or the organisation number (case- and accent-insensitive: "malmo" finds Malmö). */
  search?: string | null | undefined;
  /** Only members with one of these statuses today. */
  statusIn?: Array<MemberStatus> | null | undefined;
};

/** What kind of organisation a member is. */
export type MemberKind =
  /** An association of public bodies, such as SKR (formerly SKL). */
  | 'ASSOCIATION'
  /** A county council (landsting), the older form of a region: every one became a region on 2019-01-01. */
  | 'COUNTY_COUNCIL'
  /** A municipality (kommun). */
  | 'MUNICIPALITY'
  /** A municipal federation (kommunalförbund). */
  | 'MUNICIPAL_FEDERATION'
  /** Any other organisation. */
  | 'OTHER'
  /** A region (region): since 2019-01-01 what every county council is. */
  | 'REGION';

/** One sort key for members. */
export type MemberOrder = {
  /** Which way; ascending when left out. */
  direction?: SortDirection;
  /** The field to sort by (MemberOrderField). */
  field: MemberOrderField;
};

/** What members can be sorted by. */
export type MemberOrderField =
  /** County name, in Swedish order; members without one last. */
  | 'COUNTY'
  /** First day of membership. */
  | 'JOINED_ON'
  /** Kind of organisation (the latest recorded). */
  | 'KIND'
  /** Day the membership ended; members still in last. */
  | 'LEFT_ON'
  /** Official name (the latest recorded), in Swedish order. */
  | 'NAME'
  /** Organisation number. */
  | 'ORGANISATION_NUMBER'
  /** Number of inhabitants; members without one last. */
  | 'POPULATION';

/** Membership today, derived from joinedOn and leftOn. */
export type MemberStatus =
  /** A member today. */
  | 'ACTIVE'
  /** Admitted, with a membership that starts on a later day. */
  | 'ADMITTED'
  /** Was a member; the membership has ended. */
  | 'FORMER';

/** A membership fee to record. */
export type MembershipFeeInput = {
  /** Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  amount: string;
  /** The fee model's population band the amount was set by. */
  band?: string | null | undefined;
  /** The member that pays; it must have been a member during the year. */
  memberId: string | number;
  /** The year the fee is for. */
  year: number;
};

/** Why a year of a series has no figures (null), as opposed to figures that are zero because nothing was paid or charged. */
export type MissingFinanceReason =
  /** The organisation was not a member on any day of the year (asked of the membership subgraph), and nothing is recorded for it. */
  | 'NOT_A_MEMBER'
  /** Finance holds no records for the year: for a member no membership fee of anyone, for a service no charge or cost of any service. The figures are unknown, not zero. */
  | 'NOT_RECORDED';

/** Which networks to list; every condition given must hold (search also looks in the topic). */
export type NetworkFilter = {
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only those these members take or took part in (any of them). */
  memberIdIn?: Array<string | number> | null | undefined;
  /** Only those where any of these partners holds or held a role. */
  partnerIdIn?: Array<string | number> | null | undefined;
  /** Only those where a partner with any of these names (exact) holds or held a role. */
  partnerIn?: Array<string> | null | undefined;
  /** Text in the name (case- and accent-insensitive). */
  search?: string | null | undefined;
  /** Only those that started within these days. */
  startedOn?: DateRange | null | undefined;
  /** Only networks with one of these statuses. */
  statusIn?: Array<NetworkStatus> | null | undefined;
};

/** One sort key for networks. */
export type NetworkOrder = {
  /** Which way; ascending when left out. */
  direction?: SortDirection;
  /** The field to sort by (NetworkOrderField). */
  field: NetworkOrderField;
};

/** What networks can be sorted by. */
export type NetworkOrderField =
  /** Name, in Swedish order. */
  | 'NAME'
  /** People reported as taking part; networks without a report last. */
  | 'REPORTED_PARTICIPANTS'
  /** Day the network started. */
  | 'STARTED_ON'
  /** How alive the network is. */
  | 'STATUS';

/** How alive a network is; networks live as long as their need and may rest for a while. */
export type NetworkStatus =
  /** Meets and works. */
  | 'ACTIVE'
  /** Ended: its need is met. */
  | 'CLOSED'
  /** Resting for a period; may start again. */
  | 'DORMANT'
  /** Being started (under uppstart). */
  | 'STARTING';

/** A role in Sambruk's staff, office or elected functions (other than the board). */
export type OfficeRole =
  /** Auditor (revisor), elected by the annual meeting. */
  | 'AUDITOR'
  /** Secretary of the board. */
  | 'BOARD_SECRETARY'
  /** Deputy auditor (revisorssuppleant). */
  | 'DEPUTY_AUDITOR'
  /** Staff: management and project leads. */
  | 'EMPLOYEE'
  /** Executive officer (verkställande tjänsteman / tjänsteperson). */
  | 'EXECUTIVE_OFFICER'
  /** Member of the nominating committee (valberedning), elected by the annual meeting. */
  | 'NOMINATING_COMMITTEE'
  /** Office administration and accounting bought from a firm. */
  | 'SECRETARIAT_AND_ACCOUNTING';

/** Whether an office is filled. */
export type OfficeStatus =
  /** Someone (named or not) holds it. */
  | 'HELD'
  /** A post the association plans to fill. */
  | 'PLANNED'
  /** Elected or foreseen but empty. */
  | 'VACANT';

/** Who organised an event. */
export type OrganiserKind =
  /** Sambruk itself (i egen regi). */
  | 'ASSOCIATION'
  /** A member of Sambruk (see organiserMember). */
  | 'MEMBER'
  /** Another organisation (see organiserName; null when the documents do not name it). */
  | 'OTHER'
  /** A partner of Sambruk (see organiserPartner). */
  | 'PARTNER';

/** Which partners to list; every condition given must hold. */
export type PartnerFilter = {
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only partners of these kinds. */
  kindIn?: Array<PartnerKind> | null | undefined;
  /** Only partners that hold or held any of these roles on a project, a network or a service. */
  roleIn?: Array<PartnerRoleKind> | null | undefined;
  /** Text in the name (case- and accent-insensitive). */
  search?: string | null | undefined;
};

/** What kind of organisation a partner is. */
export type PartnerKind =
  /** An association or member organisation, e.g. OS2 or eSam. */
  | 'ASSOCIATION'
  /** A state agency or other public authority (myndighet), e.g. Skolverket. */
  | 'AUTHORITY'
  /** A company, e.g. a supplier or a management partner. */
  | 'COMPANY'
  /** A foundation, e.g. Internetstiftelsen. */
  | 'FOUNDATION'
  /** A network of organisations without a legal form of its own, e.g. Kivos. */
  | 'NETWORK'
  /** Any other kind of organisation. */
  | 'OTHER'
  /** A university or university college. */
  | 'UNIVERSITY';

/** What a partner does on a service, project or network. */
export type PartnerRoleKind =
  /** Works on it together with Sambruk (samverkanspart). */
  | 'COLLABORATOR'
  /** Built the solution it is about, e.g. OS2 for Kravmotor. */
  | 'DEVELOPER'
  /** Funds it, e.g. a grant. */
  | 'FUNDER'
  /** Contracted to run and develop it (förvaltningspartner). */
  | 'MANAGEMENT'
  /** Takes part in it. */
  | 'PARTICIPANT'
  /** Supplies software or services to it (leverantör). */
  | 'SUPPLIER';

/** Which members a benchmark compares with. The groups are fixed by the hub, never chosen by the caller. */
export type PeerGroupKind =
  /** Every member charged for the service in the year whose population is known. */
  | 'ALL_SUBSCRIBERS'
  /** Members of similar size: those charged for the service whose population falls in the same band. */
  | 'POPULATION_BAND';

/** A band of a member's number of inhabitants (the bands of the DEMO fee model). */
export type PopulationBand =
  /** 15 000–39 999 inhabitants. */
  | 'FROM_15000_TO_39999'
  /** 40 000–79 999 inhabitants. */
  | 'FROM_40000_TO_79999'
  /** 80 000–149 999 inhabitants. */
  | 'FROM_80000_TO_149999'
  /** 150 000–499 999 inhabitants. */
  | 'FROM_150000_TO_499999'
  /** 500 000 inhabitants or more. */
  | 'FROM_500000'
  /** No number of inhabitants is recorded: a federation, an association or SKR. */
  | 'NO_INHABITANTS'
  /** Under 15 000 inhabitants. */
  | 'UNDER_15000';

/** How a price model or fee schedule computes what a member pays; only the fields its kind uses are read. */
export type PriceModelInput = {
  /** FLAT: the amount per year. Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  amount?: string | null | undefined;
  /** BANDS, or SHARED_COST by WEIGHTS: the bands, lowest first, without gaps or overlaps. */
  bands?: Array<BandInput> | null | undefined;
  /** PER_RESIDENT: the most a member pays for a year. Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  cap?: string | null | undefined;
  /** PER_RESIDENT: the least a member pays for a year. Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  floor?: string | null | undefined;
  /** How the amount is computed. */
  kind: TariffKind;
  /** BY_MEMBER_KIND: the amount for each kind of member. */
  kindAmounts?: Array<KindAmountInput> | null | undefined;
  /** PER_RESIDENT: the amount per inhabitant. Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  perResident?: string | null | undefined;
  /** Month and day (MM-DD) in the year before the billed year on which populations are taken; "11-01" when left out. */
  populationDay?: string | null | undefined;
  /** SHARED_COST: the amount to share, e.g. a budget; left out, the costs recorded for the year. Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  shared?: string | null | undefined;
  /** SHARED_COST: how the cost is split. */
  sharing?: Sharing | null | undefined;
};

/** Which projects to list; every condition given must hold. */
export type ProjectFilter = {
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only those these members take or took part in (any of them). */
  memberIdIn?: Array<string | number> | null | undefined;
  /** Only those where any of these partners holds or held a role. */
  partnerIdIn?: Array<string | number> | null | undefined;
  /** Only those where a partner with any of these names (exact) holds or held a role. */
  partnerIn?: Array<string> | null | undefined;
  /** Only projects in one of these phases now. */
  phaseIn?: Array<ProjectPhase> | null | undefined;
  /** Text in the name (case- and accent-insensitive). */
  search?: string | null | undefined;
  /** Only those that started within these days. */
  startedOn?: DateRange | null | undefined;
};

/** Money given to a project: a grant (give `grantor`) or a member's contribution (give `memberId`). */
export type ProjectFundingInput = {
  /** Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  amount: string;
  /** For a grant: who gave it, e.g. "VINNOVA". */
  grantor?: string | null | undefined;
  /** Grant or member contribution. */
  kind: FundingKind;
  /** For a member contribution: the contributing member. */
  memberId?: string | number | null | undefined;
  /** What the money was for. */
  note?: string | null | undefined;
  /** The project funded. */
  projectId: string | number;
  /** The year the money was given for. */
  year: number;
};

/** One sort key for projects. */
export type ProjectOrder = {
  /** Which way; ascending when left out. */
  direction?: SortDirection;
  /** The field to sort by (ProjectOrderField). */
  field: ProjectOrderField;
};

/** What projects can be sorted by. */
export type ProjectOrderField =
  /** Name, in Swedish order. */
  | 'NAME'
  /** The phase now. */
  | 'PHASE'
  /** Day the project left the idea stage; ideas last. */
  | 'STARTED_ON';

/** Where a project is in its lifecycle: IDEA → PRE_STUDY → ACTIVE → COMPLETED, ON_HOLD from a pre-study or while active (and back), or CANCELLED from any phase before COMPLETED. */
export type ProjectPhase =
  /** Running: the co-funded project is carried out. */
  | 'ACTIVE'
  /** Stopped before completion; final. */
  | 'CANCELLED'
  /** Finished and delivered; final. */
  | 'COMPLETED'
  /** A project idea (projektidé) the board or the members consider; may skip the pre-study. */
  | 'IDEA'
  /** Halted for now (avstannat tills vidare); may resume as a pre-study or as active, or be cancelled. */
  | 'ON_HOLD'
  /** A pre-study (förstudie) that tests the idea. */
  | 'PRE_STUDY';

/** How a member takes part in a project. */
export type ProjectRole =
  /** Co-funds the project (medfinansiär). */
  | 'CO_FUNDER'
  /** Leads the project on the members' side. */
  | 'LEAD'
  /** Takes part with its own staff. */
  | 'PARTICIPANT';

/** A meeting a governance council held. */
export type RecordCouncilMeetingInput = {
  /** The council. */
  councilId: string | number;
  /** Day of the meeting; one meeting per council and day. */
  heldOn: string;
  /** A short note, e.g. what was decided. */
  note?: string | null | undefined;
};

/** What a finance report groups its rows by; a report takes up to three at once. */
export type ReportDimension =
  /** The member's county (län). Finance keeps no member data: it asks the membership subgraph for all the report's members in one batched `_entities` lookup. */
  | 'COUNTY'
  /** The member that paid. */
  | 'MEMBER'
  /** The kind of member (municipality, region, …) at the end of each year. Finance keeps no member data: it asks the membership subgraph for all the report's members in one batched `_entities` lookup. */
  | 'MEMBER_KIND'
  /** The band of the member's number of inhabitants. Finance keeps no member data: it asks the membership subgraph for all the report's members in one batched `_entities` lookup. */
  | 'POPULATION_BAND'
  /** The collaboration service charged for; membership fees and project contributions fall in the row without a service. */
  | 'SERVICE'
  /** The calendar year paid for. */
  | 'YEAR';

/** The order of a finance report's rows. */
export type ReportOrder =
  /** By the dimensions in the order given: years ascending, counties, kinds and bands by name in Swedish order, members and services by id; the row without a value last. */
  | 'DIMENSIONS'
  /** Largest total first, then by the dimensions. */
  | 'TOTAL_DESC';

/** A person who represents a member. */
export type RepresentativeInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** Full name. */
  name: string;
  /** Phone number, digits with optional +, spaces and hyphens. */
  phone?: string | null | undefined;
  /** Role towards Sambruk, e.g. "Formal representative". */
  role: string;
};

/** What Sambruk did at an event. */
export type SambrukRole =
  /** Organised it, or a track of it, with others. */
  | 'CO_ORGANISER'
  /** Ran workshops or a booth at it (utställare, monter). */
  | 'EXHIBITOR'
  /** Held it (värd). */
  | 'HOST'
  /** Invited to speak or present (talare). */
  | 'SPEAKER';

/** The municipal field a collaboration service supports. */
export type ServiceArea =
  /** Streets and public spaces (stadsmiljö). */
  | 'CITY_ENVIRONMENT'
  /** Municipal contact centres (kontaktcenter). */
  | 'CONTACT_CENTRE'
  /** Chief guardians' supervision (överförmyndare). */
  | 'GUARDIANSHIP'
  /** Public libraries (folkbibliotek). */
  | 'LIBRARIES'
  /** School and education (skola). */
  | 'SCHOOL'
  /** Social services, e.g. financial assistance (socialtjänst). */
  | 'SOCIAL_SERVICES';

/** A service charge (utdebitering) to record: one per subscription and year. */
export type ServiceChargeInput = {
  /** Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  amount: string;
  /** What the charge covers. */
  note?: string | null | undefined;
  /** The subscription charged for (its member and service are the ones charged); checked with the services subgraph. */
  subscriptionId: string | number;
  /** The year charged for; the subscription must cover some day of it. */
  year: number;
};

/** A cost a collaboration service had in a year. */
export type ServiceCostInput = {
  /** Amount in SEK as an exact decimal with at most two decimals, zero or more, e.g. "12500.00". */
  amount: string;
  /** Kind of cost, e.g. "IT services". */
  category: string;
  /** Details, such as the supplier. */
  note?: string | null | undefined;
  /** The service that had the cost. */
  serviceId: string | number;
  /** The year the cost falls in. */
  year: number;
};

/** Which services to list; every condition given must hold. */
export type ServiceFilter = {
  /** Only services in these areas. */
  areaIn?: Array<ServiceArea> | null | undefined;
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only services retired within these days. */
  retiredOn?: DateRange | null | undefined;
  /** Text in the name, slug or description (case- and accent-insensitive). */
  search?: string | null | undefined;
  /** Only services that started within these days. */
  startedOn?: DateRange | null | undefined;
  /** Only services with one of these statuses. */
  statusIn?: Array<ServiceStatus> | null | undefined;
};

/** One sort key for services. */
export type ServiceOrder = {
  /** Which way; ascending when left out. */
  direction?: SortDirection;
  /** The field to sort by (ServiceOrderField). */
  field: ServiceOrderField;
};

/** What services can be sorted by. */
export type ServiceOrderField =
  /** The municipal field. */
  | 'AREA'
  /** Name, in Swedish order. */
  | 'NAME'
  /** Day the service was retired; services still offered last. */
  | 'RETIRED_ON'
  /** First day in service. */
  | 'STARTED_ON'
  /** Where the service is in its life. */
  | 'STATUS';

/** Where a collaboration service is in its life. */
export type ServiceStatus =
  /** In use by members. */
  | 'ACTIVE'
  /** Decided or piloted, not yet in regular use. */
  | 'PLANNED'
  /** No longer offered (see retiredOn). */
  | 'RETIRED';

/** How a shared cost is split (each share also weighted by the days taken part). */
export type Sharing =
  /** The same share for everyone. */
  | 'EQUAL'
  /** By inhabitants on the reference date. */
  | 'POPULATION'
  /** By the weight of the member's population band. */
  | 'WEIGHTS';

/** Which way a list is sorted by a field. Missing values (null) come last either way; text sorts in Swedish order (Å, Ä, Ö after Z). */
export type SortDirection =
  /** Smallest, earliest or first in the alphabet first. */
  | 'ASC'
  /** Largest, latest or last in the alphabet first. */
  | 'DESC';

/** What a financial statement is. */
export type StatementKind =
  /** Annual accounts (årsredovisning): what the year turned out to be. */
  | 'ANNUAL_ACCOUNTS'
  /** A budget: the plan for a year. */
  | 'BUDGET';

/** How final a financial statement is. */
export type StatementStatus =
  /** Adopted by the board or the annual meeting (fastställt). */
  | 'ADOPTED'
  /** A draft that may still change (preliminärt). */
  | 'PRELIMINARY';

/** A member starting to use a collaboration service. */
export type SubscribeMemberInput = {
  /** First day of use; within the member's membership and the service's lifetime. */
  from: string;
  /** The member (checked with the membership subgraph). */
  memberId: string | number;
  /** The service. */
  serviceId: string | number;
  /** Day the use ends (not used from this day), after `from`; null until further notice. */
  to?: string | null | undefined;
  /** The variant, required for a service offered in variants (e.g. "Classic" or "XL"). */
  variant?: string | null | undefined;
};

/** What subscription counts are grouped by, besides the year. */
export type SubscriptionCountDimension =
  /** The subscribing member's county (län), asked of the membership subgraph for all the members in one batched `_entities` lookup. */
  | 'COUNTY'
  /** The collaboration service. */
  | 'SERVICE';

/** Which subscriptions to list; every condition given must hold. */
export type SubscriptionFilter = {
  /** Only subscriptions in use on this day. */
  activeOn?: string | null | undefined;
  /** Only subscriptions whose first day of use lies within these days. */
  from?: DateRange | null | undefined;
  /** Only these ids. */
  idIn?: Array<string | number> | null | undefined;
  /** Only subscriptions of these members. */
  memberIdIn?: Array<string | number> | null | undefined;
  /** Only subscriptions to these services. */
  serviceIdIn?: Array<string | number> | null | undefined;
  /** Only subscriptions whose use ended (to) within these days. */
  to?: DateRange | null | undefined;
  /** Only subscriptions to these variants, e.g. ["XL"]. */
  variantIn?: Array<string> | null | undefined;
};

/** One sort key for subscriptions. */
export type SubscriptionOrder = {
  /** Which way; ascending when left out. */
  direction?: SortDirection;
  /** The field to sort by (SubscriptionOrderField). */
  field: SubscriptionOrderField;
};

/** What subscriptions can be sorted by. */
export type SubscriptionOrderField =
  /** First day of use. */
  | 'FROM'
  /** The member's id (groups a member's subscriptions together). */
  | 'MEMBER_ID'
  /** Day the use ends; subscriptions until further notice last. */
  | 'TO'
  /** The variant used; subscriptions without one last. */
  | 'VARIANT';

/** How a price model or fee schedule computes what a member pays for a year (always pro rata by the days of the year it took part). */
export type TariffKind =
  /** An amount by the member's population band. */
  | 'BANDS'
  /** An amount by the kind of member (municipality, region ...). */
  | 'BY_MEMBER_KIND'
  /** The same amount for every subscriber (or member). */
  | 'FLAT'
  /** An amount per inhabitant, with an optional floor and cap. */
  | 'PER_RESIDENT'
  /** The service's costs (or a stated amount) shared among those who took part: equally, by population or by band weights. */
  | 'SHARED_COST';

/** Which lines a total adds up. */
export type TotalScope =
  /** All cost lines. */
  | 'COSTS'
  /** All income lines. */
  | 'INCOME'
  /** Income minus costs (resultat). */
  | 'RESULT'
  /** The lines of one section, a subtotal such as "External costs". */
  | 'SECTION';

/** Changes to an event; fields left out stay as they are. */
export type UpdateEventInput = {
  /** Number of attendees (people); null when not known. */
  attendees?: number | null | undefined;
  /** Digital or on site. */
  format?: EventFormat | null | undefined;
  /** Day the event is held (its first day). */
  heldOn?: string | null | undefined;
  /** What kind of gathering it is. */
  kind?: EventKind | null | undefined;
  /** The network it is held for; null to detach it from its network. */
  networkId?: string | number | null | undefined;
  /** Who organised it (replaces the organiser as a whole). */
  organiser?: EventOrganiserInput | null | undefined;
  /** Where it is held; null to clear it. */
  place?: string | null | undefined;
  /** What Sambruk did at the event. */
  sambrukRole?: SambrukRole | null | undefined;
  /** Title or theme. */
  title?: string | null | undefined;
};

/** Changes to a member; fields left out stay as they are. */
export type UpdateMemberInput = {
  /** County (län). */
  county?: string | null | undefined;
  /** First day of membership. */
  joinedOn?: string | null | undefined;
  /** Kind of organisation. */
  kind?: MemberKind | null | undefined;
  /** Day the membership ended; null to reinstate. */
  leftOn?: string | null | undefined;
  /** Official name. */
  name?: string | null | undefined;
  /** Organisation number NNNNNN-NNNN. */
  organisationNumber?: string | null | undefined;
  /** Number of inhabitants. */
  population?: number | null | undefined;
};

/** Changes to a network; fields left out stay as they are. */
export type UpdateNetworkInput = {
  /** What the network does and with whom. */
  description?: string | null | undefined;
  /** Name, unique among networks. */
  name?: string | null | undefined;
  /** People reported as taking part, as a lower bound; null to clear. */
  reportedParticipants?: number | null | undefined;
  /** How alive the network is. */
  status?: NetworkStatus | null | undefined;
  /** The topic in a few words. */
  topic?: string | null | undefined;
};

/** Changes to a project; fields left out stay as they are. The phase changes only through `moveProjectPhase`. */
export type UpdateProjectInput = {
  /** What the project does and why. */
  description?: string | null | undefined;
  /** Name, unique among projects. */
  name?: string | null | undefined;
};

/** Changes to a representative; fields left out stay as they are. */
export type UpdateRepresentativeInput = {
  /** E-mail address; null to remove. */
  email?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Phone number; null to remove. */
  phone?: string | null | undefined;
  /** Role towards Sambruk. */
  role?: string | null | undefined;
};

/** Changes to a collaboration service; fields left out stay as they are. */
export type UpdateServiceInput = {
  /** The municipal field the service supports. */
  area?: ServiceArea | null | undefined;
  /** What the service does. */
  description?: string | null | undefined;
  /** Software licence (SPDX identifier); null when unknown. */
  licence?: string | null | undefined;
  /** Name, unique among services. */
  name?: string | null | undefined;
  /** Day the service was retired; null when it is offered again. */
  retiredOn?: string | null | undefined;
  /** URL-friendly handle, unique among services. */
  slug?: string | null | undefined;
  /** First day in service. */
  startedOn?: string | null | undefined;
  /** Where the service is in its life. */
  status?: ServiceStatus | null | undefined;
  /** Variants the service is offered in. */
  variants?: Array<string> | null | undefined;
};

/** What the caller may see and do (see the README, "Who may see what"). */
export type ViewerRole =
  /** Administrator: everything, including the audit trails. */
  | 'ADMIN'
  /** Sambruk analyst: everything except contact details; changes nothing. */
  | 'ANALYST'
  /** No token: the public catalogue. */
  | 'ANONYMOUS'
  /** A member organisation's user: the catalogue plus its own member's finance and contacts. */
  | 'MEMBER';

/** Whether a webhook delivery has reached its receiver. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Not yet answered with 2xx: waiting for its first attempt or its next retry. */
  | 'PENDING';

/** A webhook endpoint to register. */
export type WebhookInput = {
  /** Types of record whose changes to send, e.g. ["Member"]; all when empty. */
  eventTypes?: Array<string>;
  /** Shared secret (16+ characters) the deliveries are signed with (HMAC-SHA256); see README "Webhooks". */
  secret: string;
  /** Where to POST events: a public http(s) URL (private, loopback and link-local hosts need WEBHOOK_ALLOWED_HOSTS). */
  url: string;
};

export type DashboardStartQueryVariables = Exact<{
  day: string;
  y0: number;
  y1: number;
  y2: number;
  y3: number;
  y4: number;
  y5: number;
}>;


export type DashboardStartQuery = { viewer: { role: ViewerRole, subject: string | null, member: { id: string, name: string, county: string | null, population: number | null, subscriptions: Array<{ id: string, variant: string | null, from: string, service: { id: string, name: string, council: { id: string, meetings: Array<{ id: string, heldOn: string, note: string | null }> } } }>, councilSeats: Array<{ id: string, person: string, role: CouncilRole, council: { id: string, service: { id: string } } }>, costs: Array<{ year: number, missingReason: MissingFinanceReason | null, statement: { serviceChargesTotal: { amount: string }, total: { amount: string } } | null }> | null, b0: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b1: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b2: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b3: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b4: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b5: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null } | null }, members: { nodes: Array<{ id: string, name: string }> } };

export type DashboardMemberQueryVariables = Exact<{
  id: string | number;
  day: string;
  y0: number;
  y1: number;
  y2: number;
  y3: number;
  y4: number;
  y5: number;
}>;


export type DashboardMemberQuery = { member: { id: string, name: string, county: string | null, population: number | null, subscriptions: Array<{ id: string, variant: string | null, from: string, service: { id: string, name: string, council: { id: string, meetings: Array<{ id: string, heldOn: string, note: string | null }> } } }>, councilSeats: Array<{ id: string, person: string, role: CouncilRole, council: { id: string, service: { id: string } } }>, costs: Array<{ year: number, missingReason: MissingFinanceReason | null, statement: { serviceChargesTotal: { amount: string }, total: { amount: string } } | null }> | null, b0: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b1: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b2: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b3: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b4: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b5: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null } | null };

export type DashboardMemberFragment = { id: string, name: string, county: string | null, population: number | null, subscriptions: Array<{ id: string, variant: string | null, from: string, service: { id: string, name: string, council: { id: string, meetings: Array<{ id: string, heldOn: string, note: string | null }> } } }>, councilSeats: Array<{ id: string, person: string, role: CouncilRole, council: { id: string, service: { id: string } } }>, costs: Array<{ year: number, missingReason: MissingFinanceReason | null, statement: { serviceChargesTotal: { amount: string }, total: { amount: string } } | null }> | null, b0: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b1: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b2: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b3: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b4: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null, b5: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null };

export type DashboardCostFragment = { serviceChargesTotal: { amount: string }, total: { amount: string } };

export type DashboardBenchmarkFragment = { year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null };

export type DashboardPeerGroupFragment = { band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string };

export type MemberContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberContactsQuery = { member: { name: string, kind: MemberKind, representatives: Array<{ name: string, role: string, email: string | null, phone: string | null }> | null } | null };

export type MemberRepresentativeNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberRepresentativeNamesQuery = { member: { name: string, representatives: Array<{ name: string, role: string }> | null } | null };

export type MemberNamesQueryVariables = Exact<{
  first: number;
}>;


export type MemberNamesQuery = { members: { totalCount: number, nodes: Array<{ name: string, kind: MemberKind }> } };

export type MembershipAuditTrailQueryVariables = Exact<{
  entityId?: string | number | null | undefined;
}>;


export type MembershipAuditTrailQuery = { membershipAuditTrail: { totalCount: number, nodes: Array<{ at: string, subject: string | null, role: string, operation: string, entityType: string, entityId: string, change: AuditChange, summary: string }> } };

export type MemberCostSeriesQueryVariables = Exact<{
  id: string | number;
  fromYear: number;
  toYear: number;
}>;


export type MemberCostSeriesQuery = { member: { id: string, name: string, joinedOn: string, costStatements: Array<{ year: number, missingReason: MissingFinanceReason | null, statement: { year: number, membershipFee: { amount: { amount: string } } | null, serviceChargesTotal: { amount: string }, projectContributionsTotal: { amount: string }, total: { amount: string } } | null }> | null, costStatement: { total: { amount: string } } | null } | null };

export type MembersCostSeriesQueryVariables = Exact<{
  first: number;
  fromYear: number;
  toYear: number;
}>;


export type MembersCostSeriesQuery = { members: { nodes: Array<{ id: string, costStatements: Array<{ year: number, missingReason: MissingFinanceReason | null, statement: { total: { amount: string } } | null }> | null }> } };

export type ServiceEconomySeriesQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type ServiceEconomySeriesQuery = { services: { nodes: Array<{ id: string, name: string, economies: Array<{ year: number, missingReason: MissingFinanceReason | null, economy: { year: number, chargedMembers: number, covered: boolean, charged: { amount: string }, costs: { amount: string }, balance: { amount: string } } | null }> | null, economy: { charged: { amount: string }, costs: { amount: string } } | null }> } };

export type ReportMeasuresFragment = { memberCount: number, population: number | null, membershipFees: { amount: string }, serviceCharges: { amount: string }, projectContributions: { amount: string }, total: { amount: string }, perResident: { amount: string } | null };

export type FinanceReportQueryVariables = Exact<{
  input: FinanceReportInput;
}>;


export type FinanceReportQuery = { financeReport: { fromYear: number, toYear: number, dimensions: Array<ReportDimension>, rows: Array<{ year: number | null, county: string | null, memberKind: string | null, populationBand: PopulationBand | null, memberCount: number, population: number | null, member: { id: string, name: string, population: number | null } | null, service: { id: string, name: string } | null, membershipFees: { amount: string }, serviceCharges: { amount: string }, projectContributions: { amount: string }, total: { amount: string }, perResident: { amount: string } | null }>, total: { memberCount: number, population: number | null, membershipFees: { amount: string }, serviceCharges: { amount: string }, projectContributions: { amount: string }, total: { amount: string }, perResident: { amount: string } | null } } | null };

export type CountsFragment = { year: number, active: number, started: number, ended: number, atYearEnd: number };

export type MemberCountsQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
  groupBy?: Array<MemberCountDimension> | MemberCountDimension | null | undefined;
}>;


export type MemberCountsQuery = { memberCounts: Array<{ kind: MemberKind | null, county: string | null, year: number, active: number, started: number, ended: number, atYearEnd: number }> };

export type SubscriptionCountsQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
  groupBy?: Array<SubscriptionCountDimension> | SubscriptionCountDimension | null | undefined;
}>;


export type SubscriptionCountsQuery = { subscriptionCounts: Array<{ year: number, active: number, started: number, ended: number, atYearEnd: number, members: number, county: string | null, service: { id: string, name: string } | null }> };

export type CouncilSeatCountsQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type CouncilSeatCountsQuery = { councilSeatCounts: Array<{ year: number, active: number, started: number, ended: number, atYearEnd: number, members: number, service: { name: string } }> };

export type ParticipationCountsQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type ParticipationCountsQuery = { projectParticipationCounts: Array<{ year: number, active: number, started: number, ended: number, atYearEnd: number, members: number, project: { name: string } | null }>, networkParticipationCounts: Array<{ year: number, active: number, members: number, network: { name: string } | null }> };

export type AssociationQueryVariables = Exact<{ [key: string]: never; }>;


export type AssociationQuery = { association: { name: string, shortName: string, organisationNumber: string, seat: string, networkSince: number, associationSince: number, vision: string, mission: string, boardTerms: Array<{ electedOn: string, electedAt: string, endedOn: string | null, servesUntil: string, lastRecordedOn: string, reportYear: number, minutedMeetings: number | null, source: DataSource, seats: Array<{ person: string, role: BoardRole, from: string, to: string | null, endReason: string | null, member: { name: string }, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> }> } };

export type OfficesQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type OfficesQuery = { offices: Array<{ role: OfficeRole, holder: string | null, organisation: string | null, duties: string, status: OfficeStatus, from: string, to: string | null, source: DataSource }> };

export type AccountsTablePartsFragment = { kind: AccountsTableKind, number: number | null, title: string, originalTitle: string, year: number, document: string, source: DataSource, lines: Array<{ position: number, label: string, originalLabel: string, groups: Array<string>, people: number | null, amount: { amount: string, currency: string } | null }>, totals: Array<{ label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }> };

export type BalanceSheetQueryVariables = Exact<{
  year: number;
}>;


export type BalanceSheetQuery = { balanceSheet: { kind: AccountsTableKind, number: number | null, title: string, originalTitle: string, year: number, document: string, source: DataSource, lines: Array<{ position: number, label: string, originalLabel: string, groups: Array<string>, people: number | null, amount: { amount: string, currency: string } | null }>, totals: Array<{ label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }> } | null };

export type AnnualAccountsTablesQueryVariables = Exact<{
  year: number;
}>;


export type AnnualAccountsTablesQuery = { annualAccounts: { year: number, issuedOn: string | null, tables: Array<{ kind: AccountsTableKind, number: number | null, title: string, originalTitle: string, year: number, document: string, source: DataSource, lines: Array<{ position: number, label: string, originalLabel: string, groups: Array<string>, people: number | null, amount: { amount: string, currency: string } | null }>, totals: Array<{ label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }> }> } | null };

export type FieldProvenancePartsFragment = { field: string, source: FactSource, document: string | null, quote: string | null, note: string | null };

export type MemberProvenanceQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberProvenanceQuery = { members: { nodes: Array<{ name: string, source: DataSource, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }>, identities: Array<{ name: string, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> }> } };

export type SeedProvenanceQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedProvenanceQuery = { projects: { nodes: Array<{ name: string, phase: ProjectPhase, source: DataSource, partners: Array<string>, phases: Array<{ phase: ProjectPhase, on: string }>, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> }, networks: { nodes: Array<{ name: string, source: DataSource, partners: Array<string>, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> }, partners: { nodes: Array<{ name: string, source: DataSource, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }>, projectRoles: Array<{ source: DataSource, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }>, networkRoles: Array<{ source: DataSource, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> }> }, events: { nodes: Array<{ title: string, source: DataSource, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> }, board: { seats: Array<{ person: string, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> }, budget: { issuedOn: string | null, status: StatementStatus } | null };

export type GoalsQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type GoalsQuery = { goals: Array<{ metric: GoalMetric, description: string, target: number, targetMax: number | null, threshold: number | null, year: number, yearly: boolean, document: string, quote: string, source: DataSource, progress: { on: string, value: number, met: boolean, services: Array<{ name: string, startedOn: string }>, members: Array<{ id: string, name: string }>, projects: Array<{ name: string, startedOn: string | null }>, networks: Array<{ members: number, network: { name: string } }>, seminars: Array<{ title: string, heldOn: string, format: EventFormat }> } }> };

export type MemberBenchmarksQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type MemberBenchmarksQuery = { member: { name: string, population: number | null, benchmarks: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null } | null };

export type MemberBenchmarksWithPeersQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type MemberBenchmarksWithPeersQuery = { member: { name: string, population: number | null, benchmarks: Array<{ year: number, costPerResident: string | null, populationBand: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string, peers: Array<{ costPerResident: string, member: { id: string, name: string } }> | null } | null, allSubscribers: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string, peers: Array<{ costPerResident: string, member: { id: string, name: string } }> | null } | null, service: { id: string, name: string }, charged: { amount: string } }> | null } | null };

export type AllMembersBenchmarksQueryVariables = Exact<{
  year: number;
}>;


export type AllMembersBenchmarksQuery = { members: { nodes: Array<{ id: string, population: number | null, serviceCharges: Array<{ service: { id: string }, amount: { amount: string } }> | null, benchmarks: Array<{ year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null }> | null }> } };

export type BenchmarkFragment = { year: number, costPerResident: string | null, service: { id: string, name: string }, charged: { amount: string }, populationBand: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null, allSubscribers: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string } | null };

export type BenchmarkWithPeersFragment = { year: number, costPerResident: string | null, populationBand: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string, peers: Array<{ costPerResident: string, member: { id: string, name: string } }> | null } | null, allSubscribers: { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string, peers: Array<{ costPerResident: string, member: { id: string, name: string } }> | null } | null, service: { id: string, name: string }, charged: { amount: string } };

export type PeerGroupFiguresFragment = { kind: PeerGroupKind, band: PopulationBand | null, memberCount: number, lowerQuartile: string, median: string, upperQuartile: string };

export type PeerFragment = { costPerResident: string, member: { id: string, name: string } };

export type BillingLinePartsFragment = { kind: BilledKind, population: number | null, populationOn: string, days: number, band: string | null, share: string | null, agreement: string | null, status: BillingLineStatus, member: { id: string, name: string }, service: { id: string, name: string } | null, subscription: { id: string } | null, priceModel: { id: string, version: number, kind: TariffKind, validFrom: string, source: DataSource }, amount: { amount: string }, recorded: { amount: string }, difference: { amount: string } };

export type BillingRunMutationVariables = Exact<{
  year: number;
  dryRun: boolean;
}>;


export type BillingRunMutation = { billingRun: { year: number, dryRun: boolean, written: number, run: { id: string, year: number, ranBy: string | null, written: number, inputsJson: string } | null, membershipFees: { amount: string }, serviceCharges: { amount: string }, lines: Array<{ kind: BilledKind, population: number | null, populationOn: string, days: number, band: string | null, share: string | null, agreement: string | null, status: BillingLineStatus, member: { id: string, name: string }, service: { id: string, name: string } | null, subscription: { id: string } | null, priceModel: { id: string, version: number, kind: TariffKind, validFrom: string, source: DataSource }, amount: { amount: string }, recorded: { amount: string }, difference: { amount: string } }> } };

export type MemberFeesQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type MemberFeesQuery = { member: { name: string, membershipFee: { sequence: number, origin: BillingOrigin, computation: string | null, amount: { amount: string } } | null, costStatement: { total: { amount: string } } | null } | null };

export type FinanceAuditTrailQueryVariables = Exact<{
  first: number;
}>;


export type FinanceAuditTrailQuery = { financeAuditTrail: { totalCount: number, nodes: Array<{ operation: string, entityType: string, change: AuditChange }> } };

export type ScenarioPartsFragment = { year: number, coversCosts: boolean | null, winners: number, losers: number, service: { id: string, name: string } | null, current: { id: string, version: number, kind: TariffKind } | null, currentTotal: { amount: string }, proposedTotal: { amount: string }, costs: { amount: string } | null, lines: Array<{ days: number, population: number | null, member: { id: string, name: string }, subscription: { id: string } | null, current: { amount: string }, proposed: { amount: string }, difference: { amount: string } }> };

export type PriceScenarioQueryVariables = Exact<{
  serviceId: string | number;
  proposedModel: PriceModelInput;
  year: number;
}>;


export type PriceScenarioQuery = { priceScenario: { year: number, coversCosts: boolean | null, winners: number, losers: number, service: { id: string, name: string } | null, current: { id: string, version: number, kind: TariffKind } | null, currentTotal: { amount: string }, proposedTotal: { amount: string }, costs: { amount: string } | null, lines: Array<{ days: number, population: number | null, member: { id: string, name: string }, subscription: { id: string } | null, current: { amount: string }, proposed: { amount: string }, difference: { amount: string } }> } | null };

export type FeeScenarioQueryVariables = Exact<{
  proposedModel: PriceModelInput;
  year: number;
}>;


export type FeeScenarioQuery = { feeScenario: { year: number, coversCosts: boolean | null, winners: number, losers: number, service: { id: string, name: string } | null, current: { id: string, version: number, kind: TariffKind } | null, currentTotal: { amount: string }, proposedTotal: { amount: string }, costs: { amount: string } | null, lines: Array<{ days: number, population: number | null, member: { id: string, name: string }, subscription: { id: string } | null, current: { amount: string }, proposed: { amount: string }, difference: { amount: string } }> } | null };

export type PriceModelsQueryVariables = Exact<{
  serviceId?: string | number | null | undefined;
}>;


export type PriceModelsQuery = { priceModels: Array<{ id: string, version: number, validFrom: string, kind: TariffKind, sharing: Sharing | null, variant: string | null, source: DataSource, populationDay: string, amount: { amount: string } | null, shared: { amount: string } | null, bands: Array<{ from: number, to: number | null, value: string, label: string }>, service: { id: string } | null }> };

export type DefinePriceModelMutationVariables = Exact<{
  input: DefinePriceModelInput;
}>;


export type DefinePriceModelMutation = { definePriceModel: { id: string, version: number, validFrom: string, kind: TariffKind, source: DataSource, bands: Array<{ label: string, value: string }> } };

export type ServiceEconomyModelsQueryVariables = Exact<{
  year: number;
}>;


export type ServiceEconomyModelsQuery = { services: { nodes: Array<{ id: string, name: string, economy: { priceModels: Array<{ id: string, version: number, validFrom: string, kind: TariffKind }> | null } | null }> } };

export type RecordMemberAgreementMutationVariables = Exact<{
  input: MemberAgreementInput;
}>;


export type RecordMemberAgreementMutation = { recordMemberAgreement: { id: string, from: string, to: string | null, discountPercent: number | null, fixed: { amount: string } | null, member: { id: string }, service: { id: string } | null } };

export type RecordPopulationMutationVariables = Exact<{
  memberId: string | number;
  on: string;
  population: number;
}>;


export type RecordPopulationMutation = { recordPopulation: { id: string, on: string, population: number, source: DataSource } };

export type MemberTimestampsQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberTimestampsQuery = { member: { id: string, createdAt: string, updatedAt: string, representatives: Array<{ createdAt: string, updatedAt: string }> | null } | null };

export type MembershipChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
}>;


export type MembershipChangesQuery = { membershipChanges: { nodes: Array<{ cursor: string, position: string, entityType: string, entityId: string, operation: AuditChange, fields: Array<string>, memberId: string | null, at: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type RegisterMembershipWebhookMutationVariables = Exact<{
  input: WebhookInput;
}>;


export type RegisterMembershipWebhookMutation = { registerMembershipWebhook: { id: string, url: string, eventTypes: Array<string>, enabled: boolean } };

export type MembershipWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipWebhooksQuery = { membershipWebhooks: Array<{ id: string, enabled: boolean, disabledReason: string | null, failingSince: string | null }> };

export type MembershipWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
}>;


export type MembershipWebhookDeliveriesQuery = { membershipWebhookDeliveries: Array<{ id: string, position: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, payload: string }> };

export type MemberChangedSubscriptionVariables = Exact<{
  memberId: string | number;
  after?: string | null | undefined;
}>;


export type MemberChangedSubscription = { memberChanged: { id: string, population: number | null, updatedAt: string } | null };

export type ServiceSubscriptionsChangedSubscriptionVariables = Exact<{
  memberId: string | number;
  after?: string | null | undefined;
}>;


export type ServiceSubscriptionsChangedSubscription = { serviceSubscriptionsChanged: { id: string, from: string, to: string | null, service: { slug: string }, member: { name: string } } | null };

export type EnableMembershipWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableMembershipWebhookMutation = { enableMembershipWebhook: { id: string, enabled: boolean, disabledReason: string | null, failingSince: string | null } };

export type RemoveMembershipWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMembershipWebhookMutation = { removeMembershipWebhook: { id: string, url: string } };

export type CostStatementChangedSubscriptionVariables = Exact<{
  memberId: string | number;
  year: number;
  after?: string | null | undefined;
}>;


export type CostStatementChangedSubscription = { costStatementChanged: { year: number, projectContributionsTotal: { amount: string }, total: { amount: string } } | null };

export type FinanceChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type FinanceChangesQuery = { financeChanges: { pageInfo: { endCursor: string | null } } };

export type MoneyPartsFragment = { amount: string, currency: string };

export type StatementTotalPartsFragment = { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null };

export type StatementPartsFragment = { id: string, kind: StatementKind, year: number, version: string, issuedOn: string | null, status: StatementStatus, document: string | null, source: DataSource, lines: Array<{ position: number, category: string, originalLabel: string | null, kind: LineKind, section: string | null, amount: { amount: string, currency: string } }>, totalIncome: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, totalCosts: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, result: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, sectionTotals: Array<{ label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }> };

export type BudgetQueryVariables = Exact<{
  year: number;
}>;


export type BudgetQuery = { budget: { id: string, kind: StatementKind, year: number, version: string, issuedOn: string | null, status: StatementStatus, document: string | null, source: DataSource, lines: Array<{ position: number, category: string, originalLabel: string | null, kind: LineKind, section: string | null, amount: { amount: string, currency: string } }>, totalIncome: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, totalCosts: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, result: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, sectionTotals: Array<{ label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }> } | null };

export type BudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetsQuery = { budgets: Array<{ id: string, year: number, version: string, status: StatementStatus, totalIncome: { computed: { amount: string } } }> };

export type AnnualAccountsQueryVariables = Exact<{
  year: number;
}>;


export type AnnualAccountsQuery = { annualAccounts: { id: string, kind: StatementKind, year: number, version: string, issuedOn: string | null, status: StatementStatus, document: string | null, source: DataSource, lines: Array<{ position: number, category: string, originalLabel: string | null, kind: LineKind, section: string | null, amount: { amount: string, currency: string } }>, totalIncome: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, totalCosts: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, result: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, sectionTotals: Array<{ label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }> } | null };

export type MemberCostStatementQueryVariables = Exact<{
  id: string | number;
  year: number;
  activeOn: string;
}>;


export type MemberCostStatementQuery = { member: { id: string, name: string, subscriptions: Array<{ id: string, variant: string | null, service: { id: string, name: string }, cost: { amount: { amount: string, currency: string } } | null }>, costStatement: { year: number, membershipFee: { band: string | null, source: DataSource, amount: { amount: string, currency: string } } | null, serviceCharges: Array<{ id: string, note: string | null, source: DataSource, subscription: { id: string } | null, service: { id: string, name: string, council: { id: string, seats: Array<{ person: string, role: CouncilRole, member: { name: string } }> } }, amount: { amount: string, currency: string } }>, projectContributions: Array<{ project: { id: string, name: string }, amount: { amount: string, currency: string } }>, serviceChargesTotal: { amount: string, currency: string }, projectContributionsTotal: { amount: string, currency: string }, total: { amount: string, currency: string } } | null } | null };

export type MembersCostStatementsQueryVariables = Exact<{
  first: number;
  year: number;
}>;


export type MembersCostStatementsQuery = { members: { totalCount: number, nodes: Array<{ id: string, membershipFee: { amount: { amount: string } } | null, serviceCharges: Array<{ amount: { amount: string } }> | null, costStatement: { serviceChargesTotal: { amount: string }, projectContributionsTotal: { amount: string }, total: { amount: string } } | null }> } };

export type SubscriptionCostsQueryVariables = Exact<{
  first: number;
  year: number;
}>;


export type SubscriptionCostsQuery = { members: { totalCount: number, nodes: Array<{ id: string, name: string, subscriptions: Array<{ id: string, variant: string | null, service: { name: string }, cost: { amount: { amount: string } } | null }>, costStatement: { serviceChargesTotal: { amount: string } } | null }> } };

export type CostReportQueryVariables = Exact<{
  year: number;
  groupBy: CostGroupBy;
}>;


export type CostReportQuery = { costReport: { year: number, groupBy: CostGroupBy, rows: Array<{ key: string | null, memberCount: number, member: { id: string, name: string } | null, service: { id: string, name: string } | null, membershipFees: { amount: string }, serviceCharges: { amount: string }, projectContributions: { amount: string }, total: { amount: string } }>, membershipFees: { amount: string, currency: string }, serviceCharges: { amount: string, currency: string }, projectContributions: { amount: string, currency: string }, total: { amount: string, currency: string } } | null };

export type ServiceEconomiesQueryVariables = Exact<{
  year: number;
}>;


export type ServiceEconomiesQuery = { services: { nodes: Array<{ id: string, name: string, economy: { year: number, chargedMembers: number, covered: boolean, charged: { amount: string }, costs: { amount: string }, costLines: Array<{ category: string, amount: { amount: string } }>, balance: { amount: string } } | null }> } };

export type ChargesQueryVariables = Exact<{
  year?: number | null | undefined;
  memberId?: string | number | null | undefined;
  serviceId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ChargesQuery = { charges: { totalCount: number, nodes: Array<{ id: string, year: number, subscription: { id: string } | null, member: { id: string }, service: { id: string }, amount: { amount: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type ProjectFundingQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectFundingQuery = { project: { name: string, funding: Array<{ year: number, kind: FundingKind, grantor: string | null, note: string | null, source: DataSource, member: { name: string } | null, amount: { amount: string, currency: string } }> | null } | null };

export type RecordMembershipFeeMutationVariables = Exact<{
  input: MembershipFeeInput;
}>;


export type RecordMembershipFeeMutation = { recordMembershipFee: { id: string, year: number, band: string | null, source: DataSource, member: { id: string, name: string }, amount: { amount: string, currency: string } } };

export type RecordServiceChargeMutationVariables = Exact<{
  input: ServiceChargeInput;
}>;


export type RecordServiceChargeMutation = { recordServiceCharge: { id: string, year: number, note: string | null, subscription: { id: string } | null, member: { name: string }, service: { name: string }, amount: { amount: string, currency: string } } };

export type RecordServiceCostMutationVariables = Exact<{
  input: ServiceCostInput;
}>;


export type RecordServiceCostMutation = { recordServiceCost: { id: string, year: number, category: string, service: { name: string }, amount: { amount: string, currency: string } } };

export type RecordProjectFundingMutationVariables = Exact<{
  input: ProjectFundingInput;
}>;


export type RecordProjectFundingMutation = { recordProjectFunding: { id: string, year: number, kind: FundingKind, grantor: string | null, member: { name: string } | null, project: { name: string }, amount: { amount: string, currency: string } } };

export type CreateBudgetMutationVariables = Exact<{
  input: BudgetInput;
}>;


export type CreateBudgetMutation = { createBudget: { id: string, kind: StatementKind, year: number, version: string, issuedOn: string | null, status: StatementStatus, document: string | null, source: DataSource, lines: Array<{ position: number, category: string, originalLabel: string | null, kind: LineKind, section: string | null, amount: { amount: string, currency: string } }>, totalIncome: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, totalCosts: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, result: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, sectionTotals: Array<{ label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }> } };

export type AddBudgetLineMutationVariables = Exact<{
  budgetId: string | number;
  input: BudgetLineInput;
}>;


export type AddBudgetLineMutation = { addBudgetLine: { id: string, kind: StatementKind, year: number, version: string, issuedOn: string | null, status: StatementStatus, document: string | null, source: DataSource, lines: Array<{ position: number, category: string, originalLabel: string | null, kind: LineKind, section: string | null, amount: { amount: string, currency: string } }>, totalIncome: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, totalCosts: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, result: { label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }, sectionTotals: Array<{ label: string, scope: TotalScope, section: string | null, computed: { amount: string, currency: string }, stated: { amount: string, currency: string } | null, difference: { amount: string, currency: string } | null }> } };

export type MemberListQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  orderBy?: Array<MemberOrder> | MemberOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type MemberListQuery = { members: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, kind: MemberKind, county: string | null, countyCode: string | null, municipalityCode: string | null, population: number | null, joinedOn: string, leftOn: string | null } }>, nodes: Array<{ id: string, name: string }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type AdmitListedMemberMutationVariables = Exact<{
  input: AdmitMemberInput;
}>;


export type AdmitListedMemberMutation = { admitMember: { id: string, name: string } };

export type ServiceListQueryVariables = Exact<{
  filter?: ServiceFilter | null | undefined;
  orderBy?: Array<ServiceOrder> | ServiceOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ServiceListQuery = { services: { totalCount: number, nodes: Array<{ id: string, name: string, slug: string, area: ServiceArea, status: ServiceStatus, startedOn: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SubscriptionListQueryVariables = Exact<{
  filter?: SubscriptionFilter | null | undefined;
  orderBy?: Array<SubscriptionOrder> | SubscriptionOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type SubscriptionListQuery = { subscriptions: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, variant: string | null, from: string, to: string | null, service: { id: string, slug: string }, member: { id: string } } }>, pageInfo: { startCursor: string | null, endCursor: string | null, hasNextPage: boolean, hasPreviousPage: boolean } } };

export type ChargeListQueryVariables = Exact<{
  filter?: ChargeFilter | null | undefined;
  orderBy?: Array<ChargeOrder> | ChargeOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChargeListQuery = { charges: { totalCount: number, nodes: Array<{ id: string, year: number, member: { id: string }, service: { id: string }, amount: { amount: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type ProjectListQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  orderBy?: Array<ProjectOrder> | ProjectOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type ProjectListQuery = { projects: { totalCount: number, nodes: Array<{ id: string, name: string, phase: ProjectPhase, startedOn: string | null, partners: Array<string> }> } };

export type NetworkListQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
  orderBy?: Array<NetworkOrder> | NetworkOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type NetworkListQuery = { networks: { totalCount: number, nodes: Array<{ id: string, name: string, status: NetworkStatus, startedOn: string, reportedParticipants: number | null }> } };

export type SeminarListQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  orderBy?: Array<EventOrder> | EventOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type SeminarListQuery = { seminars: { totalCount: number, nodes: Array<{ id: string, title: string, heldOn: string, format: EventFormat, attendees: number | null }> } };

export type MembershipAuditListQueryVariables = Exact<{
  filter?: AuditRecordFilter | null | undefined;
  orderBy?: Array<AuditRecordOrder> | AuditRecordOrder | null | undefined;
  first?: number | null | undefined;
}>;


export type MembershipAuditListQuery = { membershipAuditTrail: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, operation: string, entityType: string, entityId: string, change: AuditChange } }> } };

export type MembersOfKindsQueryVariables = Exact<{
  kinds: Array<MemberKind> | MemberKind;
  activeOn: string;
  search?: string | null | undefined;
}>;


export type MembersOfKindsQuery = { members: { totalCount: number, nodes: Array<{ id: string, name: string, kind: MemberKind, identity: { name: string, kind: MemberKind } }> } };

export type MemberIdentityPartsFragment = { id: string, name: string, kind: MemberKind, from: string, to: string | null, source: DataSource, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> };

export type MemberHistoryQueryVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type MemberHistoryQuery = { member: { id: string, name: string, kind: MemberKind, identity: { id: string, name: string, kind: MemberKind, from: string, to: string | null, source: DataSource, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }, identities: Array<{ id: string, name: string, kind: MemberKind, from: string, to: string | null, source: DataSource, createdAt: string, updatedAt: string, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }>, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> } | null };

export type RenameMemberMutationVariables = Exact<{
  id: string | number;
  name: string;
  kind?: MemberKind | null | undefined;
  on: string;
}>;


export type RenameMemberMutation = { renameMember: { id: string, name: string, kind: MemberKind, identities: Array<{ name: string, kind: MemberKind, from: string, to: string | null, source: DataSource }> } };

export type MembersActiveOnQueryVariables = Exact<{
  activeOn: string;
  first: number;
}>;


export type MembersActiveOnQuery = { members: { totalCount: number, nodes: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus, identity: { name: string, kind: MemberKind } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MemberDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberDetailQuery = { member: { id: string, name: string, kind: MemberKind, organisationNumber: string, county: string | null, population: number | null, joinedOn: string, leftOn: string | null, status: MemberStatus, source: DataSource, representatives: Array<{ id: string, name: string, role: string, email: string | null, phone: string | null }> | null, boardAssignments: Array<{ person: string, role: BoardRole, from: string }> } | null };

export type SearchMembersQueryVariables = Exact<{
  search?: string | null | undefined;
  kind?: MemberKind | null | undefined;
  county?: string | null | undefined;
  status?: MemberStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchMembersQuery = { members: { totalCount: number, nodes: Array<{ id: string, name: string, kind: MemberKind, county: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type BoardQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type BoardQuery = { board: { on: string, uncovered: string | null, term: { electedOn: string } | null, seats: Array<{ person: string, role: BoardRole, member: { name: string } }> } };

export type AdmitMemberMutationVariables = Exact<{
  input: AdmitMemberInput;
}>;


export type AdmitMemberMutation = { admitMember: { id: string, name: string, organisationNumber: string, joinedOn: string, status: MemberStatus, source: DataSource } };

export type UpdateMemberMutationVariables = Exact<{
  id: string | number;
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember: { id: string, name: string, county: string | null, population: number | null, joinedOn: string, leftOn: string | null } };

export type RecordResignationMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type RecordResignationMutation = { recordResignation: { id: string, leftOn: string | null, status: MemberStatus } };

export type AddRepresentativeMutationVariables = Exact<{
  memberId: string | number;
  input: RepresentativeInput;
}>;


export type AddRepresentativeMutation = { addRepresentative: { id: string, name: string, email: string | null, member: { name: string } } };

export type UpdateRepresentativeMutationVariables = Exact<{
  id: string | number;
  input: UpdateRepresentativeInput;
}>;


export type UpdateRepresentativeMutation = { updateRepresentative: { id: string, name: string, role: string, email: string | null, phone: string | null } };

export type RemoveRepresentativeMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveRepresentativeMutation = { removeRepresentative: string };

export type PartnerRolePartsFragment = { id: string, role: PartnerRoleKind, from: string | null, to: string | null, source: DataSource, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> };

export type PartnersQueryVariables = Exact<{
  filter?: PartnerFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PartnersQuery = { partners: { totalCount: number, nodes: Array<{ id: string, name: string, kind: PartnerKind, organisationNumber: string | null, description: string, source: DataSource, member: { name: string } | null, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }>, projectRoles: Array<{ id: string, role: PartnerRoleKind, from: string | null, to: string | null, source: DataSource, project: { name: string }, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }>, networkRoles: Array<{ id: string, role: PartnerRoleKind, from: string | null, to: string | null, source: DataSource, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }>, network: { name: string } }>, organisedEvents: Array<{ title: string }>, serviceRoles: Array<{ role: PartnerRoleKind, source: DataSource, service: { slug: string } }> }> } };

export type PartnerQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerQuery = { partner: { id: string, name: string, kind: PartnerKind, projectRoles: Array<{ id: string, role: PartnerRoleKind, to: string | null }> } | null };

export type ProjectPartnerRolesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ProjectPartnerRolesQuery = { projects: { nodes: Array<{ id: string, name: string, partners: Array<string>, partnerRoles: Array<{ id: string, role: PartnerRoleKind, from: string | null, to: string | null, source: DataSource, partner: { id: string, name: string, kind: PartnerKind }, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> }> } };

export type NetworkPartnerRolesQueryVariables = Exact<{
  partner?: string | null | undefined;
}>;


export type NetworkPartnerRolesQuery = { networks: { nodes: Array<{ name: string, partners: Array<string>, partnerRoles: Array<{ role: PartnerRoleKind, from: string | null, to: string | null, partner: { name: string } }> }> } };

export type EventsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  kind?: EventKind | null | undefined;
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type EventsQuery = { events: { totalCount: number, nodes: Array<{ id: string, title: string, kind: EventKind, heldOn: string, format: EventFormat, place: string | null, organiserKind: OrganiserKind, organiserName: string | null, sambrukRole: SambrukRole, attendees: number | null, source: DataSource, organiserMember: { id: string, name: string } | null, organiserPartner: { id: string, name: string } | null, network: { name: string } | null, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> } };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { createPartner: { id: string, name: string, kind: PartnerKind, organisationNumber: string | null, website: string | null, source: DataSource } };

export type AddProjectPartnerRoleMutationVariables = Exact<{
  input: AddProjectPartnerRoleInput;
}>;


export type AddProjectPartnerRoleMutation = { addProjectPartnerRole: { id: string, role: PartnerRoleKind, from: string | null, to: string | null, source: DataSource, partner: { name: string }, project: { name: string, partners: Array<string> } } };

export type EndProjectPartnerRoleMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type EndProjectPartnerRoleMutation = { endProjectPartnerRole: { id: string, from: string | null, to: string | null } };

export type AddNetworkPartnerRoleMutationVariables = Exact<{
  input: AddNetworkPartnerRoleInput;
}>;


export type AddNetworkPartnerRoleMutation = { addNetworkPartnerRole: { id: string, role: PartnerRoleKind, from: string | null, to: string | null, partner: { name: string }, network: { name: string } } };

export type EndNetworkPartnerRoleMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type EndNetworkPartnerRoleMutation = { endNetworkPartnerRole: { id: string, to: string | null } };

export type ServicePartnerRolesQueryVariables = Exact<{
  slug: string;
}>;


export type ServicePartnerRolesQuery = { service: { name: string, partner: { name: string } | null, partnerRoles: Array<{ id: string, role: PartnerRoleKind, from: string | null, to: string | null, source: DataSource, partner: { name: string, kind: PartnerKind }, provenance: Array<{ field: string, source: FactSource, document: string | null, quote: string | null, note: string | null }> }> } | null };

export type AddServicePartnerRoleMutationVariables = Exact<{
  input: AddServicePartnerRoleInput;
}>;


export type AddServicePartnerRoleMutation = { addServicePartnerRole: { id: string, role: PartnerRoleKind, from: string | null, to: string | null, partner: { name: string }, service: { slug: string } } };

export type EndServicePartnerRoleMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type EndServicePartnerRoleMutation = { endServicePartnerRole: { id: string, to: string | null } };

export type MemberCollaborationQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberCollaborationQuery = { member: { id: string, name: string, projects: Array<{ role: ProjectRole, from: string, to: string | null, project: { name: string, phase: ProjectPhase } }>, networks: Array<{ from: string, to: string | null, network: { name: string } }>, organisedEvents: Array<{ title: string, heldOn: string, format: EventFormat }> } | null };

export type MembersCollaborationQueryVariables = Exact<{
  activeOn: string;
  first: number;
}>;


export type MembersCollaborationQuery = { members: { nodes: Array<{ id: string, name: string, projects: Array<{ role: ProjectRole, project: { name: string, phase: ProjectPhase } }>, networks: Array<{ network: { name: string } }>, organisedEvents: Array<{ title: string }> }> } };

export type ProjectsQueryVariables = Exact<{
  phase?: ProjectPhase | null | undefined;
  memberId?: string | number | null | undefined;
  startedIn?: number | null | undefined;
  partner?: string | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, nodes: Array<{ id: string, name: string, phase: ProjectPhase, startedOn: string | null, partners: Array<string>, source: DataSource }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ProjectDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDetailQuery = { project: { id: string, name: string, description: string, phase: ProjectPhase, startedOn: string | null, partners: Array<string>, nextPhases: Array<ProjectPhase>, source: DataSource, phases: Array<{ phase: ProjectPhase, on: string }>, participants: Array<{ id: string, role: ProjectRole, from: string, to: string | null, source: DataSource, member: { id: string, name: string } }> } | null };

export type NetworksQueryVariables = Exact<{
  status?: NetworkStatus | null | undefined;
  memberId?: string | number | null | undefined;
  partner?: string | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type NetworksQuery = { networks: { totalCount: number, nodes: Array<{ id: string, name: string, topic: string, status: NetworkStatus, partners: Array<string>, reportedParticipants: number | null }> } };

export type NetworkDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type NetworkDetailQuery = { network: { id: string, name: string, status: NetworkStatus, startedOn: string, partners: Array<string>, reportedParticipants: number | null, source: DataSource, participants: Array<{ id: string, from: string, to: string | null, member: { id: string, name: string } }>, campaigns: Array<{ name: string, startedOn: string, endedOn: string, organisers: number | null, peopleReached: number | null, reachedAtLeast: boolean, source: DataSource }>, events: Array<{ title: string, heldOn: string }> } | null };

export type SeminarsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  format?: EventFormat | null | undefined;
  networkId?: string | number | null | undefined;
  organiserMemberId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type SeminarsQuery = { seminars: { totalCount: number, nodes: Array<{ id: string, title: string, heldOn: string, format: EventFormat, attendees: number | null, network: { name: string } | null, organiserMember: { id: string, name: string } | null }> } };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, name: string, phase: ProjectPhase, startedOn: string | null, partners: Array<string>, nextPhases: Array<ProjectPhase>, source: DataSource, phases: Array<{ phase: ProjectPhase, on: string }> } };

export type UpdateProjectMutationVariables = Exact<{
  id: string | number;
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string, name: string, description: string, partners: Array<string> } };

export type MoveProjectPhaseMutationVariables = Exact<{
  id: string | number;
  phase: ProjectPhase;
  on?: string | null | undefined;
}>;


export type MoveProjectPhaseMutation = { moveProjectPhase: { id: string, phase: ProjectPhase, startedOn: string | null, nextPhases: Array<ProjectPhase>, phases: Array<{ phase: ProjectPhase, on: string }>, participants: Array<{ id: string, to: string | null }> } };

export type AddProjectParticipantMutationVariables = Exact<{
  input: AddProjectParticipantInput;
}>;


export type AddProjectParticipantMutation = { addProjectParticipant: { id: string, role: ProjectRole, from: string, to: string | null, source: DataSource, project: { name: string }, member: { name: string } } };

export type EndProjectParticipationMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type EndProjectParticipationMutation = { endProjectParticipation: { id: string, from: string, to: string | null } };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { createNetwork: { id: string, name: string, topic: string, status: NetworkStatus, startedOn: string, partners: Array<string>, reportedParticipants: number | null, source: DataSource } };

export type UpdateNetworkMutationVariables = Exact<{
  id: string | number;
  input: UpdateNetworkInput;
}>;


export type UpdateNetworkMutation = { updateNetwork: { id: string, name: string, status: NetworkStatus, partners: Array<string>, reportedParticipants: number | null } };

export type AddNetworkParticipantMutationVariables = Exact<{
  input: AddNetworkParticipantInput;
}>;


export type AddNetworkParticipantMutation = { addNetworkParticipant: { id: string, from: string, to: string | null, network: { name: string }, member: { name: string } } };

export type EndNetworkParticipationMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type EndNetworkParticipationMutation = { endNetworkParticipation: { id: string, from: string, to: string | null } };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent: { kind: EventKind, place: string | null, organiserKind: OrganiserKind, organiserName: string | null, sambrukRole: SambrukRole, id: string, title: string, heldOn: string, format: EventFormat, attendees: number | null, source: DataSource, organiserPartner: { name: string } | null, network: { name: string } | null, organiserMember: { name: string } | null } };

export type UpdateEventMutationVariables = Exact<{
  id: string | number;
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent: { kind: EventKind, organiserKind: OrganiserKind, organiserName: string | null, id: string, title: string, heldOn: string, format: EventFormat, attendees: number | null, network: { name: string } | null, organiserMember: { name: string } | null } };

export type MemberServicesOnQueryVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type MemberServicesOnQuery = { member: { id: string, name: string, services: Array<{ id: string, slug: string, name: string, council: { seats: Array<{ role: CouncilRole, person: string, member: { id: string, name: string } }> } }> } | null };

export type ServiceSubscribersQueryVariables = Exact<{
  slug: string;
  activeOn?: string | null | undefined;
}>;


export type ServiceSubscribersQuery = { service: { id: string, name: string, status: ServiceStatus, licence: string | null, variants: Array<string>, partner: { name: string } | null, subscriptions: Array<{ id: string, variant: string | null, from: string, to: string | null, source: DataSource, member: { id: string, name: string, kind: MemberKind } }> } | null };

export type ServiceCouncilQueryVariables = Exact<{
  slug: string;
  year?: number | null | undefined;
  seatsOn?: string | null | undefined;
}>;


export type ServiceCouncilQuery = { service: { id: string, name: string, council: { id: string, seats: Array<{ id: string, role: CouncilRole, person: string, from: string, to: string | null, member: { id: string, name: string } }>, meetings: Array<{ heldOn: string, note: string | null, source: DataSource }> }, integrations: Array<{ method: IntegrationMethod, system: string | null, source: DataSource, member: { name: string } | null }> } | null };

export type ServiceByIdQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type ServiceByIdQuery = { service: { id: string, slug: string, name: string, status: ServiceStatus, startedOn: string, retiredOn: string | null, description: string } | null };

export type ServicesQueryVariables = Exact<{
  status?: ServiceStatus | null | undefined;
  area?: ServiceArea | null | undefined;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ServicesQuery = { services: { totalCount: number, nodes: Array<{ id: string, slug: string, name: string, area: ServiceArea, status: ServiceStatus, retiredOn: string | null, licence: string | null, partner: { name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SubscriptionsQueryVariables = Exact<{
  serviceId?: string | number | null | undefined;
  memberId?: string | number | null | undefined;
  activeOn?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SubscriptionsQuery = { subscriptions: { totalCount: number, nodes: Array<{ id: string, variant: string | null, from: string, to: string | null, service: { slug: string }, member: { id: string, name: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ManagementPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagementPartnersQuery = { managementPartners: Array<{ name: string, serviceRoles: Array<{ role: PartnerRoleKind, service: { slug: string } }> }> };

export type MembersServiceUsageQueryVariables = Exact<{
  activeOn: string;
  first: number;
}>;


export type MembersServiceUsageQuery = { members: { nodes: Array<{ id: string, subscriptions: Array<{ id: string, variant: string | null }>, services: Array<{ slug: string }>, councilSeats: Array<{ role: CouncilRole }> }> } };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { createService: { id: string, slug: string, name: string, status: ServiceStatus, source: DataSource, council: { id: string, seats: Array<{ id: string }> } } };

export type UpdateServiceMutationVariables = Exact<{
  id: string | number;
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { updateService: { id: string, slug: string, name: string, description: string, status: ServiceStatus, retiredOn: string | null, licence: string | null, partner: { name: string } | null } };

export type SubscribeMemberMutationVariables = Exact<{
  input: SubscribeMemberInput;
}>;


export type SubscribeMemberMutation = { subscribeMember: { id: string, variant: string | null, from: string, to: string | null, source: DataSource, service: { slug: string }, member: { name: string } } };

export type EndSubscriptionMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type EndSubscriptionMutation = { endSubscription: { id: string, from: string, to: string | null } };

export type AppointCouncilSeatMutationVariables = Exact<{
  input: AppointCouncilSeatInput;
}>;


export type AppointCouncilSeatMutation = { appointCouncilSeat: { id: string, person: string, role: CouncilRole, from: string, to: string | null, member: { name: string } } };

export type EndCouncilSeatMutationVariables = Exact<{
  id: string | number;
  on: string;
}>;


export type EndCouncilSeatMutation = { endCouncilSeat: { id: string, to: string | null } };

export type RecordCouncilMeetingMutationVariables = Exact<{
  input: RecordCouncilMeetingInput;
}>;


export type RecordCouncilMeetingMutation = { recordCouncilMeeting: { id: string, heldOn: string, note: string | null, source: DataSource } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: ViewerRole, subject: string | null, member: { id: string, name: string, costStatement: { total: { amount: string } } | null } | null } };

export type ViewerCostStatementQueryVariables = Exact<{
  year: number;
}>;


export type ViewerCostStatementQuery = { viewer: { role: ViewerRole, subject: string | null, member: { id: string, name: string, costStatement: { total: { amount: string } } | null } | null } };

export const DashboardCostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceChargesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<DashboardCostFragment, unknown>;
export const DashboardPeerGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPeerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}}]} as unknown as DocumentNode<DashboardPeerGroupFragment, unknown>;
export const DashboardBenchmarkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBenchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPeerGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPeerGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPeerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}}]} as unknown as DocumentNode<DashboardBenchmarkFragment, unknown>;
export const DashboardMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"costs"},"name":{"kind":"Name","value":"costStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCost"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b0"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b1"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b2"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b3"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b4"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b5"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPeerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceChargesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBenchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPeerGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPeerGroup"}}]}}]}}]} as unknown as DocumentNode<DashboardMemberFragment, unknown>;
export const ReportMeasuresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMeasures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectContributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"perResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<ReportMeasuresFragment, unknown>;
export const CountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Counts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberCountRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"atYearEnd"}}]}}]} as unknown as DocumentNode<CountsFragment, unknown>;
export const MoneyPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<MoneyPartsFragment, unknown>;
export const StatementTotalPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<StatementTotalPartsFragment, unknown>;
export const AccountsTablePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountsTableParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountsTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"originalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"originalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]} as unknown as DocumentNode<AccountsTablePartsFragment, unknown>;
export const PeerGroupFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerGroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}}]} as unknown as DocumentNode<PeerGroupFiguresFragment, unknown>;
export const BenchmarkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerGroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}}]} as unknown as DocumentNode<BenchmarkFragment, unknown>;
export const PeerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Peer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPeer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}}]}}]} as unknown as DocumentNode<PeerFragment, unknown>;
export const BenchmarkWithPeersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkWithPeers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Benchmark"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Peer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Peer"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerGroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Peer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPeer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}}]}}]} as unknown as DocumentNode<BenchmarkWithPeersFragment, unknown>;
export const BillingLinePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingLineParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<BillingLinePartsFragment, unknown>;
export const ScenarioPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coversCosts"}},{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"losers"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioPartsFragment, unknown>;
export const StatementPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"originalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]} as unknown as DocumentNode<StatementPartsFragment, unknown>;
export const FieldProvenancePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<FieldProvenancePartsFragment, unknown>;
export const MemberIdentityPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberIdentityParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<MemberIdentityPartsFragment, unknown>;
export const PartnerRolePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRoleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPartnerRole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<PartnerRolePartsFragment, unknown>;
export const DashboardStartDocument = {"__meta__":{"hash":"sha256:09a9f78291ff880a39c7b1cd14bb32aeb743b04f1069afb31350dc650a45167d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardMember"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceChargesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPeerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBenchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPeerGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPeerGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"costs"},"name":{"kind":"Name","value":"costStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCost"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b0"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b1"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b2"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b3"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b4"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b5"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}}]}}]} as unknown as DocumentNode<DashboardStartQuery, DashboardStartQueryVariables>;
export const DashboardMemberDocument = {"__meta__":{"hash":"sha256:4e96c9bfc380e18b987ebed026dda886b2c1da3ee39e3efc089ebac571b0f326"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y0"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"y5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardCost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceChargesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPeerGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardBenchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPeerGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPeerGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilSeats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"costs"},"name":{"kind":"Name","value":"costStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardCost"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b0"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y0"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b1"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b2"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b3"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b4"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b5"},"name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"y5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardBenchmark"}}]}}]}}]} as unknown as DocumentNode<DashboardMemberQuery, DashboardMemberQueryVariables>;
export const MemberContactsDocument = {"__meta__":{"hash":"sha256:7a84a62a120b535241caa8edfe81b34deb605d779a0aa670daa7cb817705c785"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<MemberContactsQuery, MemberContactsQueryVariables>;
export const MemberRepresentativeNamesDocument = {"__meta__":{"hash":"sha256:53107c5b52956c1540e475684bc9b16014e6b02aec27bbf6c564cc3a7ddba251"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberRepresentativeNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<MemberRepresentativeNamesQuery, MemberRepresentativeNamesQueryVariables>;
export const MemberNamesDocument = {"__meta__":{"hash":"sha256:1c9c78c174795e0c16c5109cdbe1c5e49a2286c72f1fd59047dd25b0ef2e2d5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MemberNamesQuery, MemberNamesQueryVariables>;
export const MembershipAuditTrailDocument = {"__meta__":{"hash":"sha256:176681c0771381e36f55b4901137d866cb79609e2d0c8875154a998c32a52744"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipAuditTrailQuery, MembershipAuditTrailQueryVariables>;
export const MemberCostSeriesDocument = {"__meta__":{"hash":"sha256:9a7960a94637ccf8102a49372afe1f4f09782af93192ea62e6b31ceeb18843a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCostSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"costStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"membershipFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectContributionsTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberCostSeriesQuery, MemberCostSeriesQueryVariables>;
export const MembersCostSeriesDocument = {"__meta__":{"hash":"sha256:172398034ca70723a1483db9a1d155cae8936f7435814723dc02f849bcaafd49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersCostSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersCostSeriesQuery, MembersCostSeriesQueryVariables>;
export const ServiceEconomySeriesDocument = {"__meta__":{"hash":"sha256:8734def72332bc4f986050947a615228fd1580afcf58876f346cbddfd2ef54f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceEconomySeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"economies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"missingReason"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceEconomySeriesQuery, ServiceEconomySeriesQueryVariables>;
export const FinanceReportDocument = {"__meta__":{"hash":"sha256:c610119a8adfbe58e4296d108ba13019fae3a9c3390eb38c33e5dd8744d40c44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"memberKind"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMeasures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceReportRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectContributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"perResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<FinanceReportQuery, FinanceReportQueryVariables>;
export const MemberCountsDocument = {"__meta__":{"hash":"sha256:63cd5871523719dcab105ec4518baf58ea1c4af0c39eaa4a94a91a1da41f3e6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberCountDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Counts"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Counts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberCountRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"atYearEnd"}}]}}]} as unknown as DocumentNode<MemberCountsQuery, MemberCountsQueryVariables>;
export const SubscriptionCountsDocument = {"__meta__":{"hash":"sha256:e8a6f37f9473d08df5468ea60318309459c9008caded43f0e03467c972bca753"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriptionCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionCountDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"atYearEnd"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionCountsQuery, SubscriptionCountsQueryVariables>;
export const CouncilSeatCountsDocument = {"__meta__":{"hash":"sha256:72bd70c7298ab18cec6194416e895c38c7847bcfeb12b45980bc119f0f569f9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilSeatCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilSeatCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"atYearEnd"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilSeatCountsQuery, CouncilSeatCountsQueryVariables>;
export const ParticipationCountsDocument = {"__meta__":{"hash":"sha256:943dc2dbdeb34fb17158c8e37063c121644af3224464a29f4b839044ee3c5986"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectParticipationCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"atYearEnd"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkParticipationCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipationCountsQuery, ParticipationCountsQueryVariables>;
export const AssociationDocument = {"__meta__":{"hash":"sha256:8ad05b94e772aac980815c24e4be127a46f32417f9332de892e210c5caabb608"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"association"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"networkSince"}},{"kind":"Field","name":{"kind":"Name","value":"associationSince"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}},{"kind":"Field","name":{"kind":"Name","value":"boardTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electedOn"}},{"kind":"Field","name":{"kind":"Name","value":"electedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"servesUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastRecordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportYear"}},{"kind":"Field","name":{"kind":"Name","value":"minutedMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssociationQuery, AssociationQueryVariables>;
export const OfficesDocument = {"__meta__":{"hash":"sha256:93508d2bbdfecf446f6dedf49c0411a4f0a49cae28a7a12fdfd4446705f74b2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Offices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<OfficesQuery, OfficesQueryVariables>;
export const BalanceSheetDocument = {"__meta__":{"hash":"sha256:00d7cdb8b659b5aa64d5c038dc33ec498202279a6112430a0b7d5f25fd54659b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BalanceSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountsTableParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountsTableParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountsTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"originalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"originalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}}]}}]} as unknown as DocumentNode<BalanceSheetQuery, BalanceSheetQueryVariables>;
export const AnnualAccountsTablesDocument = {"__meta__":{"hash":"sha256:9d66e1acc8c8acdfe39c3927849b7b9dc7e12ddaafc38b99578baa87cb7d1821"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualAccountsTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountsTableParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountsTableParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountsTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"originalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"originalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}}]}}]} as unknown as DocumentNode<AnnualAccountsTablesQuery, AnnualAccountsTablesQueryVariables>;
export const MemberProvenanceDocument = {"__meta__":{"hash":"sha256:a1e0286950da3f7841a2f97f4ac9d18a7ea90c10b35d71999553a9ecd95fd53e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<MemberProvenanceQuery, MemberProvenanceQueryVariables>;
export const SeedProvenanceDocument = {"__meta__":{"hash":"sha256:4ad40b4ad66a8601c85ccc07c94891e3937d67dc5616bae618efcd9093c13ff8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedProvenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2017-06-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2022"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<SeedProvenanceQuery, SeedProvenanceQueryVariables>;
export const GoalsDocument = {"__meta__":{"hash":"sha256:d8a2e863dbe000f968bcc17c664bef5aa53c79dcd84882bde265f2dbfc3f5e24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Goals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetMax"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yearly"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"seminars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsQuery, GoalsQueryVariables>;
export const MemberBenchmarksDocument = {"__meta__":{"hash":"sha256:edb87b24364c04503538b32694b86d0168ea2dd4c44c25caf6c096b919cf4fff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberBenchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Benchmark"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerGroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}}]}}]} as unknown as DocumentNode<MemberBenchmarksQuery, MemberBenchmarksQueryVariables>;
export const MemberBenchmarksWithPeersDocument = {"__meta__":{"hash":"sha256:1cc852987507dcc7477e7ec2708fb2f2d10b81244fefeb6b339b0f4621d77164"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberBenchmarksWithPeers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkWithPeers"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerGroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Peer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenchmarkPeer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkWithPeers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Benchmark"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Peer"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Peer"}}]}}]}}]}}]} as unknown as DocumentNode<MemberBenchmarksWithPeersQuery, MemberBenchmarksWithPeersQueryVariables>;
export const AllMembersBenchmarksDocument = {"__meta__":{"hash":"sha256:fbef535220cd02f68804f0cfff4e88e742ed32754059ac0d859d7ea1cf669009"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllMembersBenchmarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Benchmark"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeerGroupFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeerGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowerQuartile"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"upperQuartile"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Benchmark"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceBenchmark"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerResident"}},{"kind":"Field","name":{"kind":"Name","value":"populationBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allSubscribers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeerGroupFigures"}}]}}]}}]} as unknown as DocumentNode<AllMembersBenchmarksQuery, AllMembersBenchmarksQueryVariables>;
export const BillingRunDocument = {"__meta__":{"hash":"sha256:010d0454cb8113000db2c5e04bf7b179a14bc7125da9d31bc3dbb81b60159772"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BillingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ranBy"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"inputsJson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BillingLineParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BillingLineParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<BillingRunMutation, BillingRunMutationVariables>;
export const MemberFeesDocument = {"__meta__":{"hash":"sha256:b4695052187a80a60b50596cf8041a62b7ae7fb546d532c5b84da91da8fc42d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membershipFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"computation"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberFeesQuery, MemberFeesQueryVariables>;
export const FinanceAuditTrailDocument = {"__meta__":{"hash":"sha256:32df1aba4c604052992b12ecb4afda7639ad634f62e32bb46115ca98a46305a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]} as unknown as DocumentNode<FinanceAuditTrailQuery, FinanceAuditTrailQueryVariables>;
export const PriceScenarioDocument = {"__meta__":{"hash":"sha256:be4da24508b99623e7daad39bc3a7c35fe25d69a1937d3e22c8fd9756f3627d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposedModel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceModelInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposedModel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposedModel"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coversCosts"}},{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"losers"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<PriceScenarioQuery, PriceScenarioQueryVariables>;
export const FeeScenarioDocument = {"__meta__":{"hash":"sha256:2fb7868e4c01e49140df9f453b39653a5529152640c52a3aa12b8d6855985e14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeeScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposedModel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceModelInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposedModel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposedModel"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coversCosts"}},{"kind":"Field","name":{"kind":"Name","value":"winners"}},{"kind":"Field","name":{"kind":"Name","value":"losers"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<FeeScenarioQuery, FeeScenarioQueryVariables>;
export const PriceModelsDocument = {"__meta__":{"hash":"sha256:1104b0172c161e04329842d5c586b01e42759106612778b6a77ccc91379b0da0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sharing"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"populationDay"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shared"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PriceModelsQuery, PriceModelsQueryVariables>;
export const DefinePriceModelDocument = {"__meta__":{"hash":"sha256:dd0689cc78513e2ca967ef4f0354cda9b0e4e76cef17cd6c589e2560ea4f3026"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefinePriceModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefinePriceModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definePriceModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<DefinePriceModelMutation, DefinePriceModelMutationVariables>;
export const ServiceEconomyModelsDocument = {"__meta__":{"hash":"sha256:ef4e1f0691a0b1a06aca2a13523ae8800076a850a9ee77d715d375948edabc5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceEconomyModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceEconomyModelsQuery, ServiceEconomyModelsQueryVariables>;
export const RecordMemberAgreementDocument = {"__meta__":{"hash":"sha256:d550a4392d1f0ea0721ee92713f87d6c1f79120a4f67cc53a130b0b3054880ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMemberAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMemberAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"fixed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMemberAgreementMutation, RecordMemberAgreementMutationVariables>;
export const RecordPopulationDocument = {"__meta__":{"hash":"sha256:bd5467e327092bcf0738cefa7c85d789ddd695fd9159a5087850ff1e0e047e80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPopulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"population"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPopulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"population"},"value":{"kind":"Variable","name":{"kind":"Name","value":"population"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<RecordPopulationMutation, RecordPopulationMutationVariables>;
export const MemberTimestampsDocument = {"__meta__":{"hash":"sha256:a06a64be952cdc4a2748884c47cf27f96609c9788eb392f771e7fa2c6e20aaaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberTimestamps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MemberTimestampsQuery, MemberTimestampsQueryVariables>;
export const MembershipChangesDocument = {"__meta__":{"hash":"sha256:7a08c1c4d6602a0e635b0af3aac0dc549eae341f0255dc8bb025e9d674ea5b5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipChangesQuery, MembershipChangesQueryVariables>;
export const RegisterMembershipWebhookDocument = {"__meta__":{"hash":"sha256:6d969d32230d7e9815b6e685441f92f3cf51c5ef9eb75959bf7f71ab8a8c9102"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMembershipWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMembershipWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<RegisterMembershipWebhookMutation, RegisterMembershipWebhookMutationVariables>;
export const MembershipWebhooksDocument = {"__meta__":{"hash":"sha256:89ff484c7ce3c2c6caab5aa273db15b93bc959a581370bb4164c278f00660ed3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}}]}}]}}]} as unknown as DocumentNode<MembershipWebhooksQuery, MembershipWebhooksQueryVariables>;
export const MembershipWebhookDeliveriesDocument = {"__meta__":{"hash":"sha256:917b770a21fbf717ad632528ae44fb9f55ff97ed3da724b6f0a817c66c31c095"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipWebhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<MembershipWebhookDeliveriesQuery, MembershipWebhookDeliveriesQueryVariables>;
export const MemberChangedDocument = {"__meta__":{"hash":"sha256:4522a61e1d23c1190fad66c75eb7044ea624be115aab6272b052deaf58049515"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MemberChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MemberChangedSubscription, MemberChangedSubscriptionVariables>;
export const ServiceSubscriptionsChangedDocument = {"__meta__":{"hash":"sha256:1a2f7646ef7f4bfb6c36e4bdfd739da37d1d017684fa242381e8bbfa236faf69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ServiceSubscriptionsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceSubscriptionsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceSubscriptionsChangedSubscription, ServiceSubscriptionsChangedSubscriptionVariables>;
export const EnableMembershipWebhookDocument = {"__meta__":{"hash":"sha256:e34519e689e5f80a5b6311baee46954932a6d5f11a62b0df8968d6709f0c2175"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableMembershipWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableMembershipWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}}]}}]}}]} as unknown as DocumentNode<EnableMembershipWebhookMutation, EnableMembershipWebhookMutationVariables>;
export const RemoveMembershipWebhookDocument = {"__meta__":{"hash":"sha256:92b267a7646fd969af052167735e0709b4635e671f398ca64d66c0cf8430ab02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMembershipWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMembershipWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RemoveMembershipWebhookMutation, RemoveMembershipWebhookMutationVariables>;
export const CostStatementChangedDocument = {"__meta__":{"hash":"sha256:36d3e261a671cc526705b08b440f831085c464192974f9c98d24f461615a42bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CostStatementChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costStatementChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"projectContributionsTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<CostStatementChangedSubscription, CostStatementChangedSubscriptionVariables>;
export const FinanceChangesDocument = {"__meta__":{"hash":"sha256:0d00adc6cf7f5d979ff0dd614403daf90a1939029d8c9dd6b838b500e2ff3b0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<FinanceChangesQuery, FinanceChangesQueryVariables>;
export const BudgetDocument = {"__meta__":{"hash":"sha256:204c677082e52a06f8c4874765e7694b38060ca959ca7b781b3f043ff152582e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Budget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"originalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}}]}}]} as unknown as DocumentNode<BudgetQuery, BudgetQueryVariables>;
export const BudgetsDocument = {"__meta__":{"hash":"sha256:8089cbbe22732ccadb21140483f6d8c12f352b6c4e27832bf0bab2db70b1a245"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BudgetsQuery, BudgetsQueryVariables>;
export const AnnualAccountsDocument = {"__meta__":{"hash":"sha256:b2336e8006a6dd939c5c4cd927b7826839a54312d529209f65f8ea7be8eca006"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"originalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}}]}}]} as unknown as DocumentNode<AnnualAccountsQuery, AnnualAccountsQueryVariables>;
export const MemberCostStatementDocument = {"__meta__":{"hash":"sha256:0d3a0baca32663f7486fc9e46871076cc6dab5e1b20630f3537094488cf0e107"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCostStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"membershipFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectContributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectContributionsTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<MemberCostStatementQuery, MemberCostStatementQueryVariables>;
export const MembersCostStatementsDocument = {"__meta__":{"hash":"sha256:7ba51ba91ea365a2aaa813b718bf02d84dd026cae2704166045097a6bdad7a8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersCostStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membershipFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCharges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceChargesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectContributionsTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersCostStatementsQuery, MembersCostStatementsQueryVariables>;
export const SubscriptionCostsDocument = {"__meta__":{"hash":"sha256:b606d45bd00643632cb3d0e78e980d9d3c782ae6c1c4d2c70a297eedb4496aef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriptionCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceChargesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionCostsQuery, SubscriptionCostsQueryVariables>;
export const CostReportDocument = {"__meta__":{"hash":"sha256:cf44dff5da8e8332bfb32a988bff2c52d0934a6429da61312538e2cfdd742804"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"membershipFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectContributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectContributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<CostReportQuery, CostReportQueryVariables>;
export const ServiceEconomiesDocument = {"__meta__":{"hash":"sha256:e3eec3e6539e0479fbe1da52991697fbc00de33592d27f408735268ded3d84c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceEconomies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"charged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceEconomiesQuery, ServiceEconomiesQueryVariables>;
export const ChargesDocument = {"__meta__":{"hash":"sha256:86983e753a0c6c3fe95c7b0f63b519ab8f4a70cba8a7f493f53e16c0c5e14368"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Charges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ChargesQuery, ChargesQueryVariables>;
export const ProjectFundingDocument = {"__meta__":{"hash":"sha256:4235c222ca99cbc7f14b4114615c9a3e560a0f6e28c6337453c1dc6b7108ba25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"grantor"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<ProjectFundingQuery, ProjectFundingQueryVariables>;
export const RecordMembershipFeeDocument = {"__meta__":{"hash":"sha256:37209d61a2e1b6aed5278811c0c357f2e93144871733952081dc472b7c231b9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMembershipFee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipFeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMembershipFee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<RecordMembershipFeeMutation, RecordMembershipFeeMutationVariables>;
export const RecordServiceChargeDocument = {"__meta__":{"hash":"sha256:b77c3d24c31b6125844004c423ca6c519b1fe517ec678e6a89b0bf2db86491cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordServiceCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceChargeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<RecordServiceChargeMutation, RecordServiceChargeMutationVariables>;
export const RecordServiceCostDocument = {"__meta__":{"hash":"sha256:2426d196c204ca0413b6584a8d0fe70890008ccd1ec4155366ff40683dbd5fe0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordServiceCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<RecordServiceCostMutation, RecordServiceCostMutationVariables>;
export const RecordProjectFundingDocument = {"__meta__":{"hash":"sha256:ad31ffa45cb0845ee7f83c2260bf892f447dbb484db486399836ec55b92bf43e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProjectFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProjectFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"grantor"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<RecordProjectFundingMutation, RecordProjectFundingMutationVariables>;
export const CreateBudgetDocument = {"__meta__":{"hash":"sha256:201cf2327dcf75e3cab84108a0d53c34dc025bdc30b1d1da9bdfbeee54508795"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"originalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}}]}}]} as unknown as DocumentNode<CreateBudgetMutation, CreateBudgetMutationVariables>;
export const AddBudgetLineDocument = {"__meta__":{"hash":"sha256:afdc4bba56de257897f34468b25d4389af125ef904d4bb82ad6b871f68e6f30e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBudgetLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"budgetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBudgetLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"budgetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"budgetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementTotalParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"computed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"originalLabel"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalIncome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementTotalParts"}}]}}]}}]} as unknown as DocumentNode<AddBudgetLineMutation, AddBudgetLineMutationVariables>;
export const MemberListDocument = {"__meta__":{"hash":"sha256:baf2ccb950dbb0cc894f3b4f1a3de56cde904a124d9ce098082628175da111e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<MemberListQuery, MemberListQueryVariables>;
export const AdmitListedMemberDocument = {"__meta__":{"hash":"sha256:fb1430623bf3eabc6d13c61dd573524d6db222c1b346a82415cd138f1411631a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitListedMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdmitListedMemberMutation, AdmitListedMemberMutationVariables>;
export const ServiceListDocument = {"__meta__":{"hash":"sha256:ffbc9982b6dd5d681ed26780f86349b844e5169f945efe8c24a46257166e952d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceListQuery, ServiceListQueryVariables>;
export const SubscriptionListDocument = {"__meta__":{"hash":"sha256:cde30479f6a3160ef93182b5d00c89809db0dccce062a8f22523f1526c943eff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriptionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionListQuery, SubscriptionListQueryVariables>;
export const ChargeListDocument = {"__meta__":{"hash":"sha256:f64906dda533f76ff6764e8ae06c91eff314e0b6cafeafb3215fbaba2e666b7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargeOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ChargeListQuery, ChargeListQueryVariables>;
export const ProjectListDocument = {"__meta__":{"hash":"sha256:eee944369fbe645fe9485fb843bf4f2ff42d4ba5989f2974bc2cc426192b3045"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectListQuery, ProjectListQueryVariables>;
export const NetworkListDocument = {"__meta__":{"hash":"sha256:4353c0303ea69e2bd84a6d929334c83eebcf4e577c4ab858bff23da338fe3eb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedParticipants"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkListQuery, NetworkListQueryVariables>;
export const SeminarListDocument = {"__meta__":{"hash":"sha256:64114826fc8c975729df99caaaa564e0fc96566f11b8e35a0550fca9835a9dcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeminarList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seminars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}}]}}]}}]}}]} as unknown as DocumentNode<SeminarListQuery, SeminarListQueryVariables>;
export const MembershipAuditListDocument = {"__meta__":{"hash":"sha256:4fd5096553b063a771b5732e3dd3d49bc1752e3de5644395b416142027978fb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipAuditList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRecordOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembershipAuditListQuery, MembershipAuditListQueryVariables>;
export const MembersOfKindsDocument = {"__meta__":{"hash":"sha256:6c3d40b6a9076d724a32f537dca313fe874d9156519ff03dcb6ef2b985e3e049"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersOfKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberKind"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kindIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersOfKindsQuery, MembersOfKindsQueryVariables>;
export const MemberHistoryDocument = {"__meta__":{"hash":"sha256:faf7674477578b29fd2bf8474c5535c57e840181e04492a1b741f86e89a45387"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberIdentityParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberIdentityParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberIdentityParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]} as unknown as DocumentNode<MemberHistoryQuery, MemberHistoryQueryVariables>;
export const RenameMemberDocument = {"__meta__":{"hash":"sha256:c10bbd88cf6584422ccac384326fcd04f430a6c8d81115b0efd0689568393b49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<RenameMemberMutation, RenameMemberMutationVariables>;
export const MembersActiveOnDocument = {"__meta__":{"hash":"sha256:b237ab3678ee9096c9d121e3a6d4898cfadbf6abfbd6e78adec33ac8ead402be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersActiveOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MembersActiveOnQuery, MembersActiveOnQueryVariables>;
export const MemberDetailDocument = {"__meta__":{"hash":"sha256:2d413a44ee89bae1d2811d399ca5e831e24992935dbe5f2b67d281042f1eeb77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]}}]} as unknown as DocumentNode<MemberDetailQuery, MemberDetailQueryVariables>;
export const SearchMembersDocument = {"__meta__":{"hash":"sha256:a3e2c09d41e2bb47060b7af580199861fd3ce5037c46e8e4ce7a0d4483ff070e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"county"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"county"},"value":{"kind":"Variable","name":{"kind":"Name","value":"county"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SearchMembersQuery, SearchMembersQueryVariables>;
export const BoardDocument = {"__meta__":{"hash":"sha256:6421ab5c3f6a09e7a2bf48bfd4e040644ad0d22bee06e29e00318d7293b25cb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const AdmitMemberDocument = {"__meta__":{"hash":"sha256:624bd68039fbc6c7f1e4e4d680c083e4030486eaa2cf9f0472a83e64b5406bd5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<AdmitMemberMutation, AdmitMemberMutationVariables>;
export const UpdateMemberDocument = {"__meta__":{"hash":"sha256:7f435351200f1c6111165e4176ef199fc6a3f4bb4dff75bcb9bfe74200615cdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const RecordResignationDocument = {"__meta__":{"hash":"sha256:1a8f2f72b970502aba3a6f1eb2f617ac3122cb3f7b61c0aefa3bfcca41e1d0fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordResignation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResignation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordResignationMutation, RecordResignationMutationVariables>;
export const AddRepresentativeDocument = {"__meta__":{"hash":"sha256:aee8f1c69822c57cdb1c2ee980f4e319bcde47bef8ce555a42d9e55b32a47258"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddRepresentativeMutation, AddRepresentativeMutationVariables>;
export const UpdateRepresentativeDocument = {"__meta__":{"hash":"sha256:c66842af29a92943154f1e17e6aacc0d926bd5fe15619ea863078bf3a9ebfced"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<UpdateRepresentativeMutation, UpdateRepresentativeMutationVariables>;
export const RemoveRepresentativeDocument = {"__meta__":{"hash":"sha256:0eaf203cdac05828ba4034ba4867b269edcb7b1345d0d9498de86943ae549393"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveRepresentativeMutation, RemoveRepresentativeMutationVariables>;
export const PartnersDocument = {"__meta__":{"hash":"sha256:966ad5b6b6d6c42f01d1963e6f2f6f15e93faad4cd972fea1601340fd7b4b7e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerRoleParts"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRoleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPartnerRole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const PartnerDocument = {"__meta__":{"hash":"sha256:44a388837ac8360105f3ef806ba841cbb5a852d091ea544644dba0a67ad73d98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"projectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerQuery, PartnerQueryVariables>;
export const ProjectPartnerRolesDocument = {"__meta__":{"hash":"sha256:4e8005dabbb59ff0fa661e71e927784ebf967e731e3c0513b0b2c3111b1b0e23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPartnerRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerRoleParts"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRoleParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPartnerRole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]} as unknown as DocumentNode<ProjectPartnerRolesQuery, ProjectPartnerRolesQueryVariables>;
export const NetworkPartnerRolesDocument = {"__meta__":{"hash":"sha256:077fe755cd8c0a127633946fbfbd0cd1b63ae342776815d6f7b13bed612478c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPartnerRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partner"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"partnerRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPartnerRolesQuery, NetworkPartnerRolesQueryVariables>;
export const EventsDocument = {"__meta__":{"hash":"sha256:a0567aa81edcb883beb2e376d6f727bf043abe1d3513ee7075ff4aad1f2d1842"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiserKind"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"sambrukRole"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"organiserMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiserPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const CreatePartnerDocument = {"__meta__":{"hash":"sha256:6d7615dc2b4de64df73eb12039a1f49119093f28f865a1edea9024278c4de994"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const AddProjectPartnerRoleDocument = {"__meta__":{"hash":"sha256:c88e34abf1ec875056dc94747f1da3c9c84fa6e759d2a964288251aefdc66f0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProjectPartnerRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProjectPartnerRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProjectPartnerRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}}]}}]} as unknown as DocumentNode<AddProjectPartnerRoleMutation, AddProjectPartnerRoleMutationVariables>;
export const EndProjectPartnerRoleDocument = {"__meta__":{"hash":"sha256:9b8b867cd4c020a1ae77015e8f1fafdf73a9f17b32775344fb61c5515c7c44ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndProjectPartnerRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endProjectPartnerRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndProjectPartnerRoleMutation, EndProjectPartnerRoleMutationVariables>;
export const AddNetworkPartnerRoleDocument = {"__meta__":{"hash":"sha256:e94f587e4e1ceb20c4a6b328ded23687af8a57f732f7a34b7d8a88e4b8d26d16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNetworkPartnerRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNetworkPartnerRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNetworkPartnerRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddNetworkPartnerRoleMutation, AddNetworkPartnerRoleMutationVariables>;
export const EndNetworkPartnerRoleDocument = {"__meta__":{"hash":"sha256:bf1b058136fd2cbe2ad30e8f94094d8b1405ff422d5bdd3c236bb19d5b4e8a1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndNetworkPartnerRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endNetworkPartnerRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndNetworkPartnerRoleMutation, EndNetworkPartnerRoleMutationVariables>;
export const ServicePartnerRolesDocument = {"__meta__":{"hash":"sha256:e5633330e290bfa28319dac87c26f336bac3f517baaa63c4c25f7c141841c7e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicePartnerRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FieldProvenanceParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldProvenanceParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldProvenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ServicePartnerRolesQuery, ServicePartnerRolesQueryVariables>;
export const AddServicePartnerRoleDocument = {"__meta__":{"hash":"sha256:36c7a7aee4d8dd5c15f9c22d39d355558be33a35bee4981d1f0cc6b54c86939c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddServicePartnerRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddServicePartnerRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addServicePartnerRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<AddServicePartnerRoleMutation, AddServicePartnerRoleMutationVariables>;
export const EndServicePartnerRoleDocument = {"__meta__":{"hash":"sha256:126f5e24adf9b1ca38ff7e7538029045e4910dc5b9cc523580127aed45e4881c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndServicePartnerRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endServicePartnerRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndServicePartnerRoleMutation, EndServicePartnerRoleMutationVariables>;
export const MemberCollaborationDocument = {"__meta__":{"hash":"sha256:912f280a27c5a695ab0cb172190b3c5b1eece04108caffa349bad9857d1af3a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCollaboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}}]}}]}}]} as unknown as DocumentNode<MemberCollaborationQuery, MemberCollaborationQueryVariables>;
export const MembersCollaborationDocument = {"__meta__":{"hash":"sha256:15f054ed272241cacf712986bf66cafcf31cf914473a647f1140c500c1e7e6fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersCollaboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersCollaborationQuery, MembersCollaborationQueryVariables>;
export const ProjectsDocument = {"__meta__":{"hash":"sha256:7b7077228979f6494605cb0da91393625404804fb81c3e9c767b1a2f8ce53065"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Projects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPhase"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startedIn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"startedIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startedIn"}}},{"kind":"Argument","name":{"kind":"Name","value":"partner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partner"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectDetailDocument = {"__meta__":{"hash":"sha256:6e08b52eb67407b04a246eda01ec6bcf390afe49459b4de8de2232dde5de136d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"nextPhases"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const NetworksDocument = {"__meta__":{"hash":"sha256:44d359d89510c03740c24dca0e09c9f608e29deaa2a28afe4e3ccc182448017a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Networks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partner"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partner"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"reportedParticipants"}}]}}]}}]}}]} as unknown as DocumentNode<NetworksQuery, NetworksQueryVariables>;
export const NetworkDetailDocument = {"__meta__":{"hash":"sha256:0916dc6d290616a5995a42762db3162a91f320bdcc9980d1331eaa7abfe0ba29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"reportedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"reachedAtLeast"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkDetailQuery, NetworkDetailQueryVariables>;
export const SeminarsDocument = {"__meta__":{"hash":"sha256:95b01d1cfc2a36f7dfe34e8fdab6515a2541181f2356b6f9e198db0b074b98a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Seminars"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFormat"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organiserMemberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seminars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organiserMemberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organiserMemberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiserMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeminarsQuery, SeminarsQueryVariables>;
export const CreateProjectDocument = {"__meta__":{"hash":"sha256:b5bf8a9deb7ab653cad0f518a91607a902c1aef2ea3ce044fd9e026841b198ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"nextPhases"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"__meta__":{"hash":"sha256:ace22e8899aec73dc28785fbd58e191626e5f4efe171ca8b76a6a4fea75ea304"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const MoveProjectPhaseDocument = {"__meta__":{"hash":"sha256:93e7e39550c4da0a0239b6bfa5199736b1a5ac5d4bacb03ebd3e6fd41e8e5370"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveProjectPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectPhase"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveProjectPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"phase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phase"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextPhases"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<MoveProjectPhaseMutation, MoveProjectPhaseMutationVariables>;
export const AddProjectParticipantDocument = {"__meta__":{"hash":"sha256:622916c834c32dd9caca6f0f05b5f4c36c6ef61cc9a61f2bac73c7615066c4f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProjectParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProjectParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProjectParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddProjectParticipantMutation, AddProjectParticipantMutationVariables>;
export const EndProjectParticipationDocument = {"__meta__":{"hash":"sha256:82cec96a874f4f6aba477f24ac4a3664e5c2a6a7a75fa0b1be4040b70d11443a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndProjectParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endProjectParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndProjectParticipationMutation, EndProjectParticipationMutationVariables>;
export const CreateNetworkDocument = {"__meta__":{"hash":"sha256:7ce8c3f6fdf6cc9dfba17b3578b58795b35c5f5b71de59a60cffd359c18ce0e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"reportedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const UpdateNetworkDocument = {"__meta__":{"hash":"sha256:55b10d767b329d97f1e6e0e19bb2b3b956b04acb6266394a735f4ecfb3157f4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"reportedParticipants"}}]}}]}}]} as unknown as DocumentNode<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const AddNetworkParticipantDocument = {"__meta__":{"hash":"sha256:29ed37c087e4b60463ac1fc7b7d0008b6c2b9727fb2953f52eeabc596cdf6b0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNetworkParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNetworkParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNetworkParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddNetworkParticipantMutation, AddNetworkParticipantMutationVariables>;
export const EndNetworkParticipationDocument = {"__meta__":{"hash":"sha256:906d76ba7e26bc75c6cc360f2aad4ba5778f739bc9111557eefc1a664167a184"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndNetworkParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endNetworkParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndNetworkParticipationMutation, EndNetworkParticipationMutationVariables>;
export const CreateEventDocument = {"__meta__":{"hash":"sha256:328e2928dbd549152adddcb90568fcd30ff6a8c5bb787229eee2f43a12d016e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiserKind"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"sambrukRole"}},{"kind":"Field","name":{"kind":"Name","value":"organiserPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiserMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEventMutation, CreateEventMutationVariables>;
export const UpdateEventDocument = {"__meta__":{"hash":"sha256:70e89e80822f6dcbf7fc256fd0d7f6ded1c9ebe8fd435b8e6a93400241833feb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organiserKind"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organiserMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEventMutation, UpdateEventMutationVariables>;
export const MemberServicesOnDocument = {"__meta__":{"hash":"sha256:d4f8f618b907bf0e9d374d546709057a650f4e320fa4140cc6d9c959c1a551eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberServicesOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberServicesOnQuery, MemberServicesOnQueryVariables>;
export const ServiceSubscribersDocument = {"__meta__":{"hash":"sha256:00af659ff25ccedde056f01ca28db8b233194e2f1805f6fc1ac567455670cde3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceSubscribers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"variants"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceSubscribersQuery, ServiceSubscribersQueryVariables>;
export const ServiceCouncilDocument = {"__meta__":{"hash":"sha256:600b093c5b5b74bb2686cfc878a399613067d4d5dc000802e9cc3e372cd4f266"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seatsOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seatsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceCouncilQuery, ServiceCouncilQueryVariables>;
export const ServiceByIdDocument = {"__meta__":{"hash":"sha256:daca93340547ea9fda8b3a06b615ec163a772e85fc0701d80e93b12c8311c07d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ServiceByIdQuery, ServiceByIdQueryVariables>;
export const ServicesDocument = {"__meta__":{"hash":"sha256:eb000f5bb3f8c720d8a0661564d09e899f6922e5afe12ab46ef60ec0c5ec1276"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Services"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceArea"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ServicesQuery, ServicesQueryVariables>;
export const SubscriptionsDocument = {"__meta__":{"hash":"sha256:d147c21097bc2dd9e1a1cd7f1637bbcf7b049d4eae14c1cb0f6d8a540fca93a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Subscriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsQuery, SubscriptionsQueryVariables>;
export const ManagementPartnersDocument = {"__meta__":{"hash":"sha256:ff5b3e7e0a3d5c3b01c476dd29c20b7e3b464e68d64ec1884a4b524da78f58b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagementPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managementPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagementPartnersQuery, ManagementPartnersQueryVariables>;
export const MembersServiceUsageDocument = {"__meta__":{"hash":"sha256:967ad868bfd820095de5bffc1d3cb6680815b273652e8f5303827d69cb54b7f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersServiceUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilSeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersServiceUsageQuery, MembersServiceUsageQueryVariables>;
export const CreateServiceDocument = {"__meta__":{"hash":"sha256:113eba4c96266da4a0727a96fb24e47654397f9c3544f73d108e7c42bcb6568d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const UpdateServiceDocument = {"__meta__":{"hash":"sha256:38b2d64a46b7f32309eabe1406db3116b6fd75ce1de43ef8406bde973669df49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const SubscribeMemberDocument = {"__meta__":{"hash":"sha256:b2a5dd36a555be87071ad817dba595ae4e993df749dc7d0fa126f909440b3983"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SubscribeMemberMutation, SubscribeMemberMutationVariables>;
export const EndSubscriptionDocument = {"__meta__":{"hash":"sha256:c56811826e8b2e9ebe78f5edaeec1379c97ae8dabb616554f3abd6dc5f7dd738"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndSubscriptionMutation, EndSubscriptionMutationVariables>;
export const AppointCouncilSeatDocument = {"__meta__":{"hash":"sha256:16061103623808e9c7b5fc7f63ade7f12422204ab83337a6a9192693f159f6c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointCouncilSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointCouncilSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointCouncilSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppointCouncilSeatMutation, AppointCouncilSeatMutationVariables>;
export const EndCouncilSeatDocument = {"__meta__":{"hash":"sha256:d1e1961c9e10b009fa1e2819313afbb78e7dad0300ac0e768e6afbd963461231"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCouncilSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCouncilSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<EndCouncilSeatMutation, EndCouncilSeatMutationVariables>;
export const RecordCouncilMeetingDocument = {"__meta__":{"hash":"sha256:fc2cd812ada5d09c306b2029273d581d4338d59e589258b7ec4328c8f35bd8ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCouncilMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCouncilMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCouncilMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<RecordCouncilMeetingMutation, RecordCouncilMeetingMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"sha256:2ac2a1d689cb7e4a35db11e6e17b52facbc8e8186ab04816df9cddc05a34dbe0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2023"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ViewerCostStatementDocument = {"__meta__":{"hash":"sha256:f53cb30afc2cec3f6b8541701324f20d5c50d905e0b0a6d8a826cb789278ff9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCostStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerCostStatementQuery, ViewerCostStatementQueryVariables>;