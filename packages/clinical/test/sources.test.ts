import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as clinical from '../src/index.js';
import { DRUGS, renderSourcesMarkdown, SOURCE_LIST, SOURCES } from '../src/index.js';

const docPath = path.resolve(import.meta.dirname, '../../../docs/clinical-sources.md');

describe('clinical sources', () => {
  it('every source id is unique across the registry', () => {
    const ids = SOURCE_LIST.map((s) => s.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('every source has a real citation', () => {
    const thin = SOURCE_LIST.filter((s) => s.citation.trim().length < 15).map((s) => s.id);
    expect(thin).toEqual([]);
  });

  it('every drug entry cites at least one registered source (and so do its dose caps)', () => {
    const missing: string[] = [];
    for (const drug of DRUGS) {
      if (drug.sources.length === 0) missing.push(`${drug.name}: no source`);
      for (const id of drug.sources) if (!SOURCES.has(id)) missing.push(`${drug.name}: unknown source ${id}`);
      for (const cap of drug.dose.caps ?? []) {
        if (cap.sources.length === 0) missing.push(`${drug.name} cap: no source`);
        for (const id of cap.sources)
          if (!SOURCES.has(id)) missing.push(`${drug.name} cap: unknown source ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every rule, protocol, instrument and drug the engine exports cites registered sources', () => {
    // Walks everything the package exports; any object with a `sources` list is a fact or rule.
    const seen = new Set<unknown>();
    const problems: string[] = [];
    let cited = 0;
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (value instanceof Map) {
        for (const [key, child] of value) walk(child, `${path}[${String(key)}]`);
        return;
      }
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.sources)) {
        cited++;
        if (record.sources.length === 0) problems.push(`${path}: no source`);
        for (const id of record.sources)
          if (typeof id !== 'string' || !SOURCES.has(id)) problems.push(`${path}: ${String(id)}`);
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    };
    for (const [name, value] of Object.entries(clinical)) {
      if (name !== 'SOURCES' && name !== 'SOURCE_LIST') walk(value, name);
    }
    expect(problems).toEqual([]);
    expect(cited).toBeGreaterThan(400);
  });

  it('docs/clinical-sources.md lists every source and is up to date (npm run docs:sources)', () => {
    const doc = fs.readFileSync(docPath, 'utf8');
    expect(doc).toBe(renderSourcesMarkdown());
    for (const source of SOURCE_LIST) expect(doc).toContain(`\`${source.id}\``);
  });
});
