import { apiAdapterContract } from './api-adapter.contract.ts';

const user = (content: string) => ({ role: 'user', content });

apiAdapterContract({
  api: 'openai-chat',
  path: '/v1/chat/completions',
  routes: () => [],
  credential: { authorization: 'Bearer sk-contract' },
  body: (prompt, extra) => ({ model: 'gpt-4o-mini', messages: [user(prompt)], ...extra }),
  text: (answer) => answer.choices[0].message.content,
  streamText: (events) => events.map(({ data }) => data.choices?.[0]?.delta?.content ?? '').join(''),
  calls: (upstream) => upstream.chatCalls.length,
});

apiAdapterContract({
  api: 'openai-responses',
  path: '/v1/responses',
  routes: () => [],
  credential: { authorization: 'Bearer sk-contract' },
  body: (prompt, extra) => ({ model: 'gpt-4o-mini', input: prompt, ...extra }),
  text: (answer) => answer.output[0].content[0].text,
  streamText: (events) => events.filter(({ data }) => data.type === 'response.output_text.delta').map(({ data }) => data.delta).join(''),
  calls: (upstream) => upstream.responsesCalls.length,
});

apiAdapterContract({
  api: 'anthropic-messages',
  path: '/claude/v1/messages',
  routes: (baseUrl) => [{ name: 'claude', match: { pathPrefix: '/claude' }, upstream: { baseUrl, api: 'anthropic' } }],
  credential: { 'x-api-key': 'sk-ant-contract' },
  body: (prompt, extra) => ({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [user(prompt)], ...extra }),
  text: (answer) => answer.content[0].text,
  streamText: (events) => events.filter(({ data }) => data.type === 'content_block_delta').map(({ data }) => data.delta.text ?? '').join(''),
  calls: (upstream) => upstream.messagesCalls.length,
});
