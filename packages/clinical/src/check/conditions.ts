/**
 * Condition vocabulary: the conditions the check's rules reason about, each with ICD-10-CM code
 * prefixes/ranges and recognised names. Conditions without rules (depression, anxiety…) are also
 * listed so that they are recognised rather than reported as unknown.
 */
import { closestMatches, normalizeText } from './util.js';

export type ConditionId =
  | 'bipolar'
  | 'epilepsy'
  | 'epilepsy-uncontrolled'
  | 'anorexia-nervosa'
  | 'bulimia-nervosa'
  | 'eating-disorder-unspecified'
  | 'binge-eating-disorder'
  | 'dementia'
  | 'parkinson'
  | 'long-qt'
  | 'hypokalemia'
  | 'hypomagnesemia'
  | 'bradycardia'
  | 'heart-failure'
  | 'recent-mi'
  | 'coronary-disease'
  | 'conduction-disease'
  | 'arrhythmia'
  | 'structural-heart-disease'
  | 'hypertension'
  | 'angle-closure-glaucoma'
  | 'liver-disease'
  | 'ckd'
  | 'ckd-severe'
  | 'urea-cycle-disorder'
  | 'mitochondrial-polg'
  | 'sleep-apnea'
  | 'copd'
  | 'pregnancy'
  | 'hyponatremia'
  | 'benign-ethnic-neutropenia'
  | 'alcohol-use-disorder'
  | 'opioid-use-disorder'
  | 'cannabis-use-disorder'
  | 'sedative-use-disorder'
  | 'cocaine-use-disorder'
  | 'stimulant-use-disorder'
  | 'other-substance-use-disorder'
  | 'tobacco-use-disorder'
  | 'breast-cancer'
  | 'falls'
  // recognised, no rule of their own
  | 'depression'
  | 'anxiety'
  | 'ptsd'
  | 'ocd'
  | 'adhd'
  | 'schizophrenia'
  | 'psychosis'
  | 'insomnia'
  | 'autism'
  | 'personality-disorder'
  | 'migraine'
  | 'chronic-pain'
  | 'diabetes'
  | 'obesity'
  | 'dyslipidemia'
  | 'hypothyroidism'
  | 'asthma'
  | 'tourette';

interface ConditionEntry {
  id: ConditionId;
  label: string;
  /** ICD-10-CM code prefixes (upper case, with the dot where the code has one). */
  codes: string[];
  /** Inclusive three-character category ranges, e.g. ['K70', 'K77']. */
  ranges?: Array<[string, string]>;
  names: string[];
  /** Regular expressions tested against the normalised free text. */
  patterns?: RegExp[];
  /** Other conditions implied (e.g. uncontrolled epilepsy implies epilepsy). */
  implies?: ConditionId[];
}

