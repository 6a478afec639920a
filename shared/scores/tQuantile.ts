import { Z_95 } from './scoreResult.ts';

// Student's t, 0.975 quantile, for 1–30 degrees of freedom (standard tables).
const T_975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139, 2.200985,
  2.178813, 2.160369, 2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963, 2.079614, 2.073873,
  2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.04523, 2.042272,
];

/**
 * The t quantile for a two-sided 95% interval with `df` degrees of freedom.
 * Beyond the table, the Cornish–Fisher expansion around the normal quantile,
 * which is within 1e-5 of the exact value from 31 degrees of freedom on.
 */
export function t975(df: number): number {
  if (df < 1) return Number.POSITIVE_INFINITY;
  if (df <= T_975.length) return T_975[Math.floor(df) - 1]!;
  const z = Z_95;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}
