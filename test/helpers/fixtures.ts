import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tmp.js';

/** Answers written to break Markdown, tables, HTML and Handlebars. */
export const HOSTILE = `copkit: 1
revision: 3
setup:
  communityName: "Réseau *Ω* | {{name}} <script>alert(1)</script>"
  organizationType: government
  facilitatorName: 王小明
inquire:
  domain: |-
    # Not a heading
    - not a list
    1. not ordered
    Text with \`code\`, [link](javascript:alert(1)) and {{#each x}}{{/each}}
    See https://example.com/a_b?c=1. Write to a.b@example.org or visit www.example.net
  goals:
    - id: G1
      statement: "Pipes | in | cells\\nand a line break"
      indicator: "*bold* _it_ ~~gone~~ $5-$10 &amp; <b>x</b>"
      target: "1. first"
      byDate: 2027-01-01
design:
  roles:
    - { id: R1, roleKey: coordinator, title: 協調者, holder: TBD }
    - { id: R2, roleKey: sponsor, title: "../../etc/passwd", holder: "Ana | Lima" }
    - { id: R3, roleKey: member, title: More, holder: "#1 fan" }
  norms:
    - "- starts with a dash"
    - "# starts with a hash"
    - "{{> header}} is not a partial here"
  knowledgeCapture: |-
    #hashtags lead this line
    > and a quote
    ===
launch:
  launchDate: 2026-06-15
  kickoffEvents:
    - { title: Timeline, date: 2026-06-16 }
    - { title: Timeline, date: 2026-06-17 }
  launchCommunications:
    - { week: -2, channel: email, audience: "All | everyone", message: "Line one\\nLine two | with a pipe" }
`;

/** An early draft: setup and part of Inquire only. */
export const SPARSE = `copkit: 1
revision: 1
setup:
  communityName: Copier Tips
inquire:
  domain: Fixing copiers the manuals do not explain.
`;

export function designDir(yaml: string): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), yaml);
  return dir;
}
