// Used by scripts/serve.mjs (and its test): the socket's peer appended to X-Forwarded-For, as every
// proxy hop appends the address it received the request from. That last entry comes from the
// socket, so no client can forge it; everything before it is whatever was sent.

/** @param {import("node:http").IncomingMessage} request */
export function appendPeerAddress(request) {
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  const sent = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  request.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
}
