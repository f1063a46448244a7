import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take most of the run, longest first. Vitest orders a fresh clone's files by
 * size (it has no timings yet), which can leave the long ones for last on one worker; started
 * first on the two workers, the run is as short as its longest file allows.
 */
const LONG_FIRST = ['test/corpus.test.ts', 'test/fuzz.test.ts', 'test/cli.test.ts', 'test/typecheck.test.ts'];

class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification): number => {
      const index = LONG_FIRST.findIndex((name) => file.moduleId.replaceAll('\\', '/').endsWith(name));
      return index === -1 ? LONG_FIRST.length : index;
    };
    return sorted.map((file, index) => ({ file, index })).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI, tsc and packaging tests spawn processes; give them room on 2-core machines.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on these 2-core machines, one.
    // The tests are single-threaded, so two workers use both cores.
    maxWorkers: 2,
    sequence: { sequencer: LongFirstSequencer },
  },
});
