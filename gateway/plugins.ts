import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Config } from '../subgraphs/shared/config';
import { authenticationErrorCodes, jwtPlugin } from './auth';
import { limitPlugins } from './limits';
import { rateLimitPlugins } from './rate-limit';

export function securityPlugins(cfg: Config): GatewayPlugin[] {
  return [jwtPlugin(cfg), authenticationErrorCodes(), ...limitPlugins(cfg), ...rateLimitPlugins(cfg)];
}
