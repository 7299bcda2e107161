import { describe, expect, it } from 'vitest';
import { messagesKeyParts } from '../../../src/api/anthropic-messages/messages-key-parts.ts';
import { chatKeyParts } from '../../../src/api/openai-chat/chat-key-parts.ts';
import { responsesKeyParts } from '../../../src/api/openai-responses/responses-key-parts.ts';
import type { ChatMessage } from '../../../src/cache/chat-types.ts';
import { definitionsSetTextTask, definitionTexts, instructionText, instructsOnUserText } from '../../../src/cache/text-as-object.ts';

describe('instructsOnUserText: instructions that make the user text the object of a task', () => {
  it.each([
    'Translate the user message into French.',
    'Correct the spelling and grammar of the user message.',
    'Echo the user message exactly.',
    'Count the number of characters in the user message.',
    'Count the number of words in the input.',
    'Classify the tone of the message as polite or rude.',
    'Is the user message a question or a statement?',
    'Detect the sentiment of the text.',
    'You are a translator.',
    'Translate into Spanish.',
    'Paste the text you want translated to Spanish.',
    "Check whether the user's text uses British spelling.",
  ])('is true for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(true);
  });

  it.each([
    'You are a helpful assistant.',
    'You are a helpful assistant. Answer concisely and correctly.',
    'You are a customer support agent for ACME. Be friendly and answer questions about our products.',
    "I'm here to help, don't worry. What else can I do?",
    'Sure! What would you like to know about the country?',
    'You are an expert Python tutor. Explain concepts step by step.',
    'Always answer in English.',
    // A review helper's ordinary system prompts (session 26):
    'Never use the words "cheap" or "discount".',
    'You are a senior editor at a publishing house. Help authors with their questions about publishing.',
    "Identify the user's intent and answer their question.",
    'Make sure every statement in your answer is correct and cite the following sources.',
    "Evaluate the symptoms described in the user's message and suggest whether to see a doctor.",
  ])('is false for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(false);
  });

  it('reads quoted options as a choice only in the turn the user answers, asked as a question', () => {
    expect(instructsOnUserText([], 'Which spelling should the logo use: "colour" or "color"?')).toBe(true);
    expect(instructsOnUserText([], 'You can say "Buenos días" or "Hola".')).toBe(false);
    expect(instructsOnUserText(['Which spelling should the logo use: "colour" or "color"?'])).toBe(false);
  });

  it('reads every piece of context given, and none at all is no task', () => {
    expect(instructsOnUserText([undefined, 'You are a helpful assistant.', 'Translate the user message into German.'])).toBe(true);
    expect(instructsOnUserText([])).toBe(false);
    expect(instructsOnUserText([undefined, ''])).toBe(false);
  });
});

// Session 26, a hostile helper against the first version: instructions it did not read, or read only in one spelling.
describe('instructsOnUserText: what the first version missed', () => {
  it.each([
    'You are an expert English-to-French translator.',
    'You are a translation engine. Output French.',
    'Render the user message in French.',
    'Convert to pig latin.',
    'Make the user message sound more formal.',
    'Fix the typos.',
    'How many words are in the message? Reply with a number only.',
    'Is this message positive or negative?',
    'Extract the email addresses from the user message.',
    'Turn the user message into a haiku.',
    'Return the input in all caps.',
    'Check my English.',
    'Score the essay.',
  ])('is true for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(true);
  });

  it('reads an answered turn that asks for the text to work on', () => {
    expect(instructsOnUserText([], 'Sure! What would you like me to translate?')).toBe(true);
    expect(instructsOnUserText([], 'Sure, what would you like to know about Paris?')).toBe(false);
  });

  it('reads text parts whatever else they carry', () => {
    expect(instructionText([{ type: 'text', text: 'Translate the user message into French.', cache_control: { type: 'ephemeral' } }])).toBe('Translate the user message into French.');
    expect(instructionText([{ type: 'input_text', text: 'a' }, { type: 'image_url', image_url: { url: 'x' } }, { type: 'text', text: 'b', citations: null }])).toBe('a\nb');
    expect(instructionText(42)).toBeUndefined();
  });
});

