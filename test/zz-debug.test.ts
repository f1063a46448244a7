import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { mutatedDoc } from './helpers/fuzz.js';
const cases: unknown[] = JSON.parse(process.env.CASES ?? '[]');
it('cases', () => {
  for (const [i, c] of cases.entries()) {
    const doc = mutatedDoc(c as never);
    writeFileSync(`/tmp/fx${i}.md`, doc.text);
    writeFileSync(`/tmp/fx${i}.path`, doc.path);
  }
});
