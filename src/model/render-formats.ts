/** The formats `render.formats` in cop.yaml (and `copkit render --format`) may name. */
export const formatNames = ['md', 'html', 'docx', 'ics'] as const;
export type FormatName = (typeof formatNames)[number];
