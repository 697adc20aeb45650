import tally from './tally';
import totals from './totals';

export default { tally, totals };
