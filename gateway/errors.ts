import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, getOperationAST, getVariableValues, ValuesOfCorrectTypeRule, validate } from 'graphql';

/** A plugin that rewrites every error of every answer with `map`. */
export function errorMapper(map: (error: GraphQLError) => GraphQLError): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || !('errors' in result) || !result.errors) return;
      setResult({ ...result, errors: result.errors.map((error) => map(error as GraphQLError)) });
    },
  };
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  Object.assign(error.extensions, { code });
  return error;
}

/**
 * A value that does not fit its type is BAD_USER_INPUT whether it came inline or as a variable:
 * inline values that graphql-js's values rule refuses (the rest of an invalid document stays
 * GRAPHQL_VALIDATION_FAILED), variables refused before execution (graphql-js gives them no code),
 * and a literal a subgraph's scalar refuses (the gateway validated the rest of the document against the supergraph).
 */
export function inputErrorCodes(): GatewayPlugin[] {
  const badValues: GatewayPlugin = {
    onValidate({ params }) {
      return ({ valid, result }) => {
        if (valid) return;
        const refusedValues = new Set(validate(params.schema, params.documentAST, [ValuesOfCorrectTypeRule]).map((error) => error.message));
        for (const error of result) if (refusedValues.has(error.message)) withCode(error, 'BAD_USER_INPUT');
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      const coerced = getVariableValues(args.schema, operation?.variableDefinitions ?? [], args.variableValues ?? {});
      if (coerced.errors) setResultAndStopExecution({ errors: coerced.errors.map((error) => withCode(error, 'BAD_USER_INPUT')) });
    },
  };
  const subgraphLiterals = errorMapper((error) =>
    error.extensions?.serviceName && error.extensions.code === 'GRAPHQL_VALIDATION_FAILED' ? withCode(error, 'BAD_USER_INPUT') : error,
  );
  return [badValues, subgraphLiterals];
}

/** With introspection off, "Did you mean ...?" hints would still name fields, types and enum values: they go too. */
export function hiddenSuggestions(): GatewayPlugin {
  return errorMapper((error) => {
    const message = error.message.replace(/ ?Did you mean [^?]*\?/g, '').trim();
    if (message === error.message) return error;
    const { nodes, source, positions, path, originalError, extensions } = error;
    return new GraphQLError(message, { nodes, source, positions, path, originalError, extensions });
  });
}
