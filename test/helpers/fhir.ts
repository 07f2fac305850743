import type { IDataObject } from 'n8n-workflow';

import { BASE, byId } from './heydonto';

/** HeyDonto FHIR in the contract tests: site 1's FHIR base, resources and Bundles as the API answers them. */

export const SITE = byId(1);
export const FHIR = '/site/1/fhir';

export const ids = {
	patient: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
	patient2: '6fa459ea-ee8a-4ca4-894e-db77e160355e',
	practitioner: '16fd2706-8baf-433b-82eb-8c7fada847da',
	appointment: '886313e1-3b8a-4372-9b90-0c9aee199e5d',
	schedule: 'c9bf9e57-1685-4c89-bafb-ff5af830be8a',
	slot: '9b2f8e7a-1c3d-4e5f-8a6b-7c8d9e0f1a2b',
};

export const patient = (id = ids.patient, extra: IDataObject = {}): IDataObject => ({
	resourceType: 'Patient',
	id,
	meta: { versionId: '2', lastUpdated: '2026-11-20T10:00:00.123Z' },
	identifier: [
		{
			use: 'usual',
			system: 'https://heydonto.com/fhir/sid/pms-patient-id',
			value: 'PMS-1-00001',
		},
	],
	active: true,
	name: [{ use: 'official', family: 'Muñoz', given: ['Ana', 'María'], text: 'Ana María Muñoz' }],
	telecom: [
		{ system: 'phone', value: '+1-512-555-0101', use: 'mobile' },
		{ system: 'email', value: 'ana.munoz1@example.test', use: 'home' },
	],
	gender: 'female',
	birthDate: '1985-04-12',
	...extra,
});

export const appointment = (id = ids.appointment, extra: IDataObject = {}): IDataObject => ({
	resourceType: 'Appointment',
	id,
	meta: { versionId: '1', lastUpdated: '2026-11-21T08:00:00.000Z' },
	status: 'booked',
	appointmentType: { coding: [{ code: 'ROUTINE' }], text: 'Cleaning' },
	description: 'Cleaning',
	start: '2026-12-01T09:00:00.000Z',
	end: '2026-12-01T10:00:00.000Z',
	minutesDuration: 60,
	participant: [
		{
			actor: { reference: `Patient/${ids.patient}`, display: 'Ana María Muñoz' },
			required: 'required',
			status: 'accepted',
		},
		{
			actor: { reference: `Practitioner/${ids.practitioner}`, display: 'Dr. Jane Smith' },
			required: 'required',
			status: 'accepted',
		},
	],
	...extra,
});

/** A searchset Bundle of site 1's `type`, with a next link when `next` is a page token. */
export function bundle(
	type: string,
	resources: IDataObject[],
	{ next, total, query = '' }: { next?: string; total?: number; query?: string } = {},
): IDataObject {
	const self = `${BASE}${FHIR}/${type}${query ? `?${query}` : ''}`;
	const nextUrl = next
		? `${BASE}${FHIR}/${type}?${query ? `${query}&` : ''}_page_token=${next}`
		: undefined;
	return {
		resourceType: 'Bundle',
		type: 'searchset',
		total: total ?? resources.length,
		link: [
			{ relation: 'self', url: self },
			...(nextUrl ? [{ relation: 'next', url: nextUrl }] : []),
		],
		...(resources.length > 0
			? {
					entry: resources.map((resource) => ({
						fullUrl: `${BASE}${FHIR}/${type}/${String(resource.id)}`,
						resource,
						search: { mode: 'match' },
					})),
				}
			: {}),
	};
}

/** A FHIR OperationOutcome error body. */
export const outcome = (code: string, diagnostics: string) => ({
	resourceType: 'OperationOutcome',
	issue: [{ severity: 'error', code, diagnostics }],
});

/** What Output "Simplified" makes of patient(). */
export const simplePatient = (resource = patient()) => ({
	id: resource.id,
	resourceType: 'Patient',
	name: 'Ana María Muñoz',
	givenName: 'Ana María',
	familyName: 'Muñoz',
	phone: '+1-512-555-0101',
	email: 'ana.munoz1@example.test',
	birthDate: '1985-04-12',
	gender: 'female',
	active: true,
	identifier: 'PMS-1-00001',
	lastUpdated: '2026-11-20T10:00:00.123Z',
	versionId: '2',
	resource,
});

/** What Output "Simplified" makes of appointment(). */
export const simpleAppointment = (resource = appointment()) => ({
	id: resource.id,
	resourceType: 'Appointment',
	status: 'booked',
	start: resource.start,
	end: resource.end,
	minutesDuration: 60,
	description: 'Cleaning',
	type: 'Cleaning',
	patientId: ids.patient,
	patientName: 'Ana María Muñoz',
	practitionerId: ids.practitioner,
	practitionerName: 'Dr. Jane Smith',
	participants: [
		{
			type: 'Patient',
			id: ids.patient,
			reference: `Patient/${ids.patient}`,
			name: 'Ana María Muñoz',
			status: 'accepted',
		},
		{
			type: 'Practitioner',
			id: ids.practitioner,
			reference: `Practitioner/${ids.practitioner}`,
			name: 'Dr. Jane Smith',
			status: 'accepted',
		},
	],
	lastUpdated: (resource.meta as IDataObject).lastUpdated,
	versionId: (resource.meta as IDataObject).versionId,
	resource,
});
