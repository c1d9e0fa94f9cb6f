import type { Source } from '../types.js';
import { SOURCE_LIST } from './index.js';

const KIND_TITLES: Record<Source['kind'], string> = {
  guideline: 'Clinical practice guidelines',
  consensus: 'Consensus statements',
  label: 'FDA drug labels',
  regulation: 'Laws and regulations',
  paper: 'Research papers',
  database: 'Databases and reference tables',
  textbook: 'Textbooks',
};

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * `docs/clinical-sources.md`, generated from the source registry so the document cannot drift
 * from what the engine cites (a test compares the two; `npm run docs:sources` rewrites it).
 */
export function renderSourcesMarkdown(sources: readonly Source[] = SOURCE_LIST): string {
  const lines = [
    '# Clinical sources',
    '',
    'Every fact and rule in `packages/clinical` cites one or more of these sources by id. This file is',
    'generated from the source registry (`npm run docs:sources`); a test fails when it is out of date',
    'or when a drug entry or rule cites an id that is not listed here.',
    '',
    `${sources.length} sources.`,
  ];
  for (const kind of Object.keys(KIND_TITLES) as Source['kind'][]) {
    const group = sources.filter((s) => s.kind === kind).sort((a, b) => a.id.localeCompare(b.id));
    if (group.length === 0) continue;
    lines.push('', `## ${KIND_TITLES[kind]}`, '', '| id | source |', '| --- | --- |');
    for (const source of group) {
      const text = escapeCell(source.citation);
      lines.push(`| \`${source.id}\` | ${source.url ? `[${text}](${source.url})` : text} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
