/**
 * The address the per-address throttles key on, over real loopback sockets: the production
 * server's header handling (scripts/lib/peer-address.mjs, as scripts/serve.mjs applies it) and
 * clientAddress. A client naming its own X-Forwarded-For must not get a fresh throttle bucket
 * unless a proxy is declared (TRUST_PROXY), and then only the proxy's entry counts.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { appendPeerAddress } from "@/scripts/lib/peer-address.mjs";
import { clientAddress } from "@/lib/server/rate-limit";

let server: http.Server;
let base: string;

beforeAll(async () => {
  // What the app sees: the server appends the socket's peer, the app picks the client's entry.
  server = http.createServer((request, response) => {
    appendPeerAddress(request);
    response.end(JSON.stringify({ forwarded: request.headers["x-forwarded-for"], client: clientAddress(request.headers["x-forwarded-for"] as string) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => {
  delete process.env.TRUST_PROXY;
});

async function seenAs(headers: Record<string, string> = {}): Promise<{ forwarded: string; client: string }> {
  return (await fetch(base, { headers })).json();
}

describe("client address", () => {
  it("with no proxy in front, is the socket's peer whatever X-Forwarded-For says", async () => {
    expect((await seenAs()).client).toBe("127.0.0.1");
    expect((await seenAs({ "x-forwarded-for": "203.0.113.7" })).client).toBe("127.0.0.1");
    expect((await seenAs({ "x-forwarded-for": "203.0.113.7, 198.51.100.1, 10.0.0.1" })).client).toBe("127.0.0.1");
    // Twenty "different" clients are one bucket.
    const seen = new Set<string>();
    for (let n = 0; n < 20; n++) seen.add((await seenAs({ "x-forwarded-for": `198.51.100.${n}` })).client);
    expect([...seen]).toEqual(["127.0.0.1"]);
  });

  it("behind TRUST_PROXY proxies, is the entry the nearest proxy appended, never the client's own", async () => {
    process.env.TRUST_PROXY = "1";
    // The proxy (our loopback peer) appended the address it was reached from: 203.0.113.7.
    expect(await seenAs({ "x-forwarded-for": "203.0.113.7" })).toEqual({ forwarded: "203.0.113.7, 127.0.0.1", client: "203.0.113.7" });
    // A client's own entry in front of it changes nothing.
    expect((await seenAs({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" })).client).toBe("203.0.113.7");
    // A request that bypassed the declared proxy has no entry of it: one shared bucket, not its own say.
    expect((await seenAs()).client).toBe("unknown");
    process.env.TRUST_PROXY = "2";
    expect((await seenAs({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 192.0.2.50" })).client).toBe("203.0.113.7");
  });

  it("keys IPv6 clients by their /64 and unwraps IPv4-mapped addresses", () => {
    expect(clientAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientAddress("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(clientAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientAddress("")).toBe("unknown");
    expect(clientAddress("not an address")).toBe("not an address");
  });

  it("ignores a TRUST_PROXY that is not a whole number of proxies", () => {
    process.env.TRUST_PROXY = "yes";
    expect(clientAddress("203.0.113.7, 127.0.0.1")).toBe("127.0.0.1");
  });
});
