import { windowedGetAll } from '../windowed';
import { stateOptions } from './fields';

/** The appointments of a date range of any length, asked 30 days at a time. */
export const { description, execute } = windowedGetAll({
	resource: 'appointment',
	endpoint: 'appointment.getAll',
	filters: [
		{
			displayName: 'Patient ID',
			name: 'patientId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 42',
			description: 'Only appointments of this patient',
		},
		{
			displayName: 'State',
			name: 'state',
			type: 'options',
			options: stateOptions,
			default: 'confirmed',
			description: 'Only appointments in this state',
		},
	],
	filterKinds: { patientId: 'id' },
	dateQuery: (window) => ({ dateStart: window.start, dateEnd: window.end }),
});
