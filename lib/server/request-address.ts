import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/server/rate-limit";

/** The client address of the current request (see clientAddress); "unknown" outside a request. */
export async function requestAddress(): Promise<string> {
  try {
    return clientAddress((await headers()).get("x-forwarded-for"));
  } catch {
    return "unknown";
  }
}
