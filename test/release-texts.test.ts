// A one-shot run lets each doc's text go once the doc is read (BuildModelOptions.releaseTexts,
// what the CLI's generate asks for; issue 24: a large doc set's texts no longer stay in memory
// through the parse). Nothing after the read needs them: the output is the same, file for
// file, and the SourceFile objects the run read hold no text after it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { discoverTimed, modelOfDocs } from '../src/build-model.js';
import { render } from '../src/render.js';
import { REPO_ROOT } from './helpers/paths.js';

describe('releaseTexts', () => {
  it('renders the same files, and leaves the docs it read without their text', async () => {
    const config = await loadConfig(path.join(REPO_ROOT, 'doc-codegen.config.json'));
    const kept = await render(config);
    const released = await render(config, { releaseTexts: true });
    expect(released.files).toEqual(kept.files);
    expect(released.diagnostics.map(String)).toEqual(kept.diagnostics.map(String));

    const { docs } = await discoverTimed(config, {});
    expect(docs.files.every((file) => file.text.length > 0)).toBe(true);
    await modelOfDocs(config, { releaseTexts: true }, docs, {});
    expect(docs.files.map((file) => file.text)).toEqual(docs.files.map(() => ''));
    expect(docs.files.every((file) => file.hash.length === 64)).toBe(true);
  });
});
