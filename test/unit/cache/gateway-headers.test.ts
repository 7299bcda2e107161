import { describe, expect, it } from 'vitest';
import { gatewayRouting } from '../../../src/cache/gateway-headers.ts';

describe('gatewayRouting: the headers by which a gateway upstream picks what answers', () => {
  it('reads the provider, config, host and deployment headers, sorted, whatever else the request carries', () => {
    expect(gatewayRouting({ 'x-portkey-provider': 'anthropic', 'content-type': 'application/json' })).toBe('x-portkey-provider:anthropic');
    expect(gatewayRouting({ 'x-portkey-config': 'pc-a', 'x-portkey-azure-deployment-id': 'gpt4o-eu' })).toBe('x-portkey-azure-deployment-id:gpt4o-eu\nx-portkey-config:pc-a');
    expect(gatewayRouting({ 'helicone-target-url': 'https://api.anthropic.com' })).toBe('helicone-target-url:https://api.anthropic.com');
  });

  it('leaves out headers that change per request, and credentials, which the tenant holds already', () => {
    expect(gatewayRouting({ 'x-portkey-trace-id': 't1', 'x-portkey-metadata': '{"user":"u"}', 'x-portkey-span-id': 's', 'helicone-property-session': 'p' })).toBeUndefined();
    expect(gatewayRouting({ 'x-portkey-virtual-key': 'vk-1', 'x-portkey-aws-secret-access-key': 'secret', 'x-portkey-api-key': 'pk' })).toBeUndefined();
    expect(gatewayRouting({})).toBeUndefined();
  });
});
