import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, Executor } from '@graphql-tools/utils';
import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Logger } from '../subgraphs/shared/platform/logger';

/** Codes Hive Gateway gives a subgraph call that got no GraphQL answer: refused, reset, timed out, or not GraphQL at all. */
const NO_ANSWER = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT', 'RESPONSE_VALIDATION_FAILED']);

const codeOf = (error: unknown) => (error as GraphQLError | undefined)?.extensions?.code as string | undefined;

/** The error that stands for a subgraph's missing answer, when `outcome` (a result, or what the call threw) is one. */
function missingAnswer(outcome: unknown): GraphQLError | undefined {
  if (NO_ANSWER.has(codeOf(outcome) ?? '')) return outcome as GraphQLError;
  const errors = (outcome as ExecutionResult | undefined)?.errors;
  return errors?.length === 1 && NO_ANSWER.has(codeOf(errors[0]) ?? '') ? errors[0] : undefined;
}

/** Counts a subgraph's failed calls and says so twice per outage: when it begins and when the subgraph answers again. */
function outageLog(log: Logger) {
  const failures = new Map<string, number>();
  return {
    failed(subgraph: string, reason: string) {
      const count = (failures.get(subgraph) ?? 0) + 1;
      failures.set(subgraph, count);
      if (count === 1) log.error(`${subgraph} unreachable: ${reason}`);
    },
    answered(subgraph: string) {
      const count = failures.get(subgraph);
      if (count === undefined) return;
      failures.delete(subgraph);
      log.info(`${subgraph} reachable again after ${count} failed request${count === 1 ? '' : 's'}`);
    },
  };
}

/**
 * A subgraph that does not answer (down, frozen past SUBGRAPH_TIMEOUT_MS, or answering something
 * that is not GraphQL) becomes a coded error naming it at the fields it should have resolved, while
 * the rest of the operation answers; the outage is logged once with a count instead of once per call.
 */
export function subgraphFailures(timeoutMs: number, log: Logger): GatewayPlugin {
  const outages = outageLog(log);
  const refusal = (subgraph: string, cause: GraphQLError) =>
    codeOf(cause) === 'GATEWAY_TIMEOUT'
      ? new GraphQLError(`the ${subgraph} subgraph did not answer within ${timeoutMs} ms: try again later`, {
          extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: subgraph },
        })
      : new GraphQLError(`the ${subgraph} subgraph is unavailable: try again later`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph } });
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const answering = async (request: ExecutionRequest) => {
        const outcome = await Promise.resolve(executor(request)).catch((error: unknown) => {
          if (missingAnswer(error)) return error;
          throw error;
        });
        const cause = missingAnswer(outcome);
        if (!cause) {
          outages.answered(subgraphName);
          return outcome as ExecutionResult;
        }
        outages.failed(subgraphName, cause.message);
        return { data: null, errors: [refusal(subgraphName, cause)] };
      };
      setExecutor(answering as Executor);
    },
  };
}