describe('instructsOnUserText: tasks in other languages and in plainer English words (a hostile review, session 56)', () => {
  it.each([
    'Traduis chaque message en allemand.',
    'Übersetze jede Nachricht ins Spanische.',
    'Traduce al inglés todo lo que escriba el usuario.',
    '将用户的每条消息翻译成英文。',
    'ユーザーのメッセージを英語に翻訳してください。',
    'Исправь орфографические ошибки в каждом сообщении.',
    'Korrigiere die Rechtschreibung.',
    'Corrige les fautes.',
    'Mets-le en anglais.',
    'Reply with nothing but the French for it.',
    'Give back the same thing, but in French.',
    'You speak only French. Whatever arrives, say it again in French and nothing else.',
    'Return the input with errors fixed.',
    'Answer with yes if it contains a typo, no otherwise.',
    'Reply YES if there is a misspelled word, otherwise NO.',
    'Reply with the number of words.',
    'Say "ok" if it ends with a period, else say "no".',
    'Respond "Q" for questions and "S" otherwise.',
    'Does it say please? yes/no',
    'You are PoliteBot. If the user says please, answer "Thanks for asking nicely!" otherwise answer "Say please!".',
    'Help the user learn English: point out every mistake in their message.',
    'Find errors.',
    'Make it nicer.',
    'Clasifica el sentimiento del mensaje como positivo, negativo o neutro.',
    'Zähle die Wörter in der Nachricht und antworte nur mit der Zahl.',
    'Detect the language of the text and respond with its ISO 639-1 code.',
    'You are a spam filter. Label each incoming message SPAM or HAM.',
  ])('is true for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(true);
  });

  it.each([
    'You are a helpful assistant. Answer concisely.',
    'Eres un asistente útil.',
    'Du bist ein hilfreicher Assistent. Antworte auf Deutsch.',
    'あなたは親切なアシスタントです。',
    'Be polite: always say please and thank you.',
    'Answer in a limited number of words.',
    'Always double-check your answer and fix any errors before replying.',
    'Always begin with a capital letter and end with a period.',
    'You are a travel agent. Recommend destinations and explain it in simple terms.',
    'Reply in Spanish.',
    // An over-flagging study of a first version (280 ordinary prompts, 52 read as tasks).
    'Korrigiere dich selbst, wenn du einen Fehler machst.',
    'Eres el asistente de un servicio de traducción jurada. Responde preguntas sobre precios y plazos.',
    '번역투를 피하고 자연스러운 한국어로 답변하세요.',
    "If the tracking number contains a typo, the tracker will show 'not found'.",
    "Make sure the customer's name is spelled correctly in your replies.",
    'For questions and complaints about a specific bill, ask the customer to log in.',
    'If the user says thanks or goodbye, close the conversation warmly.',
    'Identify the error codes mentioned by the customer and explain what they mean.',
    'Make it simpler for customers: you are the help assistant for Brightline Rail.',
    'Eres el asistente de un banco. Ayuda al usuario con su cuenta y sus tarjetas.',
    'Determina la intención del usuario y responde a su pregunta.',
    'Сколько сообщений пользователь может отправить — 50 в день.',
  ])('is false for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(false);
  });
});

describe('the key parts read the instructions wherever a client puts them', () => {
  const text = (messages: ChatMessage[]) => chatKeyParts({ model: 'm', messages }, 'last-user').text;
  it('an earlier user turn that sets the task', () => {
    expect(text([{ role: 'user', content: 'Translate everything I send into French from now on.' }, { role: 'assistant', content: 'Sure, go ahead.' }, { role: 'user', content: 'See you tomorrow.' }])).toBeUndefined();
    expect(text([{ role: 'user', content: 'What is the capital of France?' }, { role: 'assistant', content: 'Paris.' }, { role: 'user', content: 'And of Spain?' }])).toBe('And of Spain?');
  });
  it('a system prompt in text parts with a cache hint', () => {
    expect(text([{ role: 'system', content: [{ type: 'text', text: 'Translate the user message into French.', cache_control: { type: 'ephemeral' } }] } as ChatMessage, { role: 'user', content: 'See you tomorrow.' }])).toBeUndefined();
  });
  it('a Responses request naming a reusable prompt, whose instructions cannot be read', () => {
    expect(responsesKeyParts({ model: 'm', prompt: { id: 'pmpt_1' }, input: 'See you tomorrow.' } as never).text).toBeUndefined();
    expect(responsesKeyParts({ model: 'm', instructions: [{ role: 'developer', content: 'Translate the user message into French.' }], input: 'See you tomorrow.' } as never).text).toBeUndefined();
    // Nor those of a stored response it continues (session 29).
    expect(responsesKeyParts({ model: 'm', previous_response_id: 'resp_setup', input: 'See you tomorrow.' } as never).text).toBeUndefined();
    expect(responsesKeyParts({ model: 'm', previous_response_id: null, input: 'See you tomorrow.' } as never).text).toBe('See you tomorrow.');
  });
  it('an Anthropic system block with citations', () => {
    const parts = messagesKeyParts({ model: 'c', max_tokens: 5, system: [{ type: 'text', text: 'Translate the user message into French.', citations: null }], messages: [{ role: 'user', content: 'See you tomorrow.' }] } as never, 'last-user', () => undefined);
    expect(parts.text).toBeUndefined();
  });
});

