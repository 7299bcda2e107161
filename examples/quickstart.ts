// The README's example: ask the same question twice through semcache; prints MISS, then HIT.
// Run the proxy (`npm start`), then: OPENAI_API_KEY=sk-... node examples/quickstart.ts
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: process.env.SEMCACHE_BASE_URL ?? 'http://localhost:8080/v1' });

for (let attempt = 1; attempt <= 2; attempt++) {
  const { data, response } = await client.chat.completions
    .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'What is the capital of France?' }] })
    .withResponse();
  console.log(response.headers.get('x-cache-status'), data.choices[0]?.message.content);
}
