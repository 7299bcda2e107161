/** `type/subtype` of a Content-Type header, lowercased, without parameters (`; charset=…`). */
const MEDIA_TYPE = /^\s*([a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+)\s*(?:;|$)/i;

/**
 * Whether a request declares a JSON body: `application/json` or any `+json` type, parameters allowed. Only such a
 * body is cached: it is forwarded with the client's Content-Type, and an upstream may read a `text/plain` or form
 * body differently from the JSON we parsed, so its answer must not be served to the JSON request. A missing
 * Content-Type is not JSON (curl -d sends form-urlencoded; the SDKs always send application/json).
 */
export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = header === undefined ? undefined : MEDIA_TYPE.exec(header)?.[1]?.toLowerCase();
  if (mediaType === undefined) return false;
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}
