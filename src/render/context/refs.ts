/** Cross-references as readers see them: `A2 Breakfast table` rather than a bare id. */
import type { CopData } from '../../model/types.js';
import { items, section, text } from './values.js';

/** `R4 Breakfast table host` for an id of the list at `stage.field`, or the id alone if no item has it. */
export function namer(data: CopData, stage: string, field: string, nameField: string): (id: unknown) => string | null {
  const names = new Map(items(section(data, stage)[field]).map((item) => [item.id, text(item[nameField])]));
  return (id) => {
    const ref = text(id);
    const name = names.get(id);
    return ref && name ? `${ref} ${name}` : ref;
  };
}

/** The names of several ids, skipping empty ones. */
export function names(name: (id: unknown) => string | null, ids: unknown): string[] {
  return Array.isArray(ids) ? ids.map(name).filter((n): n is string => n !== null) : [];
}