export const CONDITION_VOCABULARY: readonly ConditionEntry[] = [
  {
    id: 'bipolar',
    label: 'bipolar disorder',
    codes: ['F30', 'F31', 'F34.0'],
    names: [
      'bipolar disorder',
      'bipolar i disorder',
      'bipolar ii disorder',
      'bipolar 1 disorder',
      'bipolar 2 disorder',
      'bipolar',
      'bipolar affective disorder',
      'manic depression',
      'manic depressive illness',
      'mania',
      'hypomania',
      'cyclothymia',
      'cyclothymic disorder',
      'schizoaffective disorder bipolar type',
    ],
    patterns: [/\bbipolar\b/, /\bmanic\b/, /\bmania\b/, /cyclothym/],
  },
  {
    id: 'epilepsy',
    label: 'epilepsy / seizure disorder',
    codes: ['G40', 'G41', 'R56.9', 'R56.8'],
    names: ['epilepsy', 'seizure disorder', 'seizures', 'seizure', 'history of seizures', 'convulsions'],
    patterns: [/\bepilep/, /\bseizure/, /\bconvuls/],
  },
  {
    id: 'epilepsy-uncontrolled',
    label: 'uncontrolled epilepsy',
    // G40.x1x: "intractable" in ICD-10-CM for most epilepsy subcategories.
    codes: [],
    names: ['uncontrolled epilepsy', 'intractable epilepsy', 'refractory epilepsy', 'uncontrolled seizures'],
    patterns: [/(uncontrolled|intractable|refractory|pharmacoresistant|drug resistant) (epilep|seizure)/],
    implies: ['epilepsy'],
  },
  {
    id: 'anorexia-nervosa',
    label: 'anorexia nervosa',
    codes: ['F50.0'],
    names: ['anorexia nervosa', 'anorexia', 'history of anorexia nervosa'],
    patterns: [/anorexia nervosa/],
  },
  {
    id: 'bulimia-nervosa',
    label: 'bulimia nervosa',
    codes: ['F50.2'],
    names: ['bulimia nervosa', 'bulimia', 'history of bulimia'],
    patterns: [/bulimi/],
  },
  {
    id: 'binge-eating-disorder',
    label: 'binge eating disorder',
    codes: ['F50.81'],
    names: ['binge eating disorder', 'binge-eating disorder', 'bed'],
    patterns: [/binge.eating/],
  },
  {
    id: 'eating-disorder-unspecified',
    label: 'eating disorder (type not stated)',
    codes: ['F50.8', 'F50.9', 'F50'],
    names: ['eating disorder', 'eating disorder unspecified', 'arfid', 'osfed'],
  },
  {
    id: 'dementia',
    label: 'dementia',
    codes: ['F01', 'F02', 'F03', 'G30', 'G31.0', 'G31.83', 'G31.1'],
    names: [
      'dementia',
      'alzheimers disease',
      'alzheimer disease',
      'alzheimers',
      'alzheimer dementia',
      'vascular dementia',
      'lewy body dementia',
      'dementia with lewy bodies',
      'frontotemporal dementia',
      'major neurocognitive disorder',
      'dementia related psychosis',
    ],
    patterns: [/dementia/, /alzheimer/, /major neurocognitive/],
  },
  {
    id: 'parkinson',
    label: "Parkinson's disease",
    codes: ['G20'],
    names: ['parkinsons disease', 'parkinson disease', 'parkinsons', 'parkinsonism'],
    patterns: [/parkinson/],
  },
  {
    id: 'long-qt',
    label: 'long QT syndrome / QT prolongation',
    codes: ['I45.81', 'R94.31'],
    names: [
      'long qt syndrome',
      'congenital long qt syndrome',
      'long qt',
      'lqts',
      'prolonged qt',
      'qt prolongation',
      'prolonged qt interval',
      'history of torsades de pointes',
      'torsades de pointes',
    ],
    patterns: [/long qt/, /\bqtc? prolong/, /prolonged qtc?/, /torsade/],
  },
  {
    id: 'hypokalemia',
    label: 'hypokalaemia',
    codes: ['E87.6'],
    names: ['hypokalemia', 'hypokalaemia', 'low potassium'],
  },
  {
    id: 'hypomagnesemia',
    label: 'hypomagnesaemia',
    codes: ['E83.42'],
    names: ['hypomagnesemia', 'hypomagnesaemia', 'low magnesium'],
  },
  {
    id: 'bradycardia',
    label: 'bradycardia',
    codes: ['R00.1'],
    names: ['bradycardia', 'sinus bradycardia'],
  },
  {
    id: 'heart-failure',
    label: 'heart failure',
    codes: ['I50', 'I11.0', 'I13.0', 'I13.2'],
    names: ['heart failure', 'congestive heart failure', 'chf', 'hfref', 'hfpef', 'cardiac failure'],
    patterns: [/heart failure/],
  },
  {
    id: 'recent-mi',
    label: 'recent myocardial infarction',
    // I21/I22 are used for the first 4 weeks after the infarction in ICD-10-CM.
    codes: ['I21', 'I22'],
    names: [
      'recent myocardial infarction',
      'recent mi',
      'acute myocardial infarction',
      'acute mi',
      'stemi',
      'nstemi',
    ],
    patterns: [/(recent|acute) (myocardial infarction|mi)\b/],
    implies: ['coronary-disease'],
  },
  {
    id: 'coronary-disease',
    label: 'coronary artery disease',
    codes: ['I20', 'I24', 'I25'],
    names: [
      'coronary artery disease',
      'cad',
      'ischemic heart disease',
      'angina',
      'history of myocardial infarction',
      'old mi',
    ],
    patterns: [/coronary/, /ischa?emic heart/],
  },
  {
    id: 'conduction-disease',
    label: 'cardiac conduction disease',
    codes: ['I44', 'I45.0', 'I45.1', 'I45.2', 'I45.3', 'I45.4', 'I45.5', 'I45.6', 'I45.9'],
    names: [
      'heart block',
      'av block',
      'atrioventricular block',
      'bundle branch block',
      'left bundle branch block',
      'right bundle branch block',
      'bifascicular block',
      'conduction disease',
      'cardiac conduction disorder',
    ],
    patterns: [
      /(heart|av|atrioventricular|bundle branch|fascicular) block/,
      /conduction (disease|disorder|defect)/,
    ],
  },
  {
    id: 'arrhythmia',
    label: 'serious arrhythmia',
    codes: ['I47', 'I48', 'I49'],
    names: ['arrhythmia', 'atrial fibrillation', 'ventricular tachycardia', 'afib', 'cardiac arrhythmia'],
    patterns: [/arrhythmi/, /fibrillation/, /ventricular tachy/],
  },
  {
    id: 'structural-heart-disease',
    label: 'structural heart disease / cardiomyopathy',
    codes: ['I42', 'I43', 'Q20', 'Q21', 'Q22', 'Q23', 'Q24', 'I34', 'I35', 'I36', 'I37'],
    names: [
      'cardiomyopathy',
      'hypertrophic cardiomyopathy',
      'structural heart disease',
      'congenital heart disease',
      'valvular heart disease',
      'structural cardiac abnormality',
    ],
    patterns: [/cardiomyopath/, /structural (heart|cardiac)/, /congenital heart/],
  },
  {
    id: 'hypertension',
    label: 'hypertension',
    codes: ['I10', 'I11', 'I12', 'I13', 'I15', 'I16'],
    names: ['hypertension', 'high blood pressure', 'htn', 'essential hypertension'],
    patterns: [/hypertension/],
  },
  {
    id: 'angle-closure-glaucoma',
    label: 'angle-closure glaucoma',
    codes: ['H40.2'],
    names: [
      'glaucoma angle-closure',
      'angle-closure glaucoma',
      'angle closure glaucoma',
      'narrow-angle glaucoma',
      'narrow angle glaucoma',
      'closed-angle glaucoma',
      'narrow angles',
    ],
    patterns: [/(angle.closure|narrow.angle|closed.angle)/],
  },
  {
    id: 'liver-disease',
    label: 'hepatic impairment / liver disease',
    codes: [],
    ranges: [['K70', 'K77']],
    names: [
      'liver disease',
      'hepatic impairment',
      'cirrhosis',
      'hepatitis',
      'chronic hepatitis',
      'hepatic dysfunction',
      'liver cirrhosis',
      'fatty liver disease',
      'masld',
      'nafld',
      'alcoholic liver disease',
    ],
    patterns: [
      /\bliver (disease|failure|impairment|dysfunction)/,
      /hepatic (impairment|failure|dysfunction)/,
      /cirrhos/,
      /hepatitis/,
    ],
  },
  {
    id: 'ckd-severe',
    label: 'severe renal impairment (eGFR < 30)',
    codes: ['N18.4', 'N18.5', 'N18.6', 'Z99.2', 'Z49'],
    names: [
      'end stage renal disease',
      'esrd',
      'ckd stage 4',
      'ckd stage 5',
      'chronic kidney disease stage 4',
      'chronic kidney disease stage 5',
      'dialysis',
      'severe renal impairment',
      'kidney failure',
    ],
    patterns: [
      /(stage [45]|end.stage) (ckd|renal|kidney)/,
      /(ckd|kidney disease) stage [45]/,
      /dialysis/,
      /severe renal/,
    ],
    implies: ['ckd'],
  },
  {
    id: 'ckd',
    label: 'chronic kidney disease / renal impairment',
    codes: ['N18', 'N17', 'N19'],
    names: [
      'chronic kidney disease',
      'ckd',
      'renal impairment',
      'renal insufficiency',
      'kidney disease',
      'renal failure',
    ],
    patterns: [/kidney disease/, /renal (impairment|insufficiency|failure|disease)/, /\bckd\b/],
  },
  {
    id: 'urea-cycle-disorder',
    label: 'urea cycle disorder',
    codes: ['E72.2'],
    names: ['urea cycle disorder', 'ornithine transcarbamylase deficiency', 'otc deficiency'],
    patterns: [/urea cycle/],
  },
  {
    id: 'mitochondrial-polg',
    label: 'mitochondrial disease (POLG)',
    codes: ['E88.4'],
    names: [
      'polg mutation',
      'mitochondrial disease',
      'mitochondrial disorder',
      'alpers syndrome',
      'alpers-huttenlocher syndrome',
    ],
    patterns: [/\bpolg\b/, /mitochondrial (disease|disorder)/, /alpers/],
  },
  {
    id: 'sleep-apnea',
    label: 'sleep apnoea',
    codes: ['G47.3'],
    names: ['sleep apnea', 'obstructive sleep apnea', 'osa', 'sleep apnoea', 'obstructive sleep apnoea'],
    patterns: [/sleep apno?ea/],
  },
  {
    id: 'copd',
    label: 'COPD / chronic respiratory disease',
    codes: ['J44', 'J43', 'J96.1'],
    names: ['copd', 'chronic obstructive pulmonary disease', 'emphysema', 'chronic respiratory failure'],
    patterns: [/chronic obstructive/, /emphysema/],
  },
  {
    id: 'pregnancy',
    label: 'pregnancy',
    codes: ['Z33.1', 'Z34'],
    // O00–O84: pregnancy, labour and delivery (the puerperium codes O85–O92 are excluded).
    ranges: [['O00', 'O84']],
    names: ['pregnancy', 'pregnant', 'currently pregnant', 'intrauterine pregnancy'],
    patterns: [/\bpregnan/],
  },
  {
    id: 'hyponatremia',
    label: 'hyponatraemia',
    codes: ['E87.1', 'E22.2'],
    names: ['hyponatremia', 'hyponatraemia', 'siadh', 'low sodium'],
  },
  {
    id: 'benign-ethnic-neutropenia',
    label: 'benign ethnic neutropenia (Duffy-null associated neutrophil count)',
    codes: [],
    names: [
      'benign ethnic neutropenia',
      'ben',
      'duffy null',
      'duffy-null associated neutrophil count',
      'duffy null associated neutrophil count',
      'dance',
    ],
    patterns: [/benign ethnic neutropenia/, /duffy.null/],
  },
  {
    id: 'alcohol-use-disorder',
    label: 'alcohol use disorder',
    codes: ['F10'],
    names: ['alcohol use disorder', 'alcohol dependence', 'alcoholism', 'alcohol abuse', 'aud'],
    patterns: [/alcohol (use disorder|dependence|abuse)/],
  },
  {
    id: 'opioid-use-disorder',
    label: 'opioid use disorder',
    codes: ['F11'],
    names: ['opioid use disorder', 'opioid dependence', 'opioid addiction', 'oud', 'heroin use disorder'],
    patterns: [/opi(oid|ate) (use disorder|dependence|addiction|abuse)/],
  },
  {
    id: 'cannabis-use-disorder',
    label: 'cannabis use disorder',
    codes: ['F12'],
    names: ['cannabis use disorder', 'cannabis dependence', 'marijuana use disorder'],
    patterns: [/(cannabis|marijuana) (use disorder|dependence|abuse)/],
  },
  {
    id: 'sedative-use-disorder',
    label: 'sedative, hypnotic or anxiolytic use disorder',
    codes: ['F13'],
    names: [
      'sedative use disorder',
      'benzodiazepine use disorder',
      'benzodiazepine dependence',
      'sedative hypnotic use disorder',
    ],
    patterns: [/(sedative|benzodiazepine|hypnotic).{0,20}(use disorder|dependence|abuse)/],
  },
  {
    id: 'cocaine-use-disorder',
    label: 'cocaine use disorder',
    codes: ['F14'],
    names: ['cocaine use disorder', 'cocaine dependence'],
    patterns: [/cocaine (use disorder|dependence|abuse)/],
  },
  {
    id: 'stimulant-use-disorder',
    label: 'stimulant use disorder',
    codes: ['F15'],
    names: [
      'stimulant use disorder',
      'methamphetamine use disorder',
      'amphetamine use disorder',
      'amphetamine-type substance use disorder',
    ],
    patterns: [/(stimulant|amphetamine) (use disorder|dependence|abuse)/],
  },
  {
    id: 'other-substance-use-disorder',
    label: 'substance use disorder',
    codes: ['F16', 'F18', 'F19'],
    names: [
      'substance use disorder',
      'polysubstance use disorder',
      'drug addiction',
      'sud',
      'history of substance use disorder',
    ],
    patterns: [/substance (use disorder|abuse|dependence)/],
  },
  {
    id: 'tobacco-use-disorder',
    label: 'tobacco use disorder',
    codes: ['F17', 'Z72.0', 'Z87.891'],
    names: ['tobacco use disorder', 'nicotine dependence', 'tobacco use', 'smoker', 'history of smoking'],
  },
  {
    id: 'breast-cancer',
    label: 'breast cancer',
    codes: ['C50', 'D05', 'Z85.3'],
    names: ['breast cancer', 'history of breast cancer'],
  },
  {
    id: 'falls',
    label: 'history of falls or fractures',
    codes: ['Z91.81', 'R29.6', 'W19'],
    names: ['history of falls', 'falls', 'recurrent falls', 'fall risk', 'history of fractures'],
  },
  {
    id: 'depression',
    label: 'depressive disorder',
    codes: ['F32', 'F33', 'F34.1', 'F34.8', 'F34.9', 'F53', 'F06.3'],
    names: [
      'major depressive disorder',
      'depression',
      'mdd',
      'recurrent major depression',
      'persistent depressive disorder',
      'dysthymia',
      'postpartum depression',
      'treatment resistant depression',
    ],
    patterns: [/depress/, /dysthymi/],
  },
  {
    id: 'anxiety',
    label: 'anxiety disorder',
    codes: ['F40', 'F41'],
    names: [
      'generalized anxiety disorder',
      'gad',
      'anxiety',
      'panic disorder',
      'social anxiety disorder',
      'agoraphobia',
      'anxiety disorder',
      'specific phobia',
    ],
    patterns: [/anxiety/, /panic/, /phobi/],
  },
  {
    id: 'ptsd',
    label: 'trauma- and stressor-related disorder',
    codes: ['F43'],
    names: [
      'ptsd',
      'posttraumatic stress disorder',
      'post traumatic stress disorder',
      'adjustment disorder',
      'acute stress disorder',
    ],
    patterns: [/post.?traumatic/, /adjustment disorder/],
  },
  {
    id: 'ocd',
    label: 'obsessive-compulsive disorder',
    codes: ['F42'],
    names: ['ocd', 'obsessive compulsive disorder'],
  },
  {
    id: 'adhd',
    label: 'ADHD',
    codes: ['F90'],
    names: ['adhd', 'attention deficit hyperactivity disorder', 'add', 'attention deficit disorder'],
    patterns: [/attention.deficit/],
  },
  {
    id: 'schizophrenia',
    label: 'schizophrenia spectrum disorder',
    codes: ['F20', 'F21', 'F22', 'F25'],
    names: ['schizophrenia', 'schizoaffective disorder', 'delusional disorder', 'schizotypal disorder'],
    patterns: [/schizo/],
  },
  {
    id: 'psychosis',
    label: 'psychotic disorder',
    codes: ['F23', 'F28', 'F29'],
    names: ['psychosis', 'psychotic disorder', 'brief psychotic disorder', 'first episode psychosis'],
    patterns: [/psychos[ie]s/, /psychotic/],
  },
  {
    id: 'insomnia',
    label: 'insomnia',
    codes: ['G47.0', 'F51.0'],
    names: ['insomnia', 'insomnia disorder', 'chronic insomnia'],
  },
  {
    id: 'autism',
    label: 'autism spectrum disorder',
    codes: ['F84'],
    names: ['autism', 'autism spectrum disorder', 'asd'],
  },
  {
    id: 'personality-disorder',
    label: 'personality disorder',
    codes: ['F60'],
    names: ['borderline personality disorder', 'personality disorder', 'bpd'],
    patterns: [/personality disorder/],
  },
  { id: 'migraine', label: 'migraine', codes: ['G43'], names: ['migraine', 'migraines', 'chronic migraine'] },
  {
    id: 'chronic-pain',
    label: 'chronic pain',
    codes: ['G89', 'M79.7', 'G62', 'E11.4'],
    names: [
      'chronic pain',
      'fibromyalgia',
      'neuropathic pain',
      'diabetic neuropathy',
      'back pain',
      'chronic low back pain',
    ],
  },
  {
    id: 'diabetes',
    label: 'diabetes mellitus',
    codes: ['E10', 'E11', 'E13', 'R73'],
    names: ['diabetes', 'type 2 diabetes', 'type 1 diabetes', 'diabetes mellitus', 'prediabetes'],
    patterns: [/diabet/],
  },
  { id: 'obesity', label: 'obesity', codes: ['E66', 'Z68.3', 'Z68.4'], names: ['obesity', 'overweight'] },
  {
    id: 'dyslipidemia',
    label: 'dyslipidaemia',
    codes: ['E78'],
    names: ['dyslipidemia', 'hyperlipidemia', 'high cholesterol', 'hypercholesterolemia'],
  },
  { id: 'hypothyroidism', label: 'hypothyroidism', codes: ['E03', 'E02'], names: ['hypothyroidism'] },
  { id: 'asthma', label: 'asthma', codes: ['J45'], names: ['asthma'] },
  {
    id: 'tourette',
    label: 'tic disorder',
    codes: ['F95'],
    names: ['tourette syndrome', 'tourettes', 'tic disorder'],
  },
];

