/** A raw response's body as text, and parsed as JSON when it is JSON (undefined otherwise: an HTML error page, SSE). */
export async function textAndJson(response: Response): Promise<{ text: string; json: any }> {
  const text = await response.text();
  try {
    return { text, json: JSON.parse(text) };
  } catch {
    return { text, json: undefined };
  }
}
