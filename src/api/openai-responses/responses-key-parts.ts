import { isTextPart, normaliseText, textPartLengths } from '../../cache/normalise-text.ts';
import { partitionFields, sharedText, type KeyParts } from '../../cache/request-key.ts';
import { readableText } from '../../cache/readable-text.ts';
import { definitionsSetTextTask, instructionText, instructsOnUserText } from '../../cache/text-as-object.ts';
import type { InputItem, ResponsesRequest } from './responses-types.ts';

const INPUT = new Set(['input']);

/**
 * A Responses API request's partition and embedded text. The text is the last input item's when it is a user
 * message of text only (`input` as a plain string is one); everything else — `instructions`, earlier items,
 * `tools`, `text` (format, verbosity), `reasoning`, sampling fields, `previous_response_id`, `conversation`,
 * `prompt` with its variables, and fields this version does not know — is in the partition. Normalised: a string
 * `input` is a one-message list; `developer` is `system`; string content and `input_text` parts are the same text.
 * Only the last user message is embedded (a route's `lastTurns` applies to chat completions).
 */
export function responsesKeyParts(request: ResponsesRequest): KeyParts {
  const items = normaliseInput(request.input);
  const last = items[items.length - 1];
  const previous = items[items.length - 2];
  // Under instructions that make the user's text the object of a task, the whole text is the partition's (exact tier only).
  // `instructions` (a string, or messages), system items and the earlier turns; a reusable prompt's
  // instructions cannot be read, so a request naming one is answered from the exact tier only.
  const given = Array.isArray(request.instructions) ? (request.instructions as InputItem[]).map((item) => instructionText(item?.content)) : [instructionText(request.instructions)];
  const instructions = [...given, ...items.slice(0, -1).filter((item) => item.role === 'system' || item.role === 'developer').map((item) => instructionText(item.content))];
  const turns = items.slice(0, -1).filter((item) => item.role === 'user' || item.role === 'assistant').map((item) => instructionText(item.content));
  const answered = previous?.role === 'assistant' ? instructionText(previous.content) : undefined;
  // Nor can those of a stored response it continues (`previous_response_id`): a translator app that forks every
  // request from one set-up response had its users' texts served each other's translations (a review, session 29).
  // Nor those of an earlier item passed by reference or as a file or an image: `{"type": "item_reference", "id": …}`
  // (what @ai-sdk/openai sends for an earlier assistant turn, "From now on I will translate everything you send into
  // French."), an item of an id alone, a system or developer message of no text (an `input_file`): a hostile review at
  // the proxy, session 56, had the AI SDK's users served each other's translations through such a reference.
  const unreadInstructions = (request.prompt !== undefined && request.prompt !== null) || (typeof request.previous_response_id === 'string' && request.previous_response_id !== '') || items.slice(0, -1).some(isUnreadItem);
  const objectOfTask = unreadInstructions || instructsOnUserText(instructions, answered, turns) || definitionsSetTextTask(request);
  const text = last && last.role === 'user' && typeof last.content === 'string' && !objectOfTask ? normaliseText(last.content) : undefined;
  const partitionBody = partitionFields(request, INPUT);
  if (items.length > 0) {
    const { content: _text, ...lastRest } = last!;
    partitionBody.input = text === undefined ? items : [...items.slice(0, -1), lastRest];
  }
  // What tools returned is read too: a function's or an MCP tool's output, file search results, shell and code logs.
  const shared = text === undefined ? undefined : sharedText(instructions, turns, items.slice(0, -1).filter((item) => item.type !== undefined && TOOL_OUTPUT_ITEMS.has(item.type)).map(readableText));
  return { api: 'openai-responses', partitionBody, text, ...(shared === undefined ? {} : { shared }) };
}

/**
 * Whether an earlier input item holds words the proxy cannot read: a reference, an id alone, instructions of no text,
 * encrypted content (a compaction item standing for the turns it replaced, a reasoning item's `encrypted_content`).
 */
function isUnreadItem(item: InputItem): boolean {
  if (item.type === 'item_reference' || item.type === 'compaction') return true;
  if (typeof item.encrypted_content === 'string' && item.encrypted_content !== '') return true;
  if (item.type === undefined && item.role === undefined) return true;
  if (item.role !== 'system' || typeof item.content === 'string') return false;
  // A file or an image beside the words, or instead of them ("Follow the attached style guide" with an `input_file`).
  return !Array.isArray(item.content) || (item.content as unknown[]).some((part) => typeof (part as { type?: unknown } | null)?.type !== 'string' || !((part as { type: string }).type.endsWith('text')));
}

/** Items of what a tool returned (their readable fields: readable-text.ts). */
const TOOL_OUTPUT_ITEMS: ReadonlySet<string> = new Set(['function_call_output', 'custom_tool_call_output', 'mcp_call', 'file_search_call', 'code_interpreter_call', 'local_shell_call_output', 'shell_call_output', 'computer_call_output']);

function normaliseInput(input: ResponsesRequest['input']): InputItem[] {
  if (input === undefined) return [];
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  return input.map(normaliseItem);
}

/** A message item in one spelling: no `type: "message"` (it is the default), roles and content normalised. */
function normaliseItem(item: InputItem): InputItem {
  if (item.type !== undefined && item.type !== 'message') return item;
  const { type: _type, ...message } = item;
  const normalised: InputItem = { ...message, role: message.role === 'developer' ? 'system' : message.role };
  const text = inputText(message.content, normalised.role === 'assistant' ? 'output_text' : 'input_text');
  if (text !== undefined) {
    normalised.content = text;
    const parts = textPartLengths(message.content);
    if (parts !== undefined) (normalised as InputItem & { textParts?: number[] }).textParts = parts;
  }
  return normalised;
}

/**
 * A string, or content parts that are all text parts of the role's own type (joined by newlines): `input_text` in
 * a user, system or developer message, `output_text` in an assistant's. Else undefined (images, files, a text
 * part with other fields, an `output_text` part in a user message): the content stays as sent in the partition.
 */
function inputText(content: unknown, type: 'input_text' | 'output_text'): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const part of content as Array<{ text?: unknown }>) {
    if (!isTextPart(part, type)) return undefined;
    texts.push(part.text as string);
  }
  return texts.join('\n');
}
