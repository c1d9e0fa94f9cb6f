import { describe, expect, it } from 'vitest';
import { getInstrument, INSTRUMENTS, listInstruments, SOURCES } from '../src/index.js';
import { SCALE_SOURCES } from '../src/sources/scales.js';

const ALL_IDS = [
  'PHQ-9',
  'PHQ-2',
  'GAD-7',
  'GAD-2',
  'C-SSRS',
  'AUDIT-C',
  'DAST-10',
  'ASRS',
  'MDQ',
  'PCL-5',
  'ISI',
  'AIMS',
] as const;

describe('instrument registry', () => {
  it('lists the twelve CLI instrument names in order [design.md score contract]', () => {
    expect(listInstruments().map((i) => i.id)).toEqual([...ALL_IDS]);
  });

  it.each([
    ['phq-9', 'PHQ-9'],
    ['phq9', 'PHQ-9'],
    ['Phq 9', 'PHQ-9'],
    ['PHQ2', 'PHQ-2'],
    ['gad7', 'GAD-7'],
    ['gad-2', 'GAD-2'],
    ['c-ssrs', 'C-SSRS'],
    ['CSSRS', 'C-SSRS'],
    ['audit-c', 'AUDIT-C'],
    ['auditc', 'AUDIT-C'],
    ['dast10', 'DAST-10'],
    ['asrs v1.1', 'ASRS'],
    ['mdq', 'MDQ'],
    ['pcl5', 'PCL-5'],
    ['isi', 'ISI'],
    ['aims', 'AIMS'],
  ])('getInstrument(%s) finds %s case-insensitively [design.md score contract]', (name, id) => {
    expect(getInstrument(name)?.id).toBe(id);
  });

  it('returns undefined for an unknown or look-alike name such as the DSM-IV PCL [Weathers 2013]', () => {
    expect(getInstrument('pcl')).toBeUndefined();
    expect(getInstrument('phq-15')).toBeUndefined();
    expect(getInstrument('')).toBeUndefined();
  });

  it('PHQ-9 has nine scored items plus the optional unscored difficulty item [Kroenke 2001]', () => {
    const phq9 = INSTRUMENTS['PHQ-9'];
    expect(phq9.items.filter((i) => i.scored)).toHaveLength(9);
    expect(phq9.items[9]).toMatchObject({ number: 10, scored: false, optional: true });
    expect(phq9.criticalItems).toEqual([9]);
    expect(phq9.totalRange).toEqual({ min: 0, max: 27 });
  });

  it('PHQ-9 carries its LOINC panel, total, item and answer codes [LOINC; HL7 US Core PHQ-9 example]', () => {
    const phq9 = INSTRUMENTS['PHQ-9'];
    expect(phq9.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(phq9.items.slice(0, 9).map((i) => i.loinc)).toEqual([
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
    ]);
    expect(phq9.items[0]?.options.map((o) => o.loinc)).toEqual([
      'LA6568-5',
      'LA6569-3',
      'LA6570-1',
      'LA6571-9',
    ]);
  });

  it('PHQ-2 is PHQ-9 items 1-2 with PHQ-2 LOINC panel 55757-9 and total 55758-7 [Kroenke 2003; LOINC]', () => {
    const phq2 = INSTRUMENTS['PHQ-2'];
    expect(phq2.items.map((i) => i.loinc)).toEqual(['44250-9', '44255-8']);
    expect(phq2.loinc).toEqual({ panel: '55757-9', total: '55758-7' });
  });

  it('GAD-7 carries panel 69737-5, total 70274-6 and its seven item codes [Spitzer 2006; LOINC]', () => {
    const gad7 = INSTRUMENTS['GAD-7'];
    expect(gad7.loinc).toEqual({ panel: '69737-5', total: '70274-6' });
    expect(gad7.items.map((i) => i.loinc)).toEqual([
      '69725-0',
      '68509-9',
      '69733-4',
      '69734-2',
      '69735-9',
      '69689-8',
      '69736-7',
    ]);
    expect(INSTRUMENTS['GAD-2'].items.map((i) => i.loinc)).toEqual(['69725-0', '68509-9']);
  });

  it('AUDIT-C carries panel 72109-2, total 75626-2 and item codes 68518-0/68519-8/68520-6 [Bush 1998; LOINC]', () => {
    const audit = INSTRUMENTS['AUDIT-C'];
    expect(audit.loinc).toEqual({ panel: '72109-2', total: '75626-2' });
    expect(audit.items.map((i) => i.loinc)).toEqual(['68518-0', '68519-8', '68520-6']);
    expect(audit.items[1]?.options.map((o) => o.label)).toEqual([
      '1 or 2',
      '3 or 4',
      '5 or 6',
      '7 to 9',
      '10 or more',
    ]);
  });

  it('C-SSRS has six yes/no questions plus the conditional timing answer and no total [Posner 2011; Columbia screener]', () => {
    const cssrs = INSTRUMENTS['C-SSRS'];
    expect(cssrs.items).toHaveLength(7);
    expect(cssrs.items.slice(0, 6).every((i) => i.options.map((o) => o.value).join() === 'yes,no')).toBe(
      true,
    );
    expect(cssrs.items[6]?.options.map((o) => o.value)).toEqual(['recent', 'past']);
    expect(cssrs.totalRange).toBeNull();
  });

  it('DAST-10 reverse-scores item 3 only [Skinner 1982]', () => {
    const dast = INSTRUMENTS['DAST-10'];
    expect(dast.items.filter((i) => i.reverseScored).map((i) => i.number)).toEqual([3]);
    expect(dast.items[2]?.options.find((o) => o.value === 'no')?.points).toBe(1);
  });

  it('ASRS Part A shades items 1-3 from "Sometimes" and items 4-6 from "Often" [Kessler 2005]', () => {
    expect(INSTRUMENTS.ASRS.items.map((i) => i.shadedFrom)).toEqual([2, 2, 2, 3, 3, 3]);
  });

  it('MDQ has 13 statements, a same-period question and a four-level problem question [Hirschfeld 2000]', () => {
    const mdq = INSTRUMENTS.MDQ;
    expect(mdq.items).toHaveLength(15);
    expect(mdq.items[12]?.label).toBe('1m');
    expect(mdq.items[14]?.options.map((o) => o.value)).toEqual(['none', 'minor', 'moderate', 'serious']);
  });

  it('PCL-5 has 20 items in clusters B 1-5, C 6-7, D 8-14, E 15-20 [Weathers 2013]', () => {
    expect(INSTRUMENTS['PCL-5'].items.map((i) => i.cluster).join('')).toBe('BBBBBCCDDDDDDDEEEEEE');
  });

  it('AIMS scores only the seven body-area items; dental items are optional [Guy 1976]', () => {
    const aims = INSTRUMENTS.AIMS;
    expect(aims.items.filter((i) => i.scored).map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(aims.items.filter((i) => i.optional).map((i) => i.number)).toEqual([11, 12]);
  });

  it('every instrument, rule and cut-point cites sources registered in SCALE_SOURCES [engine contract]', () => {
    const known = new Set(SCALE_SOURCES.map((s) => s.id));
    for (const instrument of Object.values(INSTRUMENTS)) {
      const cited = [
        ...instrument.sources,
        ...(instrument.cutPoint?.sources ?? []),
        ...(instrument.change.reliableChange?.sources ?? []),
        ...(instrument.change.response?.sources ?? []),
        ...(instrument.change.remission?.sources ?? []),
      ];
      expect(instrument.sources.length).toBeGreaterThan(0);
      for (const id of cited) expect(known.has(id), `${instrument.id} cites ${id}`).toBe(true);
    }
  });

  it('scale source ids are unique and reachable from the global registry [engine contract]', () => {
    const ids = SCALE_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(SOURCES.get(id)?.citation.length).toBeGreaterThan(20);
  });

  it('band tables cover their total range without gaps or overlaps [Kroenke 2001; Spitzer 2006; Bastien 2001; Skinner 1982]', () => {
    for (const instrument of Object.values(INSTRUMENTS)) {
      if (instrument.bands.length === 0 || !instrument.totalRange) continue;
      expect(instrument.bands[0]?.min).toBe(instrument.totalRange.min);
      expect(instrument.bands.at(-1)?.max).toBe(instrument.totalRange.max);
      instrument.bands.forEach((band, i) => {
        if (i > 0) expect(band.min).toBe((instrument.bands[i - 1]?.max ?? -2) + 1);
      });
    }
  });
});
