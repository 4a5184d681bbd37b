/**
 * Runs before each test file (vitest.config.ts `setupFiles`). Test files share modules within a
 * worker, so per-test clean-up that helpers need is registered here, once per file.
 */
import { afterEach } from 'vitest';
import { removeTempDirs } from './tmp.js';

afterEach(removeTempDirs);
