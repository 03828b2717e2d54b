import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import ipaddr from "ipaddr.js";
import { AppError } from "@/lib/errors";

/** Limits of a page fetch: the whole fetch, redirects included. */
export const FETCH_LIMITS = { timeoutMs: 5_000, maxBytes: 2_000_000, maxRedirects: 3 } as const;

export interface FetchOptions {
  /**
   * Allow private, loopback and link-local addresses. Only tests set this (their pages are served
   * on 127.0.0.1); see allowPrivateFetchForTests().
   */
  allowPrivateAddresses?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

/** The test-only switch, for e2e runs whose saved pages are served locally. Never set it in production. */
export function allowPrivateFetchForTests(): boolean {
  return process.env.FITGAP_TEST_ALLOW_PRIVATE_FETCH === "1";
}

const refuse = (message: string) => new AppError("invalid_input", message);

/** Only ordinary public unicast addresses; IPv4-mapped IPv6 is judged as the IPv4 it carries. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

/**
 * DNS lookup that refuses private targets. It runs inside the connection itself, so the address
 * checked is the address connected to (no second lookup an attacker's DNS could answer differently).
 */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as dns.LookupAddress[];
      const blocked = !allowPrivate && list.some((entry) => !isPublicAddress(entry.address));
      if (blocked || list.length === 0) return callback(Object.assign(new Error("blocked address"), { code: "EBLOCKED" }), "", 4);
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("Enter the job page's full address, starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse("Only http and https links can be fetched.");
  if (url.username || url.password) throw refuse("Links with a user name or password are not fetched.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !allowPrivate && !isPublicAddress(host)) throw refuse("That address is on a private network; Fitgap only fetches public pages.");
  return url;
}

interface RawResponse {
  status: number;
  location: string | null;
  contentType: string;
  body: Buffer;
}

function requestOnce(url: URL, options: Required<Pick<FetchOptions, "maxBytes">> & { allowPrivate: boolean; signal: AbortSignal }): Promise<RawResponse> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "GET",
        signal: options.signal,
        lookup: guardedLookup(options.allowPrivate),
        headers: { "user-agent": "Fitgap/1.0 (job page import)", accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5", "accept-encoding": "identity" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = typeof response.headers.location === "string" ? response.headers.location : null;
        const contentType = String(response.headers["content-type"] ?? "");
        if (status >= 300 && status < 400) {
          response.resume();
          return resolve({ status, location, contentType, body: Buffer.alloc(0) });
        }
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          response.destroy();
          return reject(refuse(tooLargeMessage(options.maxBytes)));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(refuse(tooLargeMessage(options.maxBytes)));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve({ status, location, contentType, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

const tooLargeMessage = (maxBytes: number) => `That page is over ${maxBytes / 1_000_000} MB; paste the posting instead.`;

function decode(body: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/** Fetches a job page's HTML: http(s) only, public addresses only, 5 s, 2 MB, at most 3 redirects. */
export async function fetchJobPage(rawUrl: string, options: FetchOptions = {}): Promise<{ url: string; html: string }> {
  const allowPrivate = options.allowPrivateAddresses ?? false;
  const signal = AbortSignal.timeout(options.timeoutMs ?? FETCH_LIMITS.timeoutMs);
  let url = checkUrl(rawUrl.trim(), allowPrivate);
  for (let redirects = 0; ; redirects += 1) {
    let response: RawResponse;
    try {
      response = await requestOnce(url, { maxBytes: options.maxBytes ?? FETCH_LIMITS.maxBytes, allowPrivate, signal });
    } catch (error) {
      throw toFetchError(error);
    }
    if (response.status >= 300 && response.status < 400 && response.location) {
      if (redirects >= FETCH_LIMITS.maxRedirects) throw refuse("That link redirects too many times.");
      url = checkUrl(new URL(response.location, url).toString(), allowPrivate);
      continue;
    }
    if (response.status < 200 || response.status >= 300) throw refuse(`The site answered ${response.status}; check the link, or paste the posting instead.`);
    if (!/^(text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(response.contentType.trim()) && response.contentType !== "") {
      throw refuse("That link is not a web page (HTML); paste the posting instead.");
    }
    return { url: url.toString(), html: decode(response.body, response.contentType) };
  }
}

function toFetchError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string; name?: string })?.code ?? (error as { name?: string })?.name;
  if (code === "EBLOCKED") return refuse("That address is on a private network; Fitgap only fetches public pages.");
  if (code === "ABORT_ERR" || code === "TimeoutError" || code === "AbortError") return refuse("That page took over 5 seconds to load; paste the posting instead.");
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return refuse("That site could not be found; check the link.");
  return refuse("That page could not be fetched; paste the posting instead.");
}
