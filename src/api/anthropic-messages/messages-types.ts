/** The parts of Anthropic's Messages API (`POST /v1/messages`) the cache reads; unknown fields are kept. */

export interface MessagesRequest {
  model: string;
  max_tokens?: number;
  messages: AnthropicMessageParam[];
  system?: unknown;
  stream?: boolean;
  temperature?: number;
  [field: string]: unknown;
}

export interface AnthropicMessageParam {
  role: string;
  content: unknown;
  [field: string]: unknown;
}

/** The `message` object: the JSON answer, and what a stream's events assemble into. */
export interface AnthropicMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: ContentBlock[];
  stop_reason: string | null;
  stop_sequence: string | null;
  usage: AnthropicUsage;
  [field: string]: unknown;
}

export interface ContentBlock {
  type: string;
  text?: string;
  /** tool_use / server_tool_use */
  id?: string;
  name?: string;
  input?: unknown;
  /** thinking */
  thinking?: string;
  signature?: string;
  [field: string]: unknown;
}

export interface AnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  [field: string]: unknown;
}
