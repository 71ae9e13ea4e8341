// Cold cost of the Japanese name tables: a fresh import, then buildJaNames() timed once.
import { buildJaNames } from '../../utils/detect/names-ja';
const t0 = performance.now();
buildJaNames();
console.log(JSON.stringify({ buildJaNamesMs: Math.round((performance.now() - t0) * 100) / 100 }));
