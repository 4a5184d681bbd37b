import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The end-to-end tests (test/e2e/) spawn copkit and wait on it; most of their time is spent in
 * other processes. Starting them first lets the in-process tests fill the cores meanwhile, and
 * keeps a slow end-to-end file from starting last and running alone.
 */
class EndToEndFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => (file.moduleId.includes('/test/e2e/') ? 0 : 1);
    return sorted
      .map((file, index) => ({ file, index }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
      .map(({ file }) => file);
  }
}

/**
 * Test files that replace a module with vi.mock: @inquirer/testing's screen mocks
 * @inquirer/prompts to draw the real prompts in memory.
 */
const MOCKED_MODULES = ['test/wizard/wizard-prompts.test.ts'];

export default defineConfig({
  test: {
    // Hang guards, not speed limits: tests wait for what they expect, and a loaded machine may be
    // many times slower than an idle one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    sequence: { sequencer: EndToEndFirst },
    // Three workers on two cores: the end-to-end files mostly wait on the processes they start.
    maxWorkers: 3,
    setupFiles: ['test/helpers/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...MOCKED_MODULES],
          // Measured on 2 cores: re-importing src and its libraries for every file cost half the
          // CPU time of the in-process tests. Test files share modules within a worker; helpers
          // that need per-test clean-up get it from the setup file, and src keeps no state.
          isolate: false,
        },
      },
      {
        extends: true,
        // A file that mocks a module needs a module graph of its own: in a shared worker, a file
        // run before it may already have loaded the real module, and the mock would never apply.
        test: { name: 'isolated', include: [...MOCKED_MODULES], isolate: true },
      },
    ],
  },
});
