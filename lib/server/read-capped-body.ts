import "server-only";

/**
 * Reads a body stream as UTF-8 text, at most `limit` bytes whatever the sender declared: past the
 * limit the stream is cancelled and `tooLarge()` is thrown. Shared by the REST API's request
 * bodies and the LLM assist's responses.
 */
export async function readCappedBody(body: ReadableStream<Uint8Array> | null, limit: number, tooLarge: () => Error): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
