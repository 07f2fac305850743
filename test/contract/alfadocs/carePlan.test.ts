import { P, expected, items, ME, meRequest, one, runAlfaDocs } from '../../helpers/alfadocs';

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
