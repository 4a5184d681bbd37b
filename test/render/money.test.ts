/** Money and percentages in documents (issue 11 item 6): Intl.NumberFormat for the document's language, never the machine's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { designDir } from '../helpers/fixtures.js';

const DESIGN = `copkit: 1
revision: 1
setup:
  communityName: Ward Educators
design:
  budget:
    - { category: events, amount: 9600, currency: GBP, fundingSource: Trust }
    - { category: technology, amount: 1250.5, currency: GBP }
    - { category: facilitation, amount: 300, currency: EUR }
    - { category: contentAndResources }
prototype:
  pilotSuccessCriteria:
    - { criterion: Members come back, metric: Percentage of members at two sessions, target: 80, actual: 82.5, met: "yes" }
    - { criterion: Sessions are useful, metric: Median rating (1 to 5), target: 4 }
`;

async function charter(env: Record<string, string> = {}): Promise<string> {
  const dir = designDir(DESIGN);
  const result = await runIn(dir, ['render'], env);
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(join(dir, 'docs', 'charter.md'), 'utf8');
}

describe('money and percentages in documents', () => {
  it('prints amounts in their currency and percentage targets with a per cent sign', async () => {
    const text = await charter();
    expect(text).toContain('| Events | £9,600 | Trust |');
    expect(text).toContain('| Technology | £1,250.50 | — |');
    expect(text).toContain('| Facilitation | €300 | — |');
    expect(text).toContain('| Content and resources | — | — |');
    expect(text).toContain('Estimated total: £10,850.50, €300.');
    expect(text).toContain('| Members come back | Percentage of members at two sessions | 80% | 82.5% |');
    expect(text).toContain('| Sessions are useful | Median rating (1 to 5) | 4 |');
    expect(text).not.toContain('9600');
  });

  it("gives a cost with no currency of its own setup's currency", async () => {
    const dir = designDir('copkit: 1\nrevision: 1\nsetup:\n  currency: GBP\ndesign:\n  budget:\n    - { category: events, amount: 9600 }\n');
    const result = await runIn(dir, ['render']);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(join(dir, 'docs', 'charter.md'), 'utf8');
    expect(text).toContain('| Events | £9,600 | — |');
    expect(text).toContain('Estimated total: £9,600.\n\nThe design counts its costs in GBP.');
  });

  it('gives the same bytes whatever the locale of the machine', async () => {
    expect(await charter({ LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' })).toBe(await charter());
  });
});
