/**
 * AppError is recognised whichever copy of its module threw it: Next bundles server code once
 * per layer, and the rate limiter kept on globalThis throws the copy of the layer that created it.
 */
import { AppError, GENERIC_FAILURE, publicMessage } from "@/lib/errors";

/** What another bundle's copy of lib/errors throws: the same shape, a different class. */
class OtherCopyOfAppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

test("an AppError from another copy of the module keeps its message and code", () => {
  const throttled = new OtherCopyOfAppError("rate_limited", "Too many sign-up attempts. Wait 6 minutes and try again.");
  expect(throttled instanceof AppError).toBe(true);
  expect(publicMessage(throttled)).toBe("Too many sign-up attempts. Wait 6 minutes and try again.");
});

test("other errors stay generic, even one that only borrows the name", () => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const impostor = Object.assign(new Error("raw database detail"), { name: "AppError", code: "drop_tables" });
  expect(impostor instanceof AppError).toBe(false);
  expect(publicMessage(impostor)).toBe(GENERIC_FAILURE);
  expect(publicMessage(new Error("raw database detail"))).toBe(GENERIC_FAILURE);
  expect(new AppError("not_found", "gone") instanceof AppError).toBe(true);
  spy.mockRestore();
});
