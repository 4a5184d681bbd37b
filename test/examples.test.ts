import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';
import { snapshotTree, tempDir } from './helpers/tmp.js';

/** Every example design (a folder with a cop.yaml); examples/packs holds the packs they use. */
const examples = readdirSync(join(repoRoot, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(repoRoot, 'examples', e.name, 'cop.yaml')))
  .map((e) => e.name);

/** A copy of all examples, so that a design finds its pack at the same relative place. */
function copyExamples(): string {
  const dir = tempDir();
  cpSync(join(repoRoot, 'examples'), dir, { recursive: true });
  return dir;
}

describe('examples', () => {
  it('include a design rendered with a template pack', () => {
    expect(examples).toContain('field-service-technicians');
    expect(examples).toContain('secretaires-de-mairie');
  });

  it.each(examples)('%s: the committed docs/ are what copkit renders now, with no warning', async (name) => {
    const root = copyExamples();
    const before = snapshotTree(root);
    const result = await runCli(['render', '--check'], { cwd: join(root, name) });
    expect(result.stderr).not.toMatch(/ (create|update|remove|keep|conflict|warning) /);
    expect(result.code, `${result.stderr}\nRun \`copkit render --file examples/${name}/cop.yaml\` and commit docs/.`).toBe(0);
    expect(snapshotTree(root)).toEqual(before);
  });

  it('secretaires-de-mairie: the pack gives the charter and the role descriptions, copkit the rest', async () => {
    const root = copyExamples();
    const result = await runCli(['templates', 'list', '--json'], { cwd: join(root, 'secretaires-de-mairie') });
    expect(result.code, result.stderr).toBe(0);
    const { templates } = JSON.parse(result.stdout) as { templates: { name: string; pack: string }[] };
    const fromPack = templates.filter((t) => t.pack === 'atelier-praxis').map((t) => t.name);
    expect(fromPack).toEqual(['charter.md.hbs', 'roles/role.md.hbs', 'partials/header.hbs', 'partials/html-footer.hbs', 'partials/manquant.hbs']);
    const docs = join(repoRoot, 'examples/secretaires-de-mairie/docs');
    const read = (path: string) => Buffer.from(snapshotTree(docs)[path]!, 'base64').toString('utf8');
    expect(read('charter.md')).toContain('### 8. Rôles et responsabilités');
    expect(read('roles/R1-coordinatrice-du-reseau.md')).toContain('## Conseils pour ce type de rôle');
    // Inherited from copkit, with the pack's header partial.
    expect(read('launch-plan.md')).toMatch(/^<!--\n {2}Document produit par copkit [^]*\n# Launch plan: /);
  });
});
