// Types of bin/build.mjs, for the TypeScript that imports it (test/run.ts).
export const distDir: string;
export function build(): Promise<void>;
export function isStale(): boolean;
export function ensureBuild(): Promise<boolean>;