describe('definitionsSetTextTask: the task a schema or a tool states (session 28)', () => {
  it('reads names as words, and descriptions and titles, from every place a client puts a schema or a tool', () => {
    expect(definitionTexts({ response_format: { type: 'json_schema', json_schema: { name: 'french_translation', schema: { description: 'Translate it.', properties: { a: { title: 'A title' } } } } } })).toEqual({ names: ['french translation'], texts: ['Translate it.', 'A title'] });
    expect(definitionTexts({ text: { format: { type: 'json_schema', name: 'translateText' } } })).toEqual({ names: ['translate Text'], texts: [] });
    expect(definitionTexts({ tools: [{ type: 'function', function: { name: 'get-weather', description: 'The weather in a city.' } }] })).toEqual({ names: ['get weather'], texts: ['The weather in a city.'] });
    expect(definitionTexts({ output_format: { type: 'json_schema', schema: { description: 'Summarize the input.' } }, functions: [{ name: 'count_words' }] })).toEqual({ names: ['count words'], texts: ['Summarize the input.'] });
    expect(definitionTexts({ model: 'm', messages: [{ role: 'user', content: 'Translate into French' }] })).toEqual({ names: [], texts: [] });
  });

  it.each([
    { response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { description: "Translate the user's message into French." } } } },
    { tools: [{ type: 'function', function: { name: 'translate_text' } }] },
    { tools: [{ type: 'function', function: { name: 'extractEntities' } }] },
    { tools: [{ type: 'function', function: { name: 'sentiment' } }] },
    { text: { format: { type: 'json_schema', name: 'spell_check' } } },
    { tools: [{ name: 'record', description: 'Correct the spelling and grammar of the user message.' }] },
  ])('is true for %j', (extra) => {
    expect(definitionsSetTextTask(extra)).toBe(true);
  });

  it.each([
    { tools: [{ type: 'function', function: { name: 'get_weather', description: 'Get the weather for a city.' } }] },
    { tools: [{ type: 'function', function: { name: 'search_docs', description: 'Search the product documentation for an answer.' } }] },
    { response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: { description: 'The answer to the question, with a confidence.' } } } },
    { response_format: { type: 'json_object' } },
  ])('is false for %j', (extra) => {
    expect(definitionsSetTextTask(extra)).toBe(false);
  });

  it("makes each API's request exact-tier only under such a definition", () => {
    const chat = (extra: Record<string, unknown>) => chatKeyParts({ model: 'm', messages: [{ role: 'user', content: 'See you tomorrow.' }], ...extra } as never, 'last-user').text;
    expect(chat({ tools: [{ type: 'function', function: { name: 'translate_text' } }] })).toBeUndefined();
    expect(chat({ tools: [{ type: 'function', function: { name: 'get_weather', description: 'Get the weather for a city.' } }] })).toBe('See you tomorrow.');
    expect(responsesKeyParts({ model: 'm', input: 'See you tomorrow.', text: { format: { type: 'json_schema', name: 'spell_check' } } } as never).text).toBeUndefined();
    expect(messagesKeyParts({ model: 'c', max_tokens: 5, tools: [{ name: 'proofread', input_schema: { type: 'object' } }], messages: [{ role: 'user', content: 'See you tomorrow.' }] } as never, 'last-user', () => undefined).text).toBeUndefined();
  });

  it('walks a huge or deep schema in bounded time', () => {
    let deep: Record<string, unknown> = { description: 'Translate the user message.' };
    for (let i = 0; i < 10_000; i++) deep = { properties: { x: deep } };
    expect(definitionTexts({ response_format: deep }).texts).toEqual([]);
    const wide = { tools: Array.from({ length: 50_000 }, (_, i) => ({ name: `tool_${i}`, description: 'Get a thing.' })) };
    const { names, texts } = definitionTexts(wide);
    expect(names.length + texts.length).toBe(2_000);
    // Values without text count too: a task said after 50,000 of them is not read (a review: a million keys took 3.6 s).
    const keys: Record<string, unknown> = {};
    for (let i = 0; i < 60_000; i++) keys[`k${i}`] = i;
    expect(definitionsSetTextTask({ response_format: { ...keys, description: 'Translate the user message.' } })).toBe(false);
    expect(definitionsSetTextTask({ response_format: { description: 'Translate the user message.', ...keys } })).toBe(true);
  });
});

