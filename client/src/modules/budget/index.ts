import { defineModule } from '../module';

// Its components are used inside other features' pages; it adds no page or texts of its own.
export const budgetModule = defineModule({ name: 'budget' });
