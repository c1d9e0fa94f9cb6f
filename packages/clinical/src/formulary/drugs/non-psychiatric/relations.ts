import type { SourceId } from '../../../types.js';
import type { DrugClass, Enzyme } from '../../types.js';

/**
 * Facts about the non-psychiatric drugs that the `Drug` type cannot hold yet.
 *
 * 1. Prodrug activation. `SubstrateOf` says an enzyme carries a drug's clearance, which implies
 *    that inhibiting it raises exposure. For these drugs the enzyme forms the active compound
 *    instead, so inhibiting it (or a poor-metabolizer genotype) means LOSS of effect, and
 *    ultrarapid metabolism means excess active drug.
 * 2. Combinations the drug's own label contraindicates or tells prescribers to avoid, where the
 *    partner is a psychiatric drug or a drug class the engine models (MAO inhibitors, serotonergic
 *    drugs). Rules may use these to set the severity of an interaction alert.
 */

export interface ProdrugActivation {
  /** Generic name of the prodrug (a NON_PSYCHIATRIC entry). */
  drug: string;
  enzyme: Enzyme;
  activeMetabolite: string;
  /** What inhibiting the enzyme does clinically. */
  whenInhibited: string;
  sources: SourceId[];
}

export const PRODRUG_ACTIVATION: readonly ProdrugActivation[] = [
  {
    drug: 'codeine',
    enzyme: 'CYP2D6',
    activeMetabolite: 'morphine',
    whenInhibited:
      'Strong CYP2D6 inhibitors (fluoxetine, paroxetine, bupropion, quinidine, terbinafine) and poor metabolizer status block conversion to morphine: little or no analgesia. Ultrarapid metabolizers form excess morphine (respiratory depression).',
    sources: ['label-codeine', 'fc-cpic-opioids-2021'],
  },
  {
    drug: 'tramadol',
    enzyme: 'CYP2D6',
    activeMetabolite: 'O-desmethyltramadol (M1)',
    whenInhibited:
      'Strong CYP2D6 inhibitors and poor metabolizer status reduce formation of the mu-opioid-active M1 metabolite (less analgesia) while parent tramadol, the serotonergic and seizure-provoking component, accumulates.',
    sources: ['label-tramadol', 'fc-cpic-opioids-2021'],
  },
  {
    drug: 'tamoxifen',
    enzyme: 'CYP2D6',
    activeMetabolite: 'endoxifen',
    whenInhibited:
      'Moderate and strong CYP2D6 inhibitors (paroxetine, fluoxetine, bupropion, duloxetine) lower endoxifen; paroxetine was associated with higher breast cancer mortality. Prefer antidepressants with little CYP2D6 inhibition (e.g. venlafaxine, escitalopram, citalopram, mirtazapine).',
    sources: ['fc-cpic-tamoxifen-2018', 'fc-stearns-2003', 'fc-kelly-2010'],
  },
  {
    drug: 'clopidogrel',
    enzyme: 'CYP2C19',
    activeMetabolite: 'clopidogrel active thiol metabolite',
    whenInhibited:
      'CYP2C19 poor metabolizers and strong or moderate CYP2C19 inhibitors (omeprazole, esomeprazole; among psychiatric drugs fluvoxamine and fluoxetine) reduce active metabolite formation and antiplatelet effect.',
    sources: ['label-clopidogrel', 'fc-cpic-clopidogrel-2022'],
  },
];

export interface LabelContraindication {
  /** Generic name of the non-psychiatric drug whose label states the restriction. */
  drug: string;
  /** The partner: named drugs, drug classes, any MAO inhibitor, and/or any serotonergic drug. */
  with: {
    drugs?: readonly string[];
    classes?: readonly DrugClass[];
    maoInhibitors?: boolean;
    serotonergic?: boolean;
  };
  /** Days after stopping the partner during which the restriction still applies. */
  withinDaysAfterStopping?: number;
  severity: 'contraindicated' | 'avoid';
  reason: string;
  sources: SourceId[];
}

