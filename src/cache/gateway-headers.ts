import { isCredentialHeader } from './credential-names.ts';

/**
 * The request headers by which an AI gateway used as the upstream (Portkey, Helicone, LiteLLM, Cloudflare AI Gateway)
 * picks the provider, the config (its models and fallbacks), the host, the deployment or the tagged model that
 * answers, as one canonical string for the partition (KeyScope.gateway); undefined when a request carries none. Two
 * requests with the same key and body that a gateway sends to OpenAI and to Anthropic were served one answer (a
 * hostile tester, session 28). Only headers that choose what answers: a gateway's trace, span and cache headers
 * change per request and would split every request into its own partition. Its metadata headers are routing only
 * where the gateway routes on them: Portkey's `x-portkey-metadata` under a config (whose conditions may read it),
 * Cloudflare's `cf-aig-metadata` for a `dynamic/` route's model (whose conditions may read it); LiteLLM's
 * `x-litellm-tags` always (tag routing is what it is for; a red team at the proxy, session 38, was served a "free"
 * tier deployment's answer for a "paid" one). Azure's own: `azureml-model-deployment` (an Azure ML endpoint's deployment that
 * answers) and `extra-parameters` (whether Azure AI Inference passes fields such as `top_k` to the model or drops them; a
 * hostile tester at the proxy, session 40). Credential-named ones (`x-portkey-virtual-key`,
 * `x-portkey-aws-secret-access-key`) are the tenant's already, through its keyed hash.
 *
 * @example gatewayRouting({ 'x-portkey-provider': 'anthropic', 'x-portkey-trace-id': 't1' }) // 'x-portkey-provider:anthropic'
 */
export function gatewayRouting(headers: Readonly<Record<string, string>>, model?: unknown): string | undefined {
  let routing: string[] | undefined;
  for (const name in headers) {
    if (!routes(name, headers, model) || isCredentialHeader(name)) continue;
    (routing ??= []).push(`${name}:${headers[name]!.trim()}`);
  }
  return routing?.sort().join('\n');
}

function routes(name: string, headers: Readonly<Record<string, string>>, model: unknown): boolean {
  if (ROUTING_HEADER.test(name)) return true;
  if (name === 'x-portkey-metadata') return headers['x-portkey-config'] !== undefined;
  if (name === 'cf-aig-metadata') return typeof model === 'string' && model.startsWith('dynamic/');
  return false;
}

/** Lower-case names (ProxyRequest.headers are lower-case). */
const ROUTING_HEADER =
  /^(?:x-portkey-(?:provider|config|custom-host|strict-open-ai-compliance|(?:azure|aws|vertex|openai|anthropic|google|bedrock|sagemaker|workers-ai|oracle|huggingface|fireworks|stability|mistral)-[a-z0-9-]+)|helicone-(?:target-url|target-provider|openai-api-base|model-override|fallbacks)|x-litellm-tags|azureml-model-deployment|extra-parameters)$/u;
