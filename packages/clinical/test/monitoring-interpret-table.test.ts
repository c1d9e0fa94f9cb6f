import { describe, expect, it } from 'vitest';
import {
  CLOZAPINE_RETITRATION_HOURS,
  CLOZAPINE_RETITRATION_SOURCES,
  findTest,
  interpretResult,
  SCALE_PHASE_INTERVAL_DAYS,
  SCALE_PHASE_INTERVAL_SOURCES,
  SOURCES,
} from '../src/index.js';
import { RESULT_RULES } from '../src/monitoring/interpret.js';

describe('result interpretation table', () => {
  it('has one row per monitored test it reads, each a known test', () => {
    const ids = RESULT_RULES.map((r) => r.test);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(findTest(id)?.id, id).toBe(id);
  });

  it('cites a registered source for every row and every band it can raise [sources registry]', () => {
    for (const rule of RESULT_RULES) {
      expect(rule.sources.length, rule.test).toBeGreaterThan(0);
      for (const id of rule.sources) expect(SOURCES.has(id), `${rule.test}: ${id}`).toBe(true);
      expect(Object.keys(rule.units).length, `${rule.test} units`).toBeGreaterThan(0);
      for (const band of rule.bands) {
        for (const list of band.sources) {
          expect(list.length, `${rule.test}/${band.band}`).toBeGreaterThan(0);
          for (const id of list) expect(SOURCES.has(id), `${rule.test}/${band.band}: ${id}`).toBe(true);
        }
      }
    }
  });

  it('hands the caller a copy of the sources, so the table cannot be changed through a result', () => {
    const first = interpretResult('lithium', 1.6);
    first.sources.push('changed');
    expect(interpretResult('lithium', 1.6).sources).not.toContain('changed');
  });
});

describe('clinical constants the server uses', () => {
  it('clozapine re-titration after 2 days (48 hours) without a dose, from the label [clozapine label]', () => {
    expect(CLOZAPINE_RETITRATION_HOURS).toBe(48);
    for (const id of CLOZAPINE_RETITRATION_SOURCES) expect(SOURCES.has(id), id).toBe(true);
  });

  it('scales every 14 days while acute and every 30 days when stable, within guideline review intervals [NICE CG90; APA 2010]', () => {
    expect(SCALE_PHASE_INTERVAL_DAYS).toEqual({ acute: 14, stable: 30 });
    expect(SCALE_PHASE_INTERVAL_SOURCES.length).toBeGreaterThan(0);
    for (const id of SCALE_PHASE_INTERVAL_SOURCES) expect(SOURCES.has(id), id).toBe(true);
  });
});
