import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(REPO_ROOT, 'dist/bin.js');
export const TSC = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
export const GENERATED = path.join(REPO_ROOT, 'generated');