// Session 29, a red team through the proxy: a translator or a text tool whose system prompt never says "translate"
// nor "into <language>" (35 prompts of 36 were served near-duplicates: "See you tomorrow." the translation of
// "Thanks! See you tomorrow."), and a task stated in an earlier assistant turn.
describe('instructsOnUserText: tasks on the user text worded without a translating verb', () => {
  it.each([
    'You are a Spanish interpreter.',
    'You are an interpreter between English and Spanish.',
    "Say the user's message in Spanish.",
    'Respond only with the Spanish equivalent of whatever the user writes.',
    'Reply with the German version of each sentence the user sends.',
    'Give the Japanese for each sentence the user sends.',
    'You help tourists. For every phrase, reply with how a local would say it in Italian.',
    'English → French. Output only French.',
    'EN->ES',
    'en2fr',
    'German to English.',
    'You are a localization engine. Localize the UI string into German.',
    'You are a subtitle generator that produces Spanish subtitles for the English line you receive.',
    'Write what the user says in Spanish.',
    'Turn whatever the user types into French.',
    'Generate a URL slug for the given title.',
    'You are a slug generator for a CMS. Reply with the slug only.',
    'Return the title in Title Case.',
    'You are a title-case formatter.',
    'Create an acronym from the input.',
    'Write three hashtags for the user post.',
    'Write the input in leetspeak.',
    'Spell the input using the NATO phonetic alphabet.',
    'Add emojis to the input.',
    'Lemmatize the input.',
    'Write a rhyming couplet that ends with the last word the user sends.',
    'You are a regex generator. Write a regex that matches exactly the phrase the user gives.',
    'Convert each line the user pastes to camelCase.',
    'You are a Morse code encoder.',
    'You are a text normalizer.',
    // A review of the first version (session 29): a target named as a field or a direction, or alone.
    'Input: English. Output: German.',
    'Source language: English\nTarget language: German',
    'Your job: English in, German out.',
    'Spanish please.',
    'You convert American spelling to British spelling.',
    "I'll give you sentences; you give them back in Spanish.",
  ])('is true for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(true);
  });

  it.each([
    'You are a friendly assistant for a Spanish language school. Answer questions about our courses.',
    'Always answer in Spanish.',
    'Answer in English, even if asked in another language.',
    'Respond in the language the user writes in.',
    'You are a travel assistant. Give short answers about destinations in Italy.',
    'You are an assistant for a French bakery in Paris.',
    "Answer the user's question using the context below.",
    'Use the following documents to answer.',
    'You are a German tutor. Explain grammar questions in English.',
    'You are a support bot for ACME. Keep responses under 100 words and use bullet lists.',
    'You are a customer service agent for an airline. Be concise and polite.',
    'You are Ava, a friendly assistant. Keep answers short.',
    // A review of the first version (session 29): ordinary prompts it read as tasks.
    'You are a helpful assistant. Respond in English only.',
    'Answer in Spanish only.',
    'Output only English.',
    "You are a helpful assistant. Respond in English regardless of the language of the user's message.",
    'You are a customer support bot for ShopCo. If the input is unclear, ask a clarifying question.',
    "You are the assistant of a Thai restaurant. Greet the user by the name they give and answer the user's message.",
    'You are a dream interpreter. Tell users what their dreams may mean.',
    'You are a bilingual English-Spanish customer service agent.',
    "Interpret the user's query and answer it concisely. Avoid emojis.",
    'You are a helpful assistant. The English version of the employee handbook follows.',
    'Please write a reply to: de la Cruz',
    'Output: it depends on the question; be brief.',
    // The second review (session 29): one language field, answer-style directives, a converter of units.
    'You are a helpful assistant. Output language: English.',
    'You are a tour guide. English in, English out.',
    'Make it more detailed than usual.',
    'Respond with the opposite of what a pessimist would say.',
    'You convert units for cooking recipes.',
    'Migration from en-US to de-DE locale settings is described below.',
  ])('is false for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(false);
  });

  it('reads the plainest statement of a task in the middle of a long instruction', () => {
    const guide = 'Use the house style. Prefer short sentences and active verbs. '.repeat(200);
    expect(instructsOnUserText([`${guide}\nTranslate the user's message into German.\n${guide}`])).toBe(true);
    expect(instructsOnUserText([`${guide}\nAnswer the user's questions about the style guide.\n${guide}`])).toBe(false);
  });

  it('reads a task stated in an earlier assistant turn, in each API', () => {
    const bot = "Hi! I'm TranslateBot. Type anything in English and I'll translate it into Spanish.";
    const turns = [
      { role: 'assistant' as const, content: bot },
      { role: 'user' as const, content: 'Good morning' },
      { role: 'assistant' as const, content: 'Buenos días' },
      { role: 'user' as const, content: 'See you tomorrow.' },
    ];
    expect(chatKeyParts({ model: 'm', messages: turns }, 'last-user').text).toBeUndefined();
    expect(messagesKeyParts({ model: 'c', max_tokens: 5, messages: turns } as never, 'last-user', () => undefined).text).toBeUndefined();
    expect(responsesKeyParts({ model: 'm', input: turns } as never).text).toBeUndefined();
    // An earlier answer that sets no task leaves the last question to the semantic tier.
    const plain = [{ role: 'user' as const, content: 'What is the capital of France?' }, { role: 'assistant' as const, content: 'Paris.' }, { role: 'user' as const, content: 'Thanks' }, { role: 'assistant' as const, content: 'You are welcome!' }, { role: 'user' as const, content: 'And of Spain?' }];
    expect(chatKeyParts({ model: 'm', messages: plain }, 'last-user').text).toBe('And of Spain?');
  });

  it('reads a schema or a tool that makes a slug, an acronym or a case of the text', () => {
    const described = (description: string) => ({ response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object', properties: { value: { type: 'string', description } } } } } });
    expect(definitionsSetTextTask(described('URL slug of the title'))).toBe(true);
    expect(definitionsSetTextTask(described('acronym of the phrase'))).toBe(true);
    expect(definitionsSetTextTask(described('the phrase in Title Case'))).toBe(true);
    expect(definitionsSetTextTask(described('hashtags for the post'))).toBe(true);
    expect(definitionsSetTextTask(described('the input escaped as a JSON string'))).toBe(true);
    expect(definitionsSetTextTask({ tools: [{ type: 'function', function: { name: 'save_slug', description: 'Save the URL slug of the given title' } }] })).toBe(true);
    expect(definitionsSetTextTask(described('The answer to the question, in one sentence.'))).toBe(false);
  });
});

