// Rewrites docs/clinical-sources.md from the clinical source registry.
import fs from 'node:fs';
import path from 'node:path';
import { renderSourcesMarkdown } from '../packages/clinical/src/sources/render.js';

const target = path.resolve(import.meta.dirname, '../docs/clinical-sources.md');
fs.writeFileSync(target, renderSourcesMarkdown());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
