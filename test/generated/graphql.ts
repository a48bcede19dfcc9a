/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time of day or time zone, written YYYY-MM-DD (ISO 8601), e.g. "2023-01-01". */
  Date: { input: string; output: string; }
};

/** A new member organisation. */
export type AdmitMemberInput = {
  /** County (län). */
  county?: InputMaybe<Scalars['String']['input']>;
  /** First day of membership. */
  joinedOn: Scalars['Date']['input'];
  /** Kind of organisation. */
  kind: MemberKind;
  /** Official name. */
  name: Scalars['String']['input'];
  /** Organisation number NNNNNN-NNNN with a valid check digit. */
  organisationNumber: Scalars['String']['input'];
  /** Number of inhabitants. */
  population?: InputMaybe<Scalars['Int']['input']>;
};

/** A person's seat on Sambruk's board, held for a member organisation over a period. */
export type BoardAssignment = {
  __typename?: 'BoardAssignment';
  /** First day in the seat (usually the annual meeting that elected the person). */
  from: Scalars['Date']['output'];
  /** Stable identifier of the assignment. */
  id: Scalars['ID']['output'];
  /** The member organisation the person comes from. */
  member: Member;
  /** Name of the person holding the seat. */
  person: Scalars['String']['output'];
  /** The seat held. */
  role: BoardRole;
  /** Whether this record comes from Sambruk's documents or is demonstration data. */
  source: DataSource;
  /** Day the seat ended; null while held. */
  to?: Maybe<Scalars['Date']['output']>;
};

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

/** Where a record comes from. */
export type DataSource =
  /** Generated, deterministic demonstration data where the documents give no names or figures. */
  | 'DEMO'
  /** Entered through the API. */
  | 'ENTERED'
  /** A fact from Sambruk's own documents (business plan 2023, annual report 2017). */
  | 'SEED';

/** An organisation that is, was or will be a member of Sambruk. */
export type Member = {
  __typename?: 'Member';
  /** Board seats held by people from this member, newest first. */
  boardAssignments: Array<BoardAssignment>;
  /** County (län) the member belongs to; null for national bodies. */
  county?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the member. */
  id: Scalars['ID']['output'];
  /** First day of membership. */
  joinedOn: Scalars['Date']['output'];
  /** What kind of organisation the member is. */
  kind: MemberKind;
  /** Day the membership ended (no longer a member from this day); null while a member. */
  leftOn?: Maybe<Scalars['Date']['output']>;
  /** Official name, e.g. "Nacka kommun". */
  name: Scalars['String']['output'];
  /** Swedish organisation number (organisationsnummer), NNNNNN-NNNN. */
  organisationNumber: Scalars['String']['output'];
  /** Number of inhabitants the member serves, where known. */
  population?: Maybe<Scalars['Int']['output']>;
  /** The member's formal representative and contacts (personal data). */
  representatives: Array<Representative>;
  /** Whether this record comes from Sambruk's documents or is demonstration data. */
  source: DataSource;
  /** Membership today, derived from joinedOn and leftOn. */
  status: MemberStatus;
};

/** A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** The members on this page, by name. */
  nodes: Array<Member>;
  /** Paging information for this page. */
  pageInfo: PageInfo;
  /** How many nodes match the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What kind of organisation a member is. */
export type MemberKind =
  /** An association of public bodies, such as SKR (formerly SKL). */
  | 'ASSOCIATION'
  /** A county council (landsting), the older form of a region. */
  | 'COUNTY_COUNCIL'
  /** A municipality (kommun). */
  | 'MUNICIPALITY'
  /** A municipal federation (kommunalförbund). */
  | 'MUNICIPAL_FEDERATION'
  /** Any other organisation. */
  | 'OTHER'
  /** A region (region). */
  | 'REGION';

/** Membership today, derived from joinedOn and leftOn. */
export type MemberStatus =
  /** A member today. */
  | 'ACTIVE'
  /** Admitted, with a membership that starts on a later day. */
  | 'ADMITTED'
  /** Was a member; the membership has ended. */
  | 'FORMER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a representative or contact to a member. */
  addRepresentative: Representative;
  /** Admits a new member organisation. */
  admitMember: Member;
  /** Records that a member resigned: its membership ends on `leftOn`. */
  recordResignation: Member;
  /** Removes a representative; answers the removed id. */
  removeRepresentative: Scalars['ID']['output'];
  /** Changes a member's details; fields left out stay as they are. */
  updateMember: Member;
  /** Changes a representative's details. */
  updateRepresentative: Representative;
};


export type MutationAddRepresentativeArgs = {
  input: RepresentativeInput;
  memberId: Scalars['ID']['input'];
};


export type MutationAdmitMemberArgs = {
  input: AdmitMemberInput;
};


