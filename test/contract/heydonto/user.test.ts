import { failHeyDonto, get, items, runHeyDonto, send } from '../../helpers/heydonto';

const user = (id: number) => ({
	id,
	email: `user${id}@example.com`,
	firstName: 'Jane',
	lastName: 'Doe',
	role: 'SITE_USER',
});

describe('HeyDonto › User', () => {
	it('Get Many sends the role and repeated client accounts, and cuts the bare array to the limit', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'user',
				operation: 'getAll',
				userRole: 'SITE_USER',
				clientAccountIds: '10,20',
				returnAll: false,
				limit: 2,
			},
			responses: [{ body: [user(1), user(2), user(3)] }],
		});
		expect(requests).toEqual([get('/users', { userRole: 'SITE_USER', clientAccountId: [10, 20] })]);
		expect(output).toEqual(items([user(1), user(2)]));
	});

	it('Get Many refuses a role an expression gives that is not one of the roles, before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: { resource: 'user', operation: 'getAll', userRole: 'GOD', returnAll: true },
		});
		expect(requests).toEqual([]);
		expect(error.message).toMatch(
			/^Invalid value for "Role": expected one of [A-Z_, ]+, but got "GOD"$/,
		);
	});

	it('Get Current reads /auth/user', async () => {
		const me = { id: 1, email: 'admin@heydonto.test', role: 'ADMIN', siteIds: [1, 2] };
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'user', operation: 'getCurrent' },
			responses: [{ body: me }],
		});
		expect(requests).toEqual([get('/auth/user')]);
		expect(output).toEqual(items([me]));
	});

	it('Create posts the required fields, client accounts as a number array, and the additional ones', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'user',
				operation: 'create',
				email: 'new@example.com',
				firstName: 'New',
				lastName: 'User',
				password: 'Initial-Pass-1',
				role: 'SITE_MANAGER_USER',
				clientAccountId: '10',
				additionalFields: { siteId: '7', isEnabled: true },
			},
			responses: [{ status: 201, body: user(31) }],
		});
		expect(requests).toEqual([
			send('POST', '/users', {
				email: 'new@example.com',
				firstName: 'New',
				lastName: 'User',
				password: 'Initial-Pass-1',
				role: 'SITE_MANAGER_USER',
				clientAccountId: [10],
				siteId: 7,
				isEnabled: true,
			}),
		]);
		expect(output).toEqual(items([user(31)]));
	});

	it('Create refuses a missing client account list before any request', async () => {
		const { error, requests } = await failHeyDonto({
			parameters: {
				resource: 'user',
				operation: 'create',
				email: 'new@example.com',
				firstName: 'New',
				lastName: 'User',
				password: 'x',
				role: 'ADMIN',
				clientAccountId: '',
				additionalFields: {},
			},
		});
		expect(error.message).toBe(
			'Invalid value for "Client Account IDs": expected a list of numeric IDs, but it is empty',
		);
		expect(requests).toEqual([]);
	});

	it('Update PUTs only the given fields', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: {
				resource: 'user',
				operation: 'update',
				userId: '31',
				updateFields: { isEnabled: false, role: 'SITE_USER' },
			},
			responses: [{ body: { ...user(31), isEnabled: false } }],
		});
		expect(requests).toEqual([send('PUT', '/users/31', { isEnabled: false, role: 'SITE_USER' })]);
		expect(output).toEqual(items([{ ...user(31), isEnabled: false }]));
	});

	it('Delete answers { id, deleted: true }', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'user', operation: 'delete', userId: '31' },
			responses: [{ status: 204, body: '' }],
		});
		expect(requests).toEqual([send('DELETE', '/users/31')]);
		expect(output).toEqual(items([{ id: 31, deleted: true }]));
	});

	it('Resend Invitation posts to the user and merges the answer', async () => {
		const { output, requests } = await runHeyDonto({
			parameters: { resource: 'user', operation: 'resendInvitation', userId: 31 },
			responses: [{ status: 201, body: { message: 'Invitation sent' } }],
		});
		expect(requests).toEqual([send('POST', '/users/31/resend-invitation')]);
		expect(output).toEqual(
			items([{ userId: 31, invitationSent: true, message: 'Invitation sent' }]),
		);
	});

	it('user output never carries a password, even if the API echoes one', async () => {
		const { output } = await runHeyDonto({
			parameters: {
				resource: 'user',
				operation: 'update',
				userId: '31',
				updateFields: { firstName: 'J' },
			},
			responses: [{ body: { ...user(31), password: 'Initial-Pass-1' } }],
		});
		expect(output).toEqual(items([{ ...user(31), password: '[redacted]' }]));
	});
});
