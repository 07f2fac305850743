import {
	P,
	byId,
	expected,
	failAlfaDocs,
	refused,
	items,
	list,
	ME,
	meRequest,
	one,
	runAlfaDocs,
} from '../../helpers/alfadocs';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const doc = {
	id: 7,
	name: 'consent.pdf',
	folderId: '12345',
	type: 'other',
	createdAt: '2026-02-01 10:00:00',
};

const binaryItem = {
	json: { patient: 42 },
	binary: {
		scan: { data: PDF.toString('base64'), mimeType: 'application/pdf', fileName: 'consenso.pdf' },
	},
};

/** Add Document's parameters, with the changes a test makes. */
const add = (extra: object = {}) => ({
	resource: 'document',
	operation: 'add',
	patientId: byId(42),
	binaryPropertyName: 'scan',
	documentType: 'other',
	folderName: 'Consensi',
	additionalFields: {},
	...extra,
});

describe('AlfaDocs › Document', () => {
	it('Get Many lists the documents of a patient', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'document', operation: 'getAll', patientId: byId(42) },
			responses: [{ body: ME }, { body: list([doc]) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/patients/42/documents`)]);
		expect(output).toEqual(items([doc]));
	});

	it("Add sends the input's binary file base64-encoded with its name, type and folder", async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: add(),
			items: [binaryItem],
			responses: [{ body: ME }, { body: one({ ...doc, name: 'consenso.pdf' }) }],
		});
		expect(requests).toEqual([
			meRequest,
			expected('POST', `${P}/patients/42/documents`, {
				body: {
					base64Data: PDF.toString('base64'),
					type: 'other',
					name: 'consenso.pdf',
					folderName: 'Consensi',
				},
			}),
		]);
		expect(output).toEqual(items([{ ...doc, name: 'consenso.pdf' }]));
	});

	it('Add uses the File Name given instead of the binary file name', async () => {
		const { requests } = await runAlfaDocs({
			parameters: add({
				documentType: 'xray',
				folderName: 'Radiografie',
				additionalFields: { fileName: 'panoramica.pdf' },
			}),
			items: [binaryItem],
			responses: [{ body: ME }, { body: one(doc) }],
		});
		expect((requests[1].body as { name: string; type: string }).name).toBe('panoramica.pdf');
		expect((requests[1].body as { name: string; type: string }).type).toBe('xray');
	});

	it('Add fails before any request when the input binary field holds no file', async () => {
		expect(
			await refused({
				parameters: add({ binaryPropertyName: 'data' }),
				items: [binaryItem],
			}),
		).toBe(
			'Invalid value for "Input Binary Field": expected the name of a binary field of the input item (it has: scan), but got "data"',
		);
	});

	it('Add fails before any request when the input item has no binary data at all', async () => {
		expect(
			await refused({
				parameters: add({ binaryPropertyName: 'data' }),
				items: [{ json: {} }],
			}),
		).toBe(
			'Invalid value for "Input Binary Field": expected the name of a binary field of the input item (it has no binary data: read or download a file first), but got "data"',
		);
	});

	it('Add fails before any request without a folder', async () => {
		expect(
			await refused({
				parameters: add({ folderName: '' }),
				items: [binaryItem],
			}),
		).toBe('Invalid value for "Folder Name": expected a value, but it is empty');
	});

	it('Get reads the details of a document', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: { resource: 'document', operation: 'get', patientId: byId(42), documentId: '7' },
			responses: [{ body: ME }, { body: one(doc) }],
		});
		expect(requests).toEqual([meRequest, expected('GET', `${P}/patients/42/documents/7`)]);
		expect(output).toEqual(items([doc]));
	});

	it('Download returns the file as binary data named after the document, with the details as JSON', async () => {
		const { output, requests } = await runAlfaDocs({
			parameters: {
				resource: 'document',
				operation: 'download',
				patientId: byId(42),
				documentId: '7',
				binaryPropertyName: 'file',
			},
			responses: [
				{ body: ME },
				{ body: one(doc) },
				{ body: { status: 'success', file: PDF.toString('base64') } },
			],
		});
		expect(requests).toEqual([
			meRequest,
			expected('GET', `${P}/patients/42/documents/7`),
			expected('GET', `${P}/patients/42/documents/7/download`),
		]);
		expect(output).toEqual([
			{
				json: doc,
				binary: {
					file: {
						data: PDF.toString('base64'),
						fileName: 'consent.pdf',
						mimeType: 'application/pdf',
						fileSize: `${PDF.length} B`,
					},
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(Buffer.from(output[0].binary?.file.data ?? '', 'base64').equals(PDF)).toBe(true);
	});

	it('Download fails clearly when AlfaDocs answers without file content', async () => {
		const { error } = await failAlfaDocs({
			parameters: {
				resource: 'document',
				operation: 'download',
				patientId: byId(42),
				documentId: '7',
				binaryPropertyName: 'data',
			},
			responses: [{ body: ME }, { body: one(doc) }, { body: { status: 'success' } }],
		});
		expect(error.message).toBe('AlfaDocs answered the download without file content');
	});
});
