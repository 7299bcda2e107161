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

  // A red team at the proxy (session 38): LiteLLM routes by tag, Portkey's config conditions and Cloudflare's dynamic
  // routes may read the request's metadata, so a "free" plan's answer was served to a "paid" one.
  it('reads the headers a gateway routes on: LiteLLM tags always, metadata only where a config or dynamic route may read it', () => {
    expect(gatewayRouting({ 'x-litellm-tags': 'paid' })).toBe('x-litellm-tags:paid');
    expect(gatewayRouting({ 'x-portkey-config': 'pc-cond', 'x-portkey-metadata': '{"user_plan":"paid"}' })).toBe('x-portkey-config:pc-cond\nx-portkey-metadata:{"user_plan":"paid"}');
    expect(gatewayRouting({ 'x-portkey-metadata': '{"user_plan":"paid"}' })).toBeUndefined();
    expect(gatewayRouting({ 'cf-aig-metadata': '{"user_plan":"paid"}' }, 'dynamic/support')).toBe('cf-aig-metadata:{"user_plan":"paid"}');
    expect(gatewayRouting({ 'cf-aig-metadata': '{"user_plan":"paid"}' }, 'gpt-4o-mini')).toBeUndefined();
  });
  // A hostile tester at the proxy (session 40): Azure ML picks the deployment by header, Azure AI Inference whether
  // a field such as `top_k` reaches the model.
  it('reads Azure’s deployment and extra-parameters headers', () => {
    expect(gatewayRouting({ 'azureml-model-deployment': 'blue' })).toBe('azureml-model-deployment:blue');
    expect(gatewayRouting({ 'extra-parameters': 'pass-through' })).toBe('extra-parameters:pass-through');
  });
});