export type MutationRecordResignationArgs = {
  id: Scalars['ID']['input'];
  leftOn: Scalars['Date']['input'];
};


export type MutationRemoveRepresentativeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateMemberArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMemberInput;
};


export type MutationUpdateRepresentativeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRepresentativeInput;
};

/** Where a page of a list ends and whether more follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last node on this page; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more nodes follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Sambruk's board (styrelse) on a day (default today): chair first, deputies last. */
  board: Array<BoardAssignment>;
  /** One member by id; null when there is none. */
  member?: Maybe<Member>;
  /** Members, filtered and paged, ordered by name. */
  members: MemberConnection;
};


export type QueryBoardArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  county?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<MemberKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MemberStatus>;
};

/** A person who represents a member towards Sambruk (formal representative or contact). Personal data. */
export type Representative = {
  __typename?: 'Representative';
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the representative. */
  id: Scalars['ID']['output'];
  /** The member this person represents. */
  member: Member;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Role towards Sambruk, e.g. "Formal representative" or "IT contact". */
  role: Scalars['String']['output'];
};

/** A person who represents a member. */
export type RepresentativeInput = {
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Phone number, digits with optional +, spaces and hyphens. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role towards Sambruk, e.g. "Formal representative". */
  role: Scalars['String']['input'];
};

/** Changes to a member; fields left out stay as they are. */
export type UpdateMemberInput = {
  /** County (län). */
  county?: InputMaybe<Scalars['String']['input']>;
  /** First day of membership. */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Kind of organisation. */
  kind?: InputMaybe<MemberKind>;
  /** Day the membership ended; null to reinstate. */
  leftOn?: InputMaybe<Scalars['Date']['input']>;
  /** Official name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Organisation number NNNNNN-NNNN. */
  organisationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Number of inhabitants. */
  population?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a representative; fields left out stay as they are. */
export type UpdateRepresentativeInput = {
  /** E-mail address; null to remove. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Phone number; null to remove. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role towards Sambruk. */
  role?: InputMaybe<Scalars['String']['input']>;
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

/** Where a record comes from. */
export type DataSource =
  /** Generated, deterministic demonstration data where the documents give no names or figures. */
  | 'DEMO'
  /** Entered through the API. */
  | 'ENTERED'
  /** A fact from Sambruk's own documents (business plan 2023, annual report 2017). */
  | 'SEED';

/** What kind of organisation a member is. */
export type MemberKind =
  /** An association of public bodies, such as SKR (formerly SKL). */
  | 'ASSOCIATION'
  /** A county council (landsting), the older form of a region. */
  | 'COUNTY_COUNCIL'
  /** A municipality (kommun). */
  | 'MUNICIPALITY'
  /** A municipal federation (kommunalförbund). */
  | 'MUNICIPAL_FEDERATION'
  /** Any other organisation. */
  | 'OTHER'
  /** A region (region). */
  | 'REGION';

/** Membership today, derived from joinedOn and leftOn. */
export type MemberStatus =
  /** A member today. */
  | 'ACTIVE'
  /** Admitted, with a membership that starts on a later day. */
  | 'ADMITTED'
  /** Was a member; the membership has ended. */
  | 'FORMER';

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

export type MembersActiveOnQueryVariables = Exact<{
  activeOn: string;
  first: number;
}>;


export type MembersActiveOnQuery = { members: { totalCount: number, nodes: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MemberDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberDetailQuery = { member: { id: string, name: string, kind: MemberKind, organisationNumber: string, county: string | null, population: number | null, joinedOn: string, leftOn: string | null, status: MemberStatus, source: DataSource, representatives: Array<{ id: string, name: string, role: string, email: string | null, phone: string | null }>, boardAssignments: Array<{ person: string, role: BoardRole, from: string }> } | null };

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


export type BoardQuery = { board: Array<{ person: string, role: BoardRole, member: { name: string } }> };

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
  leftOn: string;
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


export const MembersActiveOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersActiveOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<MembersActiveOnQuery, MembersActiveOnQueryVariables>;
export const MemberDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]}}]} as unknown as DocumentNode<MemberDetailQuery, MemberDetailQueryVariables>;
export const SearchMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"county"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"county"},"value":{"kind":"Variable","name":{"kind":"Name","value":"county"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SearchMembersQuery, SearchMembersQueryVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"board"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const AdmitMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<AdmitMemberMutation, AdmitMemberMutationVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const RecordResignationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordResignation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leftOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordResignation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"leftOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leftOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordResignationMutation, RecordResignationMutationVariables>;
export const AddRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddRepresentativeMutation, AddRepresentativeMutationVariables>;
export const UpdateRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<UpdateRepresentativeMutation, UpdateRepresentativeMutationVariables>;
export const RemoveRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveRepresentativeMutation, RemoveRepresentativeMutationVariables>;