import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Config } from '../subgraphs/shared/platform/config';
import { authenticationErrorCodes, jwtPlugin } from './auth';
import { hiddenSuggestions, inputErrorCodes } from './errors';
import { limitPlugins } from './limits';

/** Authentication, limits and coded errors; with introspection off, no hints that name the schema. */
export function securityPlugins(cfg: Config): GatewayPlugin[] {
  const hints = cfg.INTROSPECTION === 'off' ? [hiddenSuggestions()] : [];
  return [jwtPlugin(cfg), authenticationErrorCodes(), ...limitPlugins(cfg), ...inputErrorCodes(), ...hints];
}
