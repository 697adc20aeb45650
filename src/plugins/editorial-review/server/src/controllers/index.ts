import audit from './audit';
import preview from './preview';
import review from './review';
import sheets from './sheets';
import wordCheck from './word-check';

export default { audit, preview, review, sheets, 'word-check': wordCheck };