export const LABEL_CONTRAINDICATIONS: readonly LabelContraindication[] = [
  {
    drug: 'tizanidine',
    with: { drugs: ['fluvoxamine', 'ciprofloxacin'] },
    severity: 'contraindicated',
    reason:
      'Strong CYP1A2 inhibitors raise tizanidine exposure 10- to 33-fold, causing severe hypotension, bradycardia and sedation.',
    sources: ['label-tizanidine', 'fc-granfors-2004', 'fc-phansalkar-2012'],
  },
  {
    drug: 'tizanidine',
    with: {
      drugs: [
        'ethinyl estradiol',
        'amiodarone',
        'cimetidine',
        'famotidine',
        'levofloxacin',
        'moxifloxacin',
        'acyclovir',
        'zileuton',
        'mexiletine',
        'propafenone',
        'verapamil',
        'ticlopidine',
      ],
    },
    severity: 'avoid',
    reason:
      'The tizanidine label asks prescribers to avoid other CYP1A2 inhibitors (and calls oral contraceptives "not recommended", about a 4-fold rise in exposure); if a combination is needed, start at 2 mg and raise by 2\u20134 mg a day, stopping for hypotension, bradycardia or drowsiness. The list is the label\u2019s own and is more cautious than the FDA inhibitor table (famotidine, levofloxacin and moxifloxacin have little or no CYP1A2 effect).',
    sources: ['label-tizanidine', 'fc-granfors-2005'],
  },
  {
    drug: 'meperidine',
    with: { maoInhibitors: true },
    withinDaysAfterStopping: 14,
    severity: 'contraindicated',
    reason:
      'Serotonin syndrome or opioid toxicity (coma, severe respiratory depression, hyperthermia) with MAO inhibitors.',
    sources: ['label-meperidine', 'fc-phansalkar-2012'],
  },
  {
    drug: 'tramadol',
    with: { maoInhibitors: true },
    withinDaysAfterStopping: 14,
    severity: 'contraindicated',
    reason: 'Serotonin syndrome and opioid toxicity with MAO inhibitors, or within 14 days of stopping one.',
    sources: ['label-tramadol', 'fc-phansalkar-2012'],
  },
  {
    drug: 'tapentadol',
    with: { maoInhibitors: true },
    withinDaysAfterStopping: 14,
    severity: 'contraindicated',
    reason:
      'Additive norepinephrine effects (hypertensive events) and serotonin syndrome with MAO inhibitors.',
    sources: ['label-tapentadol', 'fc-phansalkar-2012'],
  },
  ...(['sumatriptan', 'rizatriptan', 'zolmitriptan'] as const).map(
    (drug): LabelContraindication => ({
      drug,
      with: { maoInhibitors: true },
      withinDaysAfterStopping: 14,
      severity: 'contraindicated',
      reason:
        'Triptans (or their active metabolites) are cleared by MAO-A: MAO-A inhibitors raise exposure markedly.',
      sources: [`label-${drug}`, 'fc-phansalkar-2012'],
    }),
  ),
  {
    drug: 'dextromethorphan',
    with: { maoInhibitors: true },
    withinDaysAfterStopping: 14,
    severity: 'contraindicated',
    reason:
      'Do not use with a prescription MAO inhibitor or for 2 weeks after stopping it (OTC Drug Facts): serotonin syndrome.',
    sources: ['label-dextromethorphan'],
  },
  {
    drug: 'cyclobenzaprine',
    with: { maoInhibitors: true },
    withinDaysAfterStopping: 14,
    severity: 'contraindicated',
    reason: 'Tricyclic-like structure: hyperpyretic crises, seizures and death reported with MAO inhibitors.',
    sources: ['label-cyclobenzaprine'],
  },
  {
    drug: 'linezolid',
    with: { maoInhibitors: true },
    withinDaysAfterStopping: 14,
    severity: 'contraindicated',
    reason: 'Linezolid is itself a reversible MAO inhibitor: additive MAO inhibition.',
    sources: ['label-linezolid'],
  },
  {
    drug: 'linezolid',
    with: { serotonergic: true },
    severity: 'avoid',
    reason:
      'Serotonin syndrome with serotonergic psychiatric drugs: give linezolid only for urgent treatment, after stopping the serotonergic drug, and monitor for 2 weeks (5 weeks after fluoxetine) or until 24 hours after the last linezolid dose.',
    sources: ['label-linezolid', 'fc-fda-dsc-linezolid-2011'],
  },
  {
    drug: 'methylene blue',
    with: { serotonergic: true },
    severity: 'avoid',
    reason:
      'Boxed warning: serotonin syndrome with serotonergic drugs; in an emergency stop the serotonergic drug and monitor for 2 weeks (5 weeks after fluoxetine) or until 24 hours after the last methylene blue dose.',
    sources: ['label-methylene-blue', 'fc-fda-dsc-methylene-blue-2011'],
  },
  {
    drug: 'ketoconazole',
    with: { drugs: ['pimozide', 'methadone', 'quinidine', 'alprazolam', 'triazolam', 'midazolam'] },
    severity: 'contraindicated',
    reason:
      'Strong CYP3A4 inhibition: QT prolongation and torsades de pointes (pimozide, methadone, quinidine) or prolonged sedation (alprazolam, triazolam, oral midazolam).',
    sources: ['label-ketoconazole'],
  },
  {
    drug: 'itraconazole',
    with: { drugs: ['pimozide', 'methadone', 'quinidine', 'triazolam', 'midazolam'] },
    severity: 'contraindicated',
    reason:
      'Strong CYP3A4 inhibition: QT prolongation and torsades de pointes, or prolonged sedation and respiratory depression.',
    sources: ['label-itraconazole'],
  },
  {
    drug: 'clarithromycin',
    with: { drugs: ['pimozide'] },
    severity: 'contraindicated',
    reason: 'QT prolongation, ventricular arrhythmias and torsades de pointes from raised pimozide levels.',
    sources: ['label-clarithromycin'],
  },
  {
    drug: 'erythromycin',
    with: { drugs: ['pimozide'] },
    severity: 'contraindicated',
    reason: 'QT prolongation and torsades de pointes from raised pimozide levels.',
    sources: ['label-erythromycin'],
  },
  {
    drug: 'fluconazole',
    with: { drugs: ['pimozide', 'quinidine'] },
    severity: 'contraindicated',
    reason: 'QT-prolonging CYP3A4 substrates: raised levels and torsades de pointes.',
    sources: ['label-fluconazole'],
  },
  {
    drug: 'voriconazole',
    with: {
      drugs: ['pimozide', 'quinidine', 'rifampin', 'carbamazepine', 'phenobarbital', "st john's wort"],
    },
    severity: 'contraindicated',
    reason:
      'Pimozide and quinidine levels rise (torsades de pointes); strong inducers (rifampin, carbamazepine, long-acting barbiturates, St John\u2019s wort) make voriconazole ineffective.',
    sources: ['label-voriconazole'],
  },
  {
    drug: 'clopidogrel',
    with: { drugs: ['omeprazole', 'esomeprazole'] },
    severity: 'avoid',
    reason:
      'CYP2C19 inhibition reduces formation of the active metabolite and the antiplatelet effect (pantoprazole is the alternative).',
    sources: ['label-clopidogrel'],
  },
];
