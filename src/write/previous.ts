// What the last run left in outDir: its model, version and changelog, the base that
// releases are classified against. Anything unreadable counts as absent.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Model } from '../model/types.js';
import { MODEL_SCHEMA_VERSION } from '../model/types.js';

export interface PreviousOutput {
  model?: Model;
  version?: string;
  changelog?: string;
}

export async function readPreviousOutput(outDir: string): Promise<PreviousOutput> {
  const previous: PreviousOutput = {};
  const text = async (file: string): Promise<string | undefined> => readFile(path.join(outDir, file), 'utf8').catch(() => undefined);
  const model = parseModel(await text('model.json'));
  if (model) previous.model = model;
  try {
    const version = (JSON.parse((await text('package.json')) ?? 'null') as { version?: unknown } | null)?.version;
    if (typeof version === 'string') previous.version = version;
  } catch {
    // Not JSON: no previous version.
  }
  const changelog = await text('CHANGELOG.md');
  if (changelog !== undefined) previous.changelog = changelog;
  return previous;
}

/** A model from model.json text, or undefined when it is not one this version reads. */
export function parseModel(text: string | undefined): Model | undefined {
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<Model> & { $comment?: string };
    if (data.schemaVersion !== MODEL_SCHEMA_VERSION || !Array.isArray(data.enums) || !Array.isArray(data.docs)) return undefined;
    const { $comment: _comment, ...model } = data;
    return model as Model;
  } catch {
    return undefined;
  }
}
