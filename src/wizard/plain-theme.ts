/**
 * Inquirer styles its prompts with node:util styleText, which looks at stdout rather than the
 * stream the prompt is drawn on and knows nothing of --no-color. When colour is off, this theme
 * draws the same prompts without any escape codes.
 */
const same = (text: string) => text;

export const plainTheme = {
  prefix: { idle: '?', done: '✔' },
  style: {
    answer: same,
    message: same,
    error: (text: string) => `> ${text}`,
    defaultAnswer: (text: string) => `(${text})`,
    help: same,
    highlight: same,
    key: (text: string) => `<${text}>`,
    description: same,
    disabled: same,
    keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${action}`).join(' • '),
  },
};
