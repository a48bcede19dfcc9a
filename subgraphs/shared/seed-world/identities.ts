import type { MemberKind, Source } from './members';
import { invented, publicFact, type WorldFieldSource } from './provenance';
import { stableId } from './random';

/** A member's name and kind over a half-open period, with where each field comes from. */
export interface WorldIdentity {
  id: string;
  name: string;
  kind: MemberKind;
  from: string;
  to: string | null;
  source: Source | 'PUBLIC';
  provenance: WorldFieldSource[];
}

/** The day every county council (landsting) became a region. */
export const REGION_REFORM_ON = '2019-01-01';

const REGION_REFORM =
  'Since 1 January 2019 the Local Government Act (kommunallagen) makes every county council (landsting) a region; until then this member ' +
  'was a county council in law, whatever its name. A public fact: the documents do not state it.';

/** Changes of name the documents do not state (public facts), by member key. */
const RENAMES: Record<string, { on: string; name: string; note: string }> = {
  jll: {
    on: '2015-01-01',
    name: 'Region Jönköpings län',
    note:
      'On 1 January 2015 the county council took over regional development in the county and became Region Jönköpings län (a public fact); ' +
      'the annual report 2017 still calls it Jönköpings läns landsting. It stayed a county council in law until 2019.',
  },
  skr: {
    on: '2019-11-27',
    name: 'Sveriges Kommuner och Regioner',
    note:
      "SKL's congress renamed it Sveriges Kommuner och Regioner (SKR) on 27 November 2019, in force at once (a public fact); the business plan " +
      '2023 calls it SKR.',
  },
};

/** What a member is called today when a public fact renamed it: the new name and why; null when it keeps the documents' name. */
export const renameOf = (key: string): { name: string; note: string } | null => RENAMES[key] ?? null;

interface Change {
  on: string;
  name?: string;
  kind?: MemberKind;
  note: string;
}

/** A member's changes of name and kind after it joined, oldest first: its rename, and a region's reform from county council. */
function changesOf(key: string, kind: MemberKind, joinedOn: string): Change[] {
  const changes: Change[] = [];
  const rename = RENAMES[key];
  if (rename && rename.on > joinedOn) changes.push({ on: rename.on, name: rename.name, note: rename.note });
  if (kind === 'REGION' && REGION_REFORM_ON > joinedOn) changes.push({ on: REGION_REFORM_ON, kind: 'REGION', note: REGION_REFORM });
  return changes.sort((a, b) => a.on.localeCompare(b.on));
}

/** The field sources of the identity a change makes: what changed is a public fact, what did not keeps its source. */
function changedSources(previous: WorldIdentity, change: Change): WorldFieldSource[] {
  const kept = previous.provenance.filter((row) => (row.field === 'name' && !change.name) || (row.field === 'kind' && !change.kind));
  const changed = [change.name && 'name', change.kind && 'kind', 'from'].filter((field): field is string => Boolean(field));
  return [...kept, ...changed.map((field) => publicFact(field, change.note))].sort((a, b) => a.field.localeCompare(b.field));
}

/**
 * A member's identities from the day it joined: the name it is given (`name`, for a member the documents name their name
 * with `nameSource`) and, for a region that joined before 2019, the county council it was until then; then the renames.
 */
export function worldIdentities(
  member: { key: string; name: string; kind: MemberKind; joinedOn: string; source: Source },
  nameSource: WorldFieldSource | null,
): WorldIdentity[] {
  const changes = changesOf(member.key, member.kind, member.joinedOn);
  const reformed = changes.some((change) => change.kind);
  const firstSources = nameSource
    ? [invented('from', 'The documents do not say when this member joined; its first name holds from the (invented) day it joined.'), nameSource]
    : [];
  const first: WorldIdentity = {
    id: stableId(`member-identity:${member.key}:${member.joinedOn}`),
    name: member.name,
    kind: reformed ? 'COUNTY_COUNCIL' : member.kind,
    from: member.joinedOn,
    to: null,
    source: member.source,
    provenance: reformed && nameSource ? [...firstSources, publicFact('kind', REGION_REFORM)] : firstSources,
  };
  const identities = [first];
  for (const change of changes) {
    const previous = identities.at(-1)!;
    previous.to = change.on;
    identities.push({
      id: stableId(`member-identity:${member.key}:${change.on}`),
      name: change.name ?? previous.name,
      kind: change.kind ?? previous.kind,
      from: change.on,
      to: null,
      source: member.source === 'SEED' ? 'PUBLIC' : member.source,
      provenance: nameSource ? changedSources(previous, change) : [],
    });
  }
  return identities;
}
