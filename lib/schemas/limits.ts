/**
 * Sizes checked in the browser before sending and again on the server. Each stays under the
 * 1 MB a server action accepts (lib/server/security/action-request-guard.ts), so a person sees
 * these messages, never the framework's.
 */
export const MAX_PROFILE_FILE_BYTES = 1_000_000;
export const PROFILE_FILE_TOO_LARGE = "That file is over 1 MB; a profile file is far smaller. Nothing was imported.";
