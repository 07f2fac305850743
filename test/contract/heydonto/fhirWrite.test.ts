import { FHIR, SITE, appointment, ids, outcome, patient } from '../../helpers/fhir';
import { failHeyDonto, get, items, runHeyDonto, send } from '../../helpers/heydonto';

const created = (resource: object) => ({
	status: 201,
	body: {
		...resource,
		id: 'new-1',
		meta: { versionId: '1', lastUpdated: '2026-11-29T12:00:00.000Z' },
	},
});

describe('HeyDonto › FHIR create', () => {
	it('Patient Create builds the resource from the typed fields', async () => {
		const body = {
			resourceType: 'Patient',
			name: [{ use: 'official', family: 'Muñoz', given: ['Ana', 'María'] }],
			active: true,
			birthDate: '1985-04-12',
			telecom: [
				{ system: 'email', use: 'home', value: 'ana@example.com' },
				{ system: 'phone', use: 'mobile', value: '+1-512-555-0100' },
			],
			gender: 'female',
			identifier: [
				{ system: 'https://heydonto.com/fhir/sid/pms-patient-id', value: 'PMS-1-00151' },
			],
		};
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'create',
				siteId: SITE,
				familyName: 'Muñoz',
				givenNames: 'Ana, María',
				additionalFields: {
					active: true,
					birthDate: '1985-04-12T00:00:00',
					email: 'ana@example.com',
					gender: 'female',
					identifier: 'https://heydonto.com/fhir/sid/pms-patient-id|PMS-1-00151',
					phone: '+1-512-555-0100',
				},
			},
			responses: [created(body)],
		});
		expect(requests).toEqual([send('POST', `${FHIR}/patient`, body)]);
		expect(output).toEqual(items([created(body).body]));
	});

	it('Appointment Create: status, start and end as instants, the patient and practitioner as participants', async () => {
		const body = {
			resourceType: 'Appointment',
			status: 'booked',
			start: '2026-12-01T08:00:00.000Z',
			end: '2026-12-01T09:00:00.000Z',
			participant: [
				{
					required: 'required',
					status: 'accepted',
					actor: { reference: `Patient/${ids.patient}` },
				},
				{
					required: 'required',
					status: 'accepted',
					actor: { reference: `Practitioner/${ids.practitioner}` },
				},
			],
			appointmentType: { text: 'Cleaning' },
			description: 'Cleaning',
			minutesDuration: 60,
			extension: [{ url: 'https://example.test/source', valueString: 'n8n' }],
		};
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirAppointment',
				operation: 'create',
				siteId: SITE,
				status: 'booked',
				start: '2026-12-01T09:00:00',
				end: '2026-12-01T09:00:00Z',
				patientId: ids.patient,
				practitionerId: `Practitioner/${ids.practitioner}`,
				additionalFields: {
					appointmentType: 'Cleaning',
					description: 'Cleaning',
					minutesDuration: 60,
					moreFields:
						'{"extension": [{"url": "https://example.test/source", "valueString": "n8n"}]}',
				},
			},
			timezone: 'Europe/Rome',
			responses: [created(body)],
		});
		expect(requests).toEqual([send('POST', `${FHIR}/appointment`, body)]);
		expect(output).toEqual(items([created(body).body]));
	});

	it.each([
		[
			'fhirPractitioner',
			'practitioner',
			{
				familyName: 'Smith',
				givenNames: 'Jane',
				additionalFields: {
					prefixNames: 'Dr.',
					identifier: 'http://hl7.org/fhir/sid/us-npi|1234567890',
				},
			},
			{
				resourceType: 'Practitioner',
				name: [{ use: 'official', family: 'Smith', given: ['Jane'], prefix: ['Dr.'] }],
				identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567890' }],
			},
		],
		[
			'fhirSchedule',
			'schedule',
			{
				practitionerId: ids.practitioner,
				additionalFields: { active: true, serviceType: 'General dentistry', comment: 'Mornings' },
			},
			{
				resourceType: 'Schedule',
				actor: [{ reference: `Practitioner/${ids.practitioner}` }],
				active: true,
				comment: 'Mornings',
				serviceType: [{ text: 'General dentistry' }],
			},
		],
		[
			'fhirSlot',
			'slot',
			{
				scheduleId: ids.schedule,
				status: 'free',
				start: '2026-12-01T09:00:00Z',
				end: '2026-12-01T09:30:00Z',
				additionalFields: { identifier: 'SLOT-9' },
			},
			{
				resourceType: 'Slot',
				schedule: { reference: `Schedule/${ids.schedule}` },
				status: 'free',
				start: '2026-12-01T09:00:00.000Z',
				end: '2026-12-01T09:30:00.000Z',
				identifier: [{ value: 'SLOT-9' }],
			},
		],
	])('%s Create POSTs /fhir/%s', async (resource, path, parameters, body) => {
		const { requests } = await runHeyDonto({
			parameters: { resource, operation: 'create', siteId: SITE, ...parameters },
			responses: [created(body)],
		});
		expect(requests).toEqual([send('POST', `${FHIR}/${path}`, body)]);
	});

	it('Create from JSON fills in resourceType', async () => {
		const body = { resourceType: 'Patient', name: [{ family: 'Doe' }] };
		const { requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'create',
				siteId: SITE,
				bodyMode: 'json',
				jsonBody: '{"name": [{"family": "Doe"}]}',
			},
			responses: [created(body)],
		});
		expect(requests).toEqual([send('POST', `${FHIR}/patient`, body)]);
	});

	it('FHIR Other Resource Create sends the JSON to the type in lower case', async () => {
		const body = {
			resourceType: 'AllergyIntolerance',
			patient: { reference: `Patient/${ids.patient}` },
		};
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirOther',
				operation: 'create',
				siteId: SITE,
				resourceType: 'AllergyIntolerance',
				jsonBody: { patient: { reference: `Patient/${ids.patient}` } },
			},
			responses: [created(body)],
		});
		expect(requests).toEqual([send('POST', `${FHIR}/allergyintolerance`, body)]);
		expect(output).toEqual(items([created(body).body]));
	});

	it("HeyDonto's validation errors come back as the OperationOutcome's diagnostics", async () => {
		const { error } = await failHeyDonto({
			parameters: {
				resource: 'fhirAppointment',
				operation: 'create',
				siteId: SITE,
				status: 'booked',
			},
			responses: [
				{
					status: 400,
					body: outcome(
						'required',
						'Appointment.participant: at least one participant is required',
					),
				},
			],
		});
		expect(error.message).toBe(
			'The HeyDonto API answered 400: Appointment.participant: at least one participant is required',
		);
	});

	it.each([
		[
			'fhirSlot',
			{ scheduleId: ids.schedule, status: 'free', start: '', end: '2026-12-01T09:30:00Z' },
			'Invalid value for "Start": expected a value, but it is empty',
		],
		[
			'fhirPatient',
			{ bodyMode: 'json', jsonBody: '{"resourceType": "Practitioner"}' },
			'Invalid value for "Resource (JSON)": expected a Patient resource (resourceType "Patient"), but got "Practitioner"',
		],
		[
			'fhirPatient',
			{ familyName: 'Doe', additionalFields: { birthDate: 'yesterday' } },
			'Invalid value for "Birth Date": expected a date such as 1985-04-12, but got "yesterday"',
		],
		[
			'fhirAppointment',
			{ status: 'booked', patientId: 'Practitioner/x y' },
			'Invalid value for "Patient ID": expected a Patient ID or a reference such as Patient/123, but got "Practitioner/x y"',
		],
		[
			'fhirPatient',
			{ familyName: 'Doe', additionalFields: { moreFields: '{"name": ' } },
			/^Invalid JSON in "More Fields \(JSON\)": /,
		],
	])(
		'%s Create with bad input fails before any request: %j',
		async (resource, parameters, message) => {
			const { error, requests } = await failHeyDonto({
				parameters: { resource, operation: 'create', siteId: SITE, ...parameters },
			});
			expect(requests).toEqual([]);
			expect(error.message).toMatch(message);
		},
	);
});

