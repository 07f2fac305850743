import { list } from '../../../shared/operations';
import { aerona } from '../../transport';
import { practiceLocator } from '../common';
import { dobField, forenameField, surnameField } from './fields';

export const { description, execute } = list(aerona, {
	resource: 'patient',
	operation: 'search',
	endpoint: 'patient.search',
	filters: [
		dobField,
		{ ...forenameField, description: 'Only patients with this first name' },
		practiceLocator('Only patients of this practice', false),
		{ ...surnameField, description: 'Only patients with this last name' },
	],
	kinds: { practiceId: 'id', dob: 'date' },
});
