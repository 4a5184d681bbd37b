// What bench.mjs and bench-floors.mjs share: the median of a series, and the batch rows' clients
// (a consultant's 1,000 designs, each a copy of the pack example with its name and revision
// varied, Markdown only, since the formats have a row of their own).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `count` client designs under `dir/clients/`, the pack in `dir/packs/`; their paths from `dir`. */
export function writeClients(root, dir, count) {
  cpSync(join(root, 'examples/packs'), join(dir, 'packs'), { recursive: true });
  const yaml = readFileSync(join(root, 'examples/secretaires-de-mairie/cop.yaml'), 'utf8')
    .replace('templates: ../packs/atelier-praxis', 'templates: ../../packs/atelier-praxis')
    .replace(/^ {2}formats: .*\n/m, '');
  const files = [];
  for (let i = 1; i <= count; i++) {
    const name = `client-${String(i).padStart(4, '0')}`;
    mkdirSync(join(dir, 'clients', name), { recursive: true });
    const varied = yaml.replace('du Val-de-Lenne\n', `du Val-de-Lenne, client ${i}\n`).replace('revision: 12', `revision: ${12 + (i % 7)}`);
    writeFileSync(join(dir, 'clients', name, 'cop.yaml'), varied);
    files.push(`clients/${name}/cop.yaml`);
  }
  return files;
}
