import audit from './audit';
import review from './review';
import sheets from './sheets';
import wordCheck from './word-check';

export default { audit, review, sheets, 'word-check': wordCheck };
