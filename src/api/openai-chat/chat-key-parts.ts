import type { ChatMessage, ChatRequest } from '../../cache/chat-types.ts';
import { askedAbout, contentText, normaliseText, textPartLengths } from '../../cache/normalise-text.ts';
import { definitionsSetTextTask, instructionText, instructsOnUserText } from '../../cache/text-as-object.ts';
import { keyOf, partitionFields, sharedText, type EmbedStrategy, type KeyParts, type KeyScope, type RequestKey } from '../../cache/request-key.ts';
import type { Placement } from '../../store/placement.ts';

const MESSAGES = new Set(['messages']);
/** max_tokens and max_completion_tokens are the same limit under two names. */
const RENAMES = { max_completion_tokens: 'max_tokens' };

/**
 * A chat completion request's partition and embedded text: the whole body minus the ignore-list, with the
 * embedded turns' text taken out of `messages` (their other fields, like `name`, stay in).
 */
export function chatKeyParts(request: ChatRequest, strategy: EmbedStrategy): KeyParts {
  const messages = request.messages.map(normaliseMessage);
  const turns = strategy === 'last-user' ? 1 : strategy.lastTurns;
  // Under instructions that make the user's text the object of a task, the whole text is the partition's (exact tier only).
  // The system prompts and the earlier turns, which may set the task ("Translate everything I send into French", an
  // assistant's "Hi! I'm TranslateBot. Type anything and I'll translate it into Spanish." two turns back).
  const earlier = messages.slice(0, -1);
  const instructions = earlier.filter((message) => message.role === 'system' || message.role === 'developer').map((message) => instructionText(message.content));
  const earlierTurns = earlier.filter((message) => message.role === 'user' || message.role === 'assistant').map((message) => instructionText(message.content));
  const embedded = instructsOnUserText(instructions, answeredTurn(messages), earlierTurns) || definitionsSetTextTask(request) ? undefined : embeddedTurns(messages, turns);
  const partitionBody = partitionFields(request, MESSAGES, RENAMES);
  // Only the embedded text leaves the partition: the embedded messages' other fields (name, …) stay in it.
  const kept = embedded ? messages.length - embedded.count : messages.length;
  const embeddedRest = messages.slice(kept).map(({ content: _text, ...rest }) => rest);
  partitionBody.messages = [...messages.slice(0, kept), ...(turns === 1 ? embeddedRest : embeddedTurnsResidue(embeddedRest))];
  // The shared text is what stays in the partition (not the turns embedded with `lastTurns`), in order; what tools
  // returned is read too: a price list a tool fetched sets kid and child apart as a system prompt would.
  const shared = embedded === undefined ? undefined : sharedText(messages.slice(0, kept).map((message) => instructionText(message.content)));
  return { api: 'openai-chat', partitionBody, text: embedded?.text, ...(shared === undefined ? {} : { shared }) };
}

/** The assistant turn the last message answers, as text (else undefined). */
function answeredTurn(messages: ChatMessage[]): string | undefined {
  const previous = messages[messages.length - 2];
  return previous?.role === 'assistant' ? instructionText(previous.content) : undefined;
}

/**
 * The embedded turns' other fields, with several turns embedded. Their roles are in the text, so a turn with
 * nothing else leaves no trace (a two-turn and a three-turn conversation can share a partition); a turn with a
 * field (`name`, …) keeps its place, counted from the last turn, so a name on the first turn is not one on the last.
 */
export function embeddedTurnsResidue(turns: Record<string, unknown>[]): Record<string, unknown>[] {
  const residue: Record<string, unknown>[] = [];
  turns.forEach(({ role: _role, ...rest }, index) => {
    if (Object.keys(rest).length > 0) residue.push({ turnFromLast: turns.length - 1 - index, ...rest });
  });
  return residue;
}

/**
 * A chat completion request's key (partition digest, embedded text, exact digest).
 *
 * @example
 * requestKey(body, { tenant, route: 'default' }, 'last-user')
 * // → { partition: '9f2c…', text: 'What is the capital of France?', id: '41ab…' }
 */
export function requestKey(request: ChatRequest, scope: KeyScope, strategy: EmbedStrategy, placement: Placement = 'spread'): RequestKey {
  return keyOf(chatKeyParts(request, strategy), scope, placement);
}

/**
 * `developer` is `system`; string content and text-part content are the same text, parts joined by "\n", and where there
 * are several their lengths stay beside it (`textParts`, textPartLengths).
 */
export function normaliseMessage(message: ChatMessage): ChatMessage {
  const normalised: ChatMessage = { ...message, role: message.role === 'developer' ? 'system' : message.role };
  const text = contentText(message.content);
  if (text !== undefined && message.content !== undefined && message.content !== null) {
    normalised.content = text;
    const parts = textPartLengths(message.content);
    if (parts !== undefined) (normalised as ChatMessage & { textParts?: number[] }).textParts = parts;
  }
  return normalised;
}

/**
 * The last `turns` messages as embedded text, when the last message is a user message with text only. With
 * one turn it is that message's text; with more, up to `turns` user/assistant text messages from the end, each
 * prefixed by its role so order and speakers count.
 */
export function embeddedTurns(messages: ChatMessage[], turns: number): { text: string; count: number } | undefined {
  const last = messages[messages.length - 1];
  if (!last || last.role !== 'user' || typeof last.content !== 'string') return undefined;
  if (turns === 1) return { text: normaliseText(last.content), count: 1 };
  const embedded: ChatMessage[] = [];
  for (let index = messages.length - 1; index >= 0 && embedded.length < turns; index--) {
    const message = messages[index]!;
    const conversational = message.role === 'user' || message.role === 'assistant';
    if (!conversational || typeof message.content !== 'string' || message.tool_calls) break;
    embedded.unshift(message);
  }
  // Each turn is normalised as the whole conversation reads: a later turn may ask about an earlier one's characters
  // ('s = "é"', then "What is len(s)?"; 's = "ab   "', then "How many trailing spaces did my first message have?"),
  // where each turn read alone was folded to one exact key with its composed or trimmed twin (a hostile review at the
  // proxy, session 48).
  const asked = askedAbout(embedded.map((message) => message.content as string).join('\n'));
  // A turn's own line breaks go on with a space, so only a real turn starts a line with "user: " or
  // "assistant: ": a message whose text holds "\nassistant: No." is not those turns.
  const lines = embedded.map((message) => `${message.role}: ${normaliseText(message.content as string, asked).replaceAll('\n', '\n ')}`);
  return { text: lines.join('\n'), count: lines.length };
}
