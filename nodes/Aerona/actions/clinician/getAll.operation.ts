import { list } from '../../../shared/operations';
import { aerona } from '../../transport';
import { appointmentTypeLocator, practiceLocator } from '../common';

export const { description, execute } = list(aerona, {
	resource: 'clinician',
	endpoint: 'clinician.getAll',
	filters: [
		appointmentTypeLocator('Only clinicians who take this appointment type', false),
		practiceLocator('Only clinicians of this practice', false),
	],
	kinds: { practiceId: 'id', appointmentTypeId: 'id' },
});
