// The config validator is compiled ahead of time from schema/config.schema.json: it must be
// what Ajv makes of the schema today (run `npm run build:validator` after a schema change).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { VALIDATOR_FILE, validatorSource } from '../../scripts/config-validator.mjs';

describe('the compiled config validator', () => {
  it('is current with schema/config.schema.json', async () => {
    expect(await readFile(VALIDATOR_FILE as string, 'utf8')).toBe((validatorSource as () => string)());
  });
});