const ICD10 = /^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;
const NEGATED = /^(no|not|none|denies|negative for|without|ruled out|r\/o)\b/;
const UNCONTROLLED_EPILEPSY_CODE = /^G40\.[0-9AB]1/;

export interface ResolvedConditions {
  ids: Set<ConditionId>;
  /** Human label for each matched condition (first input that produced it). */
  labels: Map<ConditionId, string>;
  unrecognized: Array<{ input: string; suggestions: string[] }>;
}

export interface ConditionResolver {
  resolve(inputs: readonly string[]): ResolvedConditions;
}

function codeMatches(code: string, entry: ConditionEntry): boolean {
  for (const prefix of entry.codes) if (code.startsWith(prefix)) return true;
  if (entry.ranges) {
    const category = code.slice(0, 3);
    for (const [from, to] of entry.ranges) if (category >= from && category <= to) return true;
  }
  return false;
}

export function createConditionResolver(): ConditionResolver {
  const byName = new Map<string, ConditionEntry>();
  const suggestions = new Map<string, string>();
  const byId = new Map<ConditionId, ConditionEntry>();
  for (const entry of CONDITION_VOCABULARY) {
    byId.set(entry.id, entry);
    for (const name of entry.names) {
      const key = normalizeText(name);
      if (!byName.has(key)) byName.set(key, entry);
      suggestions.set(key, name);
    }
  }
  // Longest code prefix first so that e.g. N18.4 (severe) wins over N18.
  const coded = [...CONDITION_VOCABULARY].sort((a, b) => {
    const la = Math.max(0, ...a.codes.map((c) => c.length));
    const lb = Math.max(0, ...b.codes.map((c) => c.length));
    return lb - la;
  });

  function add(out: ResolvedConditions, entry: ConditionEntry, input: string): void {
    if (!out.ids.has(entry.id)) out.labels.set(entry.id, input);
    out.ids.add(entry.id);
    for (const implied of entry.implies ?? []) {
      if (!out.ids.has(implied)) out.labels.set(implied, input);
      out.ids.add(implied);
    }
  }

  return {
    resolve(inputs) {
      const out: ResolvedConditions = { ids: new Set(), labels: new Map(), unrecognized: [] };
      for (const raw of inputs) {
        if (typeof raw !== 'string' || raw.trim() === '') continue;
        const trimmed = raw.trim();
        const upper = trimmed.toUpperCase().replace(/\s+/g, '');
        if (ICD10.test(upper)) {
          for (const entry of coded) {
            if (codeMatches(upper, entry)) {
              add(out, entry, trimmed);
              break;
            }
          }
          if (UNCONTROLLED_EPILEPSY_CODE.test(upper)) {
            const entry = byId.get('epilepsy-uncontrolled');
            if (entry) add(out, entry, trimmed);
          }
          // A well-formed ICD-10-CM code with no rule attached is accepted as recognised: the
          // engine cannot list all ~74,000 codes, and no rule depends on it.
          continue;
        }
        const text = normalizeText(trimmed);
        // "no seizures", "denies pregnancy": recognised, and deliberately not a condition.
        if (NEGATED.test(text)) continue;
        const exact = byName.get(text) ?? byName.get(text.replace(/\(.*?\)/g, '').trim());
        if (exact) {
          add(out, exact, trimmed);
          continue;
        }
        let found = false;
        for (const entry of CONDITION_VOCABULARY) {
          if (entry.patterns?.some((p) => p.test(text))) {
            add(out, entry, trimmed);
            found = true;
          }
        }
        if (!found)
          out.unrecognized.push({ input: trimmed, suggestions: closestMatches(text, suggestions, 5) });
      }
      return out;
    },
  };
}

export function conditionLabel(id: ConditionId): string {
  return CONDITION_VOCABULARY.find((e) => e.id === id)?.label ?? id;
}
