import { describe } from 'vitest';
import { pairTests, useVerifier } from './verifier-fixture.ts';

/**
 * Session 13's red team on prompts in other languages: classes where a rule made for English accepted a
 * difference that changes the answer. Each not-served pair was served by the code before its fix; each served
 * pair is a harmless rewording the fix must keep.
 */
const { kind } = useVerifier();

const { notServed, served } = pairTests(kind);

describe('an English courtesy phrase asked about in another language is the question, not politeness', () => {
  notServed([
    ['Was bedeutet thank you?', 'Was bedeutet sorry?'],
    ['Was heißt please?', 'Was heißt thanks?'],
    ['Was heißt thank you very much?', 'Was heißt thank you?'],
    ['¿Qué significa thank you?', '¿Qué significa excuse me?'],
    ['Que veut dire cheers ?', 'Que veut dire sorry ?'],
    ['Que signifie thx ?', 'Que signifie btw ?'],
    ['Cosa significa btw?', 'Cosa significa thx?'],
    ['Wat betekent thank you?', 'Wat betekent sorry?'],
    ['Co znaczy thank you?', 'Co znaczy sorry?'],
    ['Что значит thank you?', 'Что значит sorry?'],
    ['Vad betyder thanks?', 'Vad betyder sorry?'],
    ['Mi amigo siempre escribe btw. ¿Qué significa?', 'Mi amigo siempre escribe thx. ¿Qué significa?'],
    ['Mijn collega schrijft altijd btw. Wat betekent dat?', 'Mijn collega schrijft altijd thx. Wat betekent dat?'],
    ['Translate into Japanese thank you', 'Translate into Japanese sorry'],
    ['Translate to Spanish good morning', 'Translate to Spanish good evening'],
  ]);
  served([
    ['Was heißt das?', 'Was heißt das'],
    ["Translate 'thank you' into German, please", "Translate 'thank you' into German"],
    ['How do I say thank you in German? Thanks!', 'How do I say thank you in German?'],
    ['Please explain recursion.', 'Explain recursion, thanks!'],
    ['Hi! What is the capital of Peru?', 'What is the capital of Peru?'],
    ['Translate this into Korean, thanks', 'Translate this into Korean'],
    ['Can you fix my kubectl config, thanks', 'Can you fix my kubectl config'],
    ['¿Qué significa thank you?', '¿Qué significa thank you'],
    ['Wo ist der Bahnhof?', 'Wo ist der Bahnhof'],
    ['Wo ist der Bahnhof, please?', 'Wo ist der Bahnhof?'],
    ['Summarize this article in French', 'Summarise this article in French'],
  ]);
});

describe('the number or form of an English word asked to be translated is the question', () => {
  notServed([
    ['Spanish for oranges?', 'Spanish for orange?'],
    ['Portuguese for cats?', 'Portuguese for cat?'],
    ['Dutch for runs?', 'Dutch for run?'],
    ['What are cherries in German?', 'What is cherry in German?'],
    ['What are the French equivalents of dogs?', 'What are the French equivalents of dog?'],
    ['How are horses in Portuguese?', 'How is horse in Portuguese?'],
    ['Übersetze „houses“ ins Spanische', 'Übersetze „house“ ins Spanische'],
    ['Traduci «dogs» in tedesco', 'Traduci «dog» in tedesco'],
    ['把 books 翻译成法语', '把 book 翻译成法语'],
    ['「cats」を日本語に訳して', '「cat」を日本語に訳して'],
    ['《apples》用日语怎么说？', '《apple》用日语怎么说？'],
    ['Как будет trees по-немецки?', 'Как будет tree по-немецки?'],
    ['Vertaal horses naar het Duits', 'Vertaal horse naar het Duits'],
    ['Översätt cars till tyska', 'Översätt car till tyska'],
    ['Jak jest cats po niemiecku?', 'Jak jest cat po niemiecku?'],
  ]);
  served([
    ['What do cats eat?', 'What does a cat eat?'],
    ['How do I learn French quickly?', 'how do I learn French quickly'],
    ['Best Italian restaurants in Rome', 'best Italian restaurants in Rome?'],
    ['Translate "apples" into French', 'Translate "apples" into French, please'],
    ['Übersetze „apples“ ins Französische', 'Übersetze „apples“ ins Französische.'],
    ['What are good books to learn Spanish?', 'What are good books to learn Spanish'],
    ['How do I say thank you in French?', 'how do I say thank you in French'],
    ['How do I cook rice?', 'How do I cook rice? Thanks'],
  ]);
});

describe('a lone Latin acronym in a text whose script has no case keeps its case', () => {
  notServed([
    ['ما هو PC؟', 'ما هو pc؟'],
    ['PR क्या है?', 'pr क्या है?'],
    ['请问 ML 是什么意思？', '请问 ml 是什么意思？'],
    ['HF 농도는 얼마인가요?', 'Hf 농도는 얼마인가요?'],
    ['מה זה AI?', 'מה זה ai?'],
    ['ما هو GPS؟', 'ما هو gps؟'],
    ['SAT 시험은 언제인가요?', 'sat 시험은 언제인가요?'],
    ['CAT स्कैन क्या है?', 'cat स्कैन क्या है?'],
    ['ما معنى WHO؟', 'ما معنى who؟'],
    ['US の 経済 について', 'us の 経済 について'],
  ]);
  served([
    ['What is ML?', 'what is ML?'],
    ['HOW DO I RESET MY PASSWORD?', 'how do i reset my password?'],
    ['what is the capital of peru', 'What is the capital of Peru?'],
    ['WHAT IS ML', 'what is ml'],
  ]);
});
