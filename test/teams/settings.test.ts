import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { personalItemValues, validateSettings } from '../../src/model/settings.js';
import { tempDir } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

const SETTINGS = ['facilitatorName: Ana Lima', 'organization: Atelier Praxis', 'defaultPack: packs/atelier', 'currency: EUR', 'timeZone: Europe/Paris', 'language: fr-FR', ''].join('\n');

/** A configuration folder holding copkit/settings.yaml, and an empty folder to start a design in. */
function setup(text: string): { config: string; work: string } {
  const root = tempDir();
  const config = join(root, 'config');
  mkdirSync(join(config, 'copkit'), { recursive: true });
  writeFileSync(join(config, 'copkit', 'settings.yaml'), text);
  const work = join(root, 'work');
  mkdirSync(work);
  return { config, work };
}

describe('personal settings', () => {
  it("are offered by copkit init: the facilitator's name, and the default pack for a new design", async () => {
    const { config, work } = setup(SETTINGS);
    const result = await runIn(work, ['init', '--yes'], { XDG_CONFIG_HOME: config });
    expect(result.code).toBe(0);
    const data = parse(readFileSync(join(work, 'cop.yaml'), 'utf8')) as { setup: Record<string, string>; render: Record<string, string> };
    expect(data.setup.facilitatorName).toBe('Ana Lima');
    // A folder in the settings is relative to the settings file; in cop.yaml, to the design.
    expect(data.render.templates).toBe('../config/copkit/packs/atelier');
  });

  it('come from COPKIT_SETTINGS when it is set, before the configuration folder', async () => {
    const { config, work } = setup(SETTINGS);
    const own = join(work, '..', 'mine.yaml');
    writeFileSync(own, 'facilitatorName: Bea Costa\ndefaultPack: "@acme/copkit-pack@^2"\n');
    await runIn(work, ['init', '--yes'], { XDG_CONFIG_HOME: config, COPKIT_SETTINGS: own });
    const data = parse(readFileSync(join(work, 'cop.yaml'), 'utf8')) as { setup: Record<string, string>; render: Record<string, string> };
    expect(data.setup.facilitatorName).toBe('Bea Costa');
    expect(data.render.templates).toBe('@acme/copkit-pack@^2');
  });

  it('never replace an answer already given', async () => {
    const { config, work } = setup(SETTINGS);
    writeFileSync(join(work, 'cop.yaml'), 'copkit: 1\nsetup:\n  facilitatorName: Chidi Okeke\n');
    await runIn(work, ['init', '--yes'], { XDG_CONFIG_HOME: config });
    const data = parse(readFileSync(join(work, 'cop.yaml'), 'utf8')) as { setup: Record<string, string>; render?: unknown };
    expect(data.setup.facilitatorName).toBe('Chidi Okeke');
    expect(data.render).toBeUndefined();
  });

  it('that are broken stop init with one line naming the file, line and column, and nothing written', async () => {
    const { config, work } = setup('facilitatorName: Ana\ncurency: EUR\ntimeZone: Mars/Olympus\n');
    const result = await runIn(work, ['init', '--yes'], { XDG_CONFIG_HOME: config });
    expect(result.code).toBe(1);
    const file = join(config, 'copkit', 'settings.yaml');
    expect(result.stderr.split('\n')[0]).toBe(
      `${file}:2:1  error  curency is not a setting copkit knows; did you mean currency? (settings: facilitatorName, organization, defaultPack, currency, timeZone, language) (and 1 more problem)  settings`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work, 'cop.yaml'))).toBe(false);
  });

  it('that are broken never stop --version or --help', async () => {
    const { config, work } = setup('facilitatorName: [unclosed\n');
    const env = { XDG_CONFIG_HOME: config };
    expect(await runIn(work, ['--version'], env)).toMatchObject({ code: 0, stderr: '' });
    expect((await runIn(work, ['--help'], env)).code).toBe(0);
    expect((await runIn(work, ['init', '--help'], env)).code).toBe(0);
    expect((await runIn(work, ['init', '--yes'], env)).stderr).toMatch(/settings\.yaml:\d+:\d+ {2}error {2}invalid YAML/);
  });

  it('named by COPKIT_SETTINGS must exist; without one, init goes on with none', async () => {
    const { work } = setup('');
    const named = await runIn(work, ['init', '--yes'], { COPKIT_SETTINGS: 'nowhere.yaml' });
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('nowhere.yaml (named by COPKIT_SETTINGS) does not exist');
    const none = await runIn(work, ['init', '--yes'], { XDG_CONFIG_HOME: join(work, 'empty') });
    expect(none.code).toBe(0);
  });

  it('check every value: currency codes, time zones, language tags, and texts only', () => {
    const messages = validateSettings({ currency: 'euro', timeZone: 'Europe/Paris', language: 'not a tag', facilitatorName: 3 }).map((f) => f.message);
    expect(messages).toEqual([
      'currency should be an ISO 4217 currency code such as EUR or USD: "euro" is not a currency code; did you mean EUR?',
      'language should be a language tag such as fr, en-GB or pt-BR, not "not a tag"',
      'facilitatorName should be a text, not 3',
    ]);
    expect(personalItemValues(['design', 'budget'], { currency: 'CHF' })).toEqual({ currency: 'CHF' });
  });
});