describe('HeyDonto › FHIR update', () => {
	it('Patient Update reads the patient, changes only the fields given and PUTs it whole', async () => {
		const current = patient();
		const changed = {
			...current,
			name: [{ use: 'official', family: 'Muñoz García', given: ['Ana', 'María'] }],
			telecom: [
				{ system: 'phone', value: '+1-512-555-0199', use: 'mobile' },
				{ system: 'email', value: 'ana.munoz1@example.test', use: 'home' },
			],
			active: false,
		};
		const answer = {
			...changed,
			meta: { versionId: '3', lastUpdated: '2026-11-29T12:00:00.000Z' },
		};
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'update',
				siteId: SITE,
				resourceId: ids.patient,
				updateFields: { familyName: 'Muñoz García', phone: '+1-512-555-0199', active: false },
			},
			responses: [{ body: current }, { body: answer }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/patient/${ids.patient}`),
			send('PUT', `${FHIR}/patient/${ids.patient}`, changed),
		]);
		expect(output).toEqual(items([answer]));
	});

	it('Appointment Update replaces the patient participant and the status, keeping the practitioner', async () => {
		const current = appointment();
		const [patientParticipant, practitioner] = current.participant as object[];
		const changed = {
			...current,
			status: 'cancelled',
			participant: [
				{ ...patientParticipant, actor: { reference: `Patient/${ids.patient2}` } },
				practitioner,
			],
			cancelationReason: { text: 'Patient request' },
		};
		const { requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirAppointment',
				operation: 'update',
				siteId: SITE,
				resourceId: ids.appointment,
				updateFields: {
					status: 'cancelled',
					patientId: ids.patient2,
					moreFields: { cancelationReason: { text: 'Patient request' } },
				},
			},
			responses: [{ body: current }, { body: changed }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/appointment/${ids.appointment}`),
			send('PUT', `${FHIR}/appointment/${ids.appointment}`, changed),
		]);
	});

	it('Update from JSON replaces the elements given and removes those set to null', async () => {
		const current = patient();
		const changed: Record<string, unknown> = { ...current, gender: 'other' };
		delete changed.telecom;
		const { requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'update',
				siteId: SITE,
				resourceId: ids.patient,
				bodyMode: 'json',
				jsonBody: '{"gender": "other", "telecom": null}',
			},
			responses: [{ body: current }, { body: changed }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/patient/${ids.patient}`),
			send('PUT', `${FHIR}/patient/${ids.patient}`, changed),
		]);
	});

	it('FHIR Other Resource Update merges the JSON into the resource read', async () => {
		const current = {
			resourceType: 'Observation',
			id: 'obs-1',
			status: 'preliminary',
			code: { text: 'BP' },
		};
		const changed = { ...current, status: 'final' };
		const { requests } = await runHeyDonto({
			parameters: {
				resource: 'fhirOther',
				operation: 'update',
				siteId: SITE,
				resourceType: 'Observation',
				resourceId: 'obs-1',
				jsonBody: '{"status": "final"}',
			},
			responses: [{ body: current }, { body: changed }],
		});
		expect(requests).toEqual([
			get(`${FHIR}/observation/obs-1`),
			send('PUT', `${FHIR}/observation/obs-1`, changed),
		]);
	});

	it.each([
		[
			'fhirPractitioner',
			'practitioner',
			{ email: 'jane@example.com', prefixNames: 'Dr., Prof.' },
			{
				telecom: [{ system: 'email', use: 'work', value: 'jane@example.com' }],
				name: [{ use: 'official', prefix: ['Dr.', 'Prof.'] }],
			},
		],
		[
			'fhirSchedule',
			'schedule',
			{ comment: 'Afternoons', practitionerId: ids.practitioner },
			{ comment: 'Afternoons', actor: [{ reference: `Practitioner/${ids.practitioner}` }] },
		],
		[
			'fhirSlot',
			'slot',
			{ status: 'busy', end: '2026-12-01T10:00:00Z' },
			{ status: 'busy', end: '2026-12-01T10:00:00.000Z' },
		],
	])(
		'%s Update GETs then PUTs /fhir/%s/{id} with the changes',
		async (resource, path, updateFields, changes) => {
			const type = path.charAt(0).toUpperCase() + path.slice(1);
			const current = { resourceType: type, id: 'r-1', meta: { versionId: '1' } };
			const { requests } = await runHeyDonto({
				parameters: {
					resource,
					operation: 'update',
					siteId: SITE,
					resourceId: 'r-1',
					updateFields,
				},
				responses: [{ body: current }, { body: current }],
			});
			expect(requests).toEqual([
				get(`${FHIR}/${path}/r-1`),
				send('PUT', `${FHIR}/${path}/r-1`, { ...current, ...changes }),
			]);
		},
	);

	it.each([
		[{ updateFields: {} }, 'Nothing to update: "Update Fields" is empty'],
		[{ bodyMode: 'json', jsonBody: '{}' }, 'Nothing to update: "Resource (JSON)" is empty'],
		[
			{ updateFields: { birthDate: 'soon' } },
			'Invalid value for "Birth Date": expected a date such as 1985-04-12, but got "soon"',
		],
	])('Update with bad input fails before any request: %j', async (parameters, message) => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'update',
				siteId: SITE,
				resourceId: ids.patient,
				...parameters,
			},
		});
		expect(requests).toEqual([]);
		expect(error.message).toBe(message);
	});

	it('Update of a deleted resource fails on the read, and nothing is written', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'fhirPatient',
				operation: 'update',
				siteId: SITE,
				resourceId: ids.patient,
				updateFields: { gender: 'male' },
			},
			responses: [{ status: 404, body: outcome('deleted', `Patient/${ids.patient} was deleted`) }],
		});
		expect(requests).toEqual([get(`${FHIR}/patient/${ids.patient}`)]);
		expect(error.message).toBe(`The HeyDonto API answered 404: Patient/${ids.patient} was deleted`);
	});
});
