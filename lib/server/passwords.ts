import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's baseline cost (19 MiB, 2 passes): ~50 ms here, slow enough for guessing.
export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the email is unknown keeps response times alike.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$hIvSDSWF2id22SOL2+2mvQ$Q8G5lzRj9b8xq2SNBQ1zGpl0wAdl4Leh8W3FacVcZZg";

export async function spendVerificationTime(password: string): Promise<void> {
  await verifyPassword(DUMMY_HASH, password);
}
