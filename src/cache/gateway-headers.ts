import { isCredentialHeader } from './credential-names.ts';

/**
 * The request headers by which an AI gateway used as the upstream (Portkey, Helicone) picks the provider, the
 * config (its models and fallbacks), the host or the deployment that answers, as one canonical string for the
 * partition (KeyScope.gateway); undefined when a request carries none. Two requests with the same key and body
 * that a gateway sends to OpenAI and to Anthropic were served one answer (a hostile tester, session 28). Only
 * headers that choose what answers: a gateway's trace, span, metadata and cache headers change per request and
 * would split every request into its own partition. Credential-named ones (`x-portkey-virtual-key`,
 * `x-portkey-aws-secret-access-key`) are the tenant's already, through its keyed hash.
 *
 * @example gatewayRouting({ 'x-portkey-provider': 'anthropic', 'x-portkey-trace-id': 't1' }) // 'x-portkey-provider:anthropic'
 */
export function gatewayRouting(headers: Readonly<Record<string, string>>): string | undefined {
  let routing: string[] | undefined;
  for (const name in headers) {
    if (!ROUTING_HEADER.test(name) || isCredentialHeader(name)) continue;
    (routing ??= []).push(`${name}:${headers[name]!.trim()}`);
  }
  return routing?.sort().join('\n');
}

/** Lower-case names (ProxyRequest.headers are lower-case). */
const ROUTING_HEADER =
  /^(?:x-portkey-(?:provider|config|custom-host|strict-open-ai-compliance|(?:azure|aws|vertex|openai|anthropic|google|bedrock|sagemaker|workers-ai|oracle|huggingface|fireworks|stability|mistral)-[a-z0-9-]+)|helicone-(?:target-url|target-provider|openai-api-base|model-override|fallbacks))$/u;
