import audit from './audit';
import review from './review';
import sheets from './sheets';

export default { audit, review, sheets };
