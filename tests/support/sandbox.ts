import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteCode } from '../../scripts/site-sources.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A throwaway copy of the project's sources and config, so a test can run the real tools
 * (Contentlayer, next dev) without touching the working tree's generated files. It lives inside the
 * project (`.sandbox/`, ignored by git), so its imports resolve to the project's node_modules the
 * way Node and Turbopack look them up: by walking up the folders.
 */
export function makeSandbox(parts: string[] = ['lib', 'contentlayer.config.ts', 'package.json', 'tsconfig.json', 'public']): {
  dir: string;
  remove: () => void;
} {
  mkdirSync(path.join(root, '.sandbox'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.sandbox', 'run-'));
  for (const part of parts) cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 }) };
}

export const projectRoot = root;

/** Everything `npm run build` and `npm run dev` need of the project, for a sandbox that runs them. */
export const siteSources = [...siteCode, 'content'];
