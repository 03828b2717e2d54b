import { randomUUID } from "node:crypto";
import { createUserWithPassword, type SessionUser } from "@/lib/server/data/users";

/** A fresh user with a unique email, so tests never collide with each other or with seeds. */
export async function createTestUser(prefix = "user"): Promise<SessionUser> {
  const user = await createUserWithPassword({ email: `${prefix}-${randomUUID()}@test.fitgap.dev`, password: "correct horse 42" });
  if (!user) throw new Error("createTestUser: a random email was taken");
  return user;
}

export const LLM_POSTING = `Senior Backend Engineer

Required qualifications:
- Proficiency in Java and Python programming languages
- 5+ years of experience with PostgreSQL
- Experience with cloud technologies and RESTful APIs

Preferred qualifications:
- Hands-on experience with Amazon Web Services (AWS)
`;
