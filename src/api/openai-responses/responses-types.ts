/**
 * The parts of the OpenAI Responses API (`POST /v1/responses`) the cache reads. Unknown fields are kept as they
 * are: the cache stores and replays what the upstream sent.
 */

/** A Responses API request that passed validation; unknown fields go to the upstream and into the partition. */
export interface ResponsesRequest {
  /** Absent only with a `prompt` template, which names the model. */
  model?: string;
  /** A string (one user message) or a list of input items (messages, function call outputs, …). */
  input?: string | InputItem[];
  stream?: boolean;
  store?: boolean;
  background?: boolean;
  temperature?: number;
  [field: string]: unknown;
}

export interface InputItem {
  type?: string;
  role?: string;
  content?: unknown;
  [field: string]: unknown;
}

/** The `response` object: JSON answer, and the payload of `response.created` / `response.completed` events. */
export interface ResponseObject {
  id: string;
  object: 'response';
  created_at: number;
  status: 'completed' | 'incomplete' | 'failed' | 'in_progress' | 'queued' | 'cancelled';
  model: string;
  output: OutputItem[];
  incomplete_details?: { reason?: string } | null;
  usage?: ResponsesUsage | null;
  [field: string]: unknown;
}

export interface OutputItem {
  type: string;
  id?: string;
  [field: string]: unknown;
}

export interface OutputMessage extends OutputItem {
  type: 'message';
  id: string;
  role: 'assistant';
  status?: string;
  content: OutputContentPart[];
}

export interface OutputContentPart {
  type: string;
  text?: string;
  refusal?: string;
  annotations?: unknown[];
  [field: string]: unknown;
}

export interface FunctionCallItem extends OutputItem {
  type: 'function_call';
  id: string;
  call_id: string;
  name: string;
  arguments: string;
  status?: string;
}

/** A reasoning model's `reasoning` item: its summary (with `reasoning.summary`) and, for some models, its text. */
export interface ReasoningItem extends OutputItem {
  type: 'reasoning';
  id: string;
  summary?: Array<{ type: string; text?: string; [field: string]: unknown }>;
  content?: Array<{ type: string; text?: string; [field: string]: unknown }>;
}

export interface ResponsesUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  [field: string]: unknown;
}
