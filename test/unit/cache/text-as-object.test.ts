import { describe, expect, it } from 'vitest';
import { instructsOnUserText } from '../../../src/cache/text-as-object.ts';

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
