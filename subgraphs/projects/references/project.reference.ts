import type { RequestContext } from '../../shared/graphql/context';
import type { Project } from '../entities/project.entity';
import { projectsById } from '../loaders';

/** Resolves `Project` representations from other subgraphs, batched into one query per request. */
export function resolveProjectReference(reference: { id: string }, ctx: RequestContext): Promise<Project | null> {
  return projectsById(ctx).load(reference.id);
}
