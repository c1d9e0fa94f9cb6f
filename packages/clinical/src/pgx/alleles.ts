/**
 * Star-allele function tables (CPIC allele functionality tables, as exported in CPIC's database and
 * shipped with PharmCAT's CPIC phenotype files). Any allele not listed here has uncertain or
 * unknown function in CPIC's tables, or is not a defined allele: it makes the phenotype
 * `indeterminate`, never a guess.
 *
 * CYP2D6 note: current CPIC data assigns an activity value of 0.25 to *10 (the 2019 CPIC/DPWG
 * consensus, Caudle 2020) and also to *9 and *41 (CPIC's later revision of its allele
 * functionality table; e.g. CPIC lists *1/*41 with activity score 1.25). Other decreased-function
 * alleles (*14, *17, *29, …) keep 0.5. Older material (including the 2020 consensus paper) gives
 * *9 and *41 0.5; this module follows the current CPIC table.
 */

export type AlleleFunction = 'increased' | 'normal' | 'decreased' | 'no';

function valueTable(groups: Array<[number, string[]]>): ReadonlyMap<string, number> {
  const table = new Map<string, number>();
  for (const [value, alleles] of groups) {
    for (const allele of alleles) table.set(allele, value);
  }
  return table;
}

function functionTable(groups: Array<[AlleleFunction, string[]]>): ReadonlyMap<string, AlleleFunction> {
  const table = new Map<string, AlleleFunction>();
  for (const [fn, alleles] of groups) {
    for (const allele of alleles) table.set(allele, fn);
  }
  return table;
}

/** CYP2D6 activity value of one gene copy. */
export const CYP2D6_ACTIVITY: ReadonlyMap<string, number> = valueTable([
  [1, ['*1', '*2', '*27', '*33', '*34', '*35', '*39', '*45', '*46', '*48', '*53']],
  [0.5, ['*14', '*17', '*29', '*49', '*50', '*54', '*55', '*59']],
  [0.25, ['*9', '*10', '*32', '*41', '*52', '*91', '*109', '*119', '*132']],
  [
    0,
    [
      '*3',
      '*4',
      '*5',
      '*6',
      '*7',
      '*8',
      '*11',
      '*12',
      '*13',
      '*15',
      '*18',
      '*19',
      '*20',
      '*21',
      '*31',
      '*36',
      '*38',
      '*40',
      '*42',
      '*44',
      '*47',
      '*51',
      '*56',
      '*57',
      '*60',
      '*62',
      '*68',
      '*69',
      '*81',
      '*92',
      '*96',
      '*99',
      '*100',
      '*101',
      '*114',
      '*120',
      '*124',
      '*129',
      '*143',
      '*144',
      '*156',
      '*161',
    ],
  ],
]);

/** CYP2C9 activity value of one gene copy (CPIC 2020: *2 0.5, *3 0). */
export const CYP2C9_ACTIVITY: ReadonlyMap<string, number> = valueTable([
  [1, ['*1', '*9']],
  [
    0.5,
    [
      '*2',
      '*4',
      '*5',
      '*8',
      '*11',
      '*12',
      '*14',
      '*16',
      '*23',
      '*26',
      '*28',
      '*29',
      '*30',
      '*31',
      '*37',
      '*38',
      '*44',
      '*46',
      '*50',
      '*55',
      '*61',
    ],
  ],
  [0, ['*3', '*6', '*13', '*15', '*24', '*25', '*33', '*35', '*39', '*42', '*43', '*45', '*52']],
]);

/** CYP2C19 allele function (CPIC). */
export const CYP2C19_FUNCTION: ReadonlyMap<string, AlleleFunction> = functionTable([
  ['increased', ['*17']],
  ['normal', ['*1', '*11', '*13', '*15', '*18', '*28', '*38']],
  ['decreased', ['*9', '*10', '*16', '*19', '*25', '*26']],
  ['no', ['*2', '*3', '*4', '*5', '*6', '*7', '*8', '*22', '*24', '*35', '*36', '*37']],
]);

/** CYP2B6 allele function (CPIC, Desta 2019). */
export const CYP2B6_FUNCTION: ReadonlyMap<string, AlleleFunction> = functionTable([
  ['increased', ['*4', '*22']],
  ['normal', ['*1', '*2', '*5', '*17', '*31', '*32']],
  ['decreased', ['*6', '*7', '*9', '*19', '*20', '*26', '*29', '*34', '*36']],
  ['no', ['*8', '*12', '*13', '*18', '*24', '*28', '*30', '*35', '*37', '*38']],
]);
