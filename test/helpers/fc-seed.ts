/**
 * Property tests use a fixed seed so that CI is repeatable; set FC_SEED=<number> to explore other
 * cases locally (a failure prints its seed and shrunk counterexample, to replay it).
 */
export const fcSeed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261126;
