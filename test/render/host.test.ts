/** The host organisation by name (issue 11 item 8): the charter and the index say who hosts the community. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { designDir } from '../helpers/fixtures.js';

async function render(setup: string): Promise<(path: string) => string> {
  const dir = designDir(`copkit: 1\nrevision: 1\nsetup:\n  communityName: Copier Tips\n${setup}`);
  const result = await runIn(dir, ['render']);
  expect(result.code, result.stderr).toBe(0);
  return (path) => readFileSync(join(dir, 'docs', path), 'utf8');
}

describe('the host organisation in the documents', () => {
  it('names the host with its kind, and the sites or units that take part', async () => {
    const read = await render('  organizationType: corporate\n  hostName: Northwind Imaging\n  hostSites: [North region, Central region, Coastal region]\n');
    const charter = read('charter.md');
    expect(charter).toContain('- **Hosted by:** Northwind Imaging (a company)\n');
    expect(charter).toContain('- **Sites or units taking part:** North region; Central region; Coastal region\n');
    expect(read('README.md')).toContain('A community of practice hosted by Northwind Imaging (a company), with members\nfrom North region, Central region and Coastal region.');
  });

  it('falls back to the kind of organisation when the host has no name, and leaves out the sites when there are none', async () => {
    const read = await render('  organizationType: healthcare\n');
    const charter = read('charter.md');
    expect(charter).toContain('- **Hosted by:** Healthcare\n');
    expect(charter).not.toContain('Sites or units');
    expect(read('README.md')).not.toContain('hosted by');
  });

  it('names the host alone when the kind is "other" or not given', async () => {
    const read = await render('  hostName: Northwind Imaging\n');
    expect(read('charter.md')).toContain('- **Hosted by:** Northwind Imaging\n');
  });
});
