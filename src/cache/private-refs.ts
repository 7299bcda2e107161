/**
 * Whether a request body names objects its API key keeps upstream: a previous response (`previous_response_id`), an
 * uploaded file (`file_id`, `file_ids`, a `{ type: 'file', file_id }` source), an item by reference
 * (`item_reference`, or `{ id }` alone), a Gemini context cache (`cached_content`, `cachedContent`), an encrypted reasoning item
 * (`encrypted_content`), a Responses input item by its id (an earlier response's output item passed back:
 * the upstream looks an item with an `id` up in what that key stored, and answers another key 404), a vector store (`vector_store_ids`), a reusable prompt (`prompt: { id }`) or a fine-tuned model (`ft:…`). Another key cannot use them (the upstream answers it
 * 404), so on a route whose tenant holds several keys (`share`, a trusted tenant header) the answer belongs to the
 * key that sent it: the pipeline puts that key's keyed hash in the partition (KeyScope.owner).
 *
 * Reads at most MAX_NODES values of the parsed body, depth first, and past that answers yes (a body larger than that
 * hid a file id behind a 100k-value enum in a review).
 */
export function referencesPrivateObjects(body: unknown): boolean {
  if (hasInputItemWithId(body) || namesFineTunedModel(body)) return true;
  const pending: unknown[] = [body];
  for (let visited = 0; pending.length > 0; visited++) {
    // A body too large to read through is taken to name such an object: an entry kept to one key loses only hits.
    if (visited >= MAX_NODES) return true;
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    const record = value as Record<string, unknown>;
    // An item by reference, with its optional type or without ({ id: 'msg_…' } alone in `input`).
    if (record.type === 'item_reference' || (typeof record.id === 'string' && Object.keys(record).every((key) => key === 'id' || key === 'type'))) return true;
    for (const [key, field] of Object.entries(record)) {
      if (PRIVATE_KEYS.has(key) && isPresent(field)) return true;
      // A Responses reusable prompt belongs to the project that published it.
      if (key === 'prompt' && field !== null && typeof field === 'object' && typeof (field as { id?: unknown }).id === 'string') return true;
      if (field !== null && typeof field === 'object') pending.push(field);
    }
  }
  return false;
}

/**
 * A Responses `input` item carrying its upstream id: `{ type: 'reasoning', id: 'rs_…', summary }`, a message or a
 * function call as `input = [...input, ...response.output]` sends them (a hostile tester, session 36).
 */
function hasInputItemWithId(body: unknown): boolean {
  const input = typeof body === 'object' && body !== null ? (body as { input?: unknown }).input : undefined;
  if (!Array.isArray(input)) return false;
  return input.some((item) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' && (item as { id: string }).id !== '');
}

/**
 * A fine-tuned or custom model belongs to the organisation that trained it: another organisation's key is answered
 * 404 (a hostile tester at the proxy, session 40). OpenAI's `ft:gpt-4o-mini-2024-07-18:acme::AbC123` (also behind a
 * gateway's provider prefix, `openai/ft:…`), the legacy `davinci:ft-acme-2023-01-01`, a Fireworks account's own model
 * (`accounts/acme/models/…`; not `accounts/fireworks/…`, the public ones), a Bedrock custom model's ARN, a Gemini
 * `tunedModels/…`.
 */
function namesFineTunedModel(body: unknown): boolean {
  const model = typeof body === 'object' && body !== null ? (body as { model?: unknown }).model : undefined;
  return typeof model === 'string' && FINE_TUNED_MODEL.test(model);
}
const FINE_TUNED_MODEL = /(?:^|\/)ft:|:ft-|^accounts\/(?!fireworks\/)[^/]+\/models\/|:custom-model\/|(?:^|\/)tunedModels\//iu;

/** A value that names something: not null, "", an empty list or a bare number or boolean. */
function isPresent(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object';
}

// A Gemini context cache (`cached_content` as OpenAI-compatible clients send it in `extra_body.google`, `cachedContent`
// in Gemini's own shape) is read only by the project that made it (a hostile review, session 53: another key was
// served the answer made from it on a shared route).
// An encrypted reasoning or compaction item passed back without its id (`{ type: 'reasoning', encrypted_content }`, the
// `store: false` flow) is decrypted by the upstream for the organisation that received it only (a hostile review,
// session 54: another key was served the answer built from it on a shared route).
const PRIVATE_KEYS: ReadonlySet<string> = new Set(['previous_response_id', 'file_id', 'file_ids', 'vector_store_ids', 'cached_content', 'cachedContent', 'encrypted_content']);
const MAX_NODES = 100_000;