// Session 51, an end-to-end red team: instructions in the first person ("my message", "what I type") or naming a task
// the list did not have (a digest, a reversal, ROT13, a full stop) were not read, and near-duplicates were served.
describe('instructsOnUserText: a task on the text named in the first person (session 51)', () => {
  it.each([
    'Respond with my message reversed.',
    'Does my message contain a digit?',
    'Tell me if my sentence is grammatical. Answer yes or no.',
    'Is what I write grammatically correct? Yes/no only.',
    'Reply with the SHA-256 hash of what I type.',
    'ROT13 whatever I write.',
    'Does my sentence end with a full stop? Yes or no.',
    'Give me the length of my text.',
    "I'll paste text; return it base64-encoded.",
    'Did I capitalise the first word? Answer yes or no.',
    'Put my text in quotes and nothing else.',
    'Whatever I say, say it back to me exactly.',
    'Repeat after me.',
    'Mirror my message.',
    'You reverse strings.',
    'From now on, encode my message in base64.',
  ])('is true for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(true);
  });

  it.each([
    'I am a teacher. Help me plan lessons for my class.',
    'I run a bakery; help me with my marketing.',
    'My name is Sam and I like short answers.',
    'Act as my career coach.',
    'I will ask questions about history. Answer with dates.',
    'Always cite the period in history you are talking about.',
    'Do not use quotes from famous people.',
  ])('is still false for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(false);
  });

  it('reads a tool whose description hashes the text', () => {
    expect(definitionsSetTextTask({ tools: [{ type: 'function', function: { name: 'digest', description: 'Hash the text with SHA-256' } }] })).toBe(true);
  });
});

