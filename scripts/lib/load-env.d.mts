export function loadEnvFile(file?: string): void;
