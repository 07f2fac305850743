import {
	P,
	expected,
	failAlfaDocs,
	fromList,
	items,
	list,
	ME,
	meRequest,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

describe('AlfaDocs › Care Plan and Care Plan Entry', () => {
	it('Care Plan → Get reads the plan', async () => {
		const plan = {
			id: 132,
			branch: 'dentistry',
			name: 'Piano #1',
			state: 'estimate',
			isSigned: false,
		};
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'carePlan', operation: 'get', carePlanId: '132' },
			responses: [{ body: ME }, { body: one(plan) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/care-plans/132`)]);
		expect(output).toEqual(items([plan]));
	});

	describe('Care Plan → Get Many: the care plans of a patient (issue 9, a path no operation reached)', () => {
		const plans = [1, 2, 3].map((id) => ({ id, patientId: 42, name: `Piano #${id}` }));
		const getAll = { resource: 'carePlan', operation: 'getAll', patientId: fromList(42) };

		it('reads GET …/patients/{patientId}/care-plans as a bare array (what public code expects)', async () => {
			const { output, requests } = await runAlfaDocs({
				parameters: { ...getAll, returnAll: true },
				responses: [{ body: ME }, { body: plans }],
			});
			expect(requests).toEqual([meRequest, expected('GET', `${P}/patients/42/care-plans`)]);
			expect(output).toEqual(items(plans));
		});

		it('reads the {status, count, data} envelope too, and cuts it to the limit', async () => {
			const { output } = await runAlfaDocs({
				parameters: { ...getAll, returnAll: false, limit: 2 },
				responses: [{ body: ME }, { body: list(plans) }],
			});
			expect(output).toEqual(items(plans.slice(0, 2)));
		});

		it('names the patient when the patient does not exist', async () => {
			const { error } = await failAlfaDocs({
				parameters: { ...getAll, returnAll: true },
				responses: [{ body: ME }, { status: 404, body: { error: 'Patient not found' } }],
			});
			expect(error.message).toBe('The AlfaDocs API answered 404: Patient not found');
			expect(error.description).toBe(
				'No patient with ID 42 exists in this archive. Check the Patient ID (or pick it from the list), and the Practice and Archive.',
			);
		});
	});

	it('Care Plan → Get Signature Status reads {status, isSigned}', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'carePlan', operation: 'getSignatureStatus', carePlanId: '132' },
			responses: [{ body: ME }, { body: { status: 'success', isSigned: true } }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/care-plans/132/signature-status`)]);
		expect(output).toEqual(items([{ carePlanId: 132, isSigned: true }]));
	});

	it('Care Plan Entry → Get reads one entry of a plan', async () => {
		const entry = { entryId: 9, price: 6000, label: 'Apicectomia mesiale' };
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'carePlanEntry',
				operation: 'get',
				carePlanId: '132',
				carePlanEntryId: '9',
			},
			responses: [{ body: ME }, { body: one(entry) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/care-plans/132/care-plan-entries/9`),
		]);
		expect(output).toEqual(items([entry]));
	});
});
