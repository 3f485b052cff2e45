const xlogx = (x: number, expected: number) => (x > 0 ? x * Math.log(x / expected) : 0);

/**
 * Dunning's log-likelihood ratio G² (Dunning 1993) for a term seen `a` times in a target corpus of
 * `n1` items and `b` times in a reference corpus of `n2` items. Large when the term's rate differs;
 * G² ≥ 10.83 is p < 0.001 for one degree of freedom. Signed: negative when the term is rarer in the
 * target than in the reference.
 */
export function logLikelihood(a: number, n1: number, b: number, n2: number): number {
  if (n1 <= 0 || n2 <= 0) return 0;
  const e1 = (n1 * (a + b)) / (n1 + n2);
  const e2 = (n2 * (a + b)) / (n1 + n2);
  const c = n1 - a;
  const d = n2 - b;
  const e3 = (n1 * (c + d)) / (n1 + n2);
  const e4 = (n2 * (c + d)) / (n1 + n2);
  const g2 = 2 * (xlogx(a, e1) + xlogx(b, e2) + xlogx(c, e3) + xlogx(d, e4));
  return a / n1 >= b / n2 ? g2 : -g2;
}
