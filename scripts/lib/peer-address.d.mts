import type { IncomingMessage } from "node:http";

export function appendPeerAddress(request: IncomingMessage): void;