// Session 55, a hostile review through the proxy: 29 of 39 task prompts had their user text served a rewording's answer
// ("I do not like this color." / "I don't like this colour." under "Does the text contain any contractions?").
describe('instructsOnUserText: a question or a judgement about the text, its writer or a property of it (session 55)', () => {
  it.each([
    'You are a parrot. Say back exactly what you hear.',
    'Reply with the number of characters the user typed.',
    'Respond only with the SHA-256 of the input.',
    'Mirror the user: respond with their text backwards.',
    'Does the text contain any contractions? Answer yes or no.',
    'Is this sentence written in British or American English?',
    'You are a text-to-speech preprocessor: normalise the user text for speech.',
    'Rate the politeness of each message from 1 to 10.',
    'Make it sound more polite.',
    'Make this more concise.',
    'Reply in the same tone and punctuation style as the user.',
    'You are a style analyzer. Describe the writing style of the message.',
    'Identify whether the writer is a native speaker.',
    'Is the user shouting? Answer yes or no.',
    'List every word in the message in alphabetical order.',
    'How many words? Reply with a number.',
    'Lowercase everything.',
    'Identify the emotional intensity of the punctuation.',
    'You are an editor. Suggest improvements to the wording.',
    'Is the message polite? yes/no',
    'Estimate how many tokens the message contains.',
    'Tell me if the message ends with a question mark.',
    'You grade English essays on spelling and grammar.',
    'Check the message for Oxford commas.',
    'You are ELIZA. Reflect the user statement back as a question.',
    'Say it back to me.',
    'Give the reading level (Flesch-Kincaid) of the message.',
    'Does the user use the word please?',
    'Identify which variety of English this is.',
    // A review of the first version: tasks it still missed.
    'Say whether the user is being sarcastic.',
    "Make the user's message more concise.",
    "Remove filler words from the user's message.",
    'Check if the user used the Oxford comma.',
    "Answer only with the first word of the user's message.",
    'Respond with the last letter of each word the user sends.',
    'You are a tone checker. Tell the user if their email sounds rude.',
    'You are an editor. Tighten the prose of every submission.',
    "Evaluate the grammar of the user's essay and give a score.",
  ])('is true for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(true);
  });

  it.each([
    'You are a helpful assistant. Answer the user\'s questions accurately and concisely.',
    'Use the following context to answer the user\'s question. If you don\'t know the answer, say you don\'t know.',
    'Always reply in the same language as the user.',
    'You are a helpful coding assistant. When the user shares code, explain what it does and suggest improvements.',
    'You are a travel agent. Recommend destinations based on the user\'s preferences.',
    'Respond in JSON with keys "answer" and "confidence".',
    'Use British spelling in your answers.',
    'You are a Socratic tutor. Ask guiding questions rather than giving answers directly.',
    'Respond with empathy. Validate the user\'s feelings before offering advice.',
    // A review of the first version: ordinary prompts it read as tasks on the text.
    'Is the user logged in? If not, ask them to sign in.',
    'Which plan is the user on? Answer accordingly.',
    'Decide if the message needs a human agent.',
    'Identify the topic of each message and answer it.',
    'Be careful with the wording of legal disclaimers.',
    'Follow the punctuation rules of AP style.',
    'Use the phrasing from the knowledge base.',
    'You are a writing coach. Help the user improve their essays, stories and cover letters.',
    // A read of the final change.
    'Determine whether the writer is eligible for a refund.',
    'Respond in the same language and tone as the user.',
    'What is an input device?',
    'How many messages can a Kafka topic hold?',
  ])('is still false for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(false);
  });
});

