/**
 * Parse a Mermaid gantt block with Mermaid itself (the library GitHub renders diagrams with).
 * Mermaid sanitises labels with DOMPurify, which needs a DOM; happy-dom provides one in Node.
 */
import { Window } from 'happy-dom';

export interface ParsedTask {
  id: string;
  name: string;
  section: string;
  start: string;
  end: string;
  milestone: boolean;
}

interface GanttDb {
  getTasks(): { id: string; task: string; section: string; startTime: Date; endTime: Date; milestone?: boolean }[];
}
interface MermaidApi {
  initialize(config: object): void;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ type: string; db: unknown }> };
}

let mermaid: MermaidApi | undefined;

async function load(): Promise<MermaidApi> {
  if (!mermaid) {
    (globalThis as { window?: unknown }).window ??= new Window();
    mermaid = (await import('mermaid')).default as unknown as MermaidApi;
    mermaid.initialize({ startOnLoad: false });
  }
  return mermaid;
}

/** The tasks Mermaid reads from a gantt diagram; throws Mermaid's own error on a syntax error. */
export async function parseGantt(text: string): Promise<ParsedTask[]> {
  const api = await load();
  const diagram = await api.mermaidAPI.getDiagramFromText(text);
  if (diagram.type !== 'gantt') throw new Error(`not a gantt diagram: ${diagram.type}`);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return (diagram.db as GanttDb).getTasks().map((t) => ({
    id: t.id,
    name: t.task.trim(),
    section: t.section,
    start: day(t.startTime),
    end: day(t.endTime),
    milestone: t.milestone === true,
  }));
}

/** The body of the first ```mermaid block in a Markdown document. */
export function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!match) throw new Error('no mermaid block');
  return match[1]!;
}
