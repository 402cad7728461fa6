// Runs one HiGHS solve off the main thread (solve() is synchronous WASM). Plain CommonJS because a
// worker thread does not inherit the TypeScript transformer of jest or tools/run-ts.mjs.
// In: { lp: CPLEX LP text, options: HiGHS options }. Out: { status, objective, dualBound, runTime, names, values }
// (values null when there is no feasible solution), or { error }.
'use strict';
const { parentPort } = require('node:worker_threads');
const loadHighs = require('highs');

parentPort.once('message', async ({ lp, options }) => {
  try {
    const highs = await loadHighs();
    const model = highs.createModel({ format: 'lp', data: lp });
    try {
      model.options.set({ output_flag: false, ...options });
      model.run();
      const code = model.getModelStatus();
      const status = Object.keys(highs.constants.modelStatus).find((k) => highs.constants.modelStatus[k] === code) || String(code);
      const numCols = model.getDimensions().numCols;
      const names = [];
      for (let i = 0; i < numCols; i++) names.push(model.getColName(i));
      // primal_solution_status 2: a feasible solution exists (the incumbent, after a time limit).
      const feasible = Number(model.info.get('primal_solution_status')) === 2;
      const values = feasible ? Array.from(model.getSolution().colValue) : null;
      let dualBound = NaN;
      try {
        dualBound = Number(model.info.get('mip_dual_bound'));
      } catch {
        dualBound = feasible ? model.getObjectiveValue() : NaN;
      }
      parentPort.postMessage({ status, objective: feasible ? model.getObjectiveValue() : NaN, dualBound, runTime: model.getRunTime(), names, values });
    } finally {
      model.dispose();
    }
  } catch (e) {
    parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