describe('the key parts leave a user text out of the semantic tier under a question about it, in each API (session 55)', () => {
  const system = 'Does the text contain any contractions? Answer yes or no.';
  it('chat, Responses and Anthropic Messages', () => {
    expect(chatKeyParts({ model: 'm', messages: [{ role: 'system', content: system }, { role: 'user', content: "I don't like this colour." }] }, 'last-user').text).toBeUndefined();
    expect(responsesKeyParts({ model: 'm', instructions: system, input: "I don't like this colour." } as never).text).toBeUndefined();
    expect(messagesKeyParts({ model: 'c', max_tokens: 5, system: [{ type: 'text', text: 'Rate the politeness of each message from 1 to 10.' }], messages: [{ role: 'user', content: 'Send me the report by Friday.' }] } as never, 'last-user', () => undefined).text).toBeUndefined();
    // A question about "the message" or "the text" in an earlier turn of a conversation is no task on the user's text:
    // it is read in the instructions only (a read of the final change).
    const conversation = (question: string) => chatKeyParts({ model: 'm', messages: [{ role: 'system', content: 'You are a helpful assistant.' }, { role: 'user', content: question }, { role: 'assistant', content: 'Some answer.' }, { role: 'user', content: 'And what about for Go?' }] }, 'last-user').text;
    expect(conversation('Which text editor is best for Python?')).toBe('And what about for Go?');
    expect(conversation('Is the input validated on the server?')).toBe('And what about for Go?');
    expect(responsesKeyParts({ model: 'm', input: [{ role: 'user', content: 'Does the message queue guarantee ordering?' }, { role: 'assistant', content: 'Yes.' }, { role: 'user', content: 'And Kafka?' }] } as never).text).toBe('And Kafka?');
    // A follow-up question of an ordinary conversation keeps its semantic tier.
    expect(chatKeyParts({ model: 'm', messages: [{ role: 'system', content: 'You are a helpful assistant.' }, { role: 'user', content: 'What is the capital of France?' }] }, 'last-user').text).toBe('What is the capital of France?');
  });
});

describe('instructsOnUserText: a program the assistant plays, and conditions on the text\'s case or marks (a red team at the proxy, session 58)', () => {
  it.each([
    // awesome-chatgpt-prompts' terminal: "echo Done." and "echo Done" print two things.
    'I want you to act as a linux terminal. I will type commands and you will reply with what the terminal should show. I want you to only reply with the terminal output inside one unique code block, and nothing else.',
    'I want you to act as a SQL terminal in front of an example database.',
    'Act as a JavaScript console.',
    'You are a Python interpreter. Evaluate len() of the message as a string.',
    'Output a JSON object {"ends_with_question_mark": bool}.',
    'You are a ticket triage bot. Reply with the priority: P1 if the user writes in all caps, else P2.',
    'Detect the typos.',
    // A review of the first version: other verbs, machines named directly, code the user sends run, how the user types.
    'I want you to act like a Python interpreter. I will give you Python code, and you will execute it. Do not provide any explanations.',
    'Simulate a Linux terminal. Reply only with output.',
    'Act as the Linux terminal of an Ubuntu 22.04 server.',
    'Emulate bash on Ubuntu. Only output.',
    'Act as PowerShell 7. Reply with output only.',
    'I want you to act as a Windows command prompt.',
    'Act as Node.js. I type JavaScript, you reply with what Node prints.',
    'You are psql connected to a Postgres database.',
    'You are an Ubuntu 22.04 server. Reply with command output.',
    'Roleplay an SSH session to a Debian box.',
    'Run the Python code I send and reply only with its output.',
    'If the customer is shouting (writing in capitals), de-escalate first.',
    "Match the user's energy: if they write in CAPS, reply in CAPS.",
  ])('is true for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(true);
  });

  it.each([
    'You are a Linux terminal expert. Help users with shell commands.',
    'Act as a shell scripting tutor.',
    'You are a senior developer who knows the Python interpreter well.',
    'You are a customer support agent. If the customer is angry, apologise.',
    'Explain how compilers work in simple terms.',
    'You are a helpful assistant for a game console retailer.',
    'You are a dream interpreter. Tell users what their dreams may mean.',
    // A review of the first version (all on the exact tier with it).
    'You are a chatbot for Shell.',
    'You are an AI in a terminal. Help developers with their questions.',
    'You are a guide for the terminal.',
    'You are an analyst with Code Interpreter. Use it when helpful.',
    'You are a Node.js developer helping with backend questions.',
    'You are a Python tutor. Explain built-ins like len() and range() with short examples.',
    'You are a helpful store assistant. If the user reports a typo on our website, thank them.',
    'You are a bank assistant. If the user asks about uppercase letters in passwords, explain the rules.',
    'You are a customer support bot. Respond in JSON with keys "reply" and "is_question_about_billing".',
    "Detect errors in the user's order details and ask them to confirm.",
  ])('is false for %j', (text) => {
    expect(instructsOnUserText([text])).toBe(false);
  });
});
